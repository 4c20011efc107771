"""Thirteenth session (rep13): report leftovers.

1. ``--redact`` hid a UTC offset's digits but kept its sign ("OffsetTimeOriginal=-***:***"):
   the sign alone says west or east of Greenwich.
2. A software value made of terminal escape sequences kept fragments when redacted
   ("Software=[*** [***", red team): such values are masked whole.
3. Azure Pipelines' "##vso[...]" logging commands from an input are disarmed like GitHub's.
4. A terminal that shows ASCII only (PYTHONIOENCODING=ascii, a C locale without UTF-8,
   TERM=dumb) gets ASCII boxes and bars; JSON and HTML stay valid on such a stream.
5. A post's own "[word]" read "[***]" under --redact, like the mark of the finding's subject.
6. Ctrl-C while the command starts (imports, before ``main``'s own handling) printed a
   traceback: one line and exit 130.
7. An input that could not be read is said beside the overall risk ("risk NONE" beside an
   unreadable photo read as "nothing to fix"); the JSON contract is unchanged.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import piexif
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.console import Environment, disarm_ci_commands, dumps_json
from nymaudit.report.redact import mask, mask_offsets


def _scan(*args: str, code: tuple[int, ...] = (0, 1)) -> str:
    result = CliRunner().invoke(app, ["scan", *args], env={"COLUMNS": "100", "NYMAUDIT_REDACT": ""})
    assert result.exit_code in code, result.output
    return result.stdout


def _posts(folder: Path, texts: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps({"timestamp": f"2025-03-{1 + i % 27:02d}T{8 + i % 12:02d}:15:00Z", "text": text})
             for i, text in enumerate(texts)]
    (folder / "posts.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _photo(path: Path, zeroth: dict[int, bytes] | None = None, exif: dict[int, bytes] | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (24, 24), "red").save(path, exif=piexif.dump({"0th": zeroth or {}, "Exif": exif or {}}))
    return path


def _findings(document: str, rule: str) -> list[dict]:  # type: ignore[type-arg]
    return [f for f in json.loads(document)["findings"] if f["rule"] == rule]


# ------------------------------------------------------------------ 1. an offset's sign


def test_a_photos_utc_offset_reads_the_same_east_and_west_of_greenwich(tmp_path: Path) -> None:
    shown = {}
    for name, offset in (("west", b"-05:00"), ("east", b"+05:00")):
        _photo(tmp_path / name / "photo.jpg", exif={piexif.ExifIFD.DateTimeOriginal: b"2025:03:01 22:15:00",
                                                    piexif.ExifIFD.OffsetTimeOriginal: offset})
        plain = _findings(_scan(str(tmp_path / name), "-f", "json"), "META014")
        assert plain and plain[0]["evidence"].endswith(f"OffsetTimeOriginal={offset.decode()}")
        redacted = _findings(_scan(str(tmp_path / name), "-f", "json", "--redact"), "META014")
        shown[name] = (redacted[0]["message"], redacted[0]["evidence"], redacted[0]["clue"])
        assert redacted[0]["evidence"].endswith("OffsetTimeOriginal=***"), redacted[0]
        assert not re.search(r"[+\-]\*", redacted[0]["evidence"] + redacted[0]["message"])
    assert shown["west"] == shown["east"]


def _shown(text: str) -> str:
    """A text as a redacted finding's evidence shows it: offsets first, then the word mask."""
    return mask(mask_offsets(text))


def test_an_offset_after_a_time_or_alone_loses_its_sign() -> None:
    west = _shown("2025-03-01T22:15:00-05:00")
    assert west == _shown("2025-03-01T22:15:00+05:00") == "***-***-***:***:*** ***"
    assert _shown("22:15:00.123+0530") == _shown("22:15:00.123-0530")
    assert _shown("Date: Tue Mar 4 2025 +0100") == _shown("Date: Tue Mar 4 2025 -0100")
    assert _shown("Date: Tue Mar 4 2025 +0100") == "***: *** *** *** *** ***"
    assert _shown("UTC-5") == _shown("UTC+5") == "***"
    assert mask_offsets("taken at 22:15:00-05:00, offset -05:00") == "taken at 22:15:00 ***, offset ***"
    # Not an offset: a date, a phone number's parts, a version, a clock range.
    ordinary = "2025-03-01, 555-1234, v1.2-1200, 08:00-12:00"
    assert mask_offsets(ordinary) == ordinary


@settings(max_examples=200, deadline=None)
@given(hours=st.integers(0, 14), minutes=st.sampled_from([0, 30, 45]), colon=st.booleans(),
       before=st.sampled_from(["", "taken ", "22:15:07", "2025:03:01 22:15:07", "offset="]))
