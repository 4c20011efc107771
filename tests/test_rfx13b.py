"""rfx13b: review fixes of the thirteenth session (rev13c 7 and 8).

7. Ctrl-C while the command starts: the start-up handler raised SystemExit wherever the import
   happened to be, and inside rich's class creation Python wrapped it
   (``RuntimeError: Error calling __set_name__ ... ConsoleThreadLocals``, exit 1). The handler now
   only notes the Ctrl-C; ``main`` says the one line and exits 130.
8. ``--redact``: an offset after a time of day without seconds ("2025-06-01T22:15-05:00",
   "22:15-0500") or of hours alone ("22:15:00-05") kept its sign.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.report.redact import mask, mask_offsets

CONSOLE_SCRIPT = Path(sys.executable).parent / "nymaudit"
ONE_LINE = ["nymaudit: interrupted: no report written"]

# A sitecustomize that sends this process SIGINT at a fixed moment of its start-up, so each run
# is the same: "set_name:<class>" while a dataclass field of <class> gets its name (rich's
# ConsoleThreadLocals: the moment rev13c's 80 runs once hit), "twice:<module>" two Ctrl-Cs as
# <module> is imported.
SITECUSTOMIZE = '''
import os, signal, sys
where = os.environ.get("RFX13B_SIGINT_AT", "")
if where.startswith("set_name:"):
    owner_name = where[len("set_name:"):]

    def _profile(frame, event, arg):
        if event == "call" and frame.f_code.co_name == "__set_name__":
            owner = frame.f_locals.get("owner")
            if getattr(owner, "__name__", "") == owner_name:
                sys.setprofile(None)
                os.kill(os.getpid(), signal.SIGINT)

    sys.setprofile(_profile)
elif where.startswith("after:"):
    # after:<function of cli.py>:<class>: once that function was called, at the class's creation
    # ("weakref-callback": in the callback that frees an import's module lock, where Python
    # swallows the KeyboardInterrupt and prints "Exception ignored in ...").
    after, owner_name = where[len("after:"):].split(":")
    armed = []

    def _profile(frame, event, arg):
        code = frame.f_code
        if event != "call":
            return
        if not armed:
            if code.co_name == after and code.co_filename.endswith(os.path.join("nymaudit", "cli.py")):
                armed.append(True)
            return
        owner = getattr(frame.f_locals.get("owner"), "__name__", "")
        unraisable = (owner_name == "weakref-callback" and code.co_name == "cb"
                      and "importlib" in code.co_filename)
        if (code.co_name == "__set_name__" and owner == owner_name) or unraisable:
            sys.setprofile(None)
            open(os.environ["RFX13B_FIRED"], "w").close()
            os.kill(os.getpid(), signal.SIGINT)

    sys.setprofile(_profile)
elif where.startswith("twice:"):
    target = where[len("twice:"):]

    class _Interrupt:
        def find_spec(self, name, path=None, target_module=None):
            if name == target:
                sys.meta_path.remove(self)
                os.kill(os.getpid(), signal.SIGINT)
                os.kill(os.getpid(), signal.SIGINT)
            return None

    sys.meta_path.insert(0, _Interrupt())
'''


def _interrupted(tmp_path: Path, command: list[str], where: str) -> subprocess.CompletedProcess[bytes]:
    hook = tmp_path / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    # The package as the test run has it (installed, or a checkout on PYTHONPATH), after the hook.
    path = os.pathsep.join(filter(None, [str(hook), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path, "RFX13B_SIGINT_AT": where, "NO_COLOR": "1",
           "RFX13B_FIRED": str(tmp_path / "fired")}
    return subprocess.run(command, capture_output=True, env=env, cwd=tmp_path, timeout=120, check=False)


# ------------------------------------------------------------------ 7. Ctrl-C at start-up


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the console script is not installed")
def test_ctrl_c_inside_richs_class_creation_is_one_line_and_exit_130(tmp_path: Path) -> None:
    """rev13c 7: SystemExit raised in ``__set_name__`` became a RuntimeError traceback, exit 1."""
    posts = tmp_path / "post.md"
    posts.write_text("---\ntitle: A\ndate: 2025-06-01T10:00:00Z\n---\nHello.\n", encoding="utf-8")
    done = _interrupted(tmp_path, [str(CONSOLE_SCRIPT), "scan", str(posts)], "set_name:ConsoleThreadLocals")
    assert done.returncode == 130, done.stderr.decode()
    assert done.stderr.decode().splitlines() == ONE_LINE
    assert done.stdout == b""  # stopped before the scan: no report


def test_ctrl_c_inside_class_creation_under_python_m(tmp_path: Path) -> None:
    """The same moment through ``python -m nymaudit`` (its own import guard in __main__)."""
    done = _interrupted(tmp_path, [sys.executable, "-m", "nymaudit", "--version"],
                        "set_name:ConsoleThreadLocals")
    assert done.returncode == 130, done.stderr.decode()
    assert done.stderr.decode().splitlines() == ONE_LINE
    assert done.stdout == b""


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the console script is not installed")
@pytest.mark.parametrize(("after", "owner"), [
    ("main", "LazyClassAttribute"),  # while Typer parses the arguments (it imports pydantic then)
    ("scan", "ScanContext"),  # inside the command, as it imports the detectors
    ("scan", "weakref-callback"),  # swallowed by Python: the scan ran on, exit 0
])
def test_a_ctrl_c_that_python_wraps_later_is_still_one_line_and_exit_130(
        tmp_path: Path, after: str, owner: str) -> None:
    """After ``main`` Ctrl-C is Python's KeyboardInterrupt, and inside a class's creation Python
    3.11 wraps that too: a RuntimeError traceback, exit 1 (parsing), or "internal error:
    RuntimeError", exit 2 (the command). In a weakref callback it is lost ("Exception ignored",
    the report printed, exit 0)."""
    posts = tmp_path / "post.md"
    posts.write_text("---\ntitle: A\ndate: 2025-06-01T10:00:00Z\n---\nHello.\n", encoding="utf-8")
    done = _interrupted(tmp_path, [str(CONSOLE_SCRIPT), "scan", str(posts), "-f", "json"],
                        f"after:{after}:{owner}")
    if not (tmp_path / "fired").exists():
        pytest.skip(f"no {owner} is made after {after} with these library versions")
    assert done.returncode == 130, done.stderr.decode()
    assert done.stderr.decode().splitlines() == ONE_LINE
    assert done.stdout == b""


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the console script is not installed")
def test_ctrl_c_while_starting_with_standard_error_closed_still_exits_130(tmp_path: Path) -> None:
    """``2>&-``: Python leaves sys.stderr None and main's stand-in refuses the line; the exit
    code still says interrupted (it was 1)."""
    done = _interrupted(tmp_path, ["/bin/sh", "-c", 'exec "$0" "$@" 2>&-', str(CONSOLE_SCRIPT), "--version"],
                        "set_name:ConsoleThreadLocals")
    assert done.returncode == 130, done.stderr.decode()
    assert done.stdout == b""


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the console script is not installed")
def test_two_ctrl_cs_while_starting_leave_at_once_with_one_line(tmp_path: Path) -> None:
    """Guard: a second Ctrl-C does not wait for the imports, and the line is said once."""
    done = _interrupted(tmp_path, [str(CONSOLE_SCRIPT), "--version"], "twice:typer")
    assert done.returncode == 130, done.stderr.decode()
    assert done.stderr.decode().splitlines() == ONE_LINE
    assert done.stdout == b""


# ------------------------------------------------------------------ 8. offsets under --redact


def _shown(text: str) -> str:
    """A text as a redacted finding's evidence shows it: offsets first, then the word mask."""
    return mask(mask_offsets(text))


