"""Text folding for full-text search: one pure function decides what counts as "the same word".

Documents and queries go through the same folding, so both search backends (SQLite FTS5 and
PostgreSQL) receive identical, pre-tokenised, lower-case letter-and-digit tokens and never apply
language rules of their own:

1. NFKC: full-width letters, ligatures and superscripts become their plain letters and digits;
   decomposed letters (й, ё typed on macOS as и + breve) become the single letters. The number
   sign № is a separator (NFKC would turn "№125" into the word "No125").
2. ``casefold``: every capital becomes its small letter, the Kazakh ones too
   (Ә Ғ Қ Ң Ө Ұ Ү Һ І → ә ғ қ ң ө ұ ү һ і).
3. Accents and stress marks left over are dropped (заме́на → замена).
4. Look-alikes fold to one letter: Latin letters that scanners and keyboards put in place of Cyrillic
   ones (a c e o p x y k → а с е о р х у к; the capitals B H M T look like В Н М Т, but the mapping
   must not depend on case, so b m t → в м т and h → һ, its small look-alike), Latin i → Kazakh і,
   Latin ə → Kazakh ә, ɵ → ө, and ё → е.

Tokens are the runs of letters and digits of the folded text, each cut to ``MAX_TOKEN_CHARS``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Sequence

MAX_TOKEN_CHARS = 64

# After casefold, so that a letter and its capital always fold the same way. Applied as a chain of
# str.replace: each is one C-speed scan, several times faster than str.translate on Cyrillic text.
_LOOKALIKES = (
    ("a", "а"), ("b", "в"), ("c", "с"), ("e", "е"), ("h", "һ"), ("i", "і"), ("k", "к"), ("m", "м"),
    ("o", "о"), ("p", "р"), ("t", "т"), ("x", "х"), ("y", "у"), ("ə", "ә"), ("ɵ", "ө"), ("ё", "е"),
)
# Combining accents (Latin and Cyrillic blocks) that NFKC could not merge into a letter.
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489]")
TOKEN = re.compile(r"[^\W_]+")
_CHUNK = re.compile(r"\S+")


def _without_number_sign(text: str) -> str:
    return text.replace("№", " ") if "№" in text else text  # NFKC would make "№125" the word "No125"


def _fold(text: str) -> tuple[str, bool]:
    """The folded text, and whether each character became exactly one (then offsets agree)."""
    prepared = _without_number_sign(text)
    normalized = unicodedata.normalize("NFKC", prepared)
    folded = normalized.casefold()
    aligned = len(folded) == len(text) and normalized == prepared  # NFKC changed nothing, casefold expanded nothing
    if _MARKS.search(folded):
        folded, aligned = _MARKS.sub("", folded), False
    for latin, cyrillic in _LOOKALIKES:
        if latin in folded:
            folded = folded.replace(latin, cyrillic)
    return folded, aligned


def fold(text: str) -> str:
    """The folded form of a text (its tokens are ``TOKEN`` runs of it)."""
    return _fold(text)[0]


def fold_aligned(text: str) -> str | None:
    """The folded text if its offsets are those of ``text`` (the usual case), else None."""
    folded, aligned = _fold(text)
    return folded if aligned else None


def tokens(text: str) -> list[str]:
    """The folded tokens of a text, in order."""
    found: list[str] = TOKEN.findall(fold(text))
    if found and max(map(len, found)) > MAX_TOKEN_CHARS:
        found = [t[:MAX_TOKEN_CHARS] for t in found]
    return found


def fold_token(word: str) -> str:
    """One word folded; "" if it has no letter or digit (its first token otherwise)."""
    found = tokens(word)
    return found[0] if found else ""


def _chunk_tokens(chunk: str, offset: int) -> Iterator[tuple[str, int, int]]:
    folded = fold_aligned(chunk)
    if folded is not None:
        for match in TOKEN.finditer(folded):
            yield match.group()[:MAX_TOKEN_CHARS], offset + match.start(), offset + match.end()
        return
    # Rare (ligatures, №, decomposed letters): fold character by character, each combining mark
    # together with its letter, and map every folded character back to the original ones.
    owners: list[tuple[int, int]] = []
    pieces: list[str] = []
    for match in re.finditer(".[\u0300-\u036f\u0483-\u0489]*", chunk, re.DOTALL):
        piece = fold(match.group())
        pieces.append(piece)
        owners.extend([(match.start(), match.end())] * len(piece))
    joined = "".join(pieces)
    for match in TOKEN.finditer(joined):
        start, end = owners[match.start()][0], owners[match.end() - 1][1]
        yield match.group()[:MAX_TOKEN_CHARS], offset + start, offset + end


def tokens_with_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(token, start, end) with offsets into the ORIGINAL text, for highlighting.

    Yields the same tokens as ``tokens(text)`` (folding never joins or splits across white space)."""
    for chunk in _CHUNK.finditer(text):
        yield from _chunk_tokens(chunk.group(), chunk.start())


def fold_documents(texts: Sequence[str], max_tokens: int, tags: Sequence[str] | None = None) -> list[list[str]]:
    """Each text as index documents: its tokens joined by single spaces, at most ``max_tokens`` to
    a document (one empty document for a text without tokens), each ending with the text's tag when
    ``tags`` are given. Picklable, for worker processes."""
    result = []
    for i, text in enumerate(texts):
        found = tokens(text)
        parts = [" ".join(found[j : j + max_tokens]) for j in range(0, len(found), max_tokens)] or [""]
        if tags is not None:
            parts = [f"{part} {tags[i]}" if part else tags[i] for part in parts]
        result.append(parts)
    return result
