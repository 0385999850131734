"""Placeholder: reads like the plain reader until this format's reader is written."""

from __future__ import annotations

from ..model import Document
from ..report import Report
from . import read_plain_text


def sniff(text: str) -> float:
    return 0.0


def read(text: str, report: Report) -> Document:
    return read_plain_text.read(text, report)