@pytest.mark.parametrize(("west", "shown"), [
    ("2025-06-01T22:15-05:00", "***-***-***:*** ***"),  # ISO 8601 without seconds
    ("time 22:15-0500", "*** ***:*** ***"),  # a compact offset after hh:mm
    ("created 2025-06-01T22:15:00-05", "*** ***-***-***:***:*** ***"),  # hours alone
    ("2025-06-01 22:15-05:00", "***-***-*** ***:*** ***"),  # a date, a space, hh:mm
    ("Sun, 1 Jun 2025 22:15-05:00", "***, *** *** *** ***:*** ***"),
    ("20250601T2215-0530", "*** ***"),  # ISO 8601 basic format
    ("at 12:30:00.123-03 sharp", "*** ***:***:***.*** *** ***"),
])
def test_an_offset_after_a_time_without_seconds_loses_its_sign(west: str, shown: str) -> None:
    east = west.replace("-05", "+05").replace("-03", "+03")
    assert _shown(west) == _shown(east) == shown


def test_a_clock_range_and_a_date_stay_as_written() -> None:
    """Guard: no time of day before, or a range without a date: not an offset."""
    ordinary = "2025-03-01, 555-1234, v1.2-1200, 08:00-12:00, room 10:00-11, 2025-06-01T10:00:00Z"
    assert mask_offsets(ordinary) == ordinary


@settings(max_examples=200, deadline=None)
@given(hours=st.integers(0, 14), minutes=st.sampled_from([None, 0, 30, 45]), colon=st.booleans(),
       before=st.sampled_from(["2025-06-01T22:15", "2025-06-01T22:15:07", "2025-06-01 22:15",
                               "1 Jun 2025 22:15", "20250601T2215", "22:15:07.5"]))
