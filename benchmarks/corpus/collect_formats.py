"""Rebuild the formats development corpus from git snapshots of the source repositories.

    python benchmarks/corpus/collect_formats.py [--mirrors DIR] [--out DIR]

Reads formats-manifest.tsv (split, format, repository, commit, path, licence) and writes each
file to OUT/SPLIT/FORMAT/OWNER+NAME__FLATTENED-PATH, taking it from OUT-of-repo git mirrors
(DIR/OWNER+NAME/repo, bare repositories such as `git clone --mirror` makes) at the listed
commit. The files are not committed here: their licences differ (see SOURCES-formats.md).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def entries() -> list[list[str]]:
    lines = (HERE / "formats-manifest.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def local_name(repo: str, path: str) -> str:
    flat = path.replace("/source.html", ".html").replace("/", "_")
    return f"{repo.replace('/', '+')}__{flat}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mirrors", type=Path, default=Path("/work/.mirror"))
    parser.add_argument("--out", type=Path, default=HERE.parents[2] / "devcorpus" / "formats")
    args = parser.parse_args()
    missing = 0
    for split, fmt, repo, commit, path, _licence in entries():
        git_dir = args.mirrors / repo.replace("/", "+") / "repo"
        target = args.out / split / fmt / local_name(repo, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        done = subprocess.run(
            ["git", f"--git-dir={git_dir}", "show", f"{commit}:{path}"],
            capture_output=True,
            check=False,
        )
        if done.returncode:
            print(f"missing: {repo} {commit} {path}", file=sys.stderr)
            missing += 1
            continue
        target.write_bytes(done.stdout)
    print(f"{len(entries()) - missing} files written under {args.out}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
