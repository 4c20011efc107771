"""chk15b: `baseline add` under concurrency, through a symbolic link, and `--accept-unread`
hashing the bytes that were actually read (review rev15a items 4, 9 and 10).

- Two `baseline add` runs at once each rewrote the file they had read: 10 parallel adds kept
  one run's entries while every run said "added" (item 4). A lock beside the baseline now
  serialises them (and `baseline create` over an existing file).
- A baseline that is a symbolic link was replaced by a regular file, the file `check` reads
  left unchanged (item 9): `add` now updates the link's target.
- `--accept-unread` hashed the file in a second open after the readers' own: bytes that came in
  between were accepted and `check` passed them (item 10). And a keyed baseline stored the
  files' sha256 in clear: now HMAC under the key.

Inputs are real: Markdown drafts, PDF scans written by Pillow; the CLI runs as subprocesses
(the race) and through CliRunner.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

_SRC = Path(__import__("nymaudit").__file__).resolve().parents[1]
KEY = "c" * 16 + "0123456789abcdef"
PARALLEL = 8


def _scanned_pdf(words: str) -> bytes:
    """A one-page PDF whose page is a picture (no text layer): INPUT001 in `check`."""
    image = pytest.importorskip("PIL.Image")
    draw = pytest.importorskip("PIL.ImageDraw")
    page = image.new("RGB", (480, 200), (255, 255, 255))
    draw.Draw(page).text((10, 10), words, fill=(0, 0, 0))
    buffer = io.BytesIO()
    page.save(buffer, "PDF")
    return buffer.getvalue()


def _drafts(folder: Path, count: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "seed.md").write_text("Nothing to see here.\n")
    names = []
    for i in range(count):
        name = f"d{i}.md"
        (folder / name).write_text(f"I live in Harrogate and my phone is 07700 90{i:04d}. I work at Firm{i} "
                                   f"Logistics. Born on {i + 1} March 1980.\n")
        names.append(name)
    return names


def _env(key: str | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "NYMAUDIT_BASELINE_KEY"}
    env.update(NO_COLOR="1", PYTHONPATH=str(_SRC))
    if key is not None:
        env["NYMAUDIT_BASELINE_KEY"] = key
    return env


def _run(*args: str, cwd: Path, key: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=cwd, env=_env(key),
                          capture_output=True, text=True, timeout=600)


def _cli(*args: str, cwd: Path, key: str | None = None) -> tuple[int, str, str]:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    here = Path.cwd()
    os.chdir(cwd)
    try:
        out = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "NYMAUDIT_BASELINE_KEY": key},
                                 catch_exceptions=False)
    finally:
        os.chdir(here)
    return out.exit_code, out.stdout, out.stderr


def _hashes(path: Path) -> set[str]:
    return set(json.loads(path.read_text())["hashes"])


# -- item 4: parallel adds ------------------------------------------------------------------------

def test_parallel_adds_keep_every_entry(tmp_path: Path) -> None:
    """PARALLEL `baseline add` processes at once on one baseline end with every draft's entries
    (as many as the same adds one after the other), and each draft then passes `check`."""
    names = _drafts(tmp_path, PARALLEL)
    for name in ("base.json", "seq.json"):
        assert _run("baseline", "create", "seed.md", "-o", name, cwd=tmp_path).returncode == 0
    # The sequential reference, in-process (the same code): one add after another.
    from nymaudit.check import add_to_baseline

    here = Path.cwd()
    os.chdir(tmp_path)
    try:
        for name in names:
            add_to_baseline(Path("seq.json"), [Path(name)])
    finally:
        os.chdir(here)
    expected = _hashes(tmp_path / "seq.json")
    assert len(expected) > 3 * PARALLEL

    runs = [subprocess.Popen([sys.executable, "-m", "nymaudit", "baseline", "add", "base.json", name],
                             cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for name in names]
    for run in runs:
        _, err = run.communicate(timeout=600)
        assert run.returncode == 0, err
        assert "finding(s) added" in err
    assert len(_hashes(tmp_path / "base.json")) == len(expected)
    assert not list(tmp_path.glob(".base.json*")), "no lock or temporary file is left behind"
    for name in names:
        code, _, err = _cli("check", "--baseline", "base.json", name, cwd=tmp_path)
        assert code == 0, (name, err)


def _hold_lock(path: Path) -> int:
    """Lock `baseline add` takes for ``path``, held by this process (POSIX flock)."""
    fcntl = pytest.importorskip("fcntl")
    fd = os.open(path.with_name(f".{path.name}.lock"), os.O_RDWR | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def test_add_waits_for_a_run_holding_the_lock(tmp_path: Path) -> None:
    """While another run holds the baseline's lock, `baseline add` does not touch the file; it
    adds as soon as the lock is released."""
    import fcntl

    names = _drafts(tmp_path, 1)
    base = tmp_path / "base.json"
    assert _run("baseline", "create", "seed.md", "-o", "base.json", cwd=tmp_path).returncode == 0
    before = base.read_bytes()
    fd = _hold_lock(base)
    try:
        run = subprocess.Popen([sys.executable, "-m", "nymaudit", "baseline", "add", "base.json", names[0]],
                               cwd=tmp_path, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
        # Long enough for an add to read the draft and write (about 4 s here on 2 shared cores).
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and run.poll() is None and base.read_bytes() == before:
            time.sleep(0.2)
        assert run.poll() is None and base.read_bytes() == before, "it wrote while the lock was held"
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    _, err = run.communicate(timeout=600)
    assert run.returncode == 0, err
    assert len(_hashes(base)) > 3


def test_a_lock_held_too_long_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run holding the lock past the wait gives exit 2 and one line (never a hang); `create`
    over an existing baseline takes the same lock."""
    import fcntl

    from nymaudit import check

    names = _drafts(tmp_path, 1)
    base = tmp_path / "base.json"
    assert _cli("baseline", "create", "seed.md", "-o", "base.json", cwd=tmp_path)[0] == 0
    before = base.read_bytes()
    monkeypatch.setattr(check, "LOCK_WAIT_SECONDS", 0.5, raising=False)
    fd = _hold_lock(base)
    try:
        code, _, err = _cli("baseline", "add", "base.json", names[0], cwd=tmp_path)
        assert code == 2 and "another `nymaudit baseline` run" in err
        code, _, err = _cli("baseline", "create", names[0], "-o", "base.json", cwd=tmp_path)
        assert code == 2 and "another `nymaudit baseline` run" in err
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    assert base.read_bytes() == before
    assert oct((tmp_path / ".base.json.lock").stat().st_mode & 0o777) == oct(0o600)


