"""Authority files a scholar brings: persons they have already identified, which win over the
built-in gazetteer and over names proposed from the text.

Two shapes are read:
- TEI: every `person[@xml:id]` of every `listPerson` in the file (in `text`, `teiHeader`,
  `standOff`, anywhere), read like persons.xml;
- CSV with a header row `id,name,variants,birth,death,wikidata,viaf` (only `id` and `name` are
  required; variants are separated by "|" or ";").
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..errors import InputError
from ..xmlio import NSMAP, parse_file
from .personography import Person, person_from_element, slug

CSV_COLUMNS = ("id", "name", "variants", "birth", "death", "wikidata", "viaf")


def load_authority(path: Path) -> list[Person]:
    """The persons of one authority file (TEI or CSV), in file order."""
    if path.suffix.lower() in {".csv", ".tsv"}:
        return _from_csv(path)
    return _from_tei(path)


def _from_tei(path: Path) -> list[Person]:
    tree = parse_file(path)
    elements = tree.xpath("//tei:listPerson//tei:person[@xml:id]", namespaces=NSMAP)
    if not elements:
        raise InputError(
            path, "no listPerson/person[@xml:id] in this file; give each person an xml:id", 1
        )
    return [_authority(person_from_element(element)) for element in elements]


def _authority(person: Person) -> Person:
    """An entry of a scholar's file is never 'proposed', whatever its notes say."""
    return Person(
        person.id, person.name, person.variants, person.birth, person.death, person.wikidata,
        viaf=person.viaf,
    )


def _from_csv(path: Path) -> list[Person]:
    try:
        text = path.read_text("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot read the authority file ({exc}); save it as UTF-8") from None
    dialect = "excel-tab" if path.suffix.lower() == ".tsv" else "excel"
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if "name" not in columns:
        raise InputError(
            path, f"the first row must name the columns ({','.join(CSV_COLUMNS)}); 'name' is missing", 1
        )
    persons = []
    for line, row in enumerate(reader, start=2):
        row = {(k or "").strip().lower(): (v or "").strip() for k, v in row.items()}
        if not row.get("name"):
            raise InputError(path, "a row without a name; fill in the name column", line)
        variants = tuple(v.strip() for v in row.get("variants", "").replace(";", "|").split("|"))
        persons.append(
            Person(
                row.get("id") or slug(row["name"]),
                row["name"],
                tuple(v for v in variants if v),
                row.get("birth", ""),
                row.get("death", ""),
                row.get("wikidata", ""),
                viaf=row.get("viaf", ""),
            )
        )
    return persons


def authority_persons(paths: tuple[Path, ...]) -> list[Person]:
    """Persons of every authority file, the first file's entry winning for one id."""
    seen: dict[str, Person] = {}
    for path in paths:
        for person in load_authority(Path(path)):
            seen.setdefault(person.id, person)
    return list(seen.values())

