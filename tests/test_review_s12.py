"""Twelfth session, review rev12g of the day's last fixes (lead): false HIGH findings on ordinary
writing and a caveat on the wrong finding.

1. A bio "40 years with MS" (an illness), "Ten years with Arsenal", "30 years at Anfield" named an
   employer at HIGH: "N years at X" in a bio now needs X to read as an organisation, and "with" is
   no employer cue.
2. SELF022 fired on "Our manager Gareth Southgate" (a football team) and "Our head teacher Mrs
   Okafor" (a parent): "our" only with a role no fan or parent uses; non-person names kept out.
3. "I've been working at Starbucks on my novel" was an employer.
4. A .docx by "Alice Realname" holding a stock photo by "Phil Harvey": META012 about the author got
   the photo's caveat ("not necessarily about the document's writer").
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.text.disclosure import find


def _rules(text: str, profile: bool = False) -> list[tuple[str, str]]:
    return [(d.rule_id, d.value) for d in find(text, profile=profile)]


BIOS = ["40 years with MS", "10 years with Type 1 Diabetes", "Three years with Long Covid",
        "30 years at Anfield", "Five years at Oxford", "Ten years with Arsenal", "20 years at Glastonbury"]


@pytest.mark.parametrize("bio", BIOS)
def test_years_with_a_club_or_an_illness_is_no_employer(bio: str) -> None:
    assert not [r for r in _rules(f"bio: {bio}", profile=True) if r[0] == "SELF011"]


def test_years_at_an_organisation_still_is() -> None:
    assert ("SELF011", "Leeds City Council") in _rules("bio: 15 years at Leeds City Council", profile=True)


@pytest.mark.parametrize("text", ["Our manager Gareth Southgate finally picked the right midfield",
                                  "Our head teacher Mrs Okafor said at pick-up that trips are off",
                                  "my colleague Microsoft Teams crashed again",
                                  "my manager Christmas Eve plans"])
def test_fans_and_parents_name_no_colleague(text: str) -> None:
    assert not [r for r in _rules(text) if r[0] == "SELF022"]


def test_a_colleague_is_still_named() -> None:
    assert ("SELF022", "ward manager Sue Blackwood") in _rules("my ward manager Sue Blackwood is the best")
    assert ("SELF022", "ward manager Sue Blackwood") in _rules("Our ward manager Sue Blackwood retires")


def test_working_at_a_cafe_on_a_novel_is_no_employer() -> None:
    assert not _rules("I've been working at Starbucks on my novel every morning this month.")
    assert ("SELF011", "Tesco") in _rules("I've been working at Tesco for a decade.")


def test_a_pictures_caveat_stays_off_the_authors_own_finding(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    import piexif
    from PIL import Image

    photo = io.BytesIO()
    Image.new("RGB", (32, 24), (90, 90, 90)).save(photo, "JPEG", exif=piexif.dump(
        {"0th": {piexif.ImageIFD.Artist: b"Phil Harvey"}}))
    document = docx.Document()
    document.core_properties.author = "Alice Realname"
    document.add_paragraph("Briefing")
    document.add_picture(io.BytesIO(photo.getvalue()))
    path = tmp_path / "briefing.docx"
    document.save(str(path))
    result = CliRunner().invoke(app, ["meta", str(path), "--format", "json"])
    findings = [f for item in json.loads(result.stdout)["files"] for f in item.get("findings", [])]
    author = [f for f in findings if f["rule"] == "META012" and "Alice Realname" in f["message"]]
    assert author and "not necessarily about the document's writer" not in author[0]["message"]
