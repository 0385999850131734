"""Encyclopedia article exported as plain text (wiki-text).

Shape: a lead section, then headings set off by blank lines (two before a top section, one
before a sub-section; bare years subdivide), paragraphs, "-" bullet lists (nested, some
empty), indented block quotations, image file names standing for figures, "[N]" note
markers, a "Category:" line (keywords) and the "[N] text" note list at the very end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Block, Div, Document, Metadata, P, Text
from ..report import Report
from . import shape_features as shape
from .note_resolver import SENTENCE_END, NoteList, find_note_lists
from .wiki_text_blocks import (
    BlockReader,
    Heading,
    heading_level,
    is_heading,
    source_blocks,
    split_at_lines,
    split_glued_headings,
)
from .wiki_text_inline import (
    DOUBLE_QUOTED,
    MARKER,
    UNDERSCORED,
    NoteBody,
    NoteResolver,
    parse_inlines,
)
from .wiki_text_web import EDIT_LINK, contents_headings, strip_web_chrome

NOTE_LINE = re.compile(r"^\[(\d{1,4})\][ \t]?(.*)$")
CATEGORY = "Category:"
# Top sections from the first of these on are back matter (appendices of the article).
BACK_SECTIONS = {
    "see also": "see-also",
    "notes": "notes",
    "references": "references",
    "further reading": "bibliography",
    "bibliography": "bibliography",
    "external links": "links",
    "sources": "bibliography",
    "works": "works",
}
# Headings of the note list itself: its bodies now sit in the notes, so an empty one goes.
NOTE_LIST_HEADS = {"notes", "references", "footnotes", "citations"}

NORMALIZATIONS = {
    "notes": 'Note markers "[N]" replaced by notes at their positions, with bodies from the '
    "numbered list at the end; notes left blank in the source are kept as empty notes.",
    "italics": "Underscored _words_ and ''quoted'' italics encoded as titles (capitalised) or "
    "italics.",
    "figures": "Image file names encoded as figures (graphic url = file name), with the text up "
    'to the closing "]]" as caption.',
    "wiki-residue": 'Leftover wiki link markup ("]]", "|alt=" options) removed.',
    "lists": 'Bullet lines ("-") encoded as lists; runs of dashes as nested (empty) items.',
    "quotations": "Indented lines encoded as block quotations.",
    "keywords": "The category line moved to the header keywords; its first word names the article.",
    "stripped-parentheses": "Parentheses emptied by the export (stripped pronunciations and "
    'dates, as "()" or "( – 1940)") kept as in the source.',
}
# "()" or "( – 21 August 1940)": what the export leaves of a removed pronunciation or date.
STRIPPED_PARENTHESES = re.compile(r"\(\s*(?:[–-][^()\n]*)?\)")


def sniff(text: str) -> float:
    """The larger of the wiki shape score and the seed-era signals."""
    return max(shape_score(text), _export_signals(text))


def _export_signals(text: str) -> float:
    """Inline "[N]" markers with a "[N] text" list, category line, image names, bullets."""
    markers = len(MARKER.findall(text))
    note_lines = len(re.findall(r"(?m)^\[\d{1,4}\]", text))
    score = 0.0
    if re.search(r"(?m)^\S*\s?Category:\S", text):
        score += 0.25
    if re.search(r"(?im)^\S+\.(?:jpe?g|png|gif|svg)\b", text):
        score += 0.15
    if re.search(r"(?m)^-   \S", text):
        score += 0.1
    if markers >= 3 and note_lines >= 2:
        return min(score + 0.5, 1.0)
    return score / 2  # without its "[N]" notes the rest is weak evidence


@dataclass
class _Section:
    level: int
    heading: Heading | None
    children: list[Block] = field(default_factory=list)


def read(text: str, report: Report) -> Document:
    """The article as a Document: lead and sections in the body, appendices in the back."""
    source = text.split("\n")
    lines = strip_web_chrome(source, report)
    notes_start = _note_list_start(lines)
    bodies = _note_bodies(lines, notes_start, report)
    named = contents_headings(source)  # whatever their wording
    edited = _headings_with_edit_links(source) | _back_section_lines(lines) | frozenset(named)
    over_captions = _headings_over_captions(lines)
    edited |= over_captions
    lines = _captions_bracketed(lines, over_captions)
    if not bodies:  # no trailing "[N]" list: look for lists under notes headings instead
        found = find_note_lists(lines, report, stops=edited)  # a heading with "[edit]" ends it
        bodies = _labelled_bodies(found, "\n".join(lines))
        lines = ["" if i in found.lines else line for i, line in enumerate(lines)]
    resolver = NoteResolver(bodies, report)
    body_end, categories = _category_line(lines, notes_start, report)
    reader = BlockReader(resolver, report)
    sections = _sections(lines[:body_end], reader, report, edited, named)
    body, back = _split_back(sections, report)
    _warn_note_leftovers(resolver, report)
    back += _orphan_division(resolver)
    features = set(reader.features) | _text_features("\n".join(lines[:body_end]))
    features |= {"notes"} if resolver.resolved else set()
    features |= {"keywords"} if categories else set()
    return Document(_metadata(categories, lines, features), tuple(body), back=tuple(back))


def _back_section_lines(lines: list[str]) -> frozenset[int]:
    """Lines that are just the name of a back section ("See also", "External links"): headings
    that stand alone even right under a list, as a page saved as text leaves them."""
    return frozenset(i for i, line in enumerate(lines) if line.strip().casefold() in BACK_SECTIONS)


# A heading as a page saved as text leaves it: a few capitalised words, no digits, no end
# punctuation ("Military service", "Death, post-mortem, and burial").
_HEADING_LIKE = re.compile(r"[A-Z][^\d.!?:;\t\[\]()]{1,60}")
MAX_HEADING_WORDS = 7
PROSE_CHARS = 100  # a paragraph's line is at least this long and ends a sentence


def _heading_like(line: str) -> bool:
    line = line.strip()
    return bool(_HEADING_LIKE.fullmatch(line)) and len(line.split()) <= MAX_HEADING_WORDS


def _headings_over_captions(lines: list[str]) -> frozenset[int]:
    """Headings with no blank line under them, as a page saved as text leaves a heading over
    an image's caption ("Military service" / "Hendrix in the US Army, 1961") or over its first
    subsection's heading ("Career" / "Early years"): after a blank line, heading-like, the
    next line short and no sentence (a caption, a heading, no tabbed infobox row), and a
    paragraph within the next lines after a blank one."""
    found: set[int] = set()
    for index in range(1, len(lines) - 2):
        line, after = lines[index].strip(), lines[index + 1].strip()
        opens = not lines[index - 1].strip() or index - 1 in found
        if not (opens and _heading_like(line) and after) or "\t" in lines[index + 1]:
            continue
        if len(after) >= PROSE_CHARS or SENTENCE_END.search(after):
            continue
        rest = [i for i in range(index + 2, min(len(lines), index + 5)) if lines[i].strip()]
        if rest and not lines[rest[0] - 1].strip() and _is_prose(lines[rest[0]]):
            found.add(index)
            if _heading_like(after):
                found.add(index + 1)  # "Career" / "Early years"
    return frozenset(found)


def _captions_bracketed(lines: list[str], headings: frozenset[int]) -> list[str]:
    """`lines` with the caption under each of `headings` written "[caption]", as a wiki
    export writes an image it kept no file name of (read as a figure, not as a heading)."""
    out = list(lines)
    for index in headings:
        after = index + 1
        if after not in headings and after < len(lines) and lines[after].strip():
            out[after] = f"[{lines[after].strip()}]"
    return out


def _is_prose(line: str) -> bool:
    line = _TRAILING_MARKERS.sub("", line.strip())  # "… the Casuals.[57]"
    return len(line) >= PROSE_CHARS and bool(SENTENCE_END.search(line))


_TRAILING_MARKERS = re.compile(r"(?:\[[^\[\]]{1,12}\])+$")


# Explanatory notes labelled apart from the numbered references: "[note 3]", "[n 3]", "[nb 3]",
# "[c]".
LABELLED_MARKER = re.compile(r"\[(?:(note|n|nb) (\d{1,3})|([a-z]))\]")


def _labelled_bodies(found: NoteList, text: str) -> dict[str, NoteBody]:
    """Bodies by marker key. A wiki that labels its explanatory notes ("[note 3]", "[n 3]",
    "[c]") apart from its references ("[3]") prints two lists numbered from 1: for each kind
    of label, the first list with as many entries as the labels count takes their keys."""
    families: dict[str, set[int]] = {}
    for prefix, number, letter in LABELLED_MARKER.findall(text):
        key, value = (prefix, int(number)) if number else ("", ord(letter) - ord("a") + 1)
        families.setdefault(key, set()).add(value)
    for prefix, values in families.items():
        count = max(values)
        for group in found.groups:
            if len(values) * 2 >= count and set(group.bodies) == {
                str(n) for n in range(1, count + 1)
            }:
                group.bodies = {_label(prefix, int(k)): b for k, b in group.bodies.items()}
                break
    return found.bodies


def _label(prefix: str, number: int) -> str:
    return f"{prefix} {number}" if prefix else chr(ord("a") + number - 1)


def _headings_with_edit_links(source: list[str]) -> frozenset[int]:
    """Indexes of the headings that carry an edit link: the line itself ("History [edit]"),
    or, for an edit link on a line of its own, the heading line above it."""
    headings = set()
    for index, line in enumerate(source):
        link = EDIT_LINK.search(line.strip())
        if link is None:
            continue
        above = index
        if not EDIT_LINK.sub("", line).strip():
            above = next((i for i in range(index - 1, -1, -1) if source[i].strip()), index)
        headings.add(above)
    return frozenset(headings)


def _text_features(article: str) -> set[str]:
    """Normalization topics that depend on the article text itself."""
    found = {"italics"} if UNDERSCORED.search(article) or DOUBLE_QUOTED.search(article) else set()
    return found | ({"stripped-parentheses"} if STRIPPED_PARENTHESES.search(article) else set())


def _metadata(categories: list[str], lines: list[str], features: set[str]) -> Metadata:
    title = _title(categories, lines)
    return Metadata(
        title=title,
        source_title=title,
        source_note="Encyclopedia article, plain-text export (wiki markup partly stripped).",
        keywords=tuple(categories[1:]),
        normalizations=tuple(NORMALIZATIONS[key] for key in NORMALIZATIONS if key in features),
    )


# ------------------------------------------------------------------ note list and categories


def _note_list_start(lines: list[str]) -> int:
    """Index of the first line of the trailing run of "[N] text" and blank lines."""
    start = len(lines)
    while start > 0 and (not lines[start - 1].strip() or NOTE_LINE.match(lines[start - 1])):
        start -= 1
    while start < len(lines) and not lines[start].strip():
        start += 1
    return start


def _note_bodies(lines: list[str], start: int, report: Report) -> dict[str, NoteBody]:
    bodies: dict[str, NoteBody] = {}
    empty_lines: list[int] = []
    for index in range(start, len(lines)):
        match = NOTE_LINE.match(lines[index])
        if not match:
            continue
        number, body = match.group(1), match.group(2).strip()
        if number in bodies:
            report.warn(
                index + 1,
                "note-duplicate",
                f"second body for note [{number}] ignored (kept in the removed-text log)",
                "renumber or merge the two bodies",
            )
            report.remove("duplicate-note-body", index + 1, lines[index])
            continue
        bodies[number] = NoteBody(index + 1, body)
        if not body:
            empty_lines.append(index + 1)
    if empty_lines:
        report.warn(
            empty_lines[0],
            "note-empty",
            f"{len(empty_lines)} of {len(bodies)} note bodies are empty in the source; "
            'kept as empty notes (type="empty")',
            "the export dropped their citation templates; fill them in by hand if needed",
        )
    return bodies


def _category_line(lines: list[str], end: int, report: Report) -> tuple[int, list[str]]:
    """Where the article text ends, and [page name, category, ...] from the category line."""
    last = end - 1
    while last >= 0 and not lines[last].strip():
        last -= 1
    if last < 0 or CATEGORY not in lines[last]:
        return end, []
    line = lines[last].strip()
    report.remove("categories", last + 1, line)
    parts = [part.strip() for part in line.split(CATEGORY)]
    return last, [parts[0].replace("_", " ")] + [part for part in parts[1:] if part]


def _title(categories: list[str], lines: list[str]) -> str:
    if categories and categories[0]:
        return categories[0]
    first = next((line.strip() for line in lines if line.strip()), "")
    if len(first.split()) <= 8 and re.fullmatch(r"[^.!?]+\([^()]+\)", first):
        return first  # a title line with its qualifier: "Mercury (planet)"
    name = re.split(r"[(,\[]", first, maxsplit=1)[0].strip()
    if 0 < len(name.split()) <= 8:
        return name.title() if name.isupper() else name
    return "Untitled article"


def _warn_note_leftovers(resolver: NoteResolver, report: Report) -> None:
    for number, body in sorted(resolver.bodies.items(), key=lambda item: item[1].line):
        if number not in resolver.used:
            report.warn(
                body.line,
                "note-orphan",
                f"note body [{number}] has no marker in the text; kept in back matter",
                "add the marker where the note belongs",
            )


def _orphan_division(resolver: NoteResolver) -> list[Div]:
    """Bodies no marker points to, kept (numbered) in back matter so nothing is lost."""
    orphans = [(n, b) for n, b in resolver.bodies.items() if n not in resolver.used]
    if not orphans:
        return []
    paragraphs = tuple(P((Text(f"[{n}] "), *parse_inlines(b.text))) for n, b in orphans)
    return [Div(paragraphs, head=(Text("Unreferenced notes"),), type="orphan-notes")]


# ------------------------------------------------------------------------------ sections


def _sections(
    lines: list[str],
    reader: BlockReader,
    report: Report,
    headings: frozenset[int] = frozenset(),
    named: dict[int, int] | None = None,
) -> list[_Section]:
    """Top sections (the lead first, headless) with their sub-sections nested as Divs; the
    lines of `headings` (which had an "[edit]" link) and those `named` by the page's contents
    list stand alone even without blank lines and are headings whatever their wording ('"Love
    point" and similar marks'), the named ones of the level the list gives them."""
    named = named or {}
    stack = [_Section(0, None)]
    tops: list[_Section] = []
    alone = headings | frozenset(named)  # a listed heading over image captions stands alone
    for block in split_glued_headings(split_at_lines(source_blocks(lines), alone)):
        listed = named.get(block.line - 1) if len(block.lines) == 1 else None
        edited = len(block.lines) == 1 and block.line - 1 in headings  # whatever it opens with
        if listed or edited or is_heading(block):
            level = listed or heading_level(block, stack[-1].heading)
            heading = Heading(block.lines[0].strip(), level, block.line)
            _close_to(stack, level, tops)
            stack.append(_Section(level, heading))
            report.count("headings")
            continue
        stack[-1].children.extend(reader.blocks(block))
    _close_to(stack, 1, tops)
    return [stack[0], *tops]


def _close_to(stack: list[_Section], level: int, tops: list[_Section]) -> None:
    """Close open sections at `level` or deeper into their parents (tops kept apart)."""
    while len(stack) > 1 and stack[-1].level >= level:
        section = stack.pop()
        if len(stack) == 1:
            tops.append(section)
        else:
            stack[-1].children.append(_as_div(section))


def _as_div(section: _Section) -> Div:
    head = (Text(section.heading.text),) if section.heading else ()
    return Div(tuple(section.children), head=head, type="section")


def _split_back(sections: list[_Section], report: Report) -> tuple[list[Div], list[Div]]:
    lead, *tops = sections
    body: list[Div] = [Div(tuple(lead.children), type="introduction")] if lead.children else []
    back: list[Div] = []
    for section in tops:
        name = section.heading.text.lower() if section.heading else ""
        if back or name in BACK_SECTIONS:
            if name in NOTE_LIST_HEADS and not section.children:
                report.remove("note-list-heading", section.heading.line, section.heading.text)
                continue
            back.append(
                Div(
                    _as_div(section).children,
                    _as_div(section).head,
                    type=BACK_SECTIONS.get(name, "appendix"),
                )
            )
        else:
            body.append(_as_div(section))
    return body, back


TALK_SIGNATURES = "talk-page signatures"  # a trait of shape_features.WIKI_TRAITS


def shape_score(text: str) -> float:
    """Wiki export traits, dense "[N]" markers and a note list ("[N]" or "^" entries)."""
    f = shape.measure(text)
    traits = shape.saturate(len(f.wiki_traits), 3)
    if TALK_SIGNATURES in f.wiki_traits:  # found on no other kind of page: worth two traits
        traits = max(traits, shape.saturate(2, 3))
    markers = shape.saturate(f.bracket_markers, 10)
    listed = shape.saturate(f.list_entries, 5)
    return 0.5 * traits + 0.3 * markers + 0.2 * listed if traits else 0.3 * markers * listed


def evidence(text: str) -> list[str]:
    f = shape.measure(text)
    return [
        f"wiki export traits: {', '.join(f.wiki_traits) or 'none'}",
        f'inline "[N]" markers: {f.bracket_markers}',
        f'note-list entries ("[N]", "(N)", "^"): {f.list_entries}',
    ]
