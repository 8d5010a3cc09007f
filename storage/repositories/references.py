"""Reference lists: pre-trial settlement bodies and staff."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from clerk_app.domain.cards import SettlementBody, StaffMember
from clerk_app.domain.enums import SettlementBodyType
from storage.models import SettlementBody as BodyRow
from storage.models import StaffMember as StaffRow


def body_to_domain(row: BodyRow) -> SettlementBody:
    return SettlementBody(
        id=row.id, name=row.name, body_type=SettlementBodyType(row.body_type), bin=row.bin,
        address=row.address, phone=row.phone, email=row.email,
    )


def staff_to_domain(row: StaffRow) -> StaffMember:
    return StaffMember(
        id=row.id, full_name=row.full_name, position=row.position, email=row.email, phone=row.phone,
        is_active=row.is_active,
    )


def body_by_bin(session: Session, bin_number: str) -> BodyRow | None:
    return session.scalar(select(BodyRow).where(BodyRow.bin == bin_number))


def add_body(session: Session, row: BodyRow) -> SettlementBody:
    session.add(row)
    session.flush()
    return body_to_domain(row)


def list_bodies(session: Session) -> list[SettlementBody]:
    return [body_to_domain(r) for r in session.scalars(select(BodyRow).order_by(BodyRow.name))]


def add_staff(session: Session, row: StaffRow) -> StaffMember:
    session.add(row)
    session.flush()
    return staff_to_domain(row)


def list_staff(session: Session, *, active_only: bool = True) -> list[StaffMember]:
    query = select(StaffRow).order_by(StaffRow.full_name)
    if active_only:
        query = query.where(StaffRow.is_active.is_(True))
    return [staff_to_domain(r) for r in session.scalars(query)]


def body_row(session: Session, body_id: uuid.UUID) -> BodyRow | None:
    return session.get(BodyRow, body_id)


def update_body(session: Session, row: BodyRow, values: Mapping[str, Any]) -> SettlementBody:
    for name, value in values.items():
        setattr(row, name, value)
    session.flush()
    return body_to_domain(row)
