"""fxP (sixteenth session, review rev16d item 8): the writer's pen-name sentence no longer hides a real
byline. "I post as NAME on LinkedIn" (a platform or workplace after it), "NAME, a pseudonym?" (a question)
and "No, that is my name" (a denial) call no name a pen name; a byline written surname first ("Okafor,
Daniel") or as initials and a surname ("D. Okafor") is compared with the --known writing's names."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner


def _json(args: list[str]) -> dict[str, Any]:
    from nymaudit.cli import app

    result = CliRunner().invoke(app, [*args, "--format", "json"], env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _draft(folder: Path, author: str, body: str) -> Path:
    """A folder of one Markdown draft with ``author`` in its front matter (a real blog draft's layout)."""
    folder.mkdir(parents=True)
    (folder / "d1.md").write_text(f"---\ntitle: Draft\nauthor: {author}\n---\n\n{body}\n", encoding="utf-8")
    return folder


def _self006(folder: Path, *extra: str) -> list[dict[str, Any]]:
    report = _json(["scan", str(folder), "--no-redact", *extra])
    return [f for f in report["findings"] if f["rule"] == "SELF006"]


def _real(tmp_path: Path) -> Path:
    """The --known writing: the real identity's minutes, signed Daniel Okafor."""
    real = tmp_path / "real"
    real.mkdir()
    (real / "w.md").write_text("---\ntitle: Minutes\nauthor: Daniel Okafor\n---\n\nMinutes of the planning "
                               "committee, kept for the team.\n", encoding="utf-8")
    return real


@pytest.mark.parametrize("sentence", [
    "I post as Daniel Okafor on LinkedIn, so keep it civil.",
    "I write as Daniel Okafor at work, and as nobody here.",
    "Daniel Okafor, a pseudonym? No, that is my name on the council website.",
    "Is Daniel Okafor my pen name? People ask.",
    "Daniel Okafor, my pen name? No, it's my real name.",
])
def test_a_sentence_that_names_no_pen_name_leaves_the_byline(tmp_path: Path, sentence: str) -> None:
    """rev16d 8: each of these dismissed `author: Daniel Okafor`; a real name the writer posts under on
    LinkedIn, or denies is a pen name, is the opposite of a pen name: medium, low confidence, as with
    no sentence at all."""
    drafts = _draft(tmp_path / "d", "Daniel Okafor", f"Some thoughts on the council meeting. {sentence}")
    [byline] = _self006(drafts)
    assert (byline["severity"], byline["confidence"]) == ("medium", "low")
    assert "Daniel Okafor" in byline["message"]


@pytest.mark.parametrize("sentence", [
    "I write as Jane Marple here.",
    "I post as Jane Marple on this blog.",
    "I write as Jane Marple on Sundays.",
    "Posted as Jane Marple, my pen name.",
    "Jane Marple is not my real name.",
])
def test_a_pen_name_the_writer_states_is_still_no_finding(tmp_path: Path, sentence: str) -> None:
    """Guard: a pen name stated plainly (no platform, no question, no denial) still dismisses the byline."""
    drafts = _draft(tmp_path / "d", "Jane Marple", f"Thoughts on the council meeting. {sentence}")
    assert _self006(drafts) == []


@pytest.mark.parametrize("byline", ["Okafor, Daniel", "D. Okafor", "D.C. Okafor"])
def test_surname_first_and_initials_bylines_match_the_known_writing(tmp_path: Path, byline: str) -> None:
    """rev16d 8: "Okafor, Daniel" and "D. Okafor" against --known writing signed Daniel Okafor gave
    nothing; they are its name written another way: high, of high confidence."""
    drafts = _draft(tmp_path / "d", byline, "Some thoughts on the council meeting.")
    [found] = _self006(drafts, "--known", f"work={_real(tmp_path)}")
    assert (found["severity"], found["confidence"]) == ("high", "high")
    assert "your --known writing goes by" in found["message"]


def test_surname_first_byline_reads_as_a_name_without_known(tmp_path: Path) -> None:
    """rev16d 8: "Okafor, Daniel" alone is a person's name written surname first: medium, low confidence."""
    [found] = _self006(_draft(tmp_path / "d", "Okafor, Daniel", "Some thoughts on the council meeting."))
    assert (found["severity"], found["confidence"]) == ("medium", "low")


@pytest.mark.parametrize("byline", ["J. Okafor", "D. Smith", "Smith, Jane"])
def test_other_initials_or_names_are_no_match(tmp_path: Path, byline: str) -> None:
    """Guard: an initial of another given name, or another name, is not the --known writing's name."""
    found = _self006(_draft(tmp_path / "d", byline, "Some thoughts."), "--known", f"work={_real(tmp_path)}")
    assert found == []


def test_initials_without_known_writing_give_nothing(tmp_path: Path) -> None:
    """Guard: "D. Okafor" alone is too short to read as a person's name (as before)."""
    assert _self006(_draft(tmp_path / "d", "D. Okafor", "Some thoughts on the council meeting.")) == []
