"""The search screen: one search line for the text of the cards and of their copies, "More
criteria" for the card's fields, and the cards found.

With text in the search line the full-text search runs (ranked; the journal, the control status and
the dates apply, the other criteria are named as not used). With the line empty the criteria run as
an attribute search, listed like a journal (lazy pages, newest first). Every search runs on the
store's worker; a search started while another is under way drops the other's results.

For the main window: ``set_registry`` / ``clear`` / ``focus_search`` (Ctrl+F) /
``reload_references`` (the staff list changed), ``cardSelected`` and ``cardActivated`` (double-click
or Enter on a result) with a ``CardRef``, ``selected_row`` (the journal row of an attribute result,
for the copies panel) and ``search_tab_title``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain.card_query import CardQuery
from clerk_app.domain.cards import Journal, JournalPage, JournalRow, StaffMember
from clerk_app.domain.enums import Direction
from clerk_app.domain.search import SearchHit
from clerk_app.errors import QueryNotUnderstoodError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from ui import formatting, palette, session
from ui.control_dialogs import CardRef
from ui.error_text import describe, field_message
from ui.field_errors import FieldErrors, error_label
from ui.journal_model import PAGE_SIZE, ROW_ROLE, JournalModel
from ui.search_criteria import CriteriaForm
from ui.search_results import HIT_ROLE, FoundCardsView, HitsModel, HitsView
from ui.workers import Task, TaskRunner

FULL_TEXT_LIMIT = 100  # hits shown; one more is asked for, to know whether there are others
SEARCH_LINE_SCALE = 1.2
QUERY_FIELD = "query"
# Issues of the core that name a criterion under another name than its field's error line.
_FIELD_ALIASES = {"date_from": "registered_from", "date_to": "registered_to"}


# With the signed-in actor, a search that finds cards is recorded in the audit trail (the count only).
def _text_search(registry: Registry, text: str, filters: CardQuery, *, actor: Actor | None) -> list[SearchHit]:
    return registry.search.search(text, filters=filters, limit=FULL_TEXT_LIMIT + 1, actor=actor)


def _find_page(registry: Registry, query: CardQuery, cursor: str | None, *, actor: Actor | None) -> JournalPage:
    return registry.cards.find(query, limit=PAGE_SIZE, cursor=cursor, actor=actor)


def _references(registry: Registry) -> tuple[list[Journal], list[StaffMember]]:
    return registry.settings.journals(), registry.references.staff()


class _QueryArea(QWidget):
    """The search line and the criteria: Enter in any of their fields searches (a focused button
    takes its own Enter), Esc in the search line clears it."""

    submitted = Signal()

    def __init__(self, search_edit: QLineEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search_edit = search_edit

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.submitted.emit()
            return
        if key == Qt.Key.Key_Escape and self._search_edit.hasFocus() and self._search_edit.text():
            event.accept()
            self._search_edit.clear()
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    cardSelected = Signal(object)  # CardRef | None: the result selected
    cardActivated = Signal(object)  # CardRef: a result double-clicked, or Enter on it

    def __init__(self, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._registry: Registry | None = None
        self._references_task: Task[tuple[list[Journal], list[StaffMember]]] | None = None
        self._text_task: Task[list[SearchHit]] | None = None
        self._generation = 0  # every search gets the next; late answers of older ones are dropped
        self._render_status: Callable[[], None] = self._show_idle_status

        # --- the search line and its buttons -------------------------------------------------------
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_line")
        self.search_edit.setClearButtonEnabled(True)
        big = QFont(self.search_edit.font())
        big.setPointSizeF(big.pointSizeF() * SEARCH_LINE_SCALE)
        self.search_edit.setFont(big)
        self.search_edit.setMinimumHeight(self.search_edit.sizeHint().height() + 6)
        self.search_button = QPushButton()
        self.search_button.setObjectName("search_button")
        self.search_button.setAutoDefault(True)  # Enter on the focused button presses it
        self.search_button.clicked.connect(self.search)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("search_clear_button")
        self.clear_button.setAutoDefault(True)
        self.clear_button.clicked.connect(self._clear_clicked)
        for button in (self.search_button, self.clear_button):
            button.setMinimumHeight(self.search_edit.minimumHeight())

        self._general = error_label()
        self._general.setObjectName("search_error")
        self.errors = FieldErrors(self._general)
        query_error = self.errors.add(QUERY_FIELD, self.search_edit)

        self.criteria_button = QToolButton()
        self.criteria_button.setObjectName("search_criteria_toggle")
        self.criteria_button.setCheckable(True)
        self.criteria_button.setAutoRaise(True)
        self.criteria_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.criteria_button.toggled.connect(self._show_criteria)
        self.criteria = CriteriaForm(self.errors)
        self.criteria.setObjectName("search_criteria")
        self.criteria.changed.connect(self._update_criteria_button)
        self.criteria.hide()

        self._area = _QueryArea(self.search_edit)
        self._area.submitted.connect(self.search)
        line = QHBoxLayout()
        line.setSpacing(8)
        line.addWidget(self.search_edit, 1)
        line.addWidget(self.search_button)
        line.addWidget(self.clear_button)
        area = QVBoxLayout(self._area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(4)
        area.addLayout(line)
        area.addWidget(query_error)
        area.addWidget(self.criteria_button, 0, Qt.AlignmentFlag.AlignLeft)
        area.addWidget(self.criteria)

        # --- what was found ------------------------------------------------------------------------
        self.count_label = QLabel()
        self.count_label.setObjectName("search_count")
        count_font = QFont(self.count_label.font())
        count_font.setBold(True)
        self.count_label.setFont(count_font)
        self.note_label = QLabel()
        self.note_label.setObjectName("search_note")
        self.note_label.setWordWrap(True)
        self.note_label.hide()

        self.hits_model = HitsModel(self)
        self.hits_view = HitsView(self.hits_model)
        self.hits_view.activated.connect(self._on_hit_activated)
        self.hits_view.selectionModel().selectionChanged.connect(self._emit_selection)
        self.hits_model.modelReset.connect(self._emit_selection)
        self.found_views: dict[Direction, FoundCardsView] = {}
        for direction in Direction:
            model = JournalModel(direction, _no_pages, runner, self)
            view = FoundCardsView(model)
            view.table.activated.connect(self._on_row_activated)
            view.selectedRowChanged.connect(self._emit_selection)
            for signal in (model.modelReset, model.rowsInserted, model.loadingChanged):
                signal.connect(partial(self._on_found_changed, view))
            model.loadFailed.connect(self._on_found_failed)
            self.found_views[direction] = view
        self.idle_label = QLabel()
        self.idle_label.setObjectName("search_idle")
        self.idle_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.idle_label.setWordWrap(True)
        self.idle_label.setContentsMargins(24, 24, 24, 24)
        self.idle_label.setPalette(palette.quiet(self.idle_label.palette()))
        self.results = QStackedWidget()
        self.results.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        for page in (self.idle_label, self.hits_view, *self.found_views.values()):
            self.results.addWidget(page)
        self.results.currentChanged.connect(self._emit_selection)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(6)
        layout.addWidget(self._area)
        layout.addWidget(self._general)
        layout.addWidget(self.count_label)
        layout.addWidget(self.note_label)
        layout.addWidget(self.results, 1)

        order: list[QWidget] = [
            self.search_edit, self.search_button, self.clear_button, self.criteria_button,
            *self.criteria.tab_order(), self.hits_view, *(v.table for v in self.found_views.values()),
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.retranslate()

    # --- the registry -------------------------------------------------------------------------------

    def set_registry(self, registry: Registry | None) -> None:
        """Another registry (or none): results and pending searches are dropped, the journal and
        executor lists are read again; what the clerk typed stays."""
        self._drop_pending()
        self._registry = registry
        self._show_idle()
        if self._references_task is not None:
            self._references_task.discard()
            self._references_task = None
        self.criteria.set_journals([])
        self.criteria.set_staff([])
        if registry is not None:
            self.reload_references()

    def reload_references(self) -> None:
        """The journals and the staff list again (after the staff list changed)."""
        registry = self._registry
        if registry is None:
            return
        if self._references_task is not None:
            self._references_task.discard()
        self._references_task = self._runner.submit(
            partial(_references, registry), success=self._on_references, failure=self._on_references_failed
        )

    def _on_references(self, references: tuple[list[Journal], list[StaffMember]]) -> None:
        self._references_task = None
        journals, staff = references
        self.criteria.set_journals(journals)
        self.criteria.set_staff(staff)

    def _on_references_failed(self, exc: BaseException) -> None:
        self._references_task = None
        describe(exc)  # logged when unexpected; the lists stay at "Any"

    # --- commands for the main window -----------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F: the search line, its text selected for typing over."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def clear(self) -> None:
        """Empties the search line and the criteria and forgets the results."""
        self._drop_pending()
        self.search_edit.clear()
        self.criteria.clear()
        self._show_idle()

    def _clear_clicked(self) -> None:
        self.clear()
        self.search_edit.setFocus()

    def search_for(self, text: str) -> None:
        """Puts the text in the search line and searches (for the main window and tests)."""
        self.search_edit.setText(text)
        self.search()

    @property
    def searching(self) -> bool:
        if self._text_task is not None:
            return True
        view = self.results.currentWidget()
        return isinstance(view, FoundCardsView) and view.model.loading

    # --- searching ----------------------------------------------------------------------------------

    def search(self) -> None:
        registry = self._registry
        if registry is None:
            return
        self._drop_pending()
        self.errors.clear()
        if self.search_edit.text().strip():
            self._search_text(registry, self.search_edit.text())
        else:
            self._search_attributes(registry)

    def _next_generation(self) -> int:
        self._generation += 1
        return self._generation

    def _drop_pending(self) -> None:
        """Whatever is still under way belongs to a search no longer wanted."""
        self._generation += 1
        if self._text_task is not None:
            self._text_task.discard()
            self._text_task = None
        for view in self.found_views.values():
            view.model.detach()

    def _search_text(self, registry: Registry, text: str) -> None:
        issues = self.criteria.amount_problems()  # the same criteria as without text, all shown at once
        filters = self.criteria.card_query()
        try:
            filters = filters.checked()
        except ValidationError as exc:
            issues += exc.issues
        if issues:
            self._show_error(ValidationError(issues))
            return
        generation = self._next_generation()
        self.hits_model.clear()
        self.results.setCurrentWidget(self.hits_view)
        self._set_status(self._show_searching)
        op = partial(_text_search, registry, text, filters, actor=session.current())
        self._text_task = self._runner.submit(
            op, success=partial(self._on_hits, generation), failure=partial(self._on_failed, generation)
        )

    def _on_hits(self, generation: int, hits: list[SearchHit]) -> None:
        if generation != self._generation:
            return  # a later search is on screen, or on its way
        self._text_task = None
        more = len(hits) > FULL_TEXT_LIMIT
        shown = hits[:FULL_TEXT_LIMIT]
        self.hits_model.set_hits(shown)
        if shown:
            self.hits_view.scrollToTop()
        self._set_status(partial(self._show_hits_status, len(shown), more))

    def _search_attributes(self, registry: Registry) -> None:
        issues = self.criteria.amount_problems()  # and the core's own checks, all shown at once
        query = self.criteria.card_query()
        try:
            query = query.checked()
        except ValidationError as exc:
            issues += exc.issues
        if issues:
            self._show_error(ValidationError(issues))
            return
        if query.is_empty():
            self._show_idle(nothing_to_search=True)
            return
        choice = self.criteria.journal_choice()
        direction = query.direction or (choice.direction if choice is not None else None) or Direction.INCOMING
        view = self.found_views[direction]
        self.results.setCurrentWidget(view)
        self._set_status(self._show_searching)
        view.model.reload(partial(_find_page, registry, query, actor=session.current()))

    def _on_found_changed(self, view: FoundCardsView, *_: object) -> None:
        if self.results.currentWidget() is not view:
            return
        model = view.model
        if model.loading and model.rowCount() == 0:
            self._set_status(self._show_searching)
        elif not model.loading:
            self._set_status(partial(self._show_found_status, model.rowCount(), model.exhausted))

    def _on_found_failed(self, exc: BaseException) -> None:
        self._on_failed(self._generation, exc)

    def _on_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._text_task = None
        self._show_error(exc)

    def _show_error(self, exc: BaseException) -> None:
        """Each problem under the field it is about (the criteria opened to show it, the field
        focused); anything else on the general line. Redrawn in a new language."""
        fields = self._render_error(exc)
        if any(field != QUERY_FIELD and field in self.errors.labels for field in fields):
            self.criteria_button.setChecked(True)  # the field in trouble must be seen
        self.errors.focus_first(fields)

    def _redraw_error(self, exc: BaseException) -> None:
        self._render_error(exc)

    def _render_error(self, exc: BaseException) -> list[str]:
        self.hits_model.clear()
        self.results.setCurrentWidget(self.idle_label)
        self._set_status(self._show_idle_status)
        self._render_status = partial(self._redraw_error, exc)
        self.errors.clear()
        if isinstance(exc, QueryNotUnderstoodError):
            text = describe(exc)
            self.errors.show_field(QUERY_FIELD, f"{text.headline} {text.advice}")
            return [QUERY_FIELD]
        if isinstance(exc, ValidationError):
            fields = []
            for issue in exc.issues:
                field = _FIELD_ALIASES.get(issue.field, issue.field)
                self.errors.show_field(field, field_message(issue.code, field))
                fields.append(field)
            return fields
        text = describe(exc)
        self.errors.show_general(f"{text.headline} {text.advice}")
        return []

    # --- the lines above the results ----------------------------------------------------------------

    def _set_status(self, render: Callable[[], None]) -> None:
        self._render_status = render
        render()

    def _show_idle(self, *, nothing_to_search: bool = False) -> None:
        self.hits_model.clear()
        self.results.setCurrentWidget(self.idle_label)
        self._set_status(partial(self._show_idle_status, nothing_to_search))

    def _show_idle_status(self, nothing_to_search: bool = False) -> None:
        self._show_no_status()
        if nothing_to_search:
            self._show_count(self.tr("Type something to search for, or choose some criteria."))
        self.idle_label.setText(
            self.tr(
                "Type words in the search line to find them in the cards and in the recognised text of "
                "their electronic copies, or leave it empty and search by the card's fields under "
                "More criteria."
            )
        )

    def _show_no_status(self) -> None:
        for label in (self.count_label, self.note_label):
            label.clear()
            label.hide()

    def _show_count(self, text: str) -> None:
        self.count_label.setText(text)
        self.count_label.show()

    def _show_searching(self) -> None:
        self._show_no_status()
        self._show_count(self.tr("Searching…"))

    def _show_hits_status(self, count: int, more: bool) -> None:
        self._show_no_status()
        if count == 0:
            self._show_count(self.tr("No cards found."))
        elif more:
            self._show_count(
                self.tr("Showing the best {0} matches. Add words to narrow the search.").format(
                    formatting.count(count)
                )
            )
        else:
            self._show_count(self.tr("Cards found: {0}").format(formatting.count(count)))
        if count == 0:
            self.note_label.setText(self.tr("Check the spelling, or try fewer words, or only the beginning of a word."))
            self.note_label.show()

    def _show_found_status(self, count: int, exhausted: bool) -> None:
        self._show_no_status()
        if count == 0:
            self._show_count(self.tr("No cards found."))
        elif exhausted:
            self._show_count(self.tr("Cards found: {0}").format(formatting.count(count)))
        else:
            self._show_count(
                self.tr("Showing the first {0} cards, newest first. Scroll down for more, or add criteria.").format(
                    formatting.count(count)
                )
            )

    # --- the criteria section ---------------------------------------------------------------------

    def _show_criteria(self, shown: bool) -> None:
        self.criteria.setVisible(shown)
        self._update_criteria_button()

    def _update_criteria_button(self) -> None:
        shown = self.criteria_button.isChecked()
        self.criteria_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        count = len(self.criteria.filled())
        if count:
            self.criteria_button.setText(self.tr("More criteria ({0} set)").format(count))
        else:
            self.criteria_button.setText(self.tr("More criteria"))

    # --- the results --------------------------------------------------------------------------------

    def selected_card(self) -> CardRef | None:
        view = self.results.currentWidget()
        if view is self.hits_view:
            rows = self.hits_view.selectionModel().selectedRows()
            hit = rows[0].data(HIT_ROLE) if rows else None
            return CardRef(hit.card_id, hit.number) if isinstance(hit, SearchHit) else None
        if isinstance(view, FoundCardsView):
            row = view.selected_row()
            return CardRef(row.id, row.number) if row is not None else None
        return None

    def selected_row(self) -> JournalRow | None:
        """The journal row of the selected card, when the attribute search found it (the full-text
        hits carry no journal row)."""
        view = self.results.currentWidget()
        return view.selected_row() if isinstance(view, FoundCardsView) else None

    def _emit_selection(self, *_: object) -> None:
        self.cardSelected.emit(self.selected_card())

    def _on_hit_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, SearchHit):
            self.cardActivated.emit(CardRef(hit.card_id, hit.number))

    def _on_row_activated(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, JournalRow):
            self.cardActivated.emit(CardRef(row.id, row.number))

    # --- language -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr('Search: words, "an exact phrase", -a word to leave out. Enter searches, Esc clears.')
        )
        self.search_edit.setToolTip(
            self.tr(
                "Every word must occur (its beginning is enough); words in quotes must stand together; "
                "a minus leaves out the cards with that word. A registration number finds its card."
            )
        )
        self.search_edit.setAccessibleName(self.tr("Search"))
        self.search_button.setText(self.tr("&Search"))
        self.clear_button.setText(self.tr("Cl&ear"))
        self.clear_button.setToolTip(self.tr("Empty the search line and every criterion"))
        self._update_criteria_button()
        self.hits_model.retranslate()
        self.hits_view.size_columns()
        self._render_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def search_tab_title() -> str:
    """The title of the search tab beside the journals (іздеу / поиск)."""
    return QCoreApplication.translate("SearchPanel", "Search")


def _no_pages(cursor: str | None) -> JournalPage:
    """The result tables' source before the first search: nothing."""
    return JournalPage(rows=(), next_cursor=None)
