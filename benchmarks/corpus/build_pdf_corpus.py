"""Rebuild the PDF part of the development corpus: `pdftotext` (default mode) on fetched PDFs.

Usage:

    python benchmarks/corpus/build_pdf_corpus.py --mirror /work/.mirror --out /work/devcorpus/pdf

The mirror folder holds bare clones as `<owner>+<name>/repo` (as the `fetch` tool leaves them).
Origins and licences: benchmarks/corpus/SOURCES-pdf.md; annotations: benchmarks/corpus/pdf-text/.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

# (output file, repository, commit, path inside it)
SOURCES: list[tuple[str, str, str, str]] = [
    ("pdf-matlab.txt", "AllenDowney/PhysicalModelingInMatlab",
     "26c259dda6863746ce7ab9448e67271aac7bdbbd", "PhysicalModelingInMatlab4.pdf"),
    ("pdf-messiah-original.txt", "Andres6936/Messiah.Prince",
     "7c1d3127ef1a6dc3b66841ac9aeef2bdcb6ea2ce", "books/messiah-prince/en/original.pdf"),
    ("pdf-messiah-book.txt", "Andres6936/Messiah.Prince",
     "7c1d3127ef1a6dc3b66841ac9aeef2bdcb6ea2ce", "books/messiah-prince/en/book.pdf"),
    ("pdf-principia.txt", "Al-Caveman/principia-mathematica",
     "fecd63a038307e3b3869641c7d56ff5e88ef5799", "book.pdf"),
    ("pdf-swartz.txt", "Aubreymcfato/aaronswartz",
     "56fb58ae3d18bf37b61851c56c1efe6f74177dc7", "book.pdf"),
    # held-out, added 2026-12-05 (session 6), annotated by reading before any converter run
    ("pdf-sentimental.txt", "thruston/tex-tristram",
     "c1cadc5d1882307276fcacf3a947ead576a136ba", "sentimental-journey-volume-1.pdf"),
    # held-out, added 2026-12-05 (session 6b), annotated by reading before any converter run
    ("pdf-viking.txt", "nmstreethran/books",
     "024fc866479f5aa8876cd67a9a98c79744f9dfdc", "books/viking-tales/viking-tales.pdf"),
    ("pdf-rouse-ball.txt", "GITenberg/A-Short-Account-of-the-History-of-Mathematics_31246",
     "688d4fa4148a7f781bc649b1e0ac31513e2cfb9c", "31246-pdf.pdf"),
    # held-out, added 2026-12-05 (session 7), annotated by reading before any converter run
    ("pdf-calculus.txt", "mneedham/ml-class",
     "9e0fa79728a94d91dce7a236e9a62392fc58ef69", "33283-pdf.pdf"),
    ("pdf-whitehead.txt", "GITenberg/An-Introduction-to-Mathematics_41568",
     "71d81460baa188ceffbf2645e8e9be55b3a4767c", "41568-pdf.pdf"),
    # held-out, added 2026-12-05 (session 8), annotated by reading before any converter run
    ("pdf-alice.txt", "ALICE-InRu/Thesis",
     "b0a4ad718cc93e79bbcb53d44f844c004ddc9166", "monograph.pdf"),
    ("pdf-cats.txt", "CourtBouillon/weasyprint-samples",
     "6dc675b05a5cba59576dfaa8881ea6ccdccb13cc", "book/book-classical.pdf"),
    # held-out, added 2026-12-06 (session 9), annotated by reading before any converter run
    ("pdf-cphb.txt", "pllk/cphb",
     "9124d8af417e401834a91c2791ca04df677c006a", "book.pdf"),
    ("pdf-lauer.txt", "Christoph-Lauer/Book-Contenporary-Signal-Processing-Algorithms",
     "e53ab6f82bc9069ef38436e2f30ab808a103fa8e", "book.pdf"),
    # held-out, added 2026-12-06 (session 10), annotated by reading before any converter run
    ("pdf-owasp2007.txt", "OWASP/Top10",
     "66ebc4798d2ca72973967a20264bdeb70dcf0a13", "2007/OWASP Top 10 2007.pdf"),
    ("pdf-gaming.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "gamification/why-students-engage-in-gaming-the-system-behavior-in-interactive-learning-environments.pdf"),
    # held-out, added 2026-12-06 (session 11), annotated by reading before any converter run
    ("pdf-epidemic.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "distributed_systems/epidemic-algorithms-for-replicated-database-maintenance.pdf"),
    ("pdf-tarpit.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f", "design/out-of-the-tar-pit.pdf"),
    # held-out, added 2026-12-06 (session 12), annotated by reading before any converter run
    ("pdf-rwo.txt", "AndrewCarterUK/book",
     "9b2f7812cc2e3aec4aad7c0159260c07e23afef3", "static/pdf/book.xml.pdf"),
    ("pdf-menhir.txt", "AndrewCarterUK/book",
     "9b2f7812cc2e3aec4aad7c0159260c07e23afef3", "duniverse/menhir.20200211/www/doc/manual.pdf"),
    # held-out, added 2026-12-06 (session 13), annotated by reading before any converter run
    ("pdf-helland.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "distributed_systems/life-beyond-distributed-transactions-an-apostates-opinion.pdf"),
    ("pdf-okasaki.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "languages-paradigms/functional_programming/purely-functional-data-structures.pdf"),
    # held-out, added 2026-12-06 (session 14), annotated by reading before any converter run
    ("pdf-misra.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "languages-theory/theory-in-programming-practice.pdf"),
    ("pdf-common-ground.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "software_engineering_orgs/common-ground-and-coordination-in-joint-activity.pdf"),
    # held-out, added 2026-12-06 (session 15), annotated by reading before any converter run
    ("pdf-dapper.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "distributed_systems/dapper-a-large-scale-distributed-tracing-infrastructure.pdf"),
    ("pdf-krymowski.txt", "ADLS-Digital-Environment/Krymowski-2024",
     "d328fb11a0e6791299e7705a2a61648652190760", "PA2_M.Krymowski.pdf"),
    # held-out, added 2026-12-06 (session 16), annotated by reading before any converter run
    ("pdf-svnbook.txt", "alematema/svn-book",
     "253e20f07d36c8f5e9df8b3b9bddda1a823759b0", "svn-book.pdf"),
    ("pdf-shannon.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "cryptography/communication-theory-of-secrecy-systems.pdf"),
    # held-out, added 2026-12-06 (session 17), annotated by reading before any converter run
    ("pdf-scr-vermeule.txt", "donaldbraman/docling-testing",
     "3cafd5a90aa20d3105594fccfd80a4a422254f8b",
     ("data/v3_data/raw_pdf/the_old_regime_and_the_loper_bright_revolution__"
      "the_supreme_court_review__vol_2024.pdf")),
    ("pdf-waldo-note.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "distributed_systems/a-note-on-distributed-computing.pdf"),
    # held-out, added 2026-12-06 (session 18), annotated by reading before any converter run
    ("pdf-hlr-prison-history.txt", "donaldbraman/docling-testing",
     "3cafd5a90aa20d3105594fccfd80a4a422254f8b",
     "data/v3_data/raw_pdf/harvard_law_review_forgotten_history_of_prison_law.pdf"),
    ("pdf-mlr-spending-clause.txt", "donaldbraman/docling-testing",
     "3cafd5a90aa20d3105594fccfd80a4a422254f8b",
     "data/v3_data/raw_pdf/michigan_law_review_spending_clause_standing.pdf"),
    # held-out, added 2026-12-06 (session 19), annotated by reading before any converter run
    ("pdf-clr-lovings-borders.txt", "donaldbraman/docling-testing",
     "3cafd5a90aa20d3105594fccfd80a4a422254f8b",
     "data/v3_data/raw_pdf/california_law_review_loving-borders.pdf"),
    ("pdf-colr-sacred-thoughts.txt", "donaldbraman/docling-testing",
     "3cafd5a90aa20d3105594fccfd80a4a422254f8b",
     "data/v3_data/raw_pdf/sacred_thoughts_secular_harms.pdf"),
    # held-out, added 2026-12-06 (session 20), annotated by reading before any converter run
    ("pdf-valr-unenumerated-power.txt", "donaldbraman/docling-testing",
     "3cafd5a90aa20d3105594fccfd80a4a422254f8b",
     "data/v3_data/raw_pdf/virginia_law_review_the-unenumerated-power.pdf"),
    ("pdf-uscl-homelessness.txt", "donaldbraman/docling-testing",
     "3cafd5a90aa20d3105594fccfd80a4a422254f8b",
     ("data/v3_data/raw_pdf/usc_law_review_criminalization_an_exceptionally_american_response_to_"
      "homele.pdf")),
    # held-out, added 2026-12-06 (session 21), annotated by reading before any converter run
    ("pdf-syrek-shakespeare.txt", "sjsyrek/dissertation",
     "db9f1f3fce01893e62764f1f7b05a8148e5917ac", "dissertation.pdf"),
    ("pdf-einstein-electrodynamics.txt", "papers-we-love/papers-we-love",
     "47567e0154e38b4a4cf3eb9e30296221e940522f",
     "physics/on-the-electrodynamics-of-moving-bodies.pdf"),
    # held-out, added 2026-12-07 (session 22), annotated by reading before any converter run
    ("pdf-london-kingdom.txt", "GITenberg/London-and-the-Kingdom---Volume-I_19800",
     "79bdc3846dff8b83d30307b3e25fa3e64b016a75", "19800-pdf.pdf"),
    ("pdf-fedreg-737max.txt", "jsvine/pdfplumber",
     "147f2c4c07dc1191fc1d05bb589b4f6af3aaf74a", "tests/pdfs/federal-register-2020-17221.pdf"),
    # held-out, added 2026-12-07 (session 23), annotated by reading before any converter run
    ("pdf-dmca-summary.txt", "pdfminer/pdfminer.six",
     "9e1243c4ad000bf9bbe60e81fc8dde2fccc0ed3b", "samples/nonfree/dmca.pdf"),
    ("pdf-gopl-ch1.txt", "pdfcpu/pdfcpu",
     "105c0c28727afe7f85eb3179d03e9810d8774981", "pkg/testdata/TheGoProgrammingLanguageCh1.pdf"),
    # held-out, added 2026-12-07 (session 24), annotated by reading before any converter run
    ("pdf-lessig-free-culture.txt", "mozilla/pdf.js",
     "0f26334f9d6f96119f6e5164fb65832fbbde7344", "test/pdfs/freeculture.pdf"),
    ("pdf-feup-health-readability.txt", "HelderAntunes/readability-corpora",
     "1e8cd3c77936f4dc4941ba44865bc2a39bc2daa1", "dissertation.pdf"),
    # held-out, added 2026-12-07 (session 25), annotated by reading before any converter run;
    # both PDFs are in pypdf's resources/ only at 7e3ce51e (a pull-request commit of 2022-06-11
    # whose follow-up replaced the files with links; neither PDF reached the main branch)
    ("pdf-ssi-manwaring-americas.txt", "py-pdf/pypdf",
     "7e3ce51ea85c500fd524dbcfada199245db9085d", "resources/ssi_manwaring.pdf"),
    ("pdf-pcmr-who-i-am.txt", "py-pdf/pypdf",
     "7e3ce51ea85c500fd524dbcfada199245db9085d", "resources/999092.pdf"),
    # held-out, added 2026-12-07 (session 26), annotated by reading before any converter run
    ("pdf-scotus-tarrant.txt", "freelawproject/doctor",
     "a66445041477ae18eb5d3c6792f477fc06d610d7", "doctor/test_assets/vector-pdf.pdf"),
    # held-out, added 2026-12-07 (session 27), annotated by reading before any converter run
    ("pdf-nist-hpc-security.txt", "pymupdf/PyMuPDF",
     "53c9aaf539b4fbb6a53010d90de3a2df96e82b5e", "tests/resources/test_3842.pdf"),
    ("pdf-aimag-open-ie.txt", "allenai/science-parse",
     "f83983aa1b898f0e47c97f4997c57427bf277182", "core/src/test/resources/aimag10.pdf"),
    ("pdf-ieee-scalable-video.txt", "allenai/science-parse",
     "f83983aa1b898f0e47c97f4997c57427bf277182", "core/src/test/resources/2a774230b5328df3f8125da9b84a82d92b46a240.pdf"),
]


def build_one(mirror: Path, out: Path, source: tuple[str, str, str, str]) -> bool:
    """Extract one PDF from its bare clone and run pdftotext on it."""
    name, repo, commit, path = source
    git_dir = mirror / repo.replace("/", "+") / "repo"
    if (git_dir / ".git").is_dir():  # some snapshots arrive as repo/.git rather than bare
        git_dir = git_dir / ".git"
    if not git_dir.is_dir():
        print(f"missing: {repo} (fetch it into {git_dir})", file=sys.stderr)
        return False
    pdf = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
        capture_output=True, check=True,
    ).stdout
    with tempfile.TemporaryDirectory() as tmp:
        pdf_path = Path(tmp) / "in.pdf"
        pdf_path.write_bytes(pdf)
        subprocess.run(["pdftotext", str(pdf_path), str(out / name)], check=True)
    print(f"wrote {out / name}")
    return True


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirror", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=Path("/work/devcorpus/pdf"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    results = [build_one(args.mirror, args.out, source) for source in SOURCES]
    return 0 if all(results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
