"""Full-text search, the pure part: the query language, what text of a card is searchable, and
snippets with highlights. Storage turns a ``ParsedQuery`` into FTS5 or tsquery syntax.

Query language (docs/search.md): words are AND-ed and each matches as a prefix (``тоңаз`` finds
``тоңазытқыш``); ``"quoted words"`` are an exact phrase; a leading ``-`` excludes a word or a
phrase. Nothing else is an operator: any other sign is a separator, so no input can fail to parse.
"""

from __future__ import annotations

import functools
import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from clerk_app.domain import text_folding
from clerk_app.domain.text_folding import MAX_TOKEN_CHARS, fold_documents, tokens, tokens_with_spans
from clerk_app.errors import QueryNotUnderstoodError
from clerk_app.timeutil import to_astana

MAX_QUERY_TOKENS = 32  # the rest of a longer query is ignored
SNIPPET_CHARS = 160
_QUOTES = frozenset('"“”„')
_MINUS = frozenset("-−")


@dataclass(frozen=True)
class Term:
    """A word or a phrase: its folded tokens, in order. ``prefix``: the last token matches as a
    prefix (bare words); ``excluded``: cards containing it are left out."""

    tokens: tuple[str, ...]
    prefix: bool
    excluded: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]

    @property
    def wanted(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.excluded)

    @property
    def excluded(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.excluded)


def _term(text: str, *, quoted: bool, excluded: bool, budget: int) -> Term | None:
    found = tokens(text)[:budget]
    if not found:
        return None
    # A one-letter bare word matches only itself: as a prefix it would match nearly every document.
    prefix = not quoted and not (len(found) == 1 and len(found[0]) < 2)
    return Term(tuple(found), prefix, excluded)


def parse_query(text: str) -> ParsedQuery:
    """Never fails on any input except one with nothing to look for (``QueryNotUnderstoodError``).
    An unbalanced quote makes a phrase to the end; at most ``MAX_QUERY_TOKENS`` tokens are used."""
    terms: list[Term] = []
    budget = MAX_QUERY_TOKENS
    i, n = 0, len(text)
    while i < n and budget > 0:
        char = text[i]
        if char.isspace():
            i += 1
            continue
        excluded = False
        if char in _MINUS:
            i += 1
            if i >= n or text[i].isspace():
                continue  # a dash on its own excludes nothing
            excluded, char = True, text[i]
        if char in _QUOTES:
            end = i + 1
            while end < n and text[end] not in _QUOTES:
                end += 1
            term = _term(text[i + 1 : end], quoted=True, excluded=excluded, budget=budget)
            i = end + 1
        else:
            end = i
            while end < n and not text[end].isspace() and text[end] not in _QUOTES:
                end += 1
            term = _term(text[i:end], quoted=False, excluded=excluded, budget=budget)
            i = end
        if term is not None and term not in terms:
            terms.append(term)
            budget -= len(term.tokens)
    if not any(not t.excluded for t in terms):
        raise QueryNotUnderstoodError(
            "the search query has no word or number to look for", params={"query": text[:200]}
        )
    return ParsedQuery(tuple(terms))


@dataclass(frozen=True)
class ApplicantText:
    surname: str | None = None
    given_name: str | None = None
    patronymic: str | None = None
    iin: str | None = None
    legal_name: str | None = None
    bin: str | None = None


def card_search_text(
    *,
    number: str,
    correspondent_number: str | None,
    summary: str,
    applicants: Iterable[ApplicantText],
    respondent_name: str | None,
    respondent_number: str | None,
    notes: str | None,
) -> str:
    """The searchable text of a card, also the text its snippets are cut from."""
    people = [
        " ".join(p for p in (a.surname, a.given_name, a.patronymic, a.iin, a.legal_name, a.bin) if p)
        for a in applicants
    ]
    respondent = " ".join(p for p in (respondent_name, respondent_number) if p)
    parts = [number, correspondent_number, summary, *people, respondent, notes]
    return " · ".join(p for p in parts if p)


# Every document of a card also holds a token naming the Astana month of the card's registration,
# so that a date filter narrows the full-text match itself (the index skips the other months) instead
# of checking the cards of every match. It starts with a private-use character, which is never part
# of a token made from typed or recognised text: no query can produce it.
_MONTH_MARK = "\ue000"


def month_token(registered_at: datetime) -> str:
    return f"{_MONTH_MARK}{to_astana(registered_at):%Y%m}"


