"""Union Ledger (工会台账) application package."""

__version__ = "0.1.0"
