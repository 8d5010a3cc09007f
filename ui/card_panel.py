"""The selected card, under the journal beside its electronic copies and its execution control: every
field of the card (ui/card_fields.py), the cards linked to it as links, and its full history — the
registration, each edited field with its old and new value, and each event of its control
(ui/card_history.py) — newest first.

The card is read on the store's worker once the selection stops moving; a read overtaken by another
selection is dropped. A card that cannot be read (removed at another workstation, a store error)
shows what happened and what to do instead.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.services.registry import Registry
from ui import palette, session
from ui.card_data import CardView, load_card_view
from ui.card_fields import CardFieldsView
from ui.card_history import CardHistory, history_entries
from ui.error_text import describe
from ui.printing.slip_actions import SlipActions
from ui.workers import Task, TaskRunner

__all__ = ["CardPanel", "CardView", "load_card_view"]

SETTLE_MS = 150  # wait this long after the selection moves before reading the card
VISIBLE_LINES = 9  # lines of fields the panel's natural height shows; the journal keeps the rest
FIELDS_SHARE, HISTORY_SHARE = 62, 38  # how the width is first split between the fields and the history


class CardPanel(QFrame):
    cardRequested = Signal(object)  # clerk_app.domain.cards.CardRef: a linked card was clicked
    loaded = Signal()  # the shown card is in, or its error (tests, screenshots)

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_panel")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._runner = runner
        self._registry: Registry | None = None
        self._card_id: uuid.UUID | None = None
        self._view: CardView | None = None
        self._load_task: Task[CardView] | None = None
        self._error: str | None = None
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._load)

        self.title = QLabel()
        self.title.setObjectName("card_title")
        title_font = QFont(self.font())
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.print_actions = SlipActions(self, runner)  # Print card…, Print receipt…, Print stamp label…

        self.fields = CardFieldsView()
        self.fields.cardRequested.connect(self.cardRequested)
        self.fields_area = QScrollArea()
        self.fields_area.setWidget(self.fields)
        self.fields_area.setWidgetResizable(True)
        self.fields_area.setFrameShape(QFrame.Shape.NoFrame)
        self.fields_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history = CardHistory()
        self.content = QSplitter(Qt.Orientation.Horizontal)
        self.content.setChildrenCollapsible(False)
        self.content.addWidget(self.fields_area)
        self.content.addWidget(self.history)
        self.content.setStretchFactor(0, FIELDS_SHARE)
        self.content.setStretchFactor(1, HISTORY_SHARE)
        self.content.setSizes([FIELDS_SHARE * 1000, HISTORY_SHARE * 1000])  # scaled to the real width

        self.placeholder = QLabel()
        self.placeholder.setObjectName("card_placeholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.placeholder.setPalette(palette.quiet(self.placeholder.palette()))  # a hint, not data
        self.placeholder.setContentsMargins(2, 4, 2, 4)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.content)

        self._layout = layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 6)
        layout.setSpacing(6)
        heading = QHBoxLayout()
        heading.setContentsMargins(0, 0, 0, 0)
        heading.addWidget(self.title, 1)
        heading.addWidget(self.print_actions.button)
        layout.addLayout(heading)
        layout.addWidget(self.stack, 1)
        self.retranslate()

    def sizeHint(self) -> QSize:
        """The title and a few lines of fields: the splitter gives the journal everything else."""
        margins = self._layout.contentsMargins()
        height = (
            margins.top()
            + self.title.sizeHint().height()
            + self._layout.spacing()
            + self.fontMetrics().lineSpacing() * VISIBLE_LINES
            + margins.bottom()
        )
        return QSize(super().sizeHint().width(), height)

    # --- what the panel shows ------------------------------------------------------------------

    @property
    def card_id(self) -> uuid.UUID | None:
        return self._card_id

    @property
    def view(self) -> CardView | None:
        """The shown card, once loaded."""
        return self._view

    @property
    def error(self) -> str | None:
        """What the clerk reads when the card could not be loaded."""
        return self._error

    @property
    def loading(self) -> bool:
        return self._settle.isActive() or self._load_task is not None

    def set_registry(self, registry: Registry | None) -> None:
        """Another registry (or none): forget the card."""
        self._drop_task()
        self._settle.stop()
        self._registry = registry
        self._card_id = None
        self._view = None
        self._error = None
        self._render()

    def show_card(self, card_id: uuid.UUID | None) -> None:
        """The selected card; it is read once the selection stops moving."""
        if card_id is not None and card_id == self._card_id:
            return
        self._drop_task()
        self._card_id = card_id
        self._view = None
        self._error = None
        self._render()
        if card_id is not None and self._registry is not None:
            self._settle.start()
        else:
            self._settle.stop()

    def reload(self) -> None:
        """Read the shown card again (after an edit, a control action, a refresh), keeping it on
        screen meanwhile."""
        if self._card_id is not None and self._registry is not None:
            self._settle.stop()
            self._drop_task()
            self._load()

    def _drop_task(self) -> None:
        if self._load_task is not None:
            self._load_task.discard()
        self._load_task = None

    def _load(self) -> None:
        registry, card_id = self._registry, self._card_id
        if registry is None or card_id is None:
            return
        actor = session.current()  # the card shown is a view of its people's data: recorded
        self._load_task = self._runner.submit(
            lambda: load_card_view(registry, card_id, actor), success=self._on_loaded, failure=self._on_failed
        )

    def _on_loaded(self, view: CardView) -> None:
        self._load_task = None
        self._view = view
        self._error = None
        self._render()
        self.loaded.emit()

    def _on_failed(self, exc: BaseException) -> None:
        self._load_task = None
        self._view = None
        text = describe(exc)  # the traceback of an unexpected error goes to the log, not on screen
        self._error = f"{text.headline} {text.advice}"
        self._render()
        self.loaded.emit()

    def _render(self) -> None:
        view = self._view
        shown = (view.card.id, view.card.number, view.card.direction) if view is not None else None
        self.print_actions.set_card(self._registry, shown)
        if view is None:
            self.title.setText(self.tr("Registration-control card"))
        if self._card_id is None:
            self._show_placeholder(self.tr("Select a card to see all its fields and its history."))
        elif self._error is not None:
            self._show_placeholder(self._error)
        elif view is None:
            self._show_placeholder(self.tr("Loading…"))
        else:
            self.title.setText(self.tr("Registration-control card No. {0}").format(view.card.number))
            self.fields.show_view(view)
            self.history.fill(history_entries(view))
            self.stack.setCurrentWidget(self.content)

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.stack.setCurrentWidget(self.placeholder)

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.history.retranslate()
        self._render()  # the fields and the history read anew in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