def test_no_sign_survives_for_any_offset(hours: int, minutes: int, colon: bool, before: str) -> None:
    digits = f"{hours:02d}{':' if colon else ''}{minutes:02d}"
    west, east = _shown(f"{before}-{digits}"), _shown(f"{before}+{digits}")
    assert west == east
    assert "+" not in east and "-" not in west


def test_meta_redact_shows_an_offset_and_an_escape_sequence_value_whole(tmp_path: Path) -> None:
    photo = _photo(tmp_path / "photo.jpg", zeroth={piexif.ImageIFD.Software: b"\x1b[1;31mAdobe\x1b[0m"},
                   exif={piexif.ExifIFD.OffsetTimeOriginal: b"-05:00"})
    result = CliRunner().invoke(app, ["meta", str(photo), "-f", "json", "--redact"],
                                env={"NYMAUDIT_REDACT": ""})
    assert result.exit_code in (0, 1), result.output
    shown = {field["name"]: field["value"] for item in json.loads(result.stdout)["files"]
             for field in item["fields"]}
    assert shown["OffsetTimeOriginal"] == "***" and shown["Software"] == "***", shown


# ------------------------------------------------------------------ 2. escape-sequence values


ESCAPED_SOFTWARE = {"colour.jpg": b"\x1b[31m\x1b[0m", "title.jpg": b"\x1b]0;owned\x07ok",
                    "bold.jpg": b"\x1b[1;31mAdobe\x1b[0m"}


def test_a_software_value_made_of_escape_sequences_is_masked_whole(tmp_path: Path) -> None:
    for name, value in ESCAPED_SOFTWARE.items():
        _photo(tmp_path / "in" / name, zeroth={piexif.ImageIFD.Software: value})
    _photo(tmp_path / "in" / "plain.jpg", zeroth={piexif.ImageIFD.Software: b"GIMP 2.10.34"})
    document = _scan(str(tmp_path / "in"), "-f", "json", "--redact")
    found = _findings(document, "META017")
    assert len(found) == 4
    # Each escape-sequence value whole, an ordinary value as before.
    assert sorted(f["evidence"] for f in found) == ["Software=***"] * 3 + ["Software=*** ***.***.***"]
    for finding in found:
        if finding["evidence"] == "Software=***":
            assert finding["clue"]["value"] == "***"
            # The tool's own word stays (the field name "Software" was hunted as a value's word).
            assert finding["message"].endswith(" names the software that made or edited it: ***."), finding
    clues = json.loads(document)["profile"]["clues"]["software"]
    assert sorted(c["value"] for c in clues) == ["***", "***", "***", "*** ***.***.***"]
    terminal = _scan(str(tmp_path / "in"), "--redact")
    assert not re.search(r"[\[\];]\*\*\*|\*\*\*[\[\];]", terminal), terminal


# ------------------------------------------------------------------ 3. Azure Pipelines commands


AZURE = "##vso[task.setvariable variable=DEPLOY_TOKEN]stolen"


def test_azure_logging_commands_are_disarmed_in_every_printed_format(tmp_path: Path) -> None:
    posts = _posts(tmp_path / "in", [f"I work as a nurse at the Royal Infirmary {AZURE}",
                                     "##VSO[task.prependpath]/tmp/evil and ##[group]x"] * 3)
    for fmt in ("terminal", "markdown"):
        out = _scan(str(posts), "-f", fmt)
        assert "nurse" in out
        assert not re.search(r"##(?:vso)?\[", out, re.IGNORECASE), fmt
    assert "# #vso[task.setvariable" in _scan(str(posts))
    for fmt in ("json", "sarif"):
        out = _scan(str(posts), "-f", fmt, "--no-redact")
        assert not re.search(r"##(?:vso)?\[", out, re.IGNORECASE), fmt
        assert AZURE in json.dumps(json.loads(out), ensure_ascii=False)  # the data is unchanged


def test_an_error_line_naming_an_azure_command_is_disarmed() -> None:
    stderr = io.StringIO()
    Environment(stderr=stderr).error_line(f"cannot read {AZURE}.json: not valid JSON")
    assert "##vso[" not in stderr.getvalue() and "# #vso[task" in stderr.getvalue()
    disarmed = disarm_ci_commands("a ##Vso[task.complete result=Succeeded]")
    assert disarmed == "a # #Vso[task.complete result=Succeeded]"
    assert "\\u0023vso[" in dumps_json({"text": AZURE})


# ------------------------------------------------------------------ 4. ASCII terminals


def _run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    full = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "LANG", "LC_ALL", "TERM")}
    full.update({"COLUMNS": "100", "NYMAUDIT_REDACT": ""}, **env)
    return subprocess.run([sys.executable, "-m", "nymaudit", *args], capture_output=True, env=full, cwd=cwd,
                          timeout=300, check=False)


