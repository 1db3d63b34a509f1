"""Dialogs: set-up wizard, login and lock, password change, about."""
