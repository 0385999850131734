"""Rebuild the texts of the Wikipedia-only persons/dates sets (heldout7 onwards).

Usage: python benchmarks/corpus/build_persons_corpus_wiki.py WIKI_CHECKOUT [OUT_DIR] [--set NAME]
WIKI_CHECKOUT is a checkout (or a git directory) of github.com/chinapedia/wikipedia.abstract.en
at commit 4f3e897da088cbe89a4f1d4cba3fa2e439c3721b (Page/<title>.md). OUT_DIR defaults to
../devcorpus/persons. Without --set every set is rebuilt. Rendering and line splitting are those
of build_persons_corpus_heldout6.py; origins and licences: benchmarks/annotations/SOURCES-persons.md.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_persons_corpus import write_texts
from build_persons_corpus_heldout6 import wiki_pages

# set -> Page/<title>.md of the Wikipedia checkout -> <file>.txt
SETS: dict[str, dict[str, str]] = {
    "heldout7": {"Ashoka": "wiki-ashoka", "Ibn_Battuta": "wiki-ibn-battuta"},
    "heldout8": {
        "Christine_de_Pizan": "wiki-christine-de-pizan",
        "Jorge_Luis_Borges": "wiki-borges",
        "Frederick_Douglass": "wiki-frederick-douglass",
        "Niels_Bohr": "wiki-niels-bohr",
    },
    "heldout9": {
        "Li_Bai": "wiki-li-bai",
        "Suleiman_the_Magnificent": "wiki-suleiman",
        "Moctezuma_II": "wiki-moctezuma-ii",
        "Ada_Lovelace": "wiki-ada-lovelace",
    },
    "heldout10": {
        "Abd_al-Rahman_I": "wiki-abd-al-rahman-i",
        "Sojourner_Truth": "wiki-sojourner-truth",
        "Akira_Kurosawa": "wiki-akira-kurosawa",
        "Tycho_Brahe": "wiki-tycho-brahe",
    },
    "heldout11": {
        "Saladin": "wiki-saladin",
        "Hildegard_of_Bingen": "wiki-hildegard-of-bingen",
        "Amitabh_Bachchan": "wiki-amitabh-bachchan",
        "Kurt_Schwitters": "wiki-kurt-schwitters",
    },
    "heldout12": {
        "Avicenna": "wiki-avicenna",
        "Justinian_I": "wiki-justinian-i",
        "Miyamoto_Musashi": "wiki-miyamoto-musashi",
        "Dave_Brubeck": "wiki-dave-brubeck",
    },
    "heldout13": {
        "Rumi": "wiki-rumi",
        "Mehmed_the_Conqueror": "wiki-mehmed-the-conqueror",
        "Marie_Curie": "wiki-marie-curie",
        "Roberto_Baggio": "wiki-roberto-baggio",
    },
    "heldout14": {
        "Babur": "wiki-babur",
        "Confucius": "wiki-confucius",
        "Kwame_Nkrumah": "wiki-kwame-nkrumah",
        "Jacques_Cousteau": "wiki-jacques-cousteau",
    },
    "heldout15": {
        "Maimonides": "wiki-maimonides",
        "Chiang_Kai-shek": "wiki-chiang-kai-shek",
        "Shaka": "wiki-shaka",
        "Clement_Attlee": "wiki-clement-attlee",
    },
    "heldout16": {
        "Alboin": "wiki-alboin",
        "Afonso_de_Albuquerque": "wiki-afonso-de-albuquerque",
        "Aurangzeb": "wiki-aurangzeb",
        "Agatha_Christie": "wiki-agatha-christie",
    },
    "heldout17": {
        "Abu_Bakr": "wiki-abu-bakr",
        "Albrecht_Dürer": "wiki-albrecht-durer",
        "Ahmad_Shah_Massoud": "wiki-ahmad-shah-massoud",
        "Antoninus_Pius": "wiki-antoninus-pius",
    },
    "heldout18": {
        "Alexios_I_Komnenos": "wiki-alexios-i-komnenos",
        "Aung_San_Suu_Kyi": "wiki-aung-san-suu-kyi",
        "Antonio_Salieri": "wiki-antonio-salieri",
        "Al_Capone": "wiki-al-capone",
    },
    "heldout19": {
        "Mao_Zedong": "wiki-mao-zedong",
        "Attila": "wiki-attila",
        "Antoine_Lavoisier": "wiki-antoine-lavoisier",
        "Ahmad_Shah_Durrani": "wiki-ahmad-shah-durrani",
    },
    "heldout20": {
        "Jawaharlal_Nehru": "wiki-jawaharlal-nehru",
        "Andrew_Carnegie": "wiki-andrew-carnegie",
        "Akira_Toriyama": "wiki-akira-toriyama",
        "Augustine_of_Hippo": "wiki-augustine-of-hippo",
    },
    "heldout21": {
        "Alfred_Russel_Wallace": "wiki-alfred-russel-wallace",
        "Athanasius_of_Alexandria": "wiki-athanasius-of-alexandria",
        "Ayn_Rand": "wiki-ayn-rand",
        "Alcuin": "wiki-alcuin",
    },
    "heldout22": {
        "Agrippina_the_Younger": "wiki-agrippina-the-younger",
        "Alaric_I": "wiki-alaric-i",
        "Antonio_Vivaldi": "wiki-antonio-vivaldi",
        "Alexander_Graham_Bell": "wiki-alexander-graham-bell",
    },
    "heldout23": {
        "Albert_Schweitzer": "wiki-albert-schweitzer",
        "Anton_Chekhov": "wiki-anton-chekhov",
        "Archimedes": "wiki-archimedes",
        "Amerigo_Vespucci": "wiki-amerigo-vespucci",
    },
    "heldout24": {
        "Aleister_Crowley": "wiki-aleister-crowley",
        "Aeschylus": "wiki-aeschylus",
        "Andrew_Jackson": "wiki-andrew-jackson",
        "Alfred_Nobel": "wiki-alfred-nobel",
    },
    "heldout25": {
        "Alan_Turing": "wiki-alan-turing",
        "Augustus": "wiki-augustus",
        "Roald_Amundsen": "wiki-roald-amundsen",
        "Alvar_Aalto": "wiki-alvar-aalto",
    },
    "heldout26": {
        "Sima_Qian": "wiki-sima-qian",
        "Bohdan_Khmelnytsky": "wiki-bohdan-khmelnytsky",
        "Kenneth_Kaunda": "wiki-kenneth-kaunda",
        "Lise_Meitner": "wiki-lise-meitner",
    },
    "heldout27": {
        "Sappho": "wiki-sappho",
        "Nichiren": "wiki-nichiren",
        "Louis_Riel": "wiki-louis-riel",
        "Margaret_Sanger": "wiki-margaret-sanger",
    },
    "heldout28": {
        "Herodotus": "wiki-herodotus",
        "Indira_Gandhi": "wiki-indira-gandhi",
        "Oda_Nobunaga": "wiki-oda-nobunaga",
        "Boudica": "wiki-boudica",
    },
    "heldout29": {
        "Cicero": "wiki-cicero",
        "Plutarch": "wiki-plutarch",
        "Fridtjof_Nansen": "wiki-fridtjof-nansen",
        "Steve_Biko": "wiki-steve-biko",
    },
    "heldout30": {
        "Ibn_al-Haytham": "wiki-ibn-al-haytham",
        "Prince_Eugene_of_Savoy": "wiki-prince-eugene-of-savoy",
        "Francisco_I._Madero": "wiki-francisco-madero",
        "Paavo_Nurmi": "wiki-paavo-nurmi",
    },
    "heldout31": {
        "Ānanda": "wiki-ananda",
        "Hernán_Cortés": "wiki-hernan-cortes",
        "Frédéric_Chopin": "wiki-frederic-chopin",
        "Emma_Goldman": "wiki-emma-goldman",
    },
    "heldout32": {
        "Abd_al-Rahman_III": "wiki-abd-al-rahman-iii",
        "Johannes_Kepler": "wiki-johannes-kepler",
        "Henryk_Sienkiewicz": "wiki-henryk-sienkiewicz",
        "Colette": "wiki-colette",
    },
    "heldout33": {
        "Muhammad_ibn_Abd_al-Wahhab": "wiki-muhammad-ibn-abd-al-wahhab",
        "Shah_Jahan": "wiki-shah-jahan",
        "Marina_Tsvetaeva": "wiki-marina-tsvetaeva",
        "Berthe_Morisot": "wiki-berthe-morisot",
    },
    "heldout34": {
        "Hannibal": "wiki-hannibal",
        "Charlemagne": "wiki-charlemagne",
        "Julia_Kristeva": "wiki-julia-kristeva",
        "Deng_Xiaoping": "wiki-deng-xiaoping",
    },
}


def main() -> None:
    root = Path(__file__).resolve().parents[2]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wiki", type=Path, help="checkout or git directory of the Wikipedia dump")
    parser.add_argument("out", type=Path, nargs="?", default=root.parent / "devcorpus" / "persons")
    parser.add_argument("--set", choices=sorted(SETS), help="rebuild only this set")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for name in [args.set] if args.set else list(SETS):
        write_texts(args.out, wiki_pages(args.wiki, SETS[name]))


if __name__ == "__main__":
    main()
