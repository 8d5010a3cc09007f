"""Argument types the commands share: a bad value is a one-line usage error (exit 2)."""

from __future__ import annotations

import argparse
import uuid
from datetime import date


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date written YYYY-MM-DD") from None


def staff_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a staff member id (see: clerk-app reference list staff)") from None
