"""Headings to divisions: a flat run of blocks and headings becomes nested `Div`s.

Shared by the readers of formats that state their headings (HTML, Word, Markdown): a heading of
level N opens a division that ends at the next heading of level N or higher.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Block, Div, Inline, P


@dataclass(frozen=True)
class Heading:
    """A heading as the source states it, before divisions are formed; level 0 is a
    document title whose division holds all that follows."""

    level: int
    children: tuple[Inline, ...]


@dataclass
class _Open:
    level: int
    head: tuple[Inline, ...]
    children: list[Block] = field(default_factory=list)


def nest_sections(items: list[Block | Heading]) -> tuple[Block, ...]:
    """Blocks with every heading turned into a division holding what follows it."""
    root = _Open(-1, ())
    stack = [root]
    for item in items:
        if isinstance(item, Heading):
            while stack[-1].level >= item.level:
                _close(stack)
            stack.append(_Open(item.level, item.children))
        else:
            stack[-1].children.append(item)
    while len(stack) > 1:
        _close(stack)
    return tuple(root.children)


def _close(stack: list[_Open]) -> None:
    section = stack.pop()
    children = tuple(section.children) or (P(()),)
    stack[-1].children.append(Div(children, head=section.head))
