"""导入向导: import a member or organization roster from Excel/CSV with a preview of every row."""

from desktop.ui.import_wizard.wizard import ImportWizard, open_import_wizard

__all__ = ["ImportWizard", "open_import_wizard"]
