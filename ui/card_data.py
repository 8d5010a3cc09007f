"""What the card view shows, read on the store's worker in one go: the card with all its fields,
its edit history, its execution control (with the names its events refer to) and its journal."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from clerk_app.domain.cards import Card, CardChange, Journal
from clerk_app.services.context import Actor
from clerk_app.services.registry import Registry
from ui.control_panel import ControlDetails, load_control


@dataclass(frozen=True)
class CardView:
    card: Card
    changes: tuple[CardChange, ...]  # oldest first, as the store keeps them
    control: ControlDetails  # an outgoing letter has no state and no events
    journal: Journal | None  # None only if the journal vanished meanwhile: the code is shown


def load_card_view(registry: Registry, card_id: uuid.UUID, actor: Actor | None = None) -> CardView:
    """Runs on the worker. A card deleted meanwhile raises NotFoundError (card.not_found). With the
    signed-in actor the card is read as a view, which the audit trail records (R36)."""
    ref = str(card_id)
    card = registry.cards.view(ref, actor) if actor is not None else registry.cards.get(ref)
    changes = tuple(registry.cards.history(ref))
    control = load_control(registry, card.id)
    journal = next((j for j in registry.settings.journals() if j.code == card.journal), None)
    return CardView(card=card, changes=changes, control=control, journal=journal)