def test_no_sign_survives_after_any_time_of_day(hours: int, minutes: int | None, colon: bool,
                                                  before: str) -> None:
    digits = f"{hours:02d}" + ("" if minutes is None else f"{':' if colon else ''}{minutes:02d}")
    west, east = _shown(f"{before}-{digits} ok"), _shown(f"{before}+{digits} ok")
    # East has no "+" left and west reads the same: the sign is gone from both.
    assert west == east
    assert "+" not in east, east


def _scan_redacted(folder: Path) -> dict:  # type: ignore[type-arg]
    result = CliRunner().invoke(app, ["scan", str(folder), "-f", "json", "--redact"],
                                env={"COLUMNS": "100", "NYMAUDIT_REDACT": ""})
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_a_quoted_time_with_its_offset_reads_the_same_east_and_west_when_redacted(tmp_path: Path) -> None:
    """End to end: a post's own words quote a time and its offset; the disclosure that quotes
    the sentence shows it under --redact without the sign (west or east of Greenwich)."""
    shown = {}
    for side, sign in (("west", "-"), ("east", "+")):
        folder = tmp_path / side
        folder.mkdir()
        (folder / "post.md").write_text(
            "---\ntitle: Late\ndate: 2025-06-01T22:15:00Z\n---\n"
            f"Late again. Sent at 2025-06-01T22:15{sign}05:00 on my night shift, and again at "
            f"22:15{sign}0500.\n",
            encoding="utf-8")
        document = _scan_redacted(folder)
        quoting = [f for f in document["findings"]
                   if f["rule"].startswith("SELF") and "***:***" in f["evidence"]]
        assert quoting, document["findings"]
        shown[side] = [f["evidence"] for f in quoting]
        for evidence in shown[side]:
            assert not re.search(r":\*\*\*[+\-]", evidence), evidence  # a time, then a sign
    assert shown["west"] == shown["east"]


# ------------------------------------------------------------ rfx13 proposal 4 (META001 nearest place)


def test_a_geotags_nearest_place_is_fixed_whole_when_redacted() -> None:
    """Guard for rfx13's proposal to detectors/geotags.py: META001 with the nearest town in its
    evidence ("NearestPlace=...") and clue goes through the same location path as META010, so
    the town's name and the distance's shape are one FIXED, not masked letter by letter."""
    from nymaudit.metadata.places import nearest_place
    from nymaudit.model import Origin
    from nymaudit.report.redact import FIXED, redact_finding
    from nymaudit.rules import rule

    near = nearest_place(55.97, -3.18)
    assert near is not None and near.startswith("Edinburgh, GB")
    finding = rule("META001").finding(
        "1 post carries the platform's exact coordinates (records 1).",
        evidence=f"55.97012, -3.18034; NearestPlace={near}",
        location=Origin(path="posts.json", record="1"),
        clue_value=f"55.97, -3.18 (near {near})", severity="high")
    assert finding.clue is not None and finding.clue.kind == "location"
    redacted = redact_finding(finding)
    assert redacted.clue is not None and redacted.clue.value == FIXED
    assert redacted.evidence == f"{FIXED}; NearestPlace={FIXED}"
    shown = f"{redacted.message} {redacted.evidence} {redacted.clue.value}"
    assert "Edinburgh" not in shown and "55" not in shown and "km" not in shown


def test_meta029_counts_and_programs_stay_readable_when_redacted(tmp_path: Path) -> None:
    """mfx13b's proposal (lead): META029's evidence is the tool's own counts and its advice names
    Word, Excel, PowerPoint: under --redact they were "*** ***, *** ***" and "in ***, Excel"."""
    docx = pytest.importorskip("docx")

    path = tmp_path / "minutes.docx"
    document = docx.Document()
    paragraph = document.add_paragraph("The branch meets on Thursday.")
    document.core_properties.author = "Jane Whitfield"
    document.core_properties.last_modified_by = "Microsoft Macintosh Word"
    if not hasattr(document, "add_comment"):
        pytest.skip("python-docx without comments")
    document.add_comment(paragraph.runs, text="check the rota before we print this", author="Morag Baird")
    document.save(path)
    result = CliRunner().invoke(app, ["scan", str(path), "--format", "json", "--redact"])
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "META029"]
    assert found, result.stdout[:800]
    assert "1 comment, 7 words" in found[0]["message"] and "opens it in Word," in found[0]["message"]
    assert "Whitfield" not in result.stdout and "Morag" not in result.stdout and "rota" not in result.stdout
