"""Accounts, roles and what each role may do (R17, R27, R57, R58); the confidentiality duty every
user acknowledges at first login (R56, R72). Pure rules: no store, no Qt."""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from types import MappingProxyType

from clerk_app.errors import AuthError, FieldIssue, ValidationError


class Role(StrEnum):
    CLERK = "clerk"  # registers, attaches copies, searches
    EXECUTOR = "executor"  # works on the appeals assigned to them
    SUPERVISOR = "supervisor"  # assigns, extends, removes from control, reports
    PD_OFFICER = "pd_officer"  # the person responsible for organizing personal-data processing (R57)
    ADMINISTRATOR = "administrator"  # settings and accounts, no appeal content (R27)
    AUDITOR = "auditor"  # read-only inspection (R58)


class Permission(StrEnum):
    REGISTER = "register"  # register incoming appeals and outgoing letters
    EDIT_CARD = "edit_card"  # change a card's fields (the history keeps the old values)
    ATTACH = "attach"  # attach electronic copies, file the inbox
    SEARCH = "search"  # full-text and attribute search
    VIEW_CARD = "view_card"  # open cards, journals, copies, recognised text, control history
    CONTROL_OWN = "control_own"  # control actions on the cards where the account's staff member is an executor
    CONTROL_ALL = "control_all"  # every control action on every card, assigning executors included
    REPORTS = "reports"  # control reports and statistics
    AUDIT_READ = "audit_read"  # read the audit trail
    PD_REQUESTS = "pd_requests"  # subjects' requests: the subject-access report, consent records
    PD_DESTROY = "pd_destroy"  # destroy personal data whose retention ran out
    PD_BLOCK = "pd_block"  # block and unblock a subject's personal data
    PD_BREACHES = "pd_breaches"  # the register of personal-data security breaches and their notices (R47)
    SETTINGS = "settings"  # store settings, reference lists, staff, deadline rules, calendar
    ACCOUNTS = "accounts"  # create, block and unblock accounts, set roles, reset passwords
    INSPECT = "inspect"  # read-only inspection and export of documents for inspectors (R58)
    BACKUP = "backup"  # back up the whole registry (every card and copy, the store key) and restore it


_P = Permission
ROLE_PERMISSIONS: Mapping[Role, frozenset[Permission]] = MappingProxyType({
    Role.CLERK: frozenset({_P.REGISTER, _P.EDIT_CARD, _P.ATTACH, _P.SEARCH, _P.VIEW_CARD}),
    Role.EXECUTOR: frozenset({_P.CONTROL_OWN, _P.SEARCH, _P.VIEW_CARD}),
    Role.SUPERVISOR: frozenset({_P.CONTROL_OWN, _P.CONTROL_ALL, _P.REPORTS, _P.SEARCH, _P.VIEW_CARD}),
    Role.PD_OFFICER: frozenset({_P.AUDIT_READ, _P.PD_REQUESTS, _P.PD_DESTROY, _P.PD_BLOCK, _P.PD_BREACHES}),
    # R27: the technical role stays apart from the clerks' work; appeal content only by a second role
    Role.ADMINISTRATOR: frozenset({_P.SETTINGS, _P.ACCOUNTS, _P.BACKUP}),
    Role.AUDITOR: frozenset({_P.SEARCH, _P.VIEW_CARD, _P.REPORTS, _P.AUDIT_READ, _P.INSPECT}),
})


def permitted(roles: Iterable[Role], permission: Permission) -> bool:
    """Whether any of the roles grants the permission."""
    return any(permission in ROLE_PERMISSIONS[Role(role)] for role in roles)


def permissions_of(roles: Iterable[Role]) -> frozenset[Permission]:
    return frozenset().union(*(ROLE_PERMISSIONS[Role(role)] for role in roles))