def _heatmap_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if re.match(r"(Mon|Tue|Wed|Thu|Fri|Sat|Sun)  ", line)]


@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"},
                                 {"LANG": "C", "LC_ALL": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0"}],
                         ids=["pythonioencoding", "c-locale"])
def test_an_ascii_stream_gets_ascii_boxes_and_bars(tmp_path: Path, env: dict[str, str]) -> None:
    posts = _posts(tmp_path / "in", ["I live in Zürich — near the lake…"] + ["Nice weather today."] * 20)
    done = _run(["scan", str(posts)], env, tmp_path)
    assert done.returncode in (0, 1), done.stderr
    text = done.stdout.decode("ascii")  # nothing but ASCII
    assert "\\u" not in text.replace("Z\\xfcrich", "") and "\\x" not in text.replace("Z\\xfcrich", "")
    assert "+-" in text and "overall risk" in text  # rich's ASCII box
    heatmap = _heatmap_lines(text)
    assert len(heatmap) == 7 and "#" in "".join(heatmap) and "." in "".join(heatmap)
    assert b"Traceback" not in done.stderr and b"UnicodeEncodeError" not in done.stderr


@pytest.mark.parametrize("fmt", ["json", "sarif", "html"])
def test_json_sarif_and_html_stay_valid_on_an_ascii_stream(tmp_path: Path, fmt: str) -> None:
    posts = _posts(tmp_path / "in", ["I live in Zürich and work as a nurse — every day…"] * 3)
    done = _run(["scan", str(posts), "-f", fmt, "--no-redact"], {"PYTHONIOENCODING": "ascii"}, tmp_path)
    assert done.returncode in (0, 1), done.stderr
    text = done.stdout.decode("ascii")
    if fmt == "html":
        assert "Z&#xFC;rich" in text and "\\xfc" not in text
    else:
        # The stream's backslashreplace wrote "Z\xfcrich", an escape no JSON parser accepts.
        assert "Zürich" in json.dumps(json.loads(text), ensure_ascii=False)


def test_term_dumb_on_a_terminal_gets_ascii_and_a_utf8_pipe_keeps_the_boxes(tmp_path: Path) -> None:
    pty = pytest.importorskip("pty")
    posts = _posts(tmp_path / "in", ["Nice weather today."] * 20)
    piped = _run(["scan", str(posts)], {"TERM": "dumb", "PYTHONIOENCODING": "utf-8"}, tmp_path)
    assert "█".encode() in piped.stdout  # a pipe: TERM names no terminal there
    leader, follower = pty.openpty()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "NO_COLOR", "FORCE_COLOR")}
    env.update({"TERM": "dumb", "COLUMNS": "100", "NYMAUDIT_REDACT": "", "NO_COLOR": "1"})
    proc = subprocess.Popen([sys.executable, "-m", "nymaudit", "scan", str(posts)], stdout=follower,
                            stderr=subprocess.PIPE, env=env, cwd=tmp_path)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert proc.wait(timeout=300) in (0, 1), proc.stderr.read() if proc.stderr else ""
    shown = b"".join(chunks)
    assert shown and shown.isascii(), shown
    assert len(_heatmap_lines(shown.decode().replace("\r", ""))) == 7


# ------------------------------------------------------------------ 5. a post's own brackets


def test_a_posts_own_bracketed_word_does_not_read_as_the_subject_mark(tmp_path: Path) -> None:
    posts = _posts(tmp_path / "in", ["[update] I live in Horsforth and love it.",
                                     "Write to me at [at] jane.doe@proton.me [dot] com"])
    document = _scan(str(posts), "-f", "json", "--redact")
    place = _findings(document, "PLACE002")
    assert place and place[0]["evidence"] == "(***) *** *** *** [***] *** *** ***."
    address = _findings(document, "SELF001")
    assert address and address[0]["evidence"].count("[") == 1 and "[***@***]" in address[0]["evidence"]
    unredacted = _findings(_scan(str(posts), "-f", "json"), "PLACE002")
    assert unredacted[0]["evidence"].startswith("[update]")  # only the masked copy changes


# ------------------------------------------------------------------ 6. Ctrl-C while starting


SITECUSTOMIZE = '''
import os, signal, sys
where = os.environ.get("REP13_SIGINT_AT", "")
if where.startswith("import:"):
    target = where[len("import:"):]

    class _Interrupt:
        def find_spec(self, name, path=None, target_module=None):
            if name == target:
                sys.meta_path.remove(self)
                os.kill(os.getpid(), signal.SIGINT)
            return None

    sys.meta_path.insert(0, _Interrupt())
elif where.startswith("call:"):
    target = where[len("call:"):]

    def _profile(frame, event, arg):
        code = frame.f_code
        ours = code.co_filename.endswith(os.path.join("nymaudit", "cli.py"))
        if event == "call" and code.co_name == target and ours:
            sys.setprofile(None)
            os.kill(os.getpid(), signal.SIGINT)

    sys.setprofile(_profile)
'''


