"""Runs of blank lines (red team s9, F1): patterns that could start at every newline of a
run and scan the rest of it were quadratic there. No timing: the inputs are so large
(200,000 newlines) that the old patterns run for hours, while the new ones take
milliseconds; the subprocess timeout is only a backstop against a hang."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from pathlib import Path

from nymaudit.style import habits
from nymaudit.style.text import clean_text
from nymaudit.text.normalize import LineMap, normalize

RUN = 200_000

_PIECES = ["\n", "\n\n", " \n", "\n ", "\r\n", "\t\n", "\n\u2028", "\u2028"]


def _run(code: str, timeout: float = 240) -> str:
    # A scan's exit status says whether it found something: the output is what is checked.
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout,
                          check=False)
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    return done.stdout


def test_disclosure_and_habits_stay_linear_on_runs_of_blank_lines() -> None:
    """The text as the detectors' patterns would see it without normalising (raw), each
    trigger word followed by a run of each kind of blank line: disclosure.find runs every
    pattern a scan runs, habits.collect every habit."""
    code = f"""
from nymaudit.text import disclosure
from nymaudit.style import habits
pieces = {_PIECES!r}
out = []
for piece in pieces:
    run = piece * ({RUN} // len(piece))
    for word in ("My morning commute", "I was diagnosed", "Rex", "my dog", "went"):
        out.append(len(disclosure.find(word + run + "x my dog Rex")))
    out.append(habits.collect(["Hello there." + run + "The end."]).counts["lowercase_sentence_start"])
    out.append(habits.collect(["Hello there." + run + "the end."]).counts["lowercase_sentence_start"])
print(out)
"""
    counts = eval(_run(code))  # noqa: S307 (our own output: a list of ints)
    assert len(counts) == 7 * len(_PIECES)
    lower = [counts[i * 7 + 6] for i in range(len(_PIECES))]
    # After a real blank line ("\n\n", " \n", ...) the lower-case "the" starts a sentence.
    assert lower[_PIECES.index("\n")] == 1 and lower[_PIECES.index(" \n")] == 1


def test_lowercase_sentence_start_counts_as_the_old_pattern() -> None:
    old = re.compile(r"(?:\A|\n\s*\n|[.!?] +)[a-z]")
    new = habits.HABITS["lowercase_sentence_start"][2]
    rnd = random.Random(9)
    pieces = ["a", "B", " ", "\n", "\t", ".", "!", " \n", "x", "\r", "\u2028", "\n\n", "? "]
    for _ in range(20_000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 20)))
        spans = [m.span() for m in old.finditer(text)]
        assert [m.span() for m in new.finditer(text) if m.group(1) is not None] == spans, text
        assert habits.collect([text]).counts["lowercase_sentence_start"] == len(spans) or not text.strip()
    # Many texts: past the first examples the rest is counted by findall (group 1 not empty).
    for _ in range(200):
        texts = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 30))).strip() or "a"
                 for _ in range(rnd.randint(1, 60))]
        expected = len(old.findall(habits.SEPARATOR.join(texts)))
        assert habits.collect(texts).counts["lowercase_sentence_start"] == expected


def test_normalize_keeps_one_blank_line_and_the_line_of_what_follows() -> None:
    raw = "First line.\n" + "\n \n\t\n" * 10 + "\n\nI was diagnosed with asthma.\nlast"
    text, _ = normalize(raw)
    assert text == "First line.\n\nI was diagnosed with asthma.\nlast"
    assert normalize("a\n\nb")[0] == "a\n\nb"  # one blank line: left alone
    line_map = LineMap.build(raw, text)
    assert line_map is not None
    assert line_map.line(text.index("I was")) == raw[: raw.index("I was")].count("\n") + 1
    assert line_map.line(text.index("last")) == raw.count("\n") + 1
    assert clean_text("Hello.\n\n\n\n  \n\nthe end") == "Hello.\n\nthe end"


def test_scan_of_a_note_with_200000_blank_lines(tmp_path: Path) -> None:
    """A Markdown note as a blog or `check` reads it: the disclosure after the run is
    found, on its own line of the file; the old code ran for hours here."""
    note = tmp_path / "notes" / "note.md"
    note.parent.mkdir()
    note.write_text("Hello there.\n" + "\n" * RUN + "My morning commute was fine.\n"
                    + "\n \n" * 1000 + "I was diagnosed with asthma.\n", encoding="utf-8")
    out = _run("import sys; from nymaudit.cli import main; sys.argv = ['nymaudit', 'scan', "
               f"{str(note.parent)!r}, '--format', 'json', '--no-redact']; main()")
    findings = json.loads(out)["findings"]
    lines = {f["rule"]: f["location"]["line"] for f in findings if f["rule"].startswith("SELF")}
    assert lines.get("SELF016") == RUN + 2, findings  # the commute
    assert lines.get("SELF014") == RUN + 3 + 2000, findings  # the diagnosis, after 1,000 "\n \n"


def test_git_identity_with_a_long_run_of_blanks_in_the_name() -> None:
    """A commit author's name as git prints it ("Name <email>"), with 1,000,000 blanks
    inside: each blank was a place to try "\\s*<" from (hours); now one pass."""
    code = ("from nymaudit.detectors.git_identity import email_of; "
            "print(email_of('Jo' + ' ' * 1_000_000 + 'Bloggs <jo@example.org>'), email_of('Jo <j@x.org>'))")
    assert _run(code, timeout=120).split() == ["jo@example.org", "j@x.org"]


def test_runs_of_other_white_space_reach_no_detector() -> None:
    """A line or paragraph separator (\\u2028, \\x1c ...) is white space to "\\s" but was kept by
    normalize(): 20,000 of them after "leeds" cost 88 s in the place pattern that looks for
    "traffic" after a lower-case name (it starts at every white space). Now each run is one space."""
    assert normalize("a\u2028\u2028\x1c\x85\u2029b")[0] == "a b"
    code = f"""
from nymaudit.text import places
from nymaudit.text.normalize import normalize
for ch in ("\\u2028", "\\x1c", "\\x85", "\\u2029"):
    text, _ = normalize("leeds" + ch * {RUN} + "x traffic is bad")
    assert len(text) < 30, len(text)
    places.mentions(text)
print("ok")
"""
    assert _run(code, timeout=120).strip() == "ok"
