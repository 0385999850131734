"""Build edition/data/world-given-names.txt: given names of many languages, from Faker.

Faker (MIT licence, (c) 2012 Daniele Faraglia) ships first names for its person providers in
some seventy locales. This keeps those written in Latin script that a locale other than the
English ones lists ("Gonçalo", "Simonetta", "Eugène", "Pedro"), so that the English lists'
surnames and common words ("King", "Price", "Summer") stay out.

    pip download faker==30.0.0 --no-deps -d /tmp/faker && python -m zipfile -e /tmp/faker/*.whl /tmp/faker/x
    python benchmarks/corpus/build_world_given_names.py /tmp/faker/x
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import sys
from pathlib import Path

LATIN = re.compile(r"^[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]+(?:-[A-ZÀ-ÝĀ-Ž][a-zà-ÿā-ž]+)?$")
ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")
HEADER = """\
# Given names of many languages (Latin script), one per line: a hint for the persons rules that
# a capitalised word starts a full name ("Gonçalo Coelho"). Replace this file, or name another
# with $EDITION_WORLD_GIVEN_NAMES, for another corpus; the rules also check the corpus itself
# (a word it writes in lower case or as a place is no given name there).
# Source: the person providers of Faker {version} (https://github.com/joke2k/faker), MIT
# licence, Copyright (c) 2012 Daniele Faraglia; names listed by a locale other than English.
"""


def world_names(faker_dir: Path) -> tuple[str, list[str]]:
    sys.path.insert(0, str(faker_dir))
    import faker
    import faker.providers.person as providers

    found: dict[str, set[str]] = {}
    for module in pkgutil.iter_modules(providers.__path__):
        provider = importlib.import_module(f"{providers.__name__}.{module.name}").Provider
        for attribute in ATTRIBUTES:
            names = getattr(provider, attribute, None)
            if not names or isinstance(names, property):
                continue
            for name in names:
                if LATIN.match(name):
                    found.setdefault(name, set()).add(module.name.split("_")[0])
    return faker.VERSION, sorted(n for n, languages in found.items() if languages - {"en"})


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("faker", type=Path, help="directory holding the unpacked faker package")
    parser.add_argument(
        "out", type=Path, nargs="?", default=root / "edition" / "data" / "world-given-names.txt"
    )
    args = parser.parse_args()
    version, names = world_names(args.faker)
    args.out.write_text(HEADER.format(version=version) + "\n".join(names) + "\n", "utf-8")
    print(f"{args.out}: {len(names)} names from Faker {version}")


if __name__ == "__main__":
    main()
