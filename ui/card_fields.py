"""Every field of a card, read-only, in two columns: on the left how it was registered (number,
date, who, where, journal, channel, form, type, kind, the correspondent's number and date, sheets,
the court-matter flag) and the cards linked to it as links; on the right what it is about
(applicants, respondent, summary, amount, note), the long texts.

A field that applies to the card but is empty shows a dash; fields that do not apply to its
direction (the correspondent's number of an outgoing letter, the reply-to of an incoming appeal)
are left out unless they hold something. All text is selectable: clerks copy IINs and numbers.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from clerk_app.domain.cards import Card, CardRef
from clerk_app.domain.enums import Direction
from ui import card_texts, formatting, labels
from ui.card_data import CardView
from ui.card_texts import EMPTY, value_text
from ui.journal_view import journal_title

REGISTRATION_FIELDS = (
    "number", "registered_at", "registered_by", "station", "direction", "journal", "channel", "form",
    "type", "kind", "received_on", "correspondent", "sheet_count", "is_court_matter",
    "answers", "replies", "repeat_of", "repeats",
)
CONTENT_FIELDS = ("is_collective", "applicants", "respondent", "summary", "claimed_amount", "notes")
LINK_FIELDS = ("answers", "replies", "repeat_of", "repeats")
# Fields only one direction has: the other direction shows them only when they hold something.
INCOMING_ONLY = frozenset(
    {"type", "kind", "is_collective", "received_on", "correspondent", "replies", "repeat_of", "repeats"}
)
OUTGOING_ONLY = frozenset({"answers"})
LEFT_STRETCH, RIGHT_STRETCH = 2, 3  # the right column holds the long texts
CAPTION_CHARS = 20  # captions longer than this wrap


def linked_cards(card: Card) -> dict[str, tuple[CardRef, ...]]:
    return {
        "answers": (card.answers,) if card.answers else (),
        "replies": card.replies,
        "repeat_of": (card.repeat_of,) if card.repeat_of else (),
        "repeats": card.repeats,
    }


def field_values(view: CardView) -> dict[str, str]:
    """The text of every field that is not a link, in the current language."""
    card = view.card
    return {
        "number": card.number,
        "registered_at": formatting.date_time(card.registered_at),
        "registered_by": card.registered_by,
        "station": card.station,
        "direction": card_texts.direction_label(card.direction),
        "journal": journal_title(view.journal) if view.journal is not None else card.journal,
        "channel": labels.channel_hint(card.channel),
        "form": card_texts.form_label(card.form),
        "type": labels.type_label(card.type) or EMPTY,
        "kind": labels.kind_label(card.kind) or EMPTY,
        "received_on": value_text("received_on", card.received_on),
        "correspondent": card_texts.correspondent_text(card.correspondent_number, card.correspondent_date),
        "sheet_count": value_text("sheet_count", card.sheet_count),
        "is_court_matter": card_texts.yes_no(card.is_court_matter),
        "is_collective": card_texts.yes_no(card.is_collective),
        "applicants": "\n".join(card_texts.applicant_text(a) for a in card.applicants) or EMPTY,
        "respondent": card_texts.respondent_text(card.respondent),
        "summary": card.summary or EMPTY,
        "claimed_amount": value_text("claimed_amount", card.claimed_amount),
        "notes": card.notes or EMPTY,
    }


def wrap_caption(text: str, metrics: QFontMetrics) -> str:
    """A long caption ("Correspondent's number and date") on several lines rather than narrowing
    every value of its column. Broken by hand: QLabel's own word wrap makes short captions two
    lines too, and the form then clips them."""
    width = metrics.averageCharWidth() * CAPTION_CHARS
    lines: list[str] = []
    for word in text.split():
        if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return "\n".join(lines)


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the clerk's text is never read as markup
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label


class CardFieldsView(QWidget):
    cardRequested = Signal(object)  # CardRef: a linked card was clicked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card_fields")
        self._view: CardView | None = None
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}  # the plain fields
        self.links: dict[str, QWidget] = {}  # the linked cards' boxes
        self._link_boxes: dict[str, QVBoxLayout] = {}
        self.link_labels: dict[str, list[tuple[QLabel, CardRef | None]]] = {name: [] for name in LINK_FIELDS}
        self._forms: dict[str, QFormLayout] = {}
        caption_font = QFont(self.font())
        caption_font.setBold(True)
        self._caption_metrics = QFontMetrics(caption_font)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 6, 0)
        row.setSpacing(18)
        for fields, stretch in ((REGISTRATION_FIELDS, LEFT_STRETCH), (CONTENT_FIELDS, RIGHT_STRETCH)):
            form = QFormLayout()
            form.setContentsMargins(0, 0, 0, 0)
            form.setHorizontalSpacing(10)
            form.setVerticalSpacing(3)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            for name in fields:
                caption = QLabel()
                caption.setFont(caption_font)
                caption.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                self.captions[name] = caption
                value: QWidget
                if name in LINK_FIELDS:
                    value = QWidget()
                    value.setObjectName(f"card_{name}_links")
                    box = QVBoxLayout(value)
                    box.setContentsMargins(0, 0, 0, 0)
                    box.setSpacing(1)
                    box.setAlignment(Qt.AlignmentFlag.AlignTop)  # level with a caption of two lines
                    self.links[name] = value
                    self._link_boxes[name] = box
                else:
                    value = _value_label()
                    value.setObjectName(f"card_{name}_value")
                    self.values[name] = value
                form.addRow(caption, value)
                self._forms[name] = form
            row.addLayout(form, stretch)
        self.retranslate()

    def show_view(self, view: CardView) -> None:
        self._view = view
        self._fill()

    def _fill(self) -> None:
        view = self._view
        if view is None:
            return
        card = view.card
        values = field_values(view)
        for name, text in values.items():
            self.values[name].setText(text)
        self._show_applicants(card)
        empty = {name for name, text in values.items() if text == EMPTY}
        if not card.is_collective:
            empty.add("is_collective")  # "No" says nothing on an outgoing letter
        for name, refs in linked_cards(card).items():
            self._set_links(name, refs)
            if not refs:
                empty.add(name)
        other_side = INCOMING_ONLY if card.direction is Direction.OUTGOING else OUTGOING_ONLY
        for name in REGISTRATION_FIELDS + CONTENT_FIELDS:
            widget = self.values.get(name) or self.links[name]
            self._forms[name].setRowVisible(widget, name not in other_side or name not in empty)
        self._set_captions(card.direction)

    def _show_applicants(self, card: Card) -> None:
        """Several applicants numbered, each one's lines indented under the number (rich text,
        escaped: a table keeps the indent when a line wraps)."""
        label = self.values["applicants"]
        if len(card.applicants) < 2:
            label.setTextFormat(Qt.TextFormat.PlainText)
            return
        rows = "".join(
            f'<tr><td align="right">{number}.&nbsp;</td><td>'
            + "<br>".join(html.escape(line) for line in card_texts.applicant_text(applicant).splitlines())
            + "</td></tr>"
            for number, applicant in enumerate(card.applicants, 1)
        )
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setText(f'<table cellspacing="0" cellpadding="0">{rows}</table>')

    def _set_links(self, name: str, refs: tuple[CardRef, ...]) -> None:
        box = self._link_boxes[name]
        for label, _ref in self.link_labels[name]:
            box.removeWidget(label)
            label.deleteLater()
        self.link_labels[name] = []
        if not refs:
            label = QLabel(EMPTY)
            box.addWidget(label)
            self.link_labels[name].append((label, None))
        for ref in refs:
            label = QLabel()
            label.setObjectName("card_link")
            # As wide as the number, so that a click beside it does not open the card.
            label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(f'<a href="{ref.id}">{html.escape(ref.number)}</a>')
            label.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            label.linkActivated.connect(lambda _href, ref=ref: self.cardRequested.emit(ref))
            box.addWidget(label, 0, Qt.AlignmentFlag.AlignLeft)
            self.link_labels[name].append((label, ref))

    def _set_captions(self, direction: Direction | None) -> None:
        for name, caption in self.captions.items():
            # A colon after the name, as every caption of the window has.
            text = self.tr("{0}:").format(card_texts.field_name(name, direction))
            caption.setText(wrap_caption(text, self._caption_metrics))
        for links in self.link_labels.values():
            for label, ref in links:
                if ref is not None:
                    label.setToolTip(self.tr("Open card No. {0}").format(ref.number))

    def retranslate(self) -> None:
        """The captions, and the values that are words (codes' labels, yes and no) or local formats."""
        if self._view is not None:
            self._fill()
        else:
            self._set_captions(None)
