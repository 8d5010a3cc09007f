"""Search folding and the query language: pure functions, no store."""

from __future__ import annotations

import pytest

from clerk_app.domain.search import (
    MAX_QUERY_TOKENS,
    ParsedQuery,
    Term,
    card_search_text,
    make_snippet,
    match_spans,
    parse_query,
)
from clerk_app.domain.text_folding import MAX_TOKEN_CHARS, fold_token, tokens, tokens_with_spans
from clerk_app.errors import QueryNotUnderstoodError

KAZAKH_PAIRS = ["Әә", "Ғғ", "Ққ", "Ңң", "Өө", "Ұұ", "Үү", "Һһ", "Іі"]


@pytest.mark.parametrize("pair", KAZAKH_PAIRS)
def test_every_kazakh_capital_folds_to_its_small_letter(pair: str) -> None:
    capital, small = pair
    assert fold_token(capital) == fold_token(small) == small
    assert tokens(f"{capital}ліпби") == tokens(f"{small}ліпби")


def test_e_with_diaeresis_folds_to_e() -> None:
    assert tokens("Ёлка ёлка елка ЕЛКА") == ["елка"] * 4
    assert tokens("Фёдоров") == tokens("Федоров")


def test_latin_i_and_kazakh_i_are_one_letter() -> None:
    assert fold_token("іс") == fold_token("ic") == fold_token("IC") == fold_token("ІС")
    assert tokens("Iлияс ілияс") == ["ілияс", "ілияс"]


@pytest.mark.parametrize(
    ("mixed", "cyrillic"),
    [("caтушы", "сатушы"), ("ТOО", "ТОО"), ("TOO", "ТОО"), ("aқшa", "ақша"), ("рeсeй", "ресей"), ("жиhаз", "жиһаз"),
     ("Kорпус", "Корпус"), ("нәрсə", "нәрсе".replace("е", "ә"))],
)
def test_latin_look_alikes_fold_to_cyrillic(mixed: str, cyrillic: str) -> None:
    assert tokens(mixed) == tokens(cyrillic)


def test_folding_never_depends_on_case() -> None:
    for word in ["Book", "Technodom", "MEGA", "Orion", "Hello", "Тұтынушы", "ÉCOLE"]:
        assert tokens(word) == tokens(word.lower()) == tokens(word.upper())


def test_compatibility_forms_and_decomposed_letters() -> None:
    assert tokens("ＡＢＣ１２３") == tokens("abc123")  # full width
    assert tokens("и\u0306") == tokens("й")  # й typed as и + combining breve
    assert tokens("заме\u0301на") == ["замена"]  # a stress mark
    assert tokens("ﬁle") == tokens("file")


def test_tokens_are_runs_of_letters_and_digits_cut_to_a_length() -> None:
    assert tokens("01/A-0001/24 · «Технодом» ЖШС, e-mail: a_b@x.kz") == [
        "01", "а", "0001", "24", "технодом", "жшс", "е", "маіl", "а", "в", "х", "кz",
    ]
    assert tokens("x" * 100) == ["х" * MAX_TOKEN_CHARS]
    assert tokens("\x00 😀 \u202e ;--") == []


def test_spans_point_into_the_original_text() -> None:
    text = "Ёлка № 5, ﬁle\nзаме\u0301на Қазақ"
    found = list(tokens_with_spans(text))
    assert [t for t, _, _ in found] == tokens(text)
    assert [text[s:e] for _, s, e in found] == ["Ёлка", "5", "ﬁle", "заме\u0301на", "Қазақ"]  # № separates


def test_the_query_language() -> None:
    query = parse_query('тоңаз "ақшаны қайтаруды" -смартфон -"кепілдік мерзімі" 01/A-0001/24 с')
    assert query.terms == (
        Term(("тоңаз",), prefix=True),
        Term(("ақшаны", "қайтаруды"), prefix=False),
        Term(("смартфон",), prefix=True, excluded=True),
        Term(("кепілдік", "мерзімі"), prefix=False, excluded=True),
        Term(("01", "а", "0001", "24"), prefix=True),  # one word of several tokens: a phrase
        Term(("с",), prefix=False),  # one letter: the letter itself, not every word starting with it
    )


