"""The dialogs of attaching electronic copies: choose the files, say what they are, see what became
of each file.

``choose_files`` and ``ask_role`` are module functions, called through the module, so that tests
can replace them (pytest-qt's advice for modal dialogs); the result dialog is window-modal but
does not block (``open``), so the window carries on painting behind it.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.copies import AttachReport
from clerk_app.domain.enums import CopyRole
from ui import copy_texts, formatting, palette

SCAN_PATTERNS = ("*.pdf", "*.tif", "*.tiff", "*.jpg", "*.jpeg", "*.jpe")
NAMES_SHOWN = 6  # file names listed in the role dialog before "and N more"
DIALOG_WIDTH = 620
MAX_LIST_HEIGHT = 380
NAME_WIDTH = 520  # pixels: longer file names are elided in the middle (the tooltip has them whole)
OK_MARK = "✓"
REFUSED_MARK = "✗"
OK_COLOUR = "#1e7b34"
REFUSED_COLOUR = "#b3261e"


def scan_filter() -> str:
    """PDF, TIFF and JPEG first; "All files" too, since the content decides, not the name."""
    patterns = " ".join((*SCAN_PATTERNS, *(p.upper() for p in SCAN_PATTERNS)))
    scans = QCoreApplication.translate("CopyDialogs", "Scans: PDF, TIFF, JPEG ({0})").format(patterns)
    everything = QCoreApplication.translate("CopyDialogs", "All files ({0})").format("*")
    return f"{scans};;{everything}"


def choose_files(parent: QWidget, folder: str | None) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(
        parent,
        QCoreApplication.translate("CopyDialogs", "Choose the electronic copies to attach"),
        folder or "",
        scan_filter(),
    )
    return [Path(name) for name in names]


def _elided(widget: QWidget, text: str, width: int = NAME_WIDTH) -> str:
    return QFontMetrics(widget.font()).elidedText(text, Qt.TextElideMode.ElideMiddle, width)


def _bold(widget: QWidget, scale: float = 1.0) -> QFont:
    font = QFont(widget.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    return font


class RoleDialog(QDialog):
    """What the chosen files are to the card: the appeal, an attachment, the reply…"""

    def __init__(
        self, card_number: str, paths: Sequence[Path], default: CopyRole, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("role_dialog")
        self.setWindowTitle(self.tr("Attach electronic copies"))
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        intro = QLabel(self.tr("Files for card No. {0}:").format(card_number))
        intro.setFont(_bold(self))
        layout.addWidget(intro)
        names = [path.name for path in paths[:NAMES_SHOWN]]
        if len(paths) > NAMES_SHOWN:
            names.append(self.tr("and {0} more").format(formatting.count(len(paths) - NAMES_SHOWN)))
        self.files = QLabel("<br>".join(html.escape(_elided(self, name)) for name in names))
        self.files.setTextFormat(Qt.TextFormat.RichText)
        self.files.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.files)

        question = QLabel(self.tr("What are these files?"))
        question.setFont(_bold(self))
        layout.addSpacing(4)
        layout.addWidget(question)

        hint_palette = palette.quiet(self.palette())  # an explanation, quieter than the choice
        self.buttons_by_role: dict[CopyRole, QRadioButton] = {}
        self._group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        grid.setColumnMinimumWidth(0, 12)
        for index, role in enumerate(CopyRole):
            button = QRadioButton(copy_texts.role_label(role))
            button.setObjectName(f"role_{role.value}")
            hint = QLabel(copy_texts.role_hint(role))
            hint.setPalette(hint_palette)
            hint.setWordWrap(True)
            hint.setContentsMargins(24, 0, 0, 6)
            hint.setBuddy(button)
            self._group.addButton(button, index)
            self.buttons_by_role[role] = button
            grid.addWidget(button, 2 * index, 1)
            grid.addWidget(hint, 2 * index + 1, 1)
        layout.addLayout(grid)
        self.buttons_by_role[default].setChecked(True)

        self.button_box = QDialogButtonBox()
        self.attach_button = self.button_box.addButton(
            self.tr("Attach"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.attach_button.setDefault(True)
        self.button_box.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(480)

    def role(self) -> CopyRole:
        for role, button in self.buttons_by_role.items():
            if button.isChecked():
                return role
        return CopyRole.APPEAL


def ask_role(parent: QWidget, card_number: str, paths: Sequence[Path], default: CopyRole) -> CopyRole | None:
    """The role the clerk chose, or None when they cancelled."""
    dialog = RoleDialog(card_number, paths, default, parent)
    try:
        return dialog.role() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class AttachResultDialog(QDialog):
    """Each file with what became of it: attached (format, pages) or not, and why."""

    def __init__(self, card_number: str, report: AttachReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attach_result_dialog")
        self.setWindowTitle(self.tr("Electronic copies"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = report
        attached, refused = len(report.attached), len(report.refused)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        if not refused:
            text = self.tr("All files are attached to card No. {0}.").format(card_number)
        elif not attached:
            text = self.tr("No file was attached to card No. {0}.").format(card_number)
        else:
            text = self.tr("Attached to card No. {0}: {1}. Not attached: {2}.").format(
                card_number, formatting.count(attached), formatting.count(refused)
            )
        self.headline = QLabel(text)
        self.headline.setFont(_bold(self, 1.1))
        self.headline.setWordWrap(True)
        layout.addWidget(self.headline)

        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.outcomes: list[tuple[str, str]] = []  # (file name, what the clerk reads): for tests too
        line = 0
        for copy in report.attached:
            outcome = self.tr("Attached: {0}, pages: {1}.").format(
                copy_texts.format_label(copy.format), formatting.count(copy.page_count)
            )
            line = self._add_row(grid, line, copy.original_name, outcome, None)
        not_attached = self.tr("Not attached.")  # a literal of its own: lupdate skips f-strings
        for verdict in report.refused:
            outcome = f"{not_attached} {copy_texts.refusal_text(verdict)}"
            line = self._add_row(grid, line, Path(verdict.path).name, outcome, verdict.reason or verdict.code)
        grid.setRowStretch(line, 1)  # spare height goes below the rows, not between name and sentence

        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout.addWidget(scroll, 1)

        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setPlainText(
            "\n".join(f"{verdict.path}: {verdict.code}: {verdict.reason}" for verdict in report.refused)
        )
        self.details.setMaximumHeight(110)
        self.details.hide()

        # Details on the left, Close on the right, whatever the platform's order of dialog buttons.
        buttons = QHBoxLayout()
        self.details_button: QPushButton | None = None
        if refused:
            self.details_button = QPushButton(self.tr("Technical details"))
            self.details_button.setCheckable(True)
            self.details_button.setAutoDefault(False)
            self.details_button.toggled.connect(self.details.setVisible)
            buttons.addWidget(self.details_button)
        buttons.addStretch(1)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        buttons.addWidget(self.close_button)
        layout.addWidget(self.details)
        layout.addLayout(buttons)

        self.setMinimumWidth(DIALOG_WIDTH)
        # As tall as the wrapped sentences need at the dialog's width (a wrapped label's plain size
        # hint guesses more lines than it has), up to a limit; beyond it the list scrolls.
        margins = layout.contentsMargins()
        width = DIALOG_WIDTH - margins.left() - margins.right()
        needed = grid.totalHeightForWidth(width) + 4
        if needed <= MAX_LIST_HEIGHT:
            scroll.setFixedHeight(needed)
        else:
            scroll.setMinimumHeight(MAX_LIST_HEIGHT)

    def _add_row(self, grid: QGridLayout, line: int, name: str, outcome: str, detail: str | None) -> int:
        ok = detail is None
        mark = QLabel(OK_MARK if ok else REFUSED_MARK)
        mark.setFont(_bold(self, 1.2))
        mark.setStyleSheet(f"color: {OK_COLOUR if ok else REFUSED_COLOUR};")
        mark.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title = QLabel(_elided(self, name))
        title.setFont(_bold(self))
        title.setToolTip(name)
        text = QLabel(outcome)
        text.setWordWrap(True)
        text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        text.setContentsMargins(0, 0, 0, 8)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if detail:
            tip = self.tr("Technical details: {0}").format(detail)
            for widget in (mark, title, text):
                widget.setToolTip(tip)
        grid.addWidget(mark, line, 0)
        grid.addWidget(title, line, 1)
        grid.addWidget(text, line + 1, 1)
        self.outcomes.append((name, outcome))
        return line + 2
