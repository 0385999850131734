"""The Julian calendar in the TEI header: the calendarDesc entry that @datingMethod points to,
and the per-document Old Style setting a scholar sets by hand.

The setting is the `type` of that entry:

    <profileDesc>
      <calendarDesc>
        <calendar xml:id="julian" type="old-style-default">
          <p>Julian calendar (Old Style)</p>
        </calendar>
      </calendarDesc>
    </profileDesc>

With it, day dates up to 31 January 1918 that carry no calendar marker are read as Old Style
(Russia's calendar until 14 February 1918 N.S.); without it they are read as Gregorian.
"""

from __future__ import annotations

from lxml import etree

from ..xmlio import NSMAP, XML_ID, tei

OLD_STYLE_DEFAULT = "old-style-default"
JULIAN_LABEL = "Julian calendar (Old Style)"
# teiHeader children that come after profileDesc (a new profileDesc goes before them).
_AFTER_PROFILE = ("xenoData", "revisionDesc")


def _julian_entry(root: etree._Element) -> etree._Element | None:
    found = root.xpath(
        "tei:teiHeader/tei:profileDesc/tei:calendarDesc/tei:calendar[@xml:id='julian']",
        namespaces=NSMAP,
    )
    return found[0] if found else None


def old_style_default(root: etree._Element) -> bool:
    """True when the header declares that unmarked pre-1918 day dates are Old Style."""
    entry = _julian_entry(root)
    return entry is not None and entry.get("type") == OLD_STYLE_DEFAULT


def ensure_julian_calendar(root: etree._Element) -> etree._Element:
    """The calendar[@xml:id='julian'] entry, added (once) when the header lacks it."""
    entry = _julian_entry(root)
    if entry is not None:
        return entry
    header = root.find(tei("teiHeader"))
    if header is None:
        header = etree.Element(tei("teiHeader"))
        root.insert(0, header)
    profile = header.find(tei("profileDesc"))
    if profile is None:
        profile = etree.Element(tei("profileDesc"))
        later = [header.find(tei(name)) for name in _AFTER_PROFILE]
        anchor = next((e for e in later if e is not None), None)
        if anchor is not None:
            anchor.addprevious(profile)
        else:
            header.append(profile)
    calendar_desc = profile.find(tei("calendarDesc"))
    if calendar_desc is None:
        calendar_desc = etree.SubElement(profile, tei("calendarDesc"))
    entry = etree.SubElement(calendar_desc, tei("calendar"))
    entry.set(XML_ID, "julian")
    etree.SubElement(entry, tei("p")).text = JULIAN_LABEL
    return entry


def set_old_style_default(root: etree._Element, on: bool = True) -> None:
    """Declare (or withdraw) that this source writes pre-1918 Russian dates Old Style."""
    entry = ensure_julian_calendar(root)
    if on:
        entry.set("type", OLD_STYLE_DEFAULT)
    elif entry.get("type") == OLD_STYLE_DEFAULT:
        del entry.attrib["type"]
