"""The QR payload of a registration stamp: it round-trips, and nothing foreign or damaged is taken
for a stamp (issue 9 files scans by it)."""

from __future__ import annotations

import uuid

import pytest

from clerk_app.domain.stamp_code import PREFIX, StampCode, decode_stamp, encode_stamp

CARD_ID = uuid.UUID("0f4c2a9e-7b1d-4e8f-9a3c-5d6e7f8a9b0c")


@pytest.mark.parametrize("number", ["01/A-0007/26", "02/Ә-12/2026", "вх-1|2", "A" * 100])
def test_a_stamp_round_trips(number: str) -> None:
    text = encode_stamp(CARD_ID, number)
    assert text.startswith(PREFIX + "|")
    assert decode_stamp(text) == StampCode(CARD_ID, number)
    assert decode_stamp(text.encode()) == StampCode(CARD_ID, number)
    assert decode_stamp(text + "\r\n") == StampCode(CARD_ID, number)  # a keyboard-wedge scanner's line end


def test_the_layout_is_the_documented_one() -> None:
    assert encode_stamp(CARD_ID, "01/A-0007/26") == "CLERK1|0f4c2a9e7b1d4e8f9a3c5d6e7f8a9b0c|01/A-0007/26"


@pytest.mark.parametrize("number", ["", " 01/A-1/26", "01/A-1/26 ", "01\n1", "A" * 101])
def test_a_number_no_card_can_have_is_refused(number: str) -> None:
    with pytest.raises(ValueError):
        encode_stamp(CARD_ID, number)


@pytest.mark.parametrize("text", [
    None, "", "https://technodom.kz/p/123", "CLERK1", "CLERK1|", "CLERK1||01/A-1/26",
    "CLERK2|0f4c2a9e7b1d4e8f9a3c5d6e7f8a9b0c|01/A-1/26",  # a later layout this version cannot read
    "clerk1|0f4c2a9e7b1d4e8f9a3c5d6e7f8a9b0c|01/A-1/26",
    "CLERK1|0f4c2a9e7b1d4e8f9a3c5d6e7f8a9b0|01/A-1/26",  # an id one digit short (damaged)
    "CLERK1|0f4c2a9e-7b1d-4e8f-9a3c-5d6e7f8a9b0c|01/A-1/26",  # not the layout
    "CLERK1|0f4c2a9e7b1d4e8f9a3c5d6e7f8a9b0z|01/A-1/26",
    "CLERK1|0f4c2a9e7b1d4e8f9a3c5d6e7f8a9b0c|",
    "CLERK1|0f4c2a9e7b1d4e8f9a3c5d6e7f8a9b0c|01/A\x00-1/26",
    "CLERK1|0f4c2a9e7b1d4e8f9a3c5d6e7f8a9b0c|" + "9" * 5000,
    b"\xff\xfe\x00garbage", b"CLERK1|\xc3(|1",
    12345, ["CLERK1"],
])
def test_anything_foreign_or_damaged_is_none(text: object) -> None:
    assert decode_stamp(text) is None  # type: ignore[arg-type]
