"""Format detection: every reader scores the text from general features of its shape.

Each reader module exposes ``sniff(text) -> float`` (0..1) and may expose
``evidence(text) -> list[str]``: short lines saying which features were found and how strongly.
`detect` ranks the scores; when the best two are close it says so, naming ``--format``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from types import ModuleType

MIN_SCORE = 0.3
CLOSE_MARGIN = 0.1  # best two scores closer than this: the choice is uncertain


@dataclass(frozen=True)
class Score:
    """One reader's score for a text, with the evidence it gives."""

    name: str
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True)
class Detection:
    """The chosen format, every reader's score (best first) and a warning when unsure."""

    chosen: str
    scores: tuple[Score, ...]
    warning: str | None
    note: str = ""  # why the chosen reader is not the best-scoring one


def score_readers(text: str, readers: Iterable[tuple[str, ModuleType]]) -> list[Score]:
    """Each reader's sniff score and evidence, best first (ties by name)."""
    scores = []
    for name, module in readers:
        value = max(0.0, min(1.0, float(module.sniff(text))))
        explain = getattr(module, "evidence", None)
        lines = tuple(explain(text)) if explain else ()
        scores.append(Score(name, round(value, 3), lines))
    return sorted(scores, key=lambda s: (-s.score, s.name))


def detect(text: str, readers: Iterable[tuple[str, ModuleType]], fallback: str) -> Detection:
    """The best-scoring reader, or `fallback` when none reaches MIN_SCORE."""
    scores = tuple(score_readers(text, readers))
    ranked = [s for s in scores if s.name != fallback]
    if not ranked or ranked[0].score < MIN_SCORE:
        return Detection(fallback, scores, None)
    best = ranked[0]
    warning = None
    if len(ranked) > 1 and best.score - ranked[1].score < CLOSE_MARGIN:
        second = ranked[1]
        warning = (
            f"format detection is unsure: {best.name} {best.score:.2f} vs "
            f"{second.name} {second.score:.2f}; chose {best.name}. "
            f"Pass --format {second.name} if that is the right reader "
            "(see `edition formats --explain FILE`)"
        )
    return Detection(best.name, scores, warning)


def explain_lines(detection: Detection) -> list[str]:
    """Human-readable report of a detection: one block per reader, best first."""
    out = []
    for s in detection.scores:
        mark = "*" if s.name == detection.chosen else " "
        out.append(f"{mark} {s.name:14} {s.score:.2f}")
        out.extend(f"      {line}" for line in s.evidence)
    if detection.warning:
        out.append(f"warning: {detection.warning}")
    if detection.note:
        out.append(f"note: {detection.note}")
    return out
