"""What the registration form says about its fields, and when.

The form's own problems come from the core's ``parse_card_draft`` (pure Python, fast enough for the
GUI thread, and the one place the rules live). A problem is shown under its field once the clerk
has typed in the field or left it, every problem after a press of Register; a 12-digit number still
being typed is not called short. What the store refused (a journal gone, a linked card not found,
another error) stays shown until the clerk changes something.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from clerk_app.domain.drafts import parse_card_draft
from clerk_app.errors import ClerkError, FieldIssue, ValidationError
from clerk_app.timeutil import astana_today
from ui.error_text import describe, field_message
from ui.registration_fields import FormErrors

STILL_TYPING = "id.not_12_digits"  # not said while the cursor is still in the number
_ROW_NUMBER = re.compile(r"\.\d+\.")


def message_for(issue: FieldIssue) -> str:
    """The sentence under a field; an applicant block's fields share theirs ("applicants.iin")."""
    return field_message(issue.code, _ROW_NUMBER.sub(".", issue.field))


class FormChecks:
    def __init__(
        self,
        errors: FormErrors,
        card_json: Callable[[], Mapping[str, Any]],
        focus_widget: Callable[[], QWidget | None],
    ) -> None:
        self.errors = errors
        self._card_json = card_json
        self._focus_widget = focus_widget
        self.attempted = False  # after a press of Register every problem is shown
        self.touched: set[QWidget] = set()
        self._refused: list[FieldIssue] = []
        self._refusal_text = ""

    def reset(self) -> None:
        """A new card: nothing typed, nothing attempted, nothing refused."""
        self.attempted = False
        self.touched.clear()
        self.forget_refusal()
        self.errors.clear()

    def problems(self) -> list[FieldIssue]:
        try:
            parse_card_draft(self._card_json(), today=astana_today())
        except ValidationError as refusal:
            return refusal.issues
        return []

    def show(self) -> list[FieldIssue]:
        """Shows what is to be said now; returns the form's own problems shown."""
        self.errors.clear()
        shown: list[FieldIssue] = []
        for issue in self.problems():
            widget = self.errors.widget(issue.field)
            if widget is None:
                if self.attempted:
                    self.errors.show_general(message_for(issue))
                    shown.append(issue)
                continue
            if not (self.attempted or widget in self.touched):
                continue
            if issue.code == STILL_TYPING and self._focus_widget() is widget:
                continue
            if self._show_issue(issue):
                shown.append(issue)
        for issue in self._refused:
            if self.errors.widget(issue.field) is None:
                self.errors.show_general(message_for(issue))
            else:
                self._show_issue(issue)
        if self._refusal_text:
            self.errors.show_general(self._refusal_text)
        return shown

    def _show_issue(self, issue: FieldIssue) -> bool:
        """The first problem of a field is enough."""
        if not self.errors.labels[issue.field].isHidden():
            return False
        self.errors.show_field(issue.field, message_for(issue))
        return True

    def refuse(self, exc: BaseException, *, repeat_of: str) -> list[str]:
        """Keeps the store's refusal to show; returns the fields it names. A card not found is put
        next to the number that named it (``repeat_of`` as typed, else the appeal a reply answers)."""
        self.forget_refusal()
        if isinstance(exc, ValidationError):  # what only the store can tell (journal, linked cards)
            self._refused = list(exc.issues)
        elif isinstance(exc, ClerkError) and exc.code == "card.not_found":
            ref = str(exc.params.get("ref", "")).strip()
            field = "repeat_of" if ref and ref == repeat_of.strip() else "answers"
            self._refused = [FieldIssue(field, exc.code, exc.message)]
        else:
            text = describe(exc)
            self._refusal_text = f"{text.headline} {text.advice}"
        return [issue.field for issue in self._refused]

    def forget_refusal(self) -> None:
        self._refused, self._refusal_text = [], ""
