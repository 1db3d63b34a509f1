"""The Qt user interface: the only package (with desktop/app.py) that imports PySide6."""
