"""First run (issue 10, item 6): a short wizard that sets a new registry up in four steps, the
language, the pre-trial settlement body (name, kind, BIN, address), this workstation's code, and
whether the registry will be connected to a central store.

The language is this computer's preference: it is applied (and remembered) as soon as it is
chosen, as the Language menu does. The body and the station code are saved together when the clerk
presses Finish, in one operation on the worker; a refusal is shown next to its field, on its page,
and the dialog stays open. Later closes without saving anything to the registry. The central
store is only asked about: connecting needs the store's address and this workstation's account,
which Settings › Synchronisation takes (``wants_central_store`` tells the caller to open it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from clerk_app.domain import identifiers
from clerk_app.domain.enums import SettlementBodyType
from clerk_app.domain.numbering import DEFAULT_STATION_CODE, check_station_code
from clerk_app.errors import NumberingError, ValidationError
from clerk_app.services.context import Actor
from clerk_app.services.references import OwnBody
from clerk_app.services.registry import Registry
from ui import palette
from ui.choice_button import ChoiceButton
from ui.error_text import field_message
from ui.field_errors import FieldErrors, error_label
from ui.languages import Language, LanguageManager
from ui.settings_body import BodyValues, body_type_label
from ui.settings_numbering import STATION_WIDTH
from ui.settings_page import caption, hint
from ui.text_label import wrapped_label
from ui.workers import Task, TaskRunner

DIALOG_WIDTH = 680  # room for the Kazakh texts of the choices in two or three lines
LANGUAGE_PAGE, BODY_PAGE, STATION_PAGE, STORE_PAGE = range(4)
# Which page shows a field, so that a refusal of the core is shown where it can be corrected.
PAGE_OF_FIELD = {"name": BODY_PAGE, "body_type": BODY_PAGE, "bin": BODY_PAGE, "address": BODY_PAGE,
                 "station_code": STATION_PAGE}
# Said of each language in that language, like its name: a clerk facing an interface they cannot
# read still finds their own (these are deliberately not translated).
LANGUAGE_DESCRIPTIONS = {
    Language.KAZAKH: "Бағдарлама терезелері қазақ тілінде.",
    Language.RUSSIAN: "Окна программы на русском языке.",
    Language.ENGLISH: "The program's windows in English.",
}
# The chosen answer framed in the selection colour: the style's own "pressed" grey reads as disabled.
CHOSEN_STYLE = (
    "QPushButton:checked { border: 2px solid palette(highlight); border-radius: 4px;"
    " background-color: palette(base); }"
)


def needs_first_run(registry: Registry) -> bool:
    """Whether the registry still lacks its own body, i.e. nobody has set it up yet. It reads the
    store: call it on the worker."""
    return registry.references.own_body() is None


@dataclass(frozen=True)
class StoredSetup:
    """What the wizard is pre-filled with, read on the worker."""

    own_body: OwnBody | None
    station_code: str


class FirstRunDialog(QDialog):
    finishedSetup = Signal(bool)  # saved; True when the clerk wants to connect to a central store

    def __init__(
        self,
        parent: QWidget | None,
        registry: Registry,
        actor: Actor,
        languages: LanguageManager,
        runner: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("first_run_dialog")
        self._registry = registry
        self._actor = actor
        self._languages = languages
        self._runner = runner if runner is not None else TaskRunner(self)
        self._read_task: Task[StoredSetup] | None = None
        self._save_task: Task[OwnBody] | None = None
        self._loaded = False
        # head, phone and e-mail of a body entered before: not asked here, but kept (left out, the
        # service would clear them)
        self._kept: tuple[tuple[str, str], ...] = ()
        # shows the last refusal again in a newly chosen language; dropped once the clerk types
        self._replay_errors: Callable[[], None] | None = None

        self.step_label = QLabel()
        self.step_label.setObjectName("first_run_step")
        self.step_label.setPalette(palette.quiet(self.step_label.palette()))
        # each page has its own heading and intro: the stack is then as tall as its tallest page in
        # the current language, and the dialog does not change its height from step to step
        self.headings: list[QLabel] = []
        self.intros: list[QLabel] = []
        self.general_error = error_label()
        self.general_error.setObjectName("first_run_general_error")
        self.errors = FieldErrors(self.general_error)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._language_page())
        self.stack.addWidget(self._body_page())
        self.stack.addWidget(self._station_page())
        self.stack.addWidget(self._store_page())

        self.busy_label = QLabel()
        self.busy_label.setPalette(palette.quiet(self.busy_label.palette()))
        self.busy_label.hide()
        self.later_button = QPushButton()
        self.later_button.setObjectName("first_run_later_button")
        self.back_button = QPushButton()
        self.back_button.setObjectName("first_run_back_button")
        self.next_button = QPushButton()
        self.next_button.setObjectName("first_run_next_button")
        self.finish_button = QPushButton()
        self.finish_button.setObjectName("first_run_finish_button")
        for button in (self.later_button, self.back_button, self.next_button, self.finish_button):
            button.setAutoDefault(False)  # Enter means the step's own button, not the focused one
        self.later_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.finish_button.clicked.connect(self.finish)

        buttons = QHBoxLayout()
        buttons.addWidget(self.later_button)
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(8)
        layout.addWidget(self.step_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.general_error)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.setFixedWidth(DIALOG_WIDTH)

        self._check_language(languages.language)
        languages.languageChanged.connect(self._on_language_changed)
        self.retranslate()
        self.show_page(LANGUAGE_PAGE)
        self._read_task = self._runner.submit(self._read_operation(), success=self._on_read,
                                              failure=self._on_read_failed)

    # --- the pages -------------------------------------------------------------------------------

    def _new_page(self, page: QWidget, name: str, spacing: int) -> QVBoxLayout:
        """The page's heading and intro; its fields go into the column returned."""
        page.setObjectName(name)
        heading = wrapped_label(self, scale=1.5, bold=True)
        intro = wrapped_label(self)
        self.headings.append(heading)
        self.intros.append(intro)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        outer.addWidget(heading)
        outer.addWidget(intro)
        outer.addSpacing(10)
        column = QVBoxLayout()
        column.setSpacing(spacing)
        outer.addLayout(column, 1)
        return column

    def _language_page(self) -> QWidget:
        page = QWidget()
        column = self._new_page(page, "first_run_language_page", 10)
        self.language_group = QButtonGroup(self)  # exclusive: one language is framed as chosen
        self.language_buttons: dict[Language, ChoiceButton] = {}
        for language in (Language.KAZAKH, Language.RUSSIAN, Language.ENGLISH):
            button = ChoiceButton()
            button.setObjectName(f"first_run_language_{language.value}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setStyleSheet(CHOSEN_STYLE)
            button.set_texts(language.endonym, LANGUAGE_DESCRIPTIONS[language])
            button.clicked.connect(lambda _checked=False, chosen=language: self.choose_language(chosen))
            self.language_group.addButton(button)
            self.language_buttons[language] = button
            column.addWidget(button)
        column.addStretch(1)
        return page

    def _body_page(self) -> QWidget:
        page = QWidget()
        column = self._new_page(page, "first_run_body_page", 2)
        self.body_fields = QWidget()
        self.body_fields.setEnabled(False)  # until what the registry holds has been read
        column.addWidget(self.body_fields)
        column.addStretch(1)
        column = QVBoxLayout(self.body_fields)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.edits: dict[str, QLineEdit] = {}
        # the lengths of Settings › The body
        for name, limit in (("name", 200), ("bin", 14), ("address", 500)):
            edit = QLineEdit()
            edit.setObjectName(f"first_run_{name}")
            edit.setMaxLength(limit)
            edit.textEdited.connect(self._forget_refusal)
            self.edits[name] = edit
        self.edits["bin"].textChanged.connect(self._check_bin)
        self.type_box = QComboBox()
        self.type_box.setObjectName("first_run_body_type")
        for body_type in SettlementBodyType:
            self.type_box.addItem("", body_type)
        self.type_box.setCurrentIndex(self.type_box.findData(SettlementBodyType.MEDIATOR))
        self.captions: dict[str, QLabel] = {}
        for name in ("name", "body_type", "bin", "address"):
            widget = self.type_box if name == "body_type" else self.edits[name]
            label = caption(self)
            label.setBuddy(widget)
            self.captions[name] = label
            column.addWidget(label)
            column.addWidget(widget)
            column.addWidget(self.errors.add(name, widget))
            column.addSpacing(6)
        return page

    def _station_page(self) -> QWidget:
        page = QWidget()
        column = self._new_page(page, "first_run_station_page", 2)
        self.station_fields = QWidget()
        self.station_fields.setEnabled(False)
        column.addWidget(self.station_fields)
        column.addStretch(1)
        column = QVBoxLayout(self.station_fields)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        self.station_caption = caption(self)
        self.station_edit = QLineEdit()
        self.station_edit.setObjectName("first_run_station_code")
        self.station_edit.setMaxLength(8)
        self.station_edit.setMaximumWidth(STATION_WIDTH)
        self.station_edit.textEdited.connect(self._forget_refusal)
        self.station_edit.textChanged.connect(self._check_station)
        self.station_caption.setBuddy(self.station_edit)
        self.station_hint = hint(self)
        self.central_hint = hint(self)
        column.addWidget(self.station_caption)
        column.addWidget(self.station_edit)
        column.addWidget(self.errors.add("station_code", self.station_edit))
        column.addWidget(self.station_hint)
        column.addSpacing(8)
        column.addWidget(self.central_hint)
        return page

    def _store_page(self) -> QWidget:
        self.store_choices = page = QWidget()
        column = self._new_page(page, "first_run_store_page", 10)
        self.store_group = QButtonGroup(self)
        self.standalone_button = ChoiceButton()
        self.standalone_button.setObjectName("first_run_standalone")
        self.central_button = ChoiceButton()
        self.central_button.setObjectName("first_run_central")
        for button in (self.standalone_button, self.central_button):
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setStyleSheet(CHOSEN_STYLE)
            self.store_group.addButton(button)
            column.addWidget(button)
        self.standalone_button.setChecked(True)  # the safe default: nothing leaves this computer
        column.addStretch(1)
        return page

    # --- moving between the pages ----------------------------------------------------------------

    @property
    def page(self) -> int:
        return self.stack.currentIndex()

    @property
    def loaded(self) -> bool:
        """What the registry holds has been read into the fields (or could not be)."""
        return self._loaded

    @property
    def saving(self) -> bool:
        return self._save_task is not None

    @property
    def wants_central_store(self) -> bool:
        """The clerk's answer on the last page: connect to a central store (in Settings, later)."""
        return self.central_button.isChecked()

    def show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.step_label.setText(self.tr("Step {0} of {1}").format(index + 1, self.stack.count()))
        self._update_buttons()
        focus = {BODY_PAGE: self.edits["name"], STATION_PAGE: self.station_edit}.get(index)
        if focus is not None and focus.isEnabled():
            focus.setFocus()

    def go_next(self) -> None:
        if self.saving or self.page >= STORE_PAGE or not self._page_is_correct(self.page):
            return
        self.show_page(self.page + 1)

    def go_back(self) -> None:
        if not self.saving and self.page > LANGUAGE_PAGE:
            self.show_page(self.page - 1)

    def _update_buttons(self) -> None:
        last = self.page == STORE_PAGE
        self.back_button.setEnabled(self.page > LANGUAGE_PAGE and not self.saving)
        self.next_button.setVisible(not last)
        self.next_button.setEnabled(not self.saving and (self.page == LANGUAGE_PAGE or self._loaded))
        self.finish_button.setVisible(last)
        self.finish_button.setEnabled(self._loaded and not self.saving)
        self.later_button.setEnabled(not self.saving)
        (self.finish_button if last else self.next_button).setDefault(True)
        (self.next_button if last else self.finish_button).setDefault(False)
        self.busy_label.setVisible(self.saving)

    def choose_language(self, language: Language) -> None:
        """Applied at once: every window, this wizard included, speaks it from now on."""
        if language is not self._languages.language:
            self._languages.apply(language)

    def _on_language_changed(self, _value: str) -> None:
        self._check_language(self._languages.language)

    def _check_language(self, language: Language) -> None:
        self.language_buttons[language].setChecked(True)

    # --- reading ---------------------------------------------------------------------------------

    def _read_operation(self) -> Callable[[], StoredSetup]:
        registry = self._registry
        return lambda: StoredSetup(registry.references.own_body(), registry.settings.station_code())

    def _on_read(self, stored: StoredSetup) -> None:
        self._read_task = None
        own = stored.own_body
        body = own.body if own else None
        if body is not None:
            self.edits["name"].setText(body.name)
            self.edits["bin"].setText(body.bin or "")
            self.edits["address"].setText(body.address or "")
            self.type_box.setCurrentIndex(self.type_box.findData(body.body_type))
            kept = {"head": own.head if own else None, "phone": body.phone, "email": body.email}
            self._kept = tuple((name, text) for name, text in kept.items() if text)
        self.station_edit.setText(stored.station_code)
        self._enable_fields()

    def _on_read_failed(self, exc: BaseException) -> None:
        """The fields are offered empty all the same: saving says again what is wrong, if it still is."""
        self._read_task = None
        self.station_edit.setText(DEFAULT_STATION_CODE)
        self._enable_fields()
        self._show_refusal(exc)

    def _enable_fields(self) -> None:
        self._loaded = True
        self.body_fields.setEnabled(True)
        self.station_fields.setEnabled(True)
        self._live_checks()
        self.show_page(self.page)  # the focus into the first field, if that page is on show

    # --- checks on this computer -----------------------------------------------------------------

    def _page_is_correct(self, index: int) -> bool:
        """The checks that need no store, before going on; each problem is shown under its field."""
        self.errors.clear()
        self._replay_errors = None
        problems: dict[str, str] = {}  # field -> error code, in the order of the page
        if index == BODY_PAGE:
            if not self.edits["name"].text().strip():
                problems["name"] = "field.required"
            bin_problem = self._bin_problem()
            if bin_problem is not None:
                problems["bin"] = bin_problem.value
        if index == STATION_PAGE:
            station_problem = self._station_problem()
            if station_problem is not None:
                problems["station_code"] = station_problem
        if not problems:
            return True

        def show() -> None:
            for field, code in problems.items():
                self.errors.show_field(field, field_message(code, field))

        self._replay_errors = show
        show()
        self.errors.focus_first(problems)
        return False

    def _bin_problem(self) -> identifiers.IdentifierProblem | None:
        text = identifiers.normalize(self.edits["bin"].text())
        return identifiers.bin_problem(text) if text else None  # the BIN may be left out

    def _station_problem(self) -> str | None:
        try:
            check_station_code(self.station_edit.text().strip().upper())
        except NumberingError as exc:
            return exc.code
        return None

    def _live_checks(self) -> None:
        if self._loaded:  # empty fields waiting for what the registry holds are not wrong yet
            self._check_bin()
            self._check_station()

    def _check_bin(self) -> None:
        """As typed: a complete BIN with a wrong digit is pointed out at once; a shorter one waits."""
        if not self._loaded:
            return
        text = identifiers.normalize(self.edits["bin"].text())
        problem = self._bin_problem() if len(text) >= 12 else None
        self._show_live("bin", problem.value if problem else None)

    def _check_station(self) -> None:
        if self._loaded:
            self._show_live("station_code", self._station_problem())

    def _show_live(self, field: str, code: str | None) -> None:
        label = self.errors.labels[field]
        label.setText(field_message(code, field) if code else "")
        label.setVisible(code is not None)

    def _forget_refusal(self) -> None:
        self._replay_errors = None  # what the clerk types answers it

    # --- saving ----------------------------------------------------------------------------------

    def values(self) -> BodyValues:
        texts = {name: edit.text().strip() for name, edit in self.edits.items()}
        texts["bin"] = identifiers.normalize(texts["bin"])
        return BodyValues((*texts.items(), *self._kept), SettlementBodyType(self.type_box.currentData()))

    def finish(self) -> None:
        if self.saving or not self._loaded:
            return
        wrong = next((index for index in (BODY_PAGE, STATION_PAGE) if not self._page_is_correct(index)), None)
        if wrong is not None:  # only when called with pages not gone through: Next checks each
            self.show_page(wrong)
            self.errors.focus_first(list(self.errors.visible_messages()))
            return
        registry, actor = self._registry, self._actor
        entry, station = self.values().as_entry(), self.station_edit.text().strip().upper()

        def save() -> OwnBody:
            # the code first: refused, it leaves the body unsaved too, so nothing is half done
            code = check_station_code(station)
            own = registry.references.save_own_body(entry, actor=actor)
            registry.settings.set_station_code(code, actor=actor)
            return own

        self._save_task = self._runner.submit(save, success=self._on_saved, failure=self._on_save_failed)
        self._set_busy()

    def _set_busy(self) -> None:
        for page in (self.body_fields, self.station_fields, self.store_choices):
            page.setEnabled(not self.saving)
        self._update_buttons()

    def _on_saved(self, _own: OwnBody) -> None:
        self._save_task = None
        self._set_busy()
        wants_central_store = self.wants_central_store
        self.accept()
        self.finishedSetup.emit(wants_central_store)

    def _on_save_failed(self, exc: BaseException) -> None:
        self._save_task = None
        self._set_busy()
        self._show_refusal(exc)

    def _show_refusal(self, exc: BaseException) -> None:
        """Each issue next to its field, on the first page holding one; anything else under the page."""
        if isinstance(exc, NumberingError):  # the only one the station code check raises
            def show() -> None:
                self.errors.clear()
                self.errors.show_field("station_code", field_message(exc.code, "station_code"))
            fields = ["station_code"]
        else:
            def show() -> None:
                self.errors.show(exc)
            fields = [issue.field for issue in exc.issues] if isinstance(exc, ValidationError) else []
        pages = sorted(PAGE_OF_FIELD[field] for field in fields if field in PAGE_OF_FIELD)
        if pages:
            self.show_page(pages[0])
        self._replay_errors = show
        show()
        self.errors.focus_first(fields)

    # --- closing ---------------------------------------------------------------------------------

    def reject(self) -> None:
        """Later, Esc and the close button: nothing is saved. A save on its way is waited for."""
        if not self.saving:
            super().reject()

    def done(self, result: int) -> None:
        if self._read_task is not None:
            self._read_task.discard()  # its answer has no fields to go to any more
            self._read_task = None
        super().done(result)

    # --- texts -----------------------------------------------------------------------------------

    def _render_page_texts(self) -> None:
        texts = {
            LANGUAGE_PAGE: (
                self.tr("Choose the language"),
                self.tr(
                    "The language of the program's windows on this computer. "
                    "It can be changed at any time in the Language menu."
                ),
            ),
            BODY_PAGE: (
                self.tr("The settlement body"),
                self.tr(
                    "The pre-trial settlement body of consumer disputes that keeps this registry. "
                    "Its name is shown in the title of the window. "
                    "The rest can be added later in Settings › The body."
                ),
            ),
            STATION_PAGE: (
                self.tr("This workstation's code"),
                self.tr(
                    "Every registration number contains the code of the workstation that gave it. "
                    "With its own code at each workstation, numbers given at different workstations "
                    "never collide, even when they register offline."
                ),
            ),
            STORE_PAGE: (
                self.tr("Where the registry is kept"),
                self.tr(
                    "A registry can be kept on this computer only, or shared by several workstations of the "
                    "body through a central store. Nothing is connected now: only your choice is noted."
                ),
            ),
        }
        for index, (heading, intro) in texts.items():
            self.headings[index].setText(heading)
            self.intros[index].setText(intro)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Setting up the registry"))
        self.step_label.setText(self.tr("Step {0} of {1}").format(self.page + 1, self.stack.count()))
        self._render_page_texts()
        # Alt+letters that clash with no button of the wizard (&Back, &Next)
        self.captions["name"].setText(self.tr("Na&me:"))
        self.captions["body_type"].setText(self.tr("&Kind of body:"))
        self.captions["bin"].setText(self.tr("B&IN:"))
        self.captions["address"].setText(self.tr("&Address:"))
        self.edits["bin"].setPlaceholderText(self.tr("12 digits"))
        for line in range(self.type_box.count()):
            self.type_box.setItemText(line, body_type_label(SettlementBodyType(self.type_box.itemData(line))))
        self.station_caption.setText(self.tr("&Workstation code:"))
        self.station_hint.setText(self.tr("1 to 8 capital letters or digits, such as A or 02."))
        self.central_hint.setText(
            self.tr(
                "When this workstation is connected to a central store, the central store gives it its code."
            )
        )
        self.standalone_button.set_texts(
            self.tr("Only this computer"),
            self.tr(
                "The registry is kept here. It can be connected to a central store later in "
                "Settings › Synchronisation."
            ),
        )
        self.central_button.set_texts(
            self.tr("Connect to a central store"),
            self.tr(
                "Several workstations of the body share one central store, and each keeps working when the "
                "network is down. You connect in Settings › Synchronisation with the address, name and "
                "password that the central store's administrator gives you."
            ),
        )
        self.later_button.setText(self.tr("&Later"))
        self.back_button.setText(self.tr("&Back"))
        self.next_button.setText(self.tr("&Next"))
        self.finish_button.setText(self.tr("&Finish"))
        self.busy_label.setText(self.tr("Saving…"))
        # messages on show, in the new language: the last refusal again, else the live checks
        if self._replay_errors is not None:
            self.errors.clear()
            self._replay_errors()
        else:
            self._live_checks()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # texts changed, an error line appeared
            self._grow_to_fit()
        return handled

    def _grow_to_fit(self) -> None:
        """Taller when the texts need it (a top-level window does not follow the height its wrapped
        labels need at its width by itself); never shorter, so the buttons do not jump at each step."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)


__all__ = ["FirstRunDialog", "needs_first_run"]