@dataclass(frozen=True)
class Account:
    id: uuid.UUID
    login: str
    display_name: str
    roles: frozenset[Role]
    staff_member_id: uuid.UUID | None  # the executor this account is (control actions on own cards)
    is_blocked: bool
    acknowledged_at: datetime | None
    last_login_at: datetime | None
    created_at: datetime
    acknowledged_version: str | None = None  # which text of the confidentiality duty was accepted


# --- logins and passwords -----------------------------------------------------------------------

MAX_LOGIN = 64
MAX_DISPLAY_NAME = 200
MIN_PASSWORD = 10
MAX_PASSWORD = 1024  # hashing a megabyte "password" would only waste the station's time
_LOGIN = re.compile(r"^[^\W_][\w.@-]*$")

MAX_FAILURES = 5  # consecutive wrong passwords before the login is locked
LOCK_TIME = timedelta(minutes=15)
INACTIVE_DAYS = 183  # R85: the half-yearly list


def normalize_login(login: str) -> str:
    """The form a login is stored and compared in: logins are case-insensitive (Кассир = кассир)."""
    return unicodedata.normalize("NFC", login.strip()).casefold()


def check_login(login: str) -> str:
    key = normalize_login(login)
    if not key:
        raise ValidationError([FieldIssue("login", "field.required", "is required")])
    if len(key) > MAX_LOGIN or not _LOGIN.match(key):
        raise ValidationError([FieldIssue(
            "login", "account.bad_login",
            f"1 to {MAX_LOGIN} letters or digits; '.', '-', '_' and '@' inside are allowed",
        )])
    return key


def check_display_name(name: str) -> str:
    text = " ".join(name.split())
    if not text:
        raise ValidationError([FieldIssue("display_name", "field.required", "is required")])
    if len(text) > MAX_DISPLAY_NAME or not text.isprintable():
        raise ValidationError([FieldIssue("display_name", "field.too_long", f"at most {MAX_DISPLAY_NAME} characters")])
    return text


def check_new_password(password: str, login: str | None = None) -> None:
    """A password the store will accept; raises AuthError ``auth.weak_password`` otherwise."""
    if len(password) < MIN_PASSWORD:
        raise AuthError(
            f"the password must have at least {MIN_PASSWORD} characters", code="auth.weak_password",
            params={"min_length": MIN_PASSWORD},
        )
    if len(password) > MAX_PASSWORD:
        raise AuthError(f"the password must have at most {MAX_PASSWORD} characters", code="auth.weak_password",
                        params={"max_length": MAX_PASSWORD})
    if len(set(password)) < 3 or (login is not None and normalize_login(password) == normalize_login(login)):
        raise AuthError("the password is too easy to guess (the login, or one character repeated)",
                        code="auth.weak_password", params={"min_length": MIN_PASSWORD})


def check_roles(roles: Iterable[Role | str]) -> frozenset[Role]:
    try:
        result = frozenset(Role(r) for r in roles)
    except ValueError:
        choices = ", ".join(r.value for r in Role)
        raise ValidationError([FieldIssue("roles", "field.bad_choice", f"must be among: {choices}")]) from None
    if not result:
        raise ValidationError([FieldIssue("roles", "account.no_role", "give the account at least one role")])
    return result


def is_inactive(account: Account, now: datetime, days: int = INACTIVE_DAYS) -> bool:
    """R85: no login for ``days``, or never logged in since it was created more than ``days`` ago."""
    since = account.last_login_at or account.created_at
    return since <= now - timedelta(days=days)


# --- the confidentiality duty (R56: PD Law art. 11; R72: seed 001 cl. 17, 31 and Annex 6) ---------

ACKNOWLEDGEMENT_VERSION = "2026-1"  # a new text needs a new version: everyone acknowledges it again

