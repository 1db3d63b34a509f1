"""Signing and checking reports: the unit's key, PAdES signatures, the QR payload, verification."""
