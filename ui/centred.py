"""A page whose content column sits in the middle of the window (first screens, status pages)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def centre_content(page: QWidget, content: QWidget) -> None:
    # Centred by stretches rather than an alignment flag: with a flag the layout gives the
    # column its plain size hint and ignores how tall the wrapped texts need it to be.
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(content)
    row.addStretch(1)
    outer = QVBoxLayout(page)
    outer.addStretch(2)
    outer.addLayout(row)
    outer.addStretch(3)
