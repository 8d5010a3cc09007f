"""The legal periods that ship as defaults, each with its source. The body may change the amounts
(``clerk-app deadline-rules set``); the sources stay for the record (docs/deadlines.md)."""

from __future__ import annotations

from dataclasses import dataclass

from clerk_app.domain.calendar import PeriodUnit
from clerk_app.domain.enums import AppealKind


@dataclass(frozen=True)
class DeadlineRule:
    code: str
    amount: int
    unit: PeriodUnit
    applies_to_kinds: tuple[AppealKind, ...]  # empty: a rule for an event (refusal, extension, ...)
    legal_source: str
    is_default: bool = True


STATE_BODY_KINDS = (
    AppealKind.STATE_MEASURES_SELLER,
    AppealKind.STATE_MEASURES_SETTLEMENT_BODY,
    AppealKind.PUBLIC_ASSOCIATION,
)

DEFAULT_RULES = (
    DeadlineRule("seller_answer", 10, PeriodUnit.CALENDAR_DAYS, (AppealKind.SELLER_CLAIM, AppealKind.GAME_PRIZE_CLAIM),
                 "Consumer Protection Law art. 42-4: a seller's reasoned answer to a consumer's claim"),
    DeadlineRule("pretrial_consideration", 30, PeriodUnit.CALENDAR_DAYS, (AppealKind.PRETRIAL_SETTLEMENT, AppealKind.OTHER),
                 "Not set by the seeds (Consumer Protection Law arts. 42-8, 42-9 give none): the body's own period; "
                 "30 calendar days by default, editable"),
    DeadlineRule("state_body_appeal", 15, PeriodUnit.WORKING_DAYS, STATE_BODY_KINDS,
                 "Administrative Procedural Code art. 76: an appeal to a state body, within 15 working days"),
    DeadlineRule("state_body_extension_max", 2 * 30, PeriodUnit.CALENDAR_DAYS, (),
                 "Administrative Procedural Code art. 76: extension by a reasoned decision, to at most 2 months"),
    DeadlineRule("extension_notice", 3, PeriodUnit.WORKING_DAYS, (),
                 "Administrative Procedural Code art. 76: the applicant is told of an extension within 3 working days"),
    DeadlineRule("forwarding_by_competence", 3, PeriodUnit.WORKING_DAYS, (),
                 "Administrative Procedural Code art. 76: an appeal outside competence is forwarded within 3 working days"),
    DeadlineRule("refusal_decision", 5, PeriodUnit.WORKING_DAYS, (),
                 "Consumer Protection Law art. 42-6: a decision to refuse consideration, with reasons"),
    DeadlineRule("personal_data_request", 1, PeriodUnit.WORKING_DAYS, (),
                 "Law 94-V on personal data art. 25 (seed 003): a subject's request, a breach notice (R47)"),
    DeadlineRule("personal_data_transfer_notice", 10, PeriodUnit.WORKING_DAYS, (),
                 "Law 94-V on personal data art. 19 (seed 003): notice of a transfer"),
)
