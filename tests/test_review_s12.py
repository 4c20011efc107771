"""Twelfth session, reviews rev12g and rev12f of the day's last fixes (lead): false HIGH findings on ordinary
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


# -- review rev12f of the day's last fixes ---------------------------------------------------

POST = "---\ndate: 2025-07-01 19:10:00 +0200\n---\n{}\n"


def _site_with_linked_photos(tmp_path: Path, count: int, folder: str = "assets") -> Path:
    import os

    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (tmp_path / "lib").mkdir()
    (site / folder).mkdir(parents=True)
    for i in range(1, count + 1):
        (tmp_path / "lib" / f"p{i}.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
        os.symlink(tmp_path / "lib" / f"p{i}.jpg", site / folder / f"p{i}.jpg")
        (site / "_posts" / f"2025-07-{i:02d}-day.md").write_text(
            POST.format(f"A day out. ![x](/{folder}/p{i}.jpg)"), encoding="utf-8")
    return site


def test_every_post_behind_a_link_is_said_not_the_first_twenty(tmp_path: Path) -> None:
    """rev12f 4: only the first 20 links were kept, so posts 21-25's photos went unsaid."""
    from nymaudit.sources.detect import read_input

    summary = read_input(_site_with_linked_photos(tmp_path, 25)).inputs[0]
    embeds = [e for e in summary.errors if e.error.startswith("embeds /assets/")]
    assert len(embeds) == 25 and "give the file itself" in embeds[0].error


def test_a_folder_named_env_is_not_a_tools_folder(tmp_path: Path) -> None:
    """rev12f 5: any folder named env hid its links (a Hugo static/env of field photos)."""
    from nymaudit.sources.detect import read_input

    summary = read_input(_site_with_linked_photos(tmp_path, 1, folder="env")).inputs[0]
    assert [e.error.split(",")[0] for e in summary.errors] == ["embeds /env/p1.jpg"]


def test_a_link_into_git_annex_is_said(tmp_path: Path) -> None:
    """rev12f 2: a git-annex photo is a link into .git/annex/objects, inside the input but in a
    folder the walk never reads: it was neither read nor said."""
    import os

    from nymaudit.sources.detect import read_input

    site = tmp_path / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "assets").mkdir()
    (site / "_config.yml").write_text("title: t\n", encoding="utf-8")
    annexed = site / ".git" / "annex" / "objects" / "Xx" / "Yy" / "KEY" / "KEY"
    annexed.parent.mkdir(parents=True)
    annexed.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    os.symlink("../.git/annex/objects/Xx/Yy/KEY/KEY", site / "assets" / "rhein.jpg")
    (site / "_posts" / "2025-07-01-rhein.md").write_text(POST.format("![x](/assets/rhein.jpg)"),
                                                         encoding="utf-8")
    summary = read_input(site).inputs[0]
    assert [e.error.split(",")[0] for e in summary.errors] == ["embeds /assets/rhein.jpg"]


def test_the_not_followed_note_is_masked_under_redact(tmp_path: Path) -> None:
    """rev12f 1: the note listed a linked file's name ("jane-whitfield-passport.jpg") in clear
    under --redact and in the default SARIF."""
    import os

    site = tmp_path / "site"
    (site / "content" / "posts" / "trip").mkdir(parents=True)
    (site / "hugo.toml").write_text('title = "t"\n', encoding="utf-8")
    quiet = POST.format("A quiet day at home.")
    (site / "content" / "posts" / "quiet.md").write_text(quiet, encoding="utf-8")
    (tmp_path / "jane-whitfield-passport.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    os.symlink(tmp_path / "jane-whitfield-passport.jpg",
               site / "content" / "posts" / "trip" / "jane-whitfield-passport.jpg")
    for args in (["--redact", "-f", "json"], ["-f", "sarif"]):
        result = CliRunner().invoke(app, ["scan", str(site), *args])
        assert "not followed" in result.stdout and "whitfield" not in result.stdout, args


def test_a_london_phone_in_winter_is_not_outvoted_by_one_trip_photo() -> None:
    """rev12f 3: four winter days at +00:00 weighed a quarter each and tied with one Paris photo
    at +01:00; the zone became Lagos/Berlin."""
    from datetime import datetime

    from nymaudit.timing.photos import PhotoClock, reading

    days = [datetime(2025, 1, 11, 11), datetime(2025, 1, 25, 11), datetime(2025, 2, 8, 11),
            datetime(2025, 2, 22, 11)]
    clocks = [PhotoClock(f"p{i}.jpg", f"p{i}.jpg", 0, "OffsetTimeOriginal", day)
              for i, day in enumerate(days)]
    clocks.append(PhotoClock("p5.jpg", "p5.jpg", 60, "OffsetTimeOriginal", datetime(2025, 3, 1, 11)))
    found = reading(clocks)
    assert found is not None and "Europe/London" in found.zones


def test_an_album_photo_with_an_odd_uri_does_not_end_the_reader(tmp_path: Path) -> None:
    """rev12f 9: a non-string photo uri in posts/album/N.json raised TypeError ("unhashable type")
    and the Facebook reader stopped: the later album photos were lost."""
    from archive_builders import write_tree
    from nymaudit.sources.detect import read_input

    fb = "your_facebook_activity/"
    posts = [{"timestamp": 1740900000, "data": [{"post": "Lovely walk today."}]}]
    album = {"name": "Mobile uploads", "description": "Our flat.",
             "photos": [{"uri": {"x": 1}, "creation_timestamp": 1740900000, "description": "The view."},
                        {"uri": ["a"], "creation_timestamp": 1740900000, "description": "second"},
                        {"uri": "p/3.jpg", "creation_timestamp": 1740900000, "description": "third"}]}
    folder = write_tree(tmp_path / "fb", {
        fb + "posts/your_posts__check_ins__photos_and_videos_1.json": json.dumps(posts),
        fb + "posts/album/0.json": json.dumps(album)}, zip=False)
    summary = read_input(folder).inputs[0]
    texts = {p.text for p in read_input(folder).posts}
    assert not [e for e in summary.errors if "failed" in e.error]
    assert {"The view.", "second", "third"} <= texts


