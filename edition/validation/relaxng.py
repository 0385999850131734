"""RELAX NG validation: which compiled schema to use for a document, and its errors as
diagnostics. Schemas are compiled once per run; tei_all is pruned to the elements each
document uses (see prune.py), with the pruned grammar cached on disk."""

from __future__ import annotations

import difflib
import hashlib
import re
from copy import deepcopy
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from lxml import etree

from ..diagnostics import Diagnostic, Severity
from ..errors import EditionError, InputError
from ..xmlio import TEI_NS, atomic_write, parse_file
from .loading import SourceLines
from .localize import Localizer
from .locate import SCHEMA_DIR, UsageError, cache_dir, find_tei_all
from .prune import (
    Grammar,
    QName,
    all_element_names,
    drop_not_allowed,
    flatten_nested_repeats,
)

BUILTIN = ("edition", "tei_all")
PRUNE_VERSION = "prune-5"  # part of the cache key: change it when prune.py changes its output


def document_names(tree: etree._ElementTree) -> frozenset[QName]:
    """(namespace, local name) of every element in the document."""
    return frozenset(
        (q.namespace or "", q.localname)
        for e in tree.iter()
        if isinstance(e.tag, str)
        for q in [etree.QName(e)]
    )


def document_attributes(tree: etree._ElementTree) -> frozenset[QName]:
    """(namespace, local name) of every attribute in the document."""
    return frozenset(
        (q.namespace or "", q.localname)
        for e in tree.iter()
        if isinstance(e.tag, str)
        for q in map(etree.QName, e.attrib)
    )


def _compile(grammar: etree._Element | etree._ElementTree, origin: str) -> etree.RelaxNG:
    try:
        return etree.RelaxNG(grammar)
    except etree.RelaxNGParseError as exc:
        raise UsageError(f"{origin}: not a usable RELAX NG schema: {exc}") from None


@dataclass
class SchemaSet:
    """The schema a run validates against, compiled lazily and reused for every file."""

    name: str = "edition"
    _pruned: dict[tuple[frozenset[QName], frozenset[QName]], etree.RelaxNG] = field(
        default_factory=dict
    )
    _grammars: dict[object, etree._Element] = field(default_factory=dict)
    _localizers: dict[object, Localizer] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.name not in BUILTIN and not Path(self.name).is_file():
            raise UsageError(f"--schema {self.name}: not edition, tei_all or an existing .rng file")

    @cached_property
    def path(self) -> Path:
        if self.name == "edition":
            return SCHEMA_DIR / "edition.rng"
        return find_tei_all() if self.name == "tei_all" else Path(self.name)

    @cached_property
    def grammar(self) -> etree._Element:
        try:
            return parse_file(self.path).getroot()
        except EditionError as exc:  # unreadable or broken schema file: a usage error
            raise UsageError(f"schema {exc}") from None

    @cached_property
    def indexed(self) -> Grammar:
        return Grammar(self.grammar)

    @cached_property
    def known_names(self) -> frozenset[QName]:
        return frozenset(all_element_names(self.grammar))

    @cached_property
    def checked(self) -> etree._Element:
        """The grammar documents are checked against: for the built-in schemas a copy
        simplified for libxml2 (same language, see prune.drop_not_allowed and
        prune.flatten_nested_repeats); a user's .rng as it is (it may include files this
        module does not index)."""
        if self.name not in BUILTIN:
            return self.grammar
        grammar = deepcopy(self.grammar)
        drop_not_allowed(grammar)
        flatten_nested_repeats(grammar)
        return grammar

    @cached_property
    def whole(self) -> etree.RelaxNG:
        return _compile(self.checked, str(self.path))

    @cached_property
    def digest(self) -> str:
        return hashlib.sha256(self.path.read_bytes()).hexdigest()[:16]

    def for_document(self, tree: etree._ElementTree) -> etree.RelaxNG:
        """The compiled schema to check `tree` with: the whole schema, or for tei_all the
        part of it the document's element and attribute names can reach."""
        if self.name != "tei_all":
            return self.whole
        key = (document_names(tree), document_attributes(tree))
        if key not in self._pruned:
            self._pruned[key] = self._load_pruned(*key)
        return self._pruned[key]

    def localizer(self, tree: etree._ElementTree) -> Localizer:
        """The Localizer for the grammar `tree` was checked against (after for_document)."""
        key = (document_names(tree), document_attributes(tree)) if self.name == "tei_all" else None
        if key not in self._localizers:
            reference = self.indexed if self.name == "tei_all" else None
            self._localizers[key] = Localizer(self._grammars.get(key, self.checked), reference)
        return self._localizers[key]

    def _load_pruned(self, names: frozenset[QName], attributes: frozenset[QName]) -> etree.RelaxNG:
        listing = "\n".join(
            [
                PRUNE_VERSION,
                *sorted(f"e|{n}|{l}" for n, l in names),
                *sorted(f"a|{n}|{l}" for n, l in attributes),
            ]
        )
        key = hashlib.sha256(listing.encode()).hexdigest()[:20]
        cached = cache_dir() / f"tei_all-{self.digest}-{key}.rng"
        if cached.is_file():
            try:
                grammar = parse_file(cached).getroot()
                self._grammars[names, attributes] = grammar
                return etree.RelaxNG(grammar)
            except (InputError, etree.RelaxNGParseError):
                pass  # a damaged cache entry: rebuild it below
        grammar = self.indexed.pruned(names, attributes)
        drop_not_allowed(grammar)
        flatten_nested_repeats(grammar)
        self._grammars[names, attributes] = grammar
        try:
            atomic_write(cached, etree.tostring(grammar))
        except OSError:
            pass  # the cache is an optimisation only
        return _compile(grammar, str(self.path))