# -- item 9: a symbolic link ------------------------------------------------------------------------

def test_add_through_a_symbolic_link_updates_its_target(tmp_path: Path) -> None:
    """`baseline add link.json` updates the file the link points to (the one `check --baseline
    link.json` reads) and keeps the link; before, the link became a regular file and the target
    was left as it was, while "added" was said."""
    names = _drafts(tmp_path, 1)
    (tmp_path / "ci").mkdir()
    real = tmp_path / "ci" / "baseline.json"
    assert _cli("baseline", "create", "seed.md", "-o", "ci/baseline.json", cwd=tmp_path)[0] == 0
    (tmp_path / "link.json").symlink_to("ci/baseline.json")
    assert _cli("check", "--baseline", "link.json", names[0], cwd=tmp_path)[0] == 1

    code, _, err = _cli("baseline", "add", "link.json", names[0], cwd=tmp_path)
    assert code == 0, err
    assert (tmp_path / "link.json").is_symlink()
    assert len(_hashes(real)) > 3
    assert "is a symbolic link" in err and "baseline.json" in err
    assert oct(real.stat().st_mode & 0o777) == oct(0o600)
    assert _cli("check", "--baseline", "link.json", names[0], cwd=tmp_path)[0] == 0


def test_create_refuses_to_write_through_a_symbolic_link(tmp_path: Path) -> None:
    """Guard: `create -o` names a file to make, as a report's --output does: not through a link."""
    _drafts(tmp_path, 1)
    (tmp_path / "real.json").write_text("{}\n")
    (tmp_path / "link.json").symlink_to("real.json")
    code, _, err = _cli("baseline", "create", "d0.md", "-o", "link.json", cwd=tmp_path)
    assert code == 2 and "symbolic link" in err
    assert (tmp_path / "link.json").is_symlink() and (tmp_path / "real.json").read_text() == "{}\n"


