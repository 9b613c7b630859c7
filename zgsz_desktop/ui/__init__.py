"""The Qt shell (PySide6). The only package allowed to import Qt; it shows and collects, the core decides."""