CONFIDENTIALITY_TEXT: Mapping[str, str] = MappingProxyType({
    "kk": (
        "Құпиялылық міндеттемесі\n\n"
        "Тізілімде тұтынушылардың дербес деректері бар: тегі, аты, ЖСН, мекенжайы, телефоны және "
        "құжаттарының көшірмелері. «Дербес деректер және оларды қорғау туралы» Заңның 11-бабына сәйкес "
        "қызметтік қажеттілікке байланысты өзіме белгілі болған қолжетімділігі шектеулі дербес "
        "деректердің құпиялылығын сақтауға міндеттенемін.\n\n"
        "Мен:\n"
        "1) тізілімдегі мәліметтерді тек қызметтік міндеттерімді орындау үшін және өзіме берілген "
        "рөл шегінде пайдаланамын;\n"
        "2) дербес деректерді субъектінің келісімінсіз немесе өзге заңды негізсіз таратпаймын, "
        "көшірмеймін және үшінші тұлғаларға бермеймін;\n"
        "3) өзімнің логинімді, құпиясөзімді және ЭЦҚ құралдарын басқа адамдарға бермеймін;\n"
        "4) жұмыс орнынан кеткенде сеансты құлыптаймын;\n"
        "5) құпиялылықтың бұзылғаны немесе есептік жазбамды біреу пайдаланғаны туралы білсем, "
        "дербес деректерді өңдеуді ұйымдастыруға жауапты адамға дереу хабарлаймын.\n\n"
        "Бұл міндеттемені бұзу тізілімге қолжетімділікті тоқтатуға және Қазақстан Республикасының "
        "заңнамасында көзделген жауаптылыққа әкеп соғуы мүмкін. Келісімім және оның күні тізілімде "
        "тіркеледі."
    ),
    "ru": (
        "Обязательство о конфиденциальности\n\n"
        "В реестре хранятся персональные данные потребителей: фамилии, имена, ИИН, адреса, телефоны и "
        "копии их документов. В соответствии со статьёй 11 Закона «О персональных данных и их защите» "
        "я обязуюсь обеспечивать конфиденциальность персональных данных ограниченного доступа, "
        "ставших мне известными в связи со служебной необходимостью.\n\n"
        "Я:\n"
        "1) использую сведения реестра только для исполнения служебных обязанностей и в пределах "
        "предоставленной мне роли;\n"
        "2) не распространяю, не копирую и не передаю персональные данные третьим лицам без согласия "
        "субъекта или иного законного основания;\n"
        "3) не передаю другим лицам свой логин, пароль и средства ЭЦП;\n"
        "4) блокирую сеанс, когда отхожу от рабочего места;\n"
        "5) немедленно сообщаю лицу, ответственному за организацию обработки персональных данных, "
        "о нарушении конфиденциальности или об использовании моей учётной записи другим лицом.\n\n"
        "Нарушение этого обязательства может повлечь прекращение доступа к реестру и ответственность, "
        "предусмотренную законодательством Республики Казахстан. Моё согласие и его дата "
        "регистрируются в реестре."
    ),
    "en": (
        "Confidentiality undertaking\n\n"
        "The registry holds consumers' personal data: surnames, names, IINs, addresses, phone numbers "
        "and copies of their papers. Under Article 11 of the Law on personal data and their protection "
        "I undertake to keep confidential the restricted personal data I learn through my work.\n\n"
        "I will:\n"
        "1) use the registry's information only to do my duties and within the role given to me;\n"
        "2) not disseminate, copy or pass personal data to third parties without the subject's consent "
        "or another legal ground;\n"
        "3) not give my login, password or digital-signature (EDS) tools to anyone else;\n"
        "4) lock the session when I leave my workstation;\n"
        "5) tell the person responsible for organizing personal-data processing at once of a breach of "
        "confidentiality or of anyone else using my account.\n\n"
        "Breaking this undertaking may end my access to the registry and bring the liability the laws "
        "of the Republic of Kazakhstan provide. My acceptance and its date are recorded in the registry."
    ),
})


def confidentiality_text(language: str) -> str:
    """The undertaking in the interface language (kk, ru or en; Russian for any other)."""
    return CONFIDENTIALITY_TEXT.get(language.split("_")[0].lower(), CONFIDENTIALITY_TEXT["ru"])