# -- item 10: the bytes read, keyed unread entries ---------------------------------------------------

def _scans(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "seed.md").write_text("Nothing to see here.\n")
    (folder / "reviewed.pdf").write_bytes(_scanned_pdf("Meeting notes: nothing personal"))
    (folder / "other.pdf").write_bytes(_scanned_pdf("My home: 12 Acacia Avenue, Leeds LS6 2AB"))


def test_add_refuses_a_file_that_changed_after_it_was_read(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The scan the maintainer reviewed is read; another writer saves another scan over it before
    it is hashed (a wrapper of the read stands in for it). Before: the never-read bytes were
    accepted and `check` passed them. Now: refused, said why, and `check` fails them."""
    from nymaudit import check

    _scans(tmp_path)
    shutil.copy(tmp_path / "reviewed.pdf", tmp_path / "draft.pdf")
    assert _cli("baseline", "create", "seed.md", "-o", "base.json", cwd=tmp_path)[0] == 0
    real = check._read_to_accept

    def read_then_swap(*args: object) -> object:
        out = real(*args)  # type: ignore[arg-type]
        shutil.copy(tmp_path / "other.pdf", tmp_path / "draft.pdf")
        return out

    monkeypatch.setattr(check, "_read_to_accept", read_then_swap)
    code, _, err = _cli("baseline", "add", "base.json", "draft.pdf", "--accept-unread", cwd=tmp_path)
    monkeypatch.undo()
    assert code == 0, err
    other = hashlib.sha256((tmp_path / "other.pdf").read_bytes()).hexdigest()
    assert other not in json.loads((tmp_path / "base.json").read_text()).get("unread", [])
    assert "changed while nymaudit read it" in err
    code, out, _ = _cli("check", "--baseline", "base.json", "draft.pdf", cwd=tmp_path)
    assert code == 1 and "Accepted as not read" not in out

    # Nothing writing to it: accepted as before.
    code, _, err = _cli("baseline", "add", "base.json", "draft.pdf", "--accept-unread", cwd=tmp_path)
    assert code == 0 and "accepted as not read: draft.pdf" in err
    assert other in json.loads((tmp_path / "base.json").read_text())["unread"]
    assert _cli("check", "--baseline", "base.json", "draft.pdf", cwd=tmp_path)[0] == 0


def test_check_hashes_the_bytes_it_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The baseline accepts the reviewed scan. `check` reads an unreviewed scan under the same
    name, which is then replaced by the reviewed one before it is hashed. Before: the hash of
    the reviewed bytes passed the unreviewed scan it had read. Now: fails, and says why."""
    from nymaudit import check

    _scans(tmp_path)
    shutil.copy(tmp_path / "reviewed.pdf", tmp_path / "draft.pdf")
    assert _cli("baseline", "create", "seed.md", "-o", "base.json", cwd=tmp_path)[0] == 0
    assert _cli("baseline", "add", "base.json", "draft.pdf", "--accept-unread", cwd=tmp_path)[0] == 0
    assert _cli("check", "--baseline", "base.json", "draft.pdf", cwd=tmp_path)[0] == 0
    shutil.copy(tmp_path / "other.pdf", tmp_path / "draft.pdf")
    real = check._analyse

    def analyse_then_swap(*args: object, **kwargs: object) -> object:
        out = real(*args, **kwargs)  # type: ignore[arg-type]
        shutil.copy(tmp_path / "reviewed.pdf", tmp_path / "draft.pdf")
        return out

    monkeypatch.setattr(check, "_analyse", analyse_then_swap)
    code, out, err = _cli("check", "--baseline", "base.json", "draft.pdf", cwd=tmp_path)
    assert code == 1 and "Accepted as not read" not in out
    assert "changed while nymaudit read it" in err


def _entry(salt: str, sha256: str) -> str:
    return hmac.new(KEY.encode(), f"{salt}\x1funread\x1f{sha256}".encode(), hashlib.sha256).hexdigest()


def test_keyed_baseline_stores_unread_files_keyed(tmp_path: Path) -> None:
    """In a keyed baseline the accepted file is stored as an HMAC of its sha256 under the key:
    whoever holds the scan cannot confirm it from the file. `show` prints the HMAC prefix and
    says it is one; `add` prints both."""
    _scans(tmp_path)
    assert _cli("baseline", "create", "seed.md", "-o", "base.json", cwd=tmp_path, key=KEY)[0] == 0
    code, _, err = _cli("baseline", "add", "base.json", "reviewed.pdf", "--accept-unread", cwd=tmp_path,
                        key=KEY)
    assert code == 0, err
    sha256 = hashlib.sha256((tmp_path / "reviewed.pdf").read_bytes()).hexdigest()
    doc = json.loads((tmp_path / "base.json").read_text())
    assert sha256 not in (tmp_path / "base.json").read_text()
    entry = _entry(doc["salt"], sha256)
    assert doc["unread"] == [entry] and doc["unread_digest"] == "hmac-sha256"
    assert f"sha256 {sha256[:12]}; stored keyed as {entry[:12]}" in err
    assert _cli("check", "--baseline", "base.json", "reviewed.pdf", cwd=tmp_path, key=KEY)[0] == 0
    assert _cli("check", "--baseline", "base.json", "other.pdf", cwd=tmp_path, key=KEY)[0] == 1
    code, out, _ = _cli("baseline", "show", "base.json", cwd=tmp_path, key=KEY)
    assert f"HMAC-SHA256 under the key {entry[:12]}" in out and sha256[:12] not in out


def test_keyed_baseline_with_unread_in_clear_still_loads_and_is_keyed_by_add(tmp_path: Path) -> None:
    """A keyed baseline `baseline add` wrote before (sha256 in clear, no `unread_digest`) still
    accepts its file; the next `add` with the key stores it keyed, and it is still accepted."""
    _scans(tmp_path)
    names = _drafts(tmp_path, 1)
    assert _cli("baseline", "create", "seed.md", "-o", "base.json", cwd=tmp_path, key=KEY)[0] == 0
    sha256 = hashlib.sha256((tmp_path / "reviewed.pdf").read_bytes()).hexdigest()
    doc = json.loads((tmp_path / "base.json").read_text())
    doc["unread"] = [sha256]
    (tmp_path / "base.json").write_text(json.dumps(doc))
    assert _cli("check", "--baseline", "base.json", "reviewed.pdf", cwd=tmp_path, key=KEY)[0] == 0
    code, out, _ = _cli("baseline", "show", "base.json", cwd=tmp_path, key=KEY)
    assert f"sha256 {sha256[:12]}, stored in clear" in out

    code, _, err = _cli("baseline", "add", "base.json", names[0], cwd=tmp_path, key=KEY)
    assert code == 0, err
    doc = json.loads((tmp_path / "base.json").read_text())
    assert doc["unread"] == [_entry(doc["salt"], sha256)] and doc["unread_digest"] == "hmac-sha256"
    assert _cli("check", "--baseline", "base.json", "reviewed.pdf", names[0], cwd=tmp_path, key=KEY)[0] == 0


def test_unkeyed_baseline_keeps_the_plain_sha256(tmp_path: Path) -> None:
    """Guard: an unkeyed file stores what `sha256sum` prints (nothing to key it with)."""
    _scans(tmp_path)
    assert _cli("baseline", "create", "seed.md", "-o", "base.json", cwd=tmp_path)[0] == 0
    assert _cli("baseline", "add", "base.json", "reviewed.pdf", "--accept-unread", cwd=tmp_path)[0] == 0
    sha256 = hashlib.sha256((tmp_path / "reviewed.pdf").read_bytes()).hexdigest()
    doc = json.loads((tmp_path / "base.json").read_text())
    assert doc["unread"] == [sha256] and "unread_digest" not in doc
    code, out, _ = _cli("baseline", "show", "base.json", cwd=tmp_path)
    assert f"(sha256 {sha256[:12]})" in out
