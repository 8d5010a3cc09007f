"""Text recognition in the status bar: how many files wait while it works in the background, that
the clerk paused it, or that it cannot run on this computer (then also a notice, once per session).

The status is a flat button: a click opens a menu that pauses and resumes recognition, as View ›
Pause text recognition does (when recognition is off, a click shows the notice why once more). A
pause lasts for this session only (ui/text_recognition.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from ui import copy_texts, formatting
from ui.copies_panel import CopiesPanel
from ui.copy_texts import OcrOffReason
from ui.notice_banner import NoticeBanner
from ui.text_recognition import TextRecognition


class RecognitionStatus(QObject):
    def __init__(
        self,
        window: QWidget,
        recognition: TextRecognition,
        copies_panel: CopiesPanel,
        notice: NoticeBanner,
        show_notice: Callable[[Callable[[], None]], None],
    ) -> None:
        super().__init__(window)
        self._recognition = recognition
        self._copies_panel = copies_panel
        self._notice = notice
        self._show_notice = show_notice
        self._told: OcrOffReason | None = None  # the notice is shown once per session, then never again
        self._render_notice: Callable[[], None] | None = None

        self.pause_action = QAction(window)
        self.pause_action.setObjectName("pause_recognition_action")
        self.pause_action.triggered.connect(self.toggle_pause)
        self.menu = QMenu(window)
        self.menu.addAction(self.pause_action)
        self.label = QToolButton()  # "Recognising text: N waiting", paused, or that it is off
        self.label.setObjectName("ocr_status_label")
        self.label.setAutoRaise(True)  # reads as the status bar's text, yet takes a click
        self.label.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.clicked.connect(self._on_clicked)
        self.label.hide()

        recognition.busyChanged.connect(self.render)
        recognition.pausedChanged.connect(self.render)
        recognition.switchedOff.connect(self._on_switched_off)

    def toggle_pause(self) -> None:
        if self._recognition.paused:
            self._recognition.resume()
        else:
            self._recognition.pause()

    def _on_clicked(self) -> None:
        if self._recognition.off is not None:
            if self._render_notice is not None:
                self._show_notice(self._render_notice)
            return
        # Above the status bar, the menu's bottom edge on the button's top edge.
        self.menu.popup(self.label.mapToGlobal(QPoint(0, -self.menu.sizeHint().height())))

    def _on_switched_off(self, reason: OcrOffReason) -> None:
        self.render()
        if self._told is None:  # once per session: the status bar keeps saying it quietly
            self._told = reason
            self._render_notice = partial(self._draw_notice, reason)
            self._show_notice(self._render_notice)

    def _draw_notice(self, reason: OcrOffReason) -> None:
        self._notice.show_notice(copy_texts.ocr_off_headline(), copy_texts.ocr_off_text(reason), reason.problem)

    def render(self, *_: object) -> None:
        """Also on a language change: every text is read anew."""
        recognition, label = self._recognition, self.label
        off, paused, waiting = recognition.off, recognition.paused, recognition.waiting
        self._copies_panel.set_recognition_off(off is not None)
        if paused:
            self.pause_action.setText(self.tr("Resume &text recognition"))
            self.pause_action.setToolTip(self.tr("Go on recognising the text of the waiting scans"))
        else:
            self.pause_action.setText(self.tr("&Pause text recognition"))
            self.pause_action.setToolTip(
                self.tr(
                    "Recognise no more scans for now: the files under way are finished, the others wait. "
                    "Recognition resumes at the next start of the program."
                )
            )
        self.pause_action.setEnabled(off is None)  # nothing to pause when it cannot run
        if off is not None:
            label.setText("⚠ " + self.tr("Text recognition is off"))
            label.setToolTip(copy_texts.ocr_off_text(off))
            label.show()
        elif paused:
            if waiting is None:  # not counted yet (a registry just opened)
                label.setText(self.tr("Text recognition paused"))
            else:
                label.setText(self.tr("Text recognition paused: {0} waiting").format(formatting.count(waiting)))
            label.setToolTip(
                self.tr(
                    "The text of new scans is not recognised, so search does not find their words yet. "
                    "Click to resume; recognition also resumes at the next start of the program."
                )
            )
            label.show()
        elif waiting is not None:
            label.setText(self.tr("Recognising text: {0} waiting").format(formatting.count(waiting)))
            label.setToolTip(
                self.tr("Text recognition works in the background; you can go on working.")
                + " "
                + self.tr("Click to pause it.")
            )
            label.show()
        else:
            label.hide()
