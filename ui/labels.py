"""What the clerk reads for each stored enum value, in the current language.

The core stores English codes and never translates; every value gets a tr() text here. Each enum
has its own translation context, so that "Other" can be "Басқа"/"Иное" for a kind and
"Басқа"/"Другой" for a channel.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.enums import AppealKind, AppealType, Channel

_CHANNEL = {
    Channel.PAPER_IN_PERSON: QT_TRANSLATE_NOOP("Channel", "In person (paper)"),
    Channel.POST: QT_TRANSLATE_NOOP("Channel", "Post"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Channel", "E-mail"),
    Channel.NATIONAL_SYSTEM: QT_TRANSLATE_NOOP("Channel", "UIS CRP"),
    Channel.FAX: QT_TRANSLATE_NOOP("Channel", "Fax"),
    Channel.COURIER: QT_TRANSLATE_NOOP("Channel", "Courier"),
    Channel.OTHER: QT_TRANSLATE_NOOP("Channel", "Other"),
}

_CHANNEL_HINT = {
    Channel.NATIONAL_SYSTEM: QT_TRANSLATE_NOOP(
        "ChannelHint", "Unified information system for consumer rights protection"
    ),
}

_TYPE = {
    AppealType.PROPOSAL: QT_TRANSLATE_NOOP("AppealType", "Proposal"),
    AppealType.STATEMENT: QT_TRANSLATE_NOOP("AppealType", "Statement"),
    AppealType.COMPLAINT: QT_TRANSLATE_NOOP("AppealType", "Complaint"),
    AppealType.REQUEST: QT_TRANSLATE_NOOP("AppealType", "Request"),
    AppealType.RESPONSE: QT_TRANSLATE_NOOP("AppealType", "Response"),
}

# Short names for the table; the full wording of cl. 5 goes into the tooltip.
_KIND = {
    AppealKind.SELLER_CLAIM: QT_TRANSLATE_NOOP("AppealKind", "Claim to a seller"),
    AppealKind.GAME_PRIZE_CLAIM: QT_TRANSLATE_NOOP("AppealKind", "Claim to a game organizer"),
    AppealKind.PRETRIAL_SETTLEMENT: QT_TRANSLATE_NOOP("AppealKind", "Pre-trial settlement"),
    AppealKind.STATE_MEASURES_SELLER: QT_TRANSLATE_NOOP("AppealKind", "Measures against a seller"),
    AppealKind.STATE_MEASURES_SETTLEMENT_BODY: QT_TRANSLATE_NOOP(
        "AppealKind", "Measures against a settlement body"
    ),
    AppealKind.PUBLIC_ASSOCIATION: QT_TRANSLATE_NOOP("AppealKind", "From a consumer association"),
    AppealKind.OTHER: QT_TRANSLATE_NOOP("AppealKind", "Other"),
}

_KIND_HINT = {
    AppealKind.SELLER_CLAIM: QT_TRANSLATE_NOOP(
        "AppealKindHint", "A consumer's claim to a seller (manufacturer, performer)"
    ),
    AppealKind.GAME_PRIZE_CLAIM: QT_TRANSLATE_NOOP(
        "AppealKindHint", "A consumer's claim to a game organizer about the quality of a prize"
    ),
    AppealKind.PRETRIAL_SETTLEMENT: QT_TRANSLATE_NOOP(
        "AppealKindHint", "A consumer's appeal to a pre-trial settlement body"
    ),
    AppealKind.STATE_MEASURES_SELLER: QT_TRANSLATE_NOOP(
        "AppealKindHint",
        "To the authorized body or state bodies: measures against a seller or game organizer",
    ),
    AppealKind.STATE_MEASURES_SETTLEMENT_BODY: QT_TRANSLATE_NOOP(
        "AppealKindHint",
        "To the authorized body or state bodies: measures against a pre-trial settlement body or a representative of consumers' interests",
    ),
    AppealKind.PUBLIC_ASSOCIATION: QT_TRANSLATE_NOOP(
        "AppealKindHint", "An appeal of a consumer association, including results of public control"
    ),
    AppealKind.OTHER: QT_TRANSLATE_NOOP("AppealKindHint", "Another kind of appeal"),
}


def channel_label(channel: Channel) -> str:
    return QCoreApplication.translate("Channel", str(_CHANNEL[channel]))


def channel_hint(channel: Channel) -> str:
    text = _CHANNEL_HINT.get(channel)
    return QCoreApplication.translate("ChannelHint", str(text)) if text else channel_label(channel)


def type_label(appeal_type: AppealType | None) -> str:
    return QCoreApplication.translate("AppealType", str(_TYPE[appeal_type])) if appeal_type else ""


def kind_label(kind: AppealKind | None) -> str:
    return QCoreApplication.translate("AppealKind", str(_KIND[kind])) if kind else ""


def kind_hint(kind: AppealKind | None) -> str:
    return QCoreApplication.translate("AppealKindHint", str(_KIND_HINT[kind])) if kind else ""
