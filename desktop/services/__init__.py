"""Use-cases over the database. Each public function is one user action: one
session, one transaction, and an audit event for every change. No Qt here."""