def test_an_unclosed_pullquote_paragraph_does_not_unquote_the_page() -> None:
    """rev12f 7: <p class="pullquote"> (closed implicitly in HTML5) kept every later <blockquote>
    the writer's own: a neighbour's quoted letter gave a family finding."""
    from nymaudit.sources.html_text import html_to_text

    text = html_to_text('<p class="pullquote">Big words<p>Later:'
                        '<blockquote>My husband left</blockquote><p>end')
    assert "> My husband left" in text
    kept = html_to_text('<figure class="wp-block-pullquote"><blockquote><p>I am a nurse at X</p>'
                        '</blockquote></figure><blockquote>quoted</blockquote>')
    assert "> I am a nurse" not in kept and "> quoted" in kept


def test_a_parody_or_role_play_bio_is_no_job_of_the_writer() -> None:
    """rev12g 5: "Nurse at Holby City Hospital. Fan account, RP." was the writer's job."""
    assert not _rules("bio: Nurse at Holby City Hospital. Fan account, RP.", profile=True)
    assert not _rules("bio: Parody account. Chief Executive at Tesco", profile=True)
    assert ("SELF010", "Staff nurse") in _rules("bio: Staff nurse at St Thomas' Hospital. Robotics fan.",
                                                profile=True)


def test_a_sign_off_that_opens_with_a_stock_phrase_is_still_a_tic() -> None:
    """rev12f 6: "thanks so much for reading my ramblings from the fens" in 16 of 24 posts was
    dropped because it contains a stock phrase; "have a lovely day" alone stays out."""
    from nymaudit.style.habits import recurring_phrases

    topics = ["the garden", "the allotment", "a long walk", "the library", "the bus", "the market",
              "the rain", "a new book", "the river", "the school run", "the kettle", "a jigsaw",
              "the choir", "the bird feeder", "a car boot sale", "the compost heap", "the pond",
              "the cat", "the bakery", "the canal", "a quiz", "the fog", "the dentist", "the ferry"]
    posts = [f"Some thoughts on {t} and what came of it, more or less as planned." for t in topics]
    posts = [p + (" Thanks so much for reading my ramblings from the fens." if i < 16 else
                  " Have a lovely day.") for i, p in enumerate(posts)]
    found = [h["phrase"] for h in recurring_phrases(posts)]
    assert any("ramblings from the fens" in p for p in found), found
    assert not any(p.strip() == "have a lovely day" for p in found), found


def test_grouped_labels_read_well_in_the_plural() -> None:
    from nymaudit.scan import _group_label

    label = "comment on a post: everyone who can read that post reads it"
    message = "Names Leeds in 5 posts (first: a.json#1, b.json#2, c.json#3, d.json#4, e.json#5)."
    assert _group_label(message, label, {}) != label  # the grouped form is taken (not a no-op test)
    shown = {"a.json#1": label, "b.json#2": label}
    said = _group_label(message, label, shown)
    assert said.startswith("2 of 5 are each a comment on a post"), said


def test_a_saints_possessive_alone_is_no_town() -> None:
    """walk12b 2: "at St Thomas'" (the hospital, as its staff say it) was St. Thomas, Ontario, at
    medium confidence in the dossier."""
    from nymaudit.text.places import mentions

    assert not mentions("Another night shift at St Thomas' and I'm exhausted.")
    assert not mentions("Long day at St Thomas's today.")
    assert [m.surface for m in mentions("We drove to St Thomas, Ontario last summer.")][:1] == ["St Thomas"]
    assert [m.surface for m in mentions("Back on St Mary's for the week.")] == ["St Mary's"]


def test_photos_of_three_days_on_another_clock_cap_the_hours_at_medium() -> None:
    """walk12b 3: a London night-shift nurse (403 posts) read as the Azores at high beside three
    London photos of three days (TIME009 high); TIME002 and the timing section said high."""
    from nymaudit.timing.core import TimingResult

    result = TimingResult.__new__(TimingResult)
    result.posted_probability, result.offset_confidence, result.confidence_capped = 0.98, "high", False
    result.offset_read, result.posts, result.photos_disagree = False, 403, True
    assert result.posted_confidence() == "medium"
    result.photos_disagree = False
    assert result.posted_confidence() == "high"  # end to end: test_tim12 (New York hours, Berlin photos)


def test_places_quoted_from_others_are_not_the_writers() -> None:
    """walk12b 6: replies quoting the person answered ("I live in Peckham", “as a GP in Croydon”)
    made "2 mentions within 15 km of Croydon"; "@ward_sister_jo > My husband Dave works nights"
    was the writer's husband."""
    from nymaudit.text.places import mentions

    assert not mentions('@bob_rn "I\'m a nurse at King\'s College Hospital and I live in Peckham" - '
                        "then you know exactly what I mean.")
    assert not mentions("@healthpolicy_uk You wrote “as a GP in Croydon I see this daily”. So do we.")
    assert [m.surface for m in mentions("We moved to Peckham last year and love it.")] == ["Peckham"]
    assert not _rules("@ward_sister_jo > My husband Dave works nights at Lewisham too\nSame story.")
    assert ("SELF012", "husband") in _rules("My husband Dave works nights at Lewisham too")
