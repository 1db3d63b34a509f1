"""报表 page: kind and period, figures, page preview, export (signed by an approver), print, archive."""

from desktop.ui.reports.page import ReportsPage

__all__ = ["ReportsPage"]
