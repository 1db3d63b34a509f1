"""PDF reports: the document model, fonts and the A4 renderer (reportlab)."""