def unknown_elements(
    path: Path, tree: etree._ElementTree, schemas: SchemaSet, source: SourceLines | None = None
) -> list[Diagnostic]:
    """One diagnostic per element name the schema does not declare at all, with a hint."""
    known = schemas.known_names
    found: dict[QName, etree._Element] = {}
    for element in tree.iter():
        if isinstance(element.tag, str):
            q = etree.QName(element)
            name = (q.namespace or "", q.localname)
            if name not in known and name not in found:
                found[name] = element
    tei_names = _tei_all_names() if schemas.name == "edition" and found else frozenset()
    candidates = sorted(n for s, n in known if s == TEI_NS)
    out = []
    for (ns, local), element in found.items():
        code, hint = "unknown-element", ""
        if ns != TEI_NS:
            where = "TEI" if schemas.name == "tei_all" else f"the {schemas.name} schema"
            place = f"namespace {ns}" if ns else "no namespace"
            message = f"<{local}> in {place} is not allowed by {where}"
            if not ns and (TEI_NS, local) in known:
                hint = f'put it in the TEI namespace: xmlns="{TEI_NS}"'
        elif (ns, local) in tei_names:
            code = "element-outside-subset"
            message = f"<{local}> is TEI, but not part of the edition schema (schemas/README.md)"
            hint = "validate with --schema tei_all to check it against all of TEI"
        else:
            message = f"<{local}> is not a TEI element"
            hint = _did_you_mean_element(local, candidates)
        out.append(
            Diagnostic(
                str(path),
                element.sourceline or 1,
                source.column(element) if source else 1,
                Severity.ERROR,
                code,
                message,
                hint,
            )
        )
    return out


def _did_you_mean_element(local: str, candidates: list[str]) -> str:
    same_letters = [c for c in candidates if c.lower() == local.lower()]
    close = same_letters or difflib.get_close_matches(local, candidates, n=1, cutoff=0.6)
    return f"did you mean <{close[0]}>?" if close else ""