def month_tokens(first: date, last: date) -> tuple[str, ...]:
    """The month tokens of the Astana calendar days ``first`` to ``last``."""
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{_MONTH_MARK}{year:04d}{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return tuple(months)


# Plain tuples, so that bulk indexing can hand them to worker processes cheaply:
# (card id, registered at, number, correspondent number, summary, notes, respondent name,
#  respondent BIN/IIN, applicants as (surname, given name, patronymic, IIN, legal name, BIN) tuples)
CardRecord = tuple[
    Any, datetime, str, str | None, str, str | None, str | None, str | None, list[tuple[str | None, ...]]
]
PageRecord = tuple[Any, str, int, str]  # card id, sha256, page index, recognised text
DocumentRecord = tuple[Any, str, str | None, int | None, str]  # card id, source, sha256, page index, body


def index_documents(cards: Sequence[CardRecord], pages: Sequence[PageRecord], max_tokens: int) -> list[DocumentRecord]:
    """The index documents of cards, each card's own followed by those of its recognised pages
    (each page once, whatever the number of copies of its file on the card)."""
    pages_of: dict[Any, list[PageRecord]] = {}
    seen: set[tuple[Any, str, int]] = set()
    for page in pages:
        if (page[0], page[1], page[2]) not in seen:
            seen.add((page[0], page[1], page[2]))
            pages_of.setdefault(page[0], []).append(page)
    keys: list[tuple[Any, str, str | None, int | None]] = []
    texts: list[str] = []
    tags: list[str] = []
    for card_id, registered_at, number, correspondent, summary, notes, respondent, respondent_number, applicants in cards:
        month = month_token(registered_at)
        keys.append((card_id, "card", None, None))
        texts.append(card_search_text(
            number=number, correspondent_number=correspondent, summary=summary,
            applicants=[ApplicantText(*a) for a in applicants], respondent_name=respondent,
            respondent_number=respondent_number, notes=notes,
        ))
        tags.append(month)
        for _, sha256, page_index, page_text in pages_of.get(card_id, ()):
            keys.append((card_id, "page", sha256, page_index))
            texts.append(page_text)
            tags.append(month)
    folded = fold_documents(texts, max_tokens, tags)
    return [(*key, body) for key, parts in zip(keys, folded, strict=True) for body in parts]


@dataclass(frozen=True)
class Snippet:
    text: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) offsets into ``text``, in characters


def _token_matches(token: str, wanted: str, prefix: bool) -> bool:
    # A token cut to MAX_TOKEN_CHARS in the index matched anything that starts like it.
    if prefix or len(wanted) >= MAX_TOKEN_CHARS:
        return token.startswith(wanted)
    return token == wanted


def _spans(found: Sequence[tuple[str, int, int]], terms: Sequence[Term]) -> list[tuple[int, int]]:
    spans = []
    for i in range(len(found)):
        for term in terms:
            size = len(term.tokens)
            if i + size > len(found):
                continue
            if all(found[i + j][0] == term.tokens[j] for j in range(size - 1)) and _token_matches(
                found[i + size - 1][0], term.tokens[-1], term.prefix
            ):
                spans.append((found[i][1], found[i + size - 1][2]))
                break
    return spans


@functools.lru_cache(maxsize=64)
def _pattern(terms: tuple[Term, ...]) -> re.Pattern[str]:
    """The terms as one regular expression over folded text: each token whole (or as a prefix), the
    tokens of a phrase separated by anything but letters and digits."""
    alternatives = []
    for term in terms:
        body = r"[\W_]+".join(re.escape(t) for t in term.tokens)
        whole = not term.prefix and len(term.tokens[-1]) < MAX_TOKEN_CHARS
        alternatives.append(r"(?<![^\W_])" + body + (r"(?![^\W_])" if whole else r"[^\W_]*"))  # whole words lit
    return re.compile("|".join(alternatives))


def match_spans(text: str, query: ParsedQuery, *, within: int | None = None) -> list[tuple[int, int]]:
    """Where the wanted terms occur in the original ``text``: (start, end) character offsets;
    ``within``: only those starting at most that many characters after the first."""
    terms = query.wanted
    if not terms:
        return []
    folded = text_folding.fold_aligned(text)
    if folded is not None:  # the usual case: one regular expression, at C speed
        pattern = _pattern(terms)
        first = pattern.search(folded)
        if first is None:
            return []
        end = len(folded) if within is None else first.start() + within
        return [m.span() for m in pattern.finditer(folded, first.start(), end)]
    spans = _spans(list(tokens_with_spans(text)), terms)
    return spans if within is None or not spans else [s for s in spans if s[0] <= spans[0][0] + within]


_CONTROLS = {code: " " for code in [*range(32), 0x7F]}


def _clean(text: str) -> str:
    """Line breaks and control characters as spaces, one for one (offsets stay valid)."""
    return text.translate(_CONTROLS)


def make_snippet(text: str, query: ParsedQuery, width: int = SNIPPET_CHARS) -> Snippet:
    """About ``width`` characters around the first match, cut at spaces, with "…" where cut."""
    spans = match_spans(text, query, within=2 * width)
    first = spans[0][0] if spans else 0
    start = max(0, min(first - width // 3, len(text) - width))
    end = min(len(text), start + width)
    if start > 0:  # begin at a word
        space = text.find(" ", start, min(first, start + 20))
        start = space + 1 if space >= 0 else start
    if end < len(text):  # end at a word
        space = text.rfind(" ", max(start, end - 20), end)
        end = space if space > (spans[0][1] if spans else start) else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    shift = len(lead) - start
    highlights = tuple(
        (max(s, start) + shift, min(e, end) + shift) for s, e in spans if s < end and e > start
    )
    return Snippet(lead + _clean(text[start:end]) + tail, highlights)


@dataclass(frozen=True)
class SearchHit:
    """One card found. ``source`` says where its best match is: the card's own fields ("card") or
    the recognised text of one page ("page": ``sha256`` and ``page_index`` of that page)."""

    card_id: uuid.UUID
    number: str
    registered_at: datetime
    summary: str
    snippet: Snippet
    source: str
    sha256: str | None
    page_index: int | None
    rank: float  # higher is better; the scale differs between the SQLite and PostgreSQL backends
    blocked: bool = False  # holds a person whose data are blocked (R45): summary and snippet hidden


@dataclass(frozen=True)
class RebuildReport:
    cards: int
    pages: int
    documents: int
    seconds: float


@dataclass(frozen=True)
class IndexCheck:
    ok: bool
    documents: int
    expected_documents: int
    problems: tuple[str, ...]
