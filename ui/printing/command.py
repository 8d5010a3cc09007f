"""``clerk-app print ...`` (clerk_app/cli/print_commands.py): the same documents as the window's
Print menu, laid out by Qt without a window (the offscreen platform) in the language asked for."""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QGuiApplication

from clerk_app.services.registry import Registry
from ui.languages import Language, LanguageManager
from ui.printing.saved import SavedPrintout
from ui.settings import AppSettings

_app: QGuiApplication | None = None  # one per process; kept so that it outlives the call
_languages: LanguageManager | None = None  # owns the installed translators: kept, or they go with it


def headless_application() -> None:
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a command never opens a window
        _app = QGuiApplication(["clerk-app"])


def _language(args: argparse.Namespace) -> Language:
    global _languages
    manager = _languages = LanguageManager(AppSettings.for_user())
    language = Language(args.language) if args.language else manager.initial_language()
    manager.apply(language, remember=False)
    return language


def _register(registry: Registry, args: argparse.Namespace) -> SavedPrintout:
    from clerk_app.domain.enums import Direction
    from ui.printing.journal import save_journal

    return save_journal(registry, args.actor, direction=Direction(args.journal), start=args.first, end=args.last,
                        path=args.out)


def _card(registry: Registry, args: argparse.Namespace) -> SavedPrintout:
    from ui.printing.card_sheet import save_card_sheet

    return save_card_sheet(registry, args.actor, card_ref=args.card, path=args.out)


def _receipt(registry: Registry, args: argparse.Namespace) -> SavedPrintout:
    from ui.printing.receipt import save_receipt

    return save_receipt(registry, args.actor, card_ref=args.card, path=args.out)


def _stamp(registry: Registry, args: argparse.Namespace) -> SavedPrintout:
    from ui.printing.stamp import save_stamps

    return save_stamps(registry, args.actor, card_refs=args.cards, path=args.out, layout=args.layout)


def _control(registry: Registry, args: argparse.Namespace) -> SavedPrintout:
    from clerk_app.services.journal_print import DEFAULT_DUE_WITHIN
    from ui.printing.control_report import save_control_report

    due_within = DEFAULT_DUE_WITHIN if args.due_within is None else args.due_within
    return save_control_report(registry, args.actor, due_within_days=due_within, path=args.out)


def _quarterly(registry: Registry, args: argparse.Namespace) -> SavedPrintout:
    from ui.printing.quarterly import save_quarterly

    return save_quarterly(registry, args.actor, year=args.year, quarter=args.quarter, path=args.out,
                          template=args.template)


def _public(registry: Registry, args: argparse.Namespace) -> SavedPrintout:
    from ui.printing.public_respondents import save_public_respondents

    return save_public_respondents(registry, args.actor, start=args.first, end=args.last, path=args.out)


DOCUMENTS: dict[str, Callable[[Registry, argparse.Namespace], SavedPrintout]] = {
    "register": _register, "card": _card, "receipt": _receipt, "stamp": _stamp, "control": _control,
    "quarterly": _quarterly, "public-respondents": _public,
}


def print_document(args: argparse.Namespace) -> dict[str, Any]:
    headless_application()
    try:
        language = _language(args)
        registry = Registry.open(args.db, args.data_dir)
        try:
            saved = DOCUMENTS[args.document](registry, args)
        finally:
            registry.close()
    finally:
        if _languages is not None:  # a caller in the same process (the tests) gets its language back
            _languages.apply(Language.ENGLISH, remember=False)
    return {"document": args.document, "language": language.value, **saved.to_dict()}
