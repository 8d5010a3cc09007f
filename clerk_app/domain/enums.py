"""Closed vocabularies of the registration-control card (values are stored and appear in JSON)."""

from __future__ import annotations

from enum import StrEnum


class Direction(StrEnum):
    INCOMING = "incoming"
    OUTGOING = "outgoing"


class Channel(StrEnum):
    """How the appeal reached the body (incoming) or was sent (outgoing)."""

    PAPER_IN_PERSON = "paper_in_person"
    POST = "post"
    EMAIL = "email"
    NATIONAL_SYSTEM = "national_system"  # the Unified Information System for Consumer Rights Protection
    FAX = "fax"
    COURIER = "courier"
    OTHER = "other"


class AppealForm(StrEnum):
    """cl. 2(4): written or oral, an electronic document, a videoconference or a video appeal."""

    WRITTEN = "written"
    ORAL = "oral"
    ELECTRONIC_DOCUMENT = "electronic_document"
    VIDEO = "video"


class AppealType(StrEnum):
    """cl. 2(4): proposal, statement, complaint, request or response."""

    PROPOSAL = "proposal"
    STATEMENT = "statement"
    COMPLAINT = "complaint"
    REQUEST = "request"
    RESPONSE = "response"


class AppealKind(StrEnum):
    """The six kinds of appeal in cl. 5, in the clause's order, plus anything else."""

    SELLER_CLAIM = "seller_claim"  # 1) consumer's claim to a seller (manufacturer, performer)
    GAME_PRIZE_CLAIM = "game_prize_claim"  # 2) claim to a game organizer about goods won
    PRETRIAL_SETTLEMENT = "pretrial_settlement"  # 3) consumer to a pre-trial settlement body
    STATE_MEASURES_SELLER = "state_measures_seller"  # 4) to state bodies, measures against a seller
    STATE_MEASURES_SETTLEMENT_BODY = "state_measures_settlement_body"  # 5) ... against a settlement body
    PUBLIC_ASSOCIATION = "public_association"  # 6) consumer associations, incl. public control results
    OTHER = "other"


class PartyType(StrEnum):
    NATURAL_PERSON = "natural_person"
    LEGAL_ENTITY = "legal_entity"


class RespondentRole(StrEnum):
    """The respondent of cl. 4(1): a seller (manufacturer, performer) or a game organizer."""

    SELLER = "seller"
    MANUFACTURER = "manufacturer"
    PERFORMER = "performer"
    GAME_ORGANIZER = "game_organizer"


class SettlementBodyType(StrEnum):
    """Bodies of pre-trial settlement of consumer disputes (Consumer Protection Law art. 42-8)."""

    ARBITRATION = "arbitration"
    MEDIATOR = "mediator"
    CONSUMER_ASSOCIATION = "consumer_association"
    SELLERS_ASSOCIATION = "sellers_association"  # an association or SRO the seller belongs to
    OTHER = "other"


class CopyRole(StrEnum):
    """What an electronic copy is to its card."""

    APPEAL = "appeal"  # the appeal itself
    ATTACHMENT = "attachment"  # an attachment to the appeal
    PROOF_OF_DELIVERY = "proof_of_delivery"  # proof of sending or receipt (R15)
    CONSENT = "consent"  # a consent form for personal data (R32)
    EVIDENCE = "evidence"  # evidence, e.g. screenshots of an online seller (R87)
    REPLY = "reply"  # the signed reply


class ActivityField(StrEnum):
    """The respondent's field of activity, for the quarterly information (cl. 9, R14): the sectors
    consumer complaints concern; the authorized body's form groups them so."""

    RETAIL = "retail"  # trade in goods, shops and markets
    ONLINE_TRADE = "online_trade"  # distance selling, marketplaces (R87)
    FOOD_SERVICE = "food_service"  # restaurants, cafes, catering
    HOUSING_UTILITIES = "housing_utilities"  # housing and utility services
    CONSTRUCTION = "construction"  # construction, repair, shared-equity housing
    TRANSPORT = "transport"  # passenger and goods transport, air travel
    TELECOM = "telecom"  # communication, internet, television
    FINANCE = "finance"  # banks, microcredit, insurance
    MEDICAL = "medical"  # medical services and pharmacies
    EDUCATION = "education"  # paid education
    TOURISM = "tourism"  # tourism and hotels
    VEHICLES = "vehicles"  # cars, their sale and repair
    HOUSEHOLD_SERVICES = "household_services"  # repair of appliances, dry cleaning, personal services
    GAMES = "games"  # prize games and lotteries (cl. 5, 2)
    OTHER = "other"
