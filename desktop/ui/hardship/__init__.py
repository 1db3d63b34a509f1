"""困难职工档案: the register of hardship files (a tab of the 帮扶 page), the file form and its dialogs."""

from desktop.ui.hardship.tab import HardshipTab

__all__ = ["HardshipTab"]