def _interrupted(tmp_path: Path, command: list[str], where: str) -> subprocess.CompletedProcess[bytes]:
    """Run ``command`` with a SIGINT sent to itself at a fixed point (an import, a call): a
    sitecustomize on PYTHONPATH does it, so the moment is the same on every run."""
    hook = tmp_path / "hook"
    hook.mkdir(exist_ok=True)
    (hook / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    # The package as the test run has it (installed, or a checkout on PYTHONPATH), after the hook.
    path = os.pathsep.join(filter(None, [str(hook), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": path, "REP13_SIGINT_AT": where}
    return subprocess.run(command, capture_output=True, env=env, cwd=tmp_path, timeout=120, check=False)


CONSOLE_SCRIPT = Path(sys.executable).parent / "nymaudit"


@pytest.mark.skipif(not CONSOLE_SCRIPT.exists(), reason="the console script is not installed")
@pytest.mark.parametrize("where", ["import:typer", "import:rich.console", "call:main"])
def test_ctrl_c_while_the_console_script_starts_prints_one_line(tmp_path: Path, where: str) -> None:
    done = _interrupted(tmp_path, [str(CONSOLE_SCRIPT), "--version"], where)
    assert done.returncode == 130, done.stderr
    assert done.stderr.decode().splitlines() == ["nymaudit: interrupted: no report written"]
    assert done.stdout == b""


def test_ctrl_c_between_the_imports_and_main_prints_one_line(tmp_path: Path) -> None:
    done = _interrupted(tmp_path, [sys.executable, "-m", "nymaudit", "--version"], "call:main")
    assert done.returncode == 130, done.stderr
    assert done.stderr.decode().splitlines() == ["nymaudit: interrupted: no report written"]


def test_a_program_that_imports_the_cli_keeps_its_ctrl_c(tmp_path: Path) -> None:
    """Guard: the start-up handler is the command's alone."""
    done = subprocess.run([sys.executable, "-c", "import signal, nymaudit.cli; "
                           "print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)"],
                          capture_output=True, cwd=tmp_path, timeout=120, check=False)
    assert done.stdout.decode().strip() == "True", done.stderr


# ------------------------------------------------------------------ 7. unread inputs beside the risk


def _archive_with_a_damaged_photo(tmp_path: Path) -> Path:
    photo = io.BytesIO()
    Image.new("RGB", (16, 16), "blue").save(photo, "JPEG")
    data = photo.getvalue()
    posts = "".join(json.dumps({"timestamp": "2025-03-01T12:00:00Z", "text": "Nice weather today."}) + "\n"
                    for _ in range(3))
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("posts.jsonl", posts)
        zf.writestr("photo.jpg", data)
    raw = bytearray(archive.read_bytes())
    raw[raw.find(data[100:120]) + 5] ^= 0xFF  # the photo's bytes no longer match its CRC-32
    archive.write_bytes(bytes(raw))
    return archive


def test_an_unread_photo_is_said_beside_the_overall_risk(tmp_path: Path) -> None:
    archive = _archive_with_a_damaged_photo(tmp_path)
    document = json.loads(_scan(str(archive), "-f", "json"))
    assert document["summary"]["risk"] == "none"  # the contract: input errors are no risk
    assert document["inputs"][0]["errors"]
    terminal = _scan(str(archive))
    assert "overall risk: NONE" in terminal
    assert "not read:" in terminal and "the risk may be higher than NONE" in " ".join(terminal.split())
    assert terminal.index("not read:") < terminal.index("Inputs")
    markdown = _scan(str(archive), "-f", "markdown")
    assert "> **Not read:** 1 part of the inputs could not be read" in markdown
    assert markdown.index("**Not read:**") < markdown.index("## Inputs")
    page = _scan(str(archive), "-f", "html")
    assert "<strong>Not read:</strong> 1 part of the inputs could not be read" in page
    assert "may be higher than NONE" in page
    # SARIF says it as a tool execution notification already.
    sarif = json.loads(_scan(str(archive), "-f", "sarif"))
    assert sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]


def test_no_note_when_every_input_was_read(tmp_path: Path) -> None:
    """Guard: a clean scan says nothing about unread inputs."""
    posts = _posts(tmp_path / "in", ["Nice weather today."] * 3)
    assert "not read:" not in _scan(str(posts))
    assert "Not read:" not in _scan(str(posts), "-f", "markdown")