def test_an_unbalanced_quote_is_a_phrase_to_the_end() -> None:
    assert parse_query('сатушы "кепілдік мерзімі').terms[1] == Term(("кепілдік", "мерзімі"), prefix=False)


def test_a_long_query_is_cut_and_repeats_are_dropped() -> None:
    query = parse_query(" ".join(f"сөз{i}" for i in range(100)))
    assert sum(len(t.tokens) for t in query.terms) == MAX_QUERY_TOKENS
    assert len(parse_query("ақша ақша АҚША").terms) == 1


@pytest.mark.parametrize(
    "hostile",
    ["", "   ", "*", '"', '""', "^", ":", "-", "-ақша", '-"ақша"', "\x00", "😀😀", "()", "NOT", "\u202e\u200f"],
)
def test_nothing_to_look_for_is_not_understood(hostile: str) -> None:
    if hostile == "NOT":  # an ordinary word here
        assert parse_query(hostile).terms == (Term(("nот",), prefix=True),)
        return
    with pytest.raises(QueryNotUnderstoodError) as raised:
        parse_query(hostile)
    assert raised.value.code == "search.query_not_understood"


@pytest.mark.parametrize(
    "text", ["'; DROP TABLE card; --", "NEAR(a b)", "a OR b", "body:ақша", "ақша*", "^ақша", "x" * 10_000,
             "ақша\x00сатушы", "😀 ақша", "שלום ақша", "\u202eақша"],
)
def test_hostile_text_still_parses_into_plain_tokens(text: str) -> None:
    for term in parse_query(text).terms:
        assert all(t.isalnum() and len(t) <= MAX_TOKEN_CHARS for t in term.tokens)


def _highlighted(text: str, query: str) -> list[str]:
    snippet = make_snippet(text, parse_query(query))
    return [snippet.text[a:b] for a, b in snippet.highlights]


def test_snippets_highlight_the_original_words() -> None:
    text = "Сатып алынған ТОҢАЗЫТҚЫШ ақаулы болып шықты, ақшаны қайтаруды сұраймын. Фёдоров"
    assert _highlighted(text, "тоңаз федоров") == ["ТОҢАЗЫТҚЫШ", "Фёдоров"]
    assert _highlighted(text, '"ақшаны қайтаруды"') == ["ақшаны қайтаруды"]
    assert _highlighted(text, '"ақшаны сұраймын"') == []  # not next to each other
    assert _highlighted("a\nТОО «Caмaл»\tжәнe", "самал") == ["Caмaл"]  # Latin C and a inside


def test_a_long_text_is_cut_around_the_first_match() -> None:
    text = " ".join(["сөз"] * 200) + " тоңазытқыш " + " ".join(["сөз"] * 200)
    snippet = make_snippet(text, parse_query("тоңазытқыш"))
    assert snippet.text.startswith("…") and snippet.text.endswith("…")
    assert len(snippet.text) <= 170
    (start, end), = snippet.highlights
    assert snippet.text[start:end] == "тоңазытқыш"
    assert "\n" not in make_snippet("бір\nекі\x00үш", parse_query("екі")).text


def test_match_spans_with_text_that_folds_to_another_length() -> None:
    text = "№ 5 — ﬁle заме\u0301на ﬁle"
    spans = match_spans(text, parse_query("замена file"))
    assert [text[a:b] for a, b in spans] == ["ﬁle", "заме\u0301на", "ﬁle"]
    assert match_spans(text, ParsedQuery(())) == []


def test_card_search_text_has_every_searchable_field() -> None:
    from clerk_app.domain.search import ApplicantText

    text = card_search_text(
        number="01/A-0001/24", correspondent_number="15-7", summary="Тоңазытқыш",
        applicants=[ApplicantText("Әбдірахманов", "Ерлан", None, "900101300011"), ApplicantText(legal_name="ЖШС Нұр", bin="940140000385")],
        respondent_name="«Технодом» ЖШС", respondent_number="940140000386", notes="ескерту",
    )
    for part in ["01/A-0001/24", "15-7", "Тоңазытқыш", "Әбдірахманов Ерлан 900101300011", "ЖШС Нұр 940140000385",
                 "«Технодом» ЖШС 940140000386", "ескерту"]:
        assert part in text
