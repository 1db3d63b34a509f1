"""设置: unit, users, backups, general preferences, audit trail."""
