"""What the clerk reads for each stored enum value, in the current language.

The core stores English codes and never translates; every value gets a tr() text here. Each enum
has its own translation context, so that "Other" can be "Басқа"/"Иное" for a kind and
"Басқа"/"Другой" for a channel.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from clerk_app.domain.control import ControlEventType, ControlResult, ControlStatus, RefusalReason
from clerk_app.domain.enums import ActivityField, AppealKind, AppealType, Channel

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


# --- execution control ----------------------------------------------------------------------------

_CONTROL_STATUS = {
    ControlStatus.REGISTERED: QT_TRANSLATE_NOOP("ControlStatus", "Not assigned yet"),
    ControlStatus.ASSIGNED: QT_TRANSLATE_NOOP("ControlStatus", "Assigned"),
    ControlStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("ControlStatus", "In progress"),
    ControlStatus.RESOLVED: QT_TRANSLATE_NOOP("ControlStatus", "Result recorded"),
    ControlStatus.REMOVED: QT_TRANSLATE_NOOP("ControlStatus", "Removed from control"),
}

_CONTROL_RESULT = {
    ControlResult.SATISFIED: QT_TRANSLATE_NOOP("ControlResult", "Satisfied"),
    ControlResult.PARTIALLY_SATISFIED: QT_TRANSLATE_NOOP("ControlResult", "Partially satisfied"),
    ControlResult.NOT_SATISFIED: QT_TRANSLATE_NOOP("ControlResult", "Not satisfied"),
    ControlResult.REFUSED: QT_TRANSLATE_NOOP("ControlResult", "Consideration refused"),
    ControlResult.FORWARDED: QT_TRANSLATE_NOOP("ControlResult", "Forwarded by competence"),
    ControlResult.WITHDRAWN: QT_TRANSLATE_NOOP("ControlResult", "Withdrawn by the applicant"),
    ControlResult.LEFT_WITHOUT_CONSIDERATION: QT_TRANSLATE_NOOP("ControlResult", "Left without consideration"),
}

_REFUSAL_REASON = {
    RefusalReason.NO_VIOLATION: QT_TRANSLATE_NOOP("RefusalReason", "No violation found"),
    RefusalReason.NOT_A_CONSUMER_DISPUTE: QT_TRANSLATE_NOOP("RefusalReason", "Not a consumer dispute"),
    RefusalReason.NO_CLAIM_TO_SELLER_FIRST: QT_TRANSLATE_NOOP(
        "RefusalReason", "No claim was made to the seller first"
    ),
    RefusalReason.COURT_MATTER: QT_TRANSLATE_NOOP("RefusalReason", "Before a court or decided by one"),
    RefusalReason.REPEAT_WITHOUT_NEW_ARGUMENTS: QT_TRANSLATE_NOOP(
        "RefusalReason", "Repeat appeal without new arguments"
    ),
    RefusalReason.ANONYMOUS: QT_TRANSLATE_NOOP("RefusalReason", "Anonymous: no name or address to answer"),
    RefusalReason.INCOMPLETE: QT_TRANSLATE_NOOP("RefusalReason", "Requested documents were not provided"),
    RefusalReason.OTHER: QT_TRANSLATE_NOOP("RefusalReason", "Other"),
}

_CONTROL_EVENT = {
    ControlEventType.REGISTERED: QT_TRANSLATE_NOOP("ControlEvent", "Put on control"),
    ControlEventType.ASSIGNED: QT_TRANSLATE_NOOP("ControlEvent", "Executors assigned"),
    ControlEventType.STARTED: QT_TRANSLATE_NOOP("ControlEvent", "Work started"),
    ControlEventType.EXTENDED: QT_TRANSLATE_NOOP("ControlEvent", "Due date extended"),
    ControlEventType.RESOLVED: QT_TRANSLATE_NOOP("ControlEvent", "Result recorded"),
    ControlEventType.REMOVED_FROM_CONTROL: QT_TRANSLATE_NOOP("ControlEvent", "Removed from control"),
    ControlEventType.REOPENED: QT_TRANSLATE_NOOP("ControlEvent", "Control resumed"),
    ControlEventType.APPLICANT_NOTIFIED: QT_TRANSLATE_NOOP("ControlEvent", "Applicant told of the extension"),
}


def control_status_label(status: ControlStatus | None) -> str:
    return QCoreApplication.translate("ControlStatus", str(_CONTROL_STATUS[status])) if status else ""


def control_result_label(result: ControlResult | None) -> str:
    return QCoreApplication.translate("ControlResult", str(_CONTROL_RESULT[result])) if result else ""


def refusal_reason_label(reason: RefusalReason | None) -> str:
    return QCoreApplication.translate("RefusalReason", str(_REFUSAL_REASON[reason])) if reason else ""


_ACTIVITY_FIELD = {
    ActivityField.RETAIL: QT_TRANSLATE_NOOP("ActivityField", "Retail trade"),
    ActivityField.ONLINE_TRADE: QT_TRANSLATE_NOOP("ActivityField", "Online trade"),
    ActivityField.FOOD_SERVICE: QT_TRANSLATE_NOOP("ActivityField", "Food service"),
    ActivityField.HOUSING_UTILITIES: QT_TRANSLATE_NOOP("ActivityField", "Housing and utilities"),
    ActivityField.CONSTRUCTION: QT_TRANSLATE_NOOP("ActivityField", "Construction and repair"),
    ActivityField.TRANSPORT: QT_TRANSLATE_NOOP("ActivityField", "Transport"),
    ActivityField.TELECOM: QT_TRANSLATE_NOOP("ActivityField", "Communications and internet"),
    ActivityField.FINANCE: QT_TRANSLATE_NOOP("ActivityField", "Financial services"),
    ActivityField.MEDICAL: QT_TRANSLATE_NOOP("ActivityField", "Medical services and pharmacies"),
    ActivityField.EDUCATION: QT_TRANSLATE_NOOP("ActivityField", "Education"),
    ActivityField.TOURISM: QT_TRANSLATE_NOOP("ActivityField", "Tourism and hotels"),
    ActivityField.VEHICLES: QT_TRANSLATE_NOOP("ActivityField", "Vehicles"),
    ActivityField.HOUSEHOLD_SERVICES: QT_TRANSLATE_NOOP("ActivityField", "Household services"),
    ActivityField.GAMES: QT_TRANSLATE_NOOP("ActivityField", "Prize games and lotteries"),
    ActivityField.OTHER: QT_TRANSLATE_NOOP("ActivityField", "Other"),
}


def activity_field_label(activity: ActivityField | None) -> str:
    return QCoreApplication.translate("ActivityField", str(_ACTIVITY_FIELD[activity])) if activity else ""


def control_event_label(event: ControlEventType) -> str:
    return QCoreApplication.translate("ControlEvent", str(_CONTROL_EVENT[event]))
