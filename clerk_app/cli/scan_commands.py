"""``clerk-app scan --list`` and ``clerk-app scan --device NAME [--pages N] [--source ...]
[--to NUMBER | --by-qr]``: scanning from the command line (docs/cli.md).

Pages are kept in memory while the scanner runs and saved when it stops — also when it stops on a
jam or an empty feeder, so what was scanned is never lost; ``complete`` then says false."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from PIL import Image

from clerk_app.domain.enums import CopyRole
from clerk_app.errors import ClerkError
from clerk_app.serialization import copy_to_json
from clerk_app.services.registry import Registry
from clerk_app.services.scanning import (
    FilingReport,
    ScanningService,
    default_backends,
    failure_message,
    find_devices,
)
from scanners.acquisition import ColourMode, PageSize, ScanFailure, ScanProfile, ScanSource

SubParsers = Any


def _failure_json(failure: ScanFailure | None) -> dict[str, str] | None:
    if failure is None:
        return None
    return {"code": failure.code.value, "message": failure_message(failure.code), "detail": failure.detail}


def _filing_json(report: FilingReport) -> list[dict[str, Any]]:
    return [{"pages": [index + 1 for index in part.pages], "outcome": part.outcome.value, "card": part.card_number,
             "code": part.code, "message": part.message} for part in report.parts]


def _scan(sub: SubParsers) -> None:
    parser = sub.add_parser("scan", help="scan paper from a scanner into a card, card by card by QR stamps, or the inbox")
    parser.add_argument("--list", action="store_true", help="list the scanners this computer can use")
    parser.add_argument("--device", metavar="NAME", help="the scanner, as --list names it")
    parser.add_argument("--pages", type=int, metavar="N", help="stop after N pages (default: until the feeder is empty)")
    parser.add_argument("--source", choices=[s.value for s in ScanSource], default=ScanSource.FLATBED.value)
    parser.add_argument("--resolution", type=int, default=300, metavar="DPI", help="default 300")
    parser.add_argument("--mode", choices=[m.value for m in ColourMode], default=ColourMode.GREY.value,
                        help="bw (TIFF G4), grey (default) or colour (JPEG in PDF)")
    parser.add_argument("--page-size", choices=[p.value for p in PageSize], default=PageSize.A4.value)
    parser.add_argument("--keep-blank", action="store_true", help="keep blank pages (they are left out by default)")
    parser.add_argument("--blank-threshold", type=float, default=None, metavar="PERCENT",
                        help="a page with less ink than this is blank (default 0.05)")
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--to", metavar="NUMBER", help="attach the batch to this card")
    target.add_argument("--by-qr", action="store_true",
                        help="file page by page by the QR stamps: a new stamp starts the next appeal")
    parser.add_argument("--role", choices=[r.value for r in CopyRole], default=CopyRole.APPEAL.value)
    parser.add_argument("--json", action="store_true", help="JSON output (the default)")

    def run(args: argparse.Namespace) -> Any:
        if args.list:
            found, _owners = find_devices(default_backends())  # listing needs no store
            return {"devices": [{"name": d.name, "vendor": d.vendor, "model": d.model, "kind": d.kind,
                                 "backend": d.backend} for d in found.devices], "problems": list(found.problems)}
        if not args.device:
            raise ClerkError("name the scanner with --device (clerk-app scan --list shows them)", code="scan.no_device")
        if args.pages is not None and args.pages < 1:
            raise ClerkError("--pages must be at least 1", code="scan.bad_pages")
        try:
            profile = ScanProfile(
                device=args.device, source=ScanSource(args.source), resolution=args.resolution,
                mode=ColourMode(args.mode), page_size=PageSize(args.page_size), remove_blank_pages=not args.keep_blank,
                **({"blank_threshold": args.blank_threshold} if args.blank_threshold is not None else {}),
            )
        except ValueError as exc:
            raise ClerkError(str(exc), code="scan.bad_profile") from exc
        registry = Registry.open(args.db, args.data_dir)
        try:
            return _scan_and_save(ScanningService(registry.copies), profile, args)
        finally:
            registry.close()

    parser.set_defaults(handler=run)


def _scan_and_save(service: ScanningService, profile: ScanProfile, args: argparse.Namespace) -> dict[str, Any]:
    if args.to:
        service.check_card(args.to, args.actor)  # a wrong number or a blocked card refuses before any paper moves
    pages: list[Image.Image] = []
    result = service.scan(profile, lambda page: pages.append(page.image), max_pages=args.pages)
    if not pages:
        failure = result.failure
        code = failure.code.value if failure is not None else "scan.no_pages"
        message = failure_message(failure.code) if failure is not None else "every page was blank"
        raise ClerkError(message, code=code, params={"detail": failure.detail} if failure is not None else {})
    output: dict[str, Any] = {
        "device": profile.device, "pages": len(pages), "blank_left_out": result.blank_left_out,
        "complete": result.complete, "stopped": _failure_json(result.failure),
        "warning": result.warning.value if result.warning is not None else None,
    }
    if args.to:
        try:
            report = service.save_to_card(args.to, pages, profile.mode, CopyRole(args.role), args.actor)
        except ClerkError as refused:  # the card refused it after all: the pages go to the unfiled files
            report = None
            output["refused"] = [{"code": refused.code, "reason": refused.message}]
        if report is not None:
            output["attached"] = [copy_to_json(copy) for copy in report.attached]
            output["refused"] = [{"code": v.code, "reason": v.reason} for v in report.refused]
        if report is None or not report.attached:
            output["filed"] = _filing_json(service.file_by_stamps(pages, profile.mode, args.actor,
                                                                  stamps=[None] * len(pages)))
    elif args.by_qr:
        output["filed"] = _filing_json(service.file_by_stamps(pages, profile.mode, args.actor, role=CopyRole(args.role)))
    else:
        output["filed"] = _filing_json(service.file_by_stamps(pages, profile.mode, args.actor, stamps=[None] * len(pages)))
    return output


COMMANDS: list[Callable[[SubParsers], None]] = [_scan]
