"""Run schemas/edition.sch (ISO Schematron, XSLT 1.0) and turn its SVRL report into
diagnostics with line numbers and hints."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlparse

from lxml import etree, isoschematron

from ..diagnostics import Diagnostic, Severity
from ..errors import InputError
from ..xmlio import NSMAP, parse_file, safe_parser
from .hints import did_you_mean, explain_date
from .loading import SourceLines
from .locate import SCHEMA_DIR

SVRL_NS = "http://purl.oclc.org/dsdl/svrl"


class LocalOnly(etree.Resolver):
    """Lets document() read local files only; a missing or remote file reads as an empty
    document (the rule then reports the reference as unresolved)."""

    def resolve(self, url, pubid, context):
        parsed = urlparse(url)
        path = Path(unquote(parsed.path)) if parsed.scheme in ("", "file") else None
        if path is None or not path.is_file():
            return self.resolve_string("<missing/>", context)
        data = path.read_bytes()
        try:
            etree.fromstring(data, safe_parser())
        except etree.XMLSyntaxError:  # reported when that file itself is validated
            return self.resolve_string("<unreadable/>", context)
        return self.resolve_string(data, context, base_url=str(path))


@lru_cache(maxsize=4)
def compiled(path: Path = SCHEMA_DIR / "edition.sch", phase: str | None = None) -> etree.XSLT:
    """The Schematron (or one phase of it) compiled to XSLT once per process."""
    schematron = isoschematron.Schematron(parse_file(path), store_xslt=True, phase=phase)
    parser = safe_parser()
    parser.resolvers.add(LocalOnly())
    stylesheet = etree.fromstring(etree.tostring(schematron.validator_xslt), parser)
    _fix_attribute_paths(stylesheet)
    return etree.XSLT(stylesheet)


def _fix_attribute_paths(stylesheet: etree._Element) -> None:
    """The XSLT 1.0 skeleton writes an attribute's location as "/@when", without the path
    of its element; prepend that path so the diagnostic gets the element's line."""
    xsl = "http://www.w3.org/1999/XSL/Transform"
    for template in stylesheet.iterfind(f"{{{xsl}}}template[@match='@*']"):
        if template.get("mode") == "schematron-get-full-path":
            parent_path = etree.Element(
                f"{{{xsl}}}apply-templates", select="parent::*", mode="schematron-get-full-path"
            )
            template.insert(0, parent_path)


def schematron_errors(
    path: Path,
    tree: etree._ElementTree,
    phase: str | None = None,
    source: SourceLines | None = None,
) -> list[Diagnostic]:
    """Failed asserts of edition.sch (or of one phase) as diagnostics."""
    try:
        report = compiled(SCHEMA_DIR / "edition.sch", phase)(tree)
    except etree.XSLTApplyError as exc:
        return [
            Diagnostic(
                str(path),
                1,
                1,
                Severity.ERROR,
                "schematron-failed",
                f"the Schematron rules could not run: {exc}",
            )
        ]
    out = []
    for failed in report.getroot().iterfind(f"{{{SVRL_NS}}}failed-assert"):
        code = (failed.get("id") or "schematron").split(".")[0]
        message = " ".join("".join(failed.itertext()).split())
        node = _locate(tree, failed.get("location", ""))
        element = _element(node)
        line = (element.sourceline or 1) if element is not None else 1
        column = source.column(element) if source and element is not None else 1
        hint = _hint(code, node, path)
        severity = Severity.WARNING if failed.get("role") == "warning" else Severity.ERROR
        out.append(Diagnostic(str(path), line, column, severity, code, message, hint))
    return out


def _locate(tree: etree._ElementTree, location: str) -> object:
    try:
        found = tree.xpath(location)
    except etree.XPathError:
        return None
    return found[0] if found else None


def _element(node: object) -> etree._Element | None:
    """The node itself, or the element an attribute result belongs to."""
    if isinstance(node, etree._Element):
        return node
    parent = getattr(node, "getparent", lambda: None)()
    return parent if isinstance(parent, etree._Element) else None


def _hint(code: str, node: object, path: Path) -> str:
    if code == "date-invalid" and getattr(node, "attrname", None):
        return explain_date(etree.QName(node.attrname).localname, str(node))
    if code == "ref-unresolved" and isinstance(node, etree._Element):
        return _person_hint(node.get("ref", ""), path)
    if code == "target-unresolved" and isinstance(node, etree._Element):
        ids = [str(i) for i in node.getroottree().xpath("//@xml:id")]
        return did_you_mean(node.get("target", "")[1:], ids)
    if code == "link-unresolved" and isinstance(node, etree._Element):
        return _link_hint(node, path)
    if code == "id-duplicate" and isinstance(node, etree._Element):
        return "give each element its own xml:id"
    if code == "note-empty":
        return 'write the note\'s text, or mark it type="empty"'
    if code == "when-custom-without-method":
        return 'add datingMethod="#julian" (and a calendar with xml:id="julian" in calendarDesc)'
    return ""


def _person_hint(ref: str, path: Path) -> str:
    file, _, wanted = ref.partition("#")
    if file:
        target = path.parent / file
        if not target.is_file():
            return f"{target} does not exist: run `edition enrich` or fix the file name"
        try:
            ids = parse_file(target).xpath("//tei:person/@xml:id", namespaces=NSMAP)
        except InputError:
            return f"{target} cannot be read: validate it first"
    else:
        ids = []
    return did_you_mean(wanted, [str(i) for i in ids], f"{file}#")


def _ids_in(file: str, node: etree._Element, path: Path) -> list[str]:
    """The xml:ids of `file` (relative to `path`), or of the node's own document."""
    if not file:
        return [str(i) for i in node.getroottree().xpath("//@xml:id")]
    try:
        return [str(i) for i in parse_file(path.parent / file).xpath("//@xml:id")]
    except InputError:  # a missing or broken file has its own diagnostic
        return []


def _link_hint(link: etree._Element, path: Path) -> str:
    """`did you mean "other.xml#par-1"?` for the first end of a link that does not resolve;
    when a document is newer than the links (converted again), the way to renew them."""
    for token in link.get("target", "").split():
        file, _, wanted = token.partition("#")
        ids = _ids_in(file, link, path)
        if wanted and wanted not in ids:
            document = path.parent / file
            if (
                path.name == "parallels.xml"  # the aligner's file, written from the documents
                and document.is_file()
                and document.stat().st_mtime > path.stat().st_mtime
            ):
                return (
                    f"{path.name} is older than {file}; run `edition align {path.parent}` "
                    "to link the passages again"
                )
            return did_you_mean(wanted, ids, f"{file}#")
    return ""
