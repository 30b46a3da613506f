"""One import package, `commitments`, that carries everything a run reads: checked against
the source tree and pyproject.toml, so a new data file or module cannot be left out of a
wheel unnoticed (the wheel itself is built and used by .ci/wheel-check)."""
from __future__ import annotations

import fnmatch
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
CONFIG = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
PARTS = ("extract", "store", "tui", "seeds")


def _package_of(folder: Path) -> str:
    return ".".join(["commitments", *folder.relative_to(REPO).parts])


def _source_files():
    for part in PARTS:
        for path in (REPO / part).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                yield path


def test_every_folder_with_modules_is_a_listed_package():
    folders = {p.parent for p in _source_files() if p.suffix == ".py"}
    assert {_package_of(f) for f in folders} | {"commitments"} == set(CONFIG["packages"])


def test_every_data_file_is_package_data():
    """Each file that is not a module matches a package-data glob of its nearest package."""
    packages = {pkg: REPO.joinpath(*pkg.split(".")[1:]) for pkg in CONFIG["packages"]}
    data = CONFIG["package-data"]
    for path in _source_files():
        if path.suffix == ".py":
            continue
        owner = max((pkg for pkg, folder in packages.items() if folder in path.parents), key=len)
        relative = path.relative_to(packages[owner]).as_posix()
        assert any(fnmatch.fnmatch(relative, glob) for glob in data.get(owner, [])), f"{path} is not package data"


def test_no_module_reaches_for_a_top_level_name(tmp_path):
    """From outside the checkout, importing every module leaves no top-level extract, store
    or tui behind: PyPI has unrelated packages with those names."""
    code = ("import pkgutil, sys, commitments\n"
            "for m in pkgutil.walk_packages(commitments.__path__, 'commitments.'):\n"
            "    if not m.name.startswith(('commitments.tests', 'commitments.build')) and m.name != 'commitments.__main__':\n"
            "        __import__(m.name)\n"
            "print(sorted(n for n in ('extract', 'store', 'tui') if n in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_the_seeds_are_found_through_the_package():
    from commitments.ingest import bundled_seeds

    seeds = bundled_seeds()
    assert seeds is not None and len(list(seeds.glob("*.txt"))) == 5