@lru_cache(maxsize=1)
def _tei_all_names() -> frozenset[QName]:
    """Element names of tei_all, when it is available (to tell TEI from non-TEI)."""
    try:
        return frozenset(all_element_names(parse_file(find_tei_all()).getroot()))
    except EditionError:
        return frozenset()


# libxml2's messages, reworded; used only when localize.py cannot place the fault.
RNG_MESSAGES = (
    (re.compile(r"Did not expect element (\S+) there"), "<{0}> is not expected here"),
    (re.compile(r"Expecting element (\S+), got (\S+)"), "expected <{0}> here, found <{1}>"),
    (
        re.compile(r"Invalid attribute (\S+) for element (\S+)"),
        "attribute @{0} of <{1}> is not allowed or has a wrong value",
    ),
    (
        re.compile(r"Element (\S+) failed to validate attributes"),
        "<{0}> has an attribute that is missing or has a wrong value",
    ),
    (
        re.compile(r"Element (\S+) failed to validate content"),
        "the content of <{0}> does not match the schema",
    ),
    (re.compile(r"Element (\S+) has extra content: (\S+)"), "<{1}> is not expected inside <{0}>"),
)


def _without_entities(tree: etree._ElementTree) -> etree._ElementTree:
    """A copy with unexpanded entity references turned into their text: libxml2 would
    otherwise see two text nodes where the content model allows one. (The references are
    reported on their own, see loading.undeclared_entities.)"""
    root = tree.getroot()
    if next(root.iter(etree.Entity), None) is None:
        return tree
    copy = deepcopy(root)  # keeps source line numbers
    for entity in list(copy.iter(etree.Entity)):
        parent, text = entity.getparent(), entity.text + (entity.tail or "")
        previous = entity.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + text
        else:
            parent.text = (parent.text or "") + text
        parent.remove(entity)
    return copy.getroottree()


def relaxng_errors(
    path: Path, tree: etree._ElementTree, schemas: SchemaSet, source: SourceLines | None = None
) -> list[Diagnostic]:
    """Validate `tree` and turn libxml2's RELAX NG errors into diagnostics. libxml2 also
    reports every ancestor of a failing element; only the deepest errors are kept."""
    tree = _without_entities(tree)
    schema = schemas.for_document(tree)
    if schema.validate(tree):
        return []
    entries = list(schema.error_log)
    if not entries:  # libxml2 says nothing when no pattern can match the root at all
        root = etree.QName(tree.getroot()).localname
        return [
            Diagnostic(
                str(path),
                tree.getroot().sourceline or 1,
                1,
                Severity.ERROR,
                "root-not-allowed",
                f"<{root}> is not allowed as the root element",
            )
        ]
    localized = _localized(path, tree, schemas, source)
    if localized:
        return localized
    paths = [entry.path or "" for entry in entries]
    out = []
    for entry, where in zip(entries, paths, strict=True):
        if any(other.startswith(where + "/") for other in paths if where):
            continue
        code, message = "schema", entry.message
        for pattern, template in RNG_MESSAGES:
            match = pattern.search(entry.message)
            if match:
                message = template.format(*match.groups())
                break
        column = max(entry.column, 1)
        if source and where and column == 1:
            found = tree.xpath(where)
            column = source.column(found[0]) if found else 1
        out.append(Diagnostic(str(path), entry.line or 1, column, Severity.ERROR, code, message))
    return out


def _localized(
    path: Path, tree: etree._ElementTree, schemas: SchemaSet, source: SourceLines | None
) -> list[Diagnostic]:
    """Diagnostics for the elements that really fail (see localize.py); [] when the
    grammar cannot be analysed (e.g. a .rng file with includes) or finds nothing."""
    try:
        faults = schemas.localizer(tree).faults(tree.getroot())
    except (etree.RelaxNGParseError, KeyError, ValueError):
        return []
    return [
        Diagnostic(
            str(path),
            f.element.sourceline or 1,
            source.column(f.element) if source else 1,
            Severity.ERROR,
            f.code,
            f.message,
            f.hint,
        )
        for f in faults
    ]
