"""File > Scanner folder: the shared folder network scanners save into, from which this computer
takes scans into the unfiled files; or none.

Every file put into that folder is taken away from it (to ``done/`` or ``rejected/``), so the
dialog refuses folders that hold other things for sure (the registry's own data, the home folder,
the root of a disk) and says how many files a chosen folder holds already. ``choose_folder`` is a
module function, called through the module, so that tests can replace the folder dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui import formatting, palette
from ui.copy_dialogs import REFUSED_COLOUR

DIALOG_WIDTH = 560


def choose_folder(parent: QWidget, start: str | None) -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("HotFolderDialog", "Choose the folder the scanners save into"),
        start or "",
    )
    return Path(name) if name else None


def unsuitable(folder: Path, data_dir: Path) -> str | None:
    """Why files must not be taken from ``folder`` (translated), or None."""
    try:
        folder, data_dir, home = folder.resolve(), data_dir.resolve(), Path.home().resolve()
    except OSError:
        return None  # said by the scanner folder's own check, once it runs
    if folder == data_dir or data_dir in folder.parents:
        return QCoreApplication.translate(
            "HotFolderDialog", "This is the registry's own data folder. Choose the folder the scanners save into."
        )
    if folder == home or folder.parent == folder:
        return QCoreApplication.translate(
            "HotFolderDialog",
            "Files would be taken from this folder together with everything else in it. "
            "Choose a folder used only by the scanners.",
        )
    return None


def files_in(folder: Path) -> int:
    try:
        return sum(1 for entry in folder.iterdir() if entry.is_file() and not entry.name.startswith("."))
    except OSError:
        return 0


class HotFolderDialog(QDialog):
    """Off, or a folder; OK applies it (the window reads ``folder()``)."""

    def __init__(self, current: str | None, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("hot_folder_dialog")
        self.setWindowTitle(self.tr("Scanner folder"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._data_dir = data_dir
        self._chosen: Path | None = Path(current) if current else None
        layout = QVBoxLayout(self)
        layout.setSpacing(10)

        intro = QLabel(
            self.tr(
                "Network scanners can save scans into a shared folder. This computer then checks the "
                "folder every 10 seconds and takes each finished file into “Unfiled files”, where you "
                "attach it to its card. Taken files are moved to the “done” folder inside it; files "
                "that are not accepted are moved to the “rejected” folder, each with a note saying why."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self._group = QButtonGroup(self)
        self.off_button = QRadioButton(self.tr("Do not take scans from a folder"))
        self.off_button.setObjectName("hot_folder_off")
        self.on_button = QRadioButton(self.tr("Take scans from this folder:"))
        self.on_button.setObjectName("hot_folder_on")
        for button in (self.off_button, self.on_button):
            self._group.addButton(button)
            button.toggled.connect(self._update)
        layout.addWidget(self.off_button)
        layout.addWidget(self.on_button)

        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("no folder chosen"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("hot_folder_choose")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.note = QLabel()  # a problem with the chosen folder, or what is in it
        self.note.setWordWrap(True)
        self.note.setContentsMargins(24, 0, 0, 0)
        self.note.hide()
        layout.addWidget(self.note)
        hint = QLabel(self.tr("This setting applies to this computer only."))
        hint.setPalette(palette.quiet(hint.palette()))
        layout.addWidget(hint)

        self.button_box = QDialogButtonBox()
        self.ok_button = self.button_box.addButton(self.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setDefault(True)
        self.button_box.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        layout.addSpacing(4)
        layout.addWidget(self.button_box)
        self.setMinimumWidth(DIALOG_WIDTH)

        if self._chosen is not None:
            self.path_edit.setText(str(self._chosen))
            self.on_button.setChecked(True)
        else:
            self.off_button.setChecked(True)
        self._update()

    def folder(self) -> str | None:
        """The folder to take scans from, or None: off."""
        if self.on_button.isChecked() and self._chosen is not None:
            return str(self._chosen)
        return None

    def _choose(self) -> None:
        folder = choose_folder(self, str(self._chosen) if self._chosen else None)
        if folder is None:
            return
        problem = unsuitable(folder, self._data_dir)
        if problem is not None:
            self._show_note(problem, error=True)
            return
        self._chosen = folder
        self.path_edit.setText(str(folder))
        self.on_button.setChecked(True)
        waiting = files_in(folder)
        if waiting:
            self._show_note(
                self.tr("There are {0} files in this folder now. They will be taken too.").format(
                    formatting.count(waiting)
                ),
                error=False,
            )
        else:
            self.note.hide()
        self._update()

    def _show_note(self, text: str, *, error: bool) -> None:
        self.note.setText(text)
        self.note.setStyleSheet(f"QLabel {{ color: {REFUSED_COLOUR}; }}" if error else "")
        self.note.show()

    def _update(self) -> None:
        on = self.on_button.isChecked()
        self.path_edit.setEnabled(on)
        self.ok_button.setEnabled(not on or self._chosen is not None)
