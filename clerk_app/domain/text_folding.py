"""Text folding for full-text search: one pure function decides what counts as "the same word".

Documents and queries go through the same folding, so both search backends (SQLite FTS5 and
PostgreSQL) receive identical, pre-tokenised, lower-case letter-and-digit tokens and never apply
language rules of their own:

1. NFKC: full-width letters, ligatures and superscripts become their plain letters and digits;
   decomposed letters (й, ё typed on macOS as и + breve) become the single letters.
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
from collections.abc import Iterator

MAX_TOKEN_CHARS = 64

# After casefold, so that a letter and its capital always fold the same way. Applied as a chain of
# str.replace: each is one C-speed scan, several times faster than str.translate on Cyrillic text.
_LOOKALIKES = (
    ("a", "а"), ("b", "в"), ("c", "с"), ("e", "е"), ("h", "һ"), ("i", "і"), ("k", "к"), ("m", "м"),
    ("o", "о"), ("p", "р"), ("t", "т"), ("x", "х"), ("y", "у"), ("ə", "ә"), ("ɵ", "ө"), ("ё", "е"),
)
# Combining accents (Latin and Cyrillic blocks) that NFKC could not merge into a letter.
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489]")
_TOKEN = re.compile(r"[^\W_]+")
_CHUNK = re.compile(r"\S+")


def fold(text: str) -> str:
    """The folded form of a text (its tokens are ``_TOKEN`` runs of it)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    if _MARKS.search(folded):
        folded = _MARKS.sub("", folded)
    for latin, cyrillic in _LOOKALIKES:
        if latin in folded:
            folded = folded.replace(latin, cyrillic)
    return folded


def tokens(text: str) -> list[str]:
    """The folded tokens of a text, in order."""
    found: list[str] = _TOKEN.findall(fold(text))
    if found and max(map(len, found)) > MAX_TOKEN_CHARS:
        found = [t[:MAX_TOKEN_CHARS] for t in found]
    return found


def fold_token(word: str) -> str:
    """One word folded; "" if it has no letter or digit (its first token otherwise)."""
    found = tokens(word)
    return found[0] if found else ""


def _is_one_to_one(chunk: str, folded: str) -> bool:
    """Whether every character of ``chunk`` became exactly one character of ``folded`` (then the
    offsets agree): the chunk is NFKC already, casefold expanded nothing and no mark was dropped."""
    return (
        len(folded) == len(chunk)
        and unicodedata.is_normalized("NFKC", chunk)
        and len(chunk.casefold()) == len(chunk)
    )


def _chunk_tokens(chunk: str, offset: int) -> Iterator[tuple[str, int, int]]:
    folded = fold(chunk)
    if _is_one_to_one(chunk, folded):
        for match in _TOKEN.finditer(folded):
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
    for match in _TOKEN.finditer(joined):
        start, end = owners[match.start()][0], owners[match.end() - 1][1]
        yield match.group()[:MAX_TOKEN_CHARS], offset + start, offset + end


def tokens_with_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """(token, start, end) with offsets into the ORIGINAL text, for highlighting.

    Yields the same tokens as ``tokens(text)`` (folding never joins or splits across white space)."""
    for chunk in _CHUNK.finditer(text):
        yield from _chunk_tokens(chunk.group(), chunk.start())
