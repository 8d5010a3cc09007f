"""After a round of synchronisation brought the other workstations' changes (or a conflict was
resolved): the window reads everything again as after a registration, keeping each journal's order
and filter, and the row the clerk had selected is selected again once its journal has read its
first page, so the card on screen does not vanish every five minutes. A row further down than the
first page is not fetched for this: the journal then shows its first page, as after F5."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.journal_view import JournalView

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def refresh_keeping_selection(window: MainWindow) -> None:
    row = window.selected_card()
    view = window.tabs.currentWidget()
    window.refresh()
    if row is None or not isinstance(view, JournalView):
        return
    model = view.model

    def reselect(loading: bool) -> None:
        if loading:
            return
        model.loadingChanged.disconnect(reselect)
        line = model.find_row(row.id)
        # not if the clerk has moved on meanwhile (another tab, another row)
        if line is not None and window.tabs.currentWidget() is view and view.selected_row() is None:
            view.table.selectRow(line)
            view.table.scrollTo(model.index(line, 0))

    model.loadingChanged.connect(reselect)
