"""Names joined by a patronymic particle: "Ali ibn Abi Talib", "Moses ben Maimon".

Names of the Arabic, Hebrew, Aramaic, Welsh and Gaelic traditions chain a person's name to a
parent's with "ibn", "bin", "bint", "ben", "bat", "bar", "ap" or "mac". The small English model
often reads such a name as two people ("Muhammad" and "Abu Bakr" in "Muhammad ibn Abu
Bakr"), or one part as a place or an organisation. Written between two capitalised names
these particles join them into one person's name, whatever the model said of the parts.
"""

from __future__ import annotations

import re

from .persons_model import Entity
from .persons_words import FUNCTION_WORDS

# A word of a name: capitalised ("Talib"), after a particle prefix ("al-Khattab",
# "ul-Khair") or an apostrophe or ayin ("'Umair", "ʿAli"), with apostrophes inside
# ("Ka'ab", "Mus‘ab").
_WORD = r"(?:[a-z]{1,3}-)?['‘’ʿ]?[A-ZÀ-ÝĀ-Ž][\w'‘’ʿʾ-]*"
_PARTICLE = r"(?:ibn|bin|bint|ben|bat|bar|ap|mac|no|Ibn|Bin|Bint)"
_CHAIN = re.compile(
    rf"(?<![\w'‘’-])(?P<lead>{_WORD}(?:[ \t]+{_WORD})?)"
    rf"(?:[ \t]+{_PARTICLE}[ \t]+{_WORD}(?:[ \t]+{_WORD}){{0,2}})+"
)
_NAME_WORDS = re.compile(r"[^\W\d_'‘’ʿ-]*(?:[\s'‘’ʿ-]+[^\W\d_]+)*")  # no digits nor brackets
PATRONYMIC = re.compile(_PARTICLE)


def join_patronymics(texts: list[str], found: list[list[Entity]]) -> list[list[Entity]]:
    """`found` with every chain "Name ibn Name" (see _CHAIN) that the model marked at least
    in part turned into one PERSON span, replacing the spans inside or across it."""
    return [_joined(text, spans) for text, spans in zip(texts, found)]


def _joined(text: str, spans: list[Entity]) -> list[Entity]:
    chains = [chain for chain in map(_trimmed, _CHAIN.finditer(text)) if chain]
    if not chains:
        return spans
    result = list(spans)
    for start, end in chains:
        inside = [s for s in result if s[0] < end and start < s[1]]
        if not inside:
            continue
        if any(s[0] < start or s[1] > end for s in inside if s[2] != "PERSON"):
            continue  # a place or organisation that reaches beyond the chain holds it
        first, last = min(s[0] for s in inside), max(s[1] for s in inside)
        start = first if _NAME_WORDS.fullmatch(text, first, start) else start
        end = last if _NAME_WORDS.fullmatch(text, end, last) else end
        result = [s for s in result if s not in inside] + [(start, end, "PERSON")]
    return sorted(result)


def _trimmed(match: re.Match[str]) -> tuple[int, int] | None:
    """The chain without capitalised function words at its start ("After Muhammad ibn …")
    or a name word that is only a particle in capitals ("Ibn" cannot lead a chain's lead)."""
    words = list(re.finditer(r"\S+", match.group("lead")))
    while words and (words[0].group() in FUNCTION_WORDS or PATRONYMIC.fullmatch(words[0].group())):
        words.pop(0)
    if not words:
        return None
    return match.start() + words[0].start(), _end_of(match)


def _end_of(match: re.Match[str]) -> int:
    """Where the chain ends: before trailing function words ("… ibn Anas In")."""
    text = match.group()
    words = list(re.finditer(r"\S+", text))
    while len(words) > 1 and (words[-1].group() in FUNCTION_WORDS):
        words.pop()
    return match.start() + words[-1].end()
