"""The rule files ship inside the wheel and load from a non-editable install."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--quiet", "-w", str(out), str(REPO)],
        check=True, capture_output=True, timeout=300,
    )
    (found,) = out.glob("nymaudit-*.whl")
    return found


def test_wheel_carries_heuristics_schemas_and_demo(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    tomls = {Path(n).name for n in names if n.startswith("nymaudit/heuristics/")}
    assert {p.name for p in (REPO / "heuristics").glob("*.toml")} <= tomls
    assert "nymaudit/schemas/report.schema.json" in names
    assert "nymaudit/demo/account/twitter/data/tweets.js" in names
    assert not any(n.startswith(("tests/", "heuristics/")) for n in names)


def test_non_editable_install_loads_rules(wheel: Path, tmp_path: Path) -> None:
    # A venv that sees the already-installed dependencies, so no download is needed,
    # with the wheel installed into it: the package then lives in the venv, not src/.
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(system_site_packages=True, with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True, capture_output=True, text=True,
    ).stdout.strip()
    with zipfile.ZipFile(wheel) as zf:
        zf.extractall(site)  # what pip does for a pure-Python wheel
    probe = (
        "import nymaudit.rules as r, sys; "
        "d = r.heuristics_dir(); print(d); print(len(r.load_rules()))"
    )
    result = subprocess.run(
        [str(python), "-I", "-c", probe], capture_output=True, text=True, cwd=tmp_path, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    where, count = result.stdout.split()
    assert where.startswith(site), f"rules loaded from {where}, not the installed wheel"
    from nymaudit.rules import load_rules

    assert int(count) == len(load_rules())
