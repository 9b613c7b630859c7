"""Looks shared by the enterprise pages, as style sheets: a module of text only, so that the home page takes them
without loading another page's widgets before its first paint (issue #16)."""

from __future__ import annotations

# The one main action of a screen (guide.primary(); the home page's cards give their main button the same look).
PRIMARY_STYLE = ("QPushButton { background: #1f5fa8; color: white; border: none; border-radius: 4px;"
                 " padding: 7px 18px; font-weight: bold; }"
                 " QPushButton:hover { background: #174c87; }"
                 " QPushButton:disabled { background: #b7c3d0; color: #eef2f6; }")
