"""Bluesky's profile (tenth session, 2026-11-29; walkthrough walk10 item 9 and its "profile only"
papercut), through real CAR files built as a PDS writes them (tests/archive_builders.py):

- findings on the profile's avatar or banner blob say which picture the file is (the record is
  the profile's field, the message is labelled as profile text is, the advice says to replace
  it); the blob's CID stays masked under --redact;
- an outward code standing alone in the bio ("gulls by night. BS6.") is a postcode district:
  a profile is where people put their area; "BS6 fan", "F1 driver", "A1 roads", "M4 motorway"
  are not;
- an export of a profile and no posts is audited (its text and pictures), not "nothing to audit".
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import bsky_blob, build_bluesky_export, make_bsky_post
from nymaudit.cli import app
from nymaudit.text.normalize import normalize
from nymaudit.text.places import spots

DID = "did:plc:hl7q3c2mxa5vzrk4eydtwy2b"
PROFILE = f"at://{DID}/app.bsky.actor.profile/self"
BIO = "Numbers by day, gulls by night. BS6. Views my own."


def _jpeg(lat: tuple[int, int, int], lon: tuple[int, int, int], artist: str | None = None) -> bytes:
    """A phone's JPEG: GPS position (north, west) and, if given, the owner as EXIF Artist."""
    import piexif
    from PIL import Image

    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: tuple((v, 1) for v in lat),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: tuple((v, 1) for v in lon)}
    zeroth = {piexif.ImageIFD.Artist: artist.encode()} if artist else {}
    buffer = io.BytesIO()
    Image.new("RGB", (32, 24), (90, 120, 160)).save(buffer, "JPEG",
                                                    exif=piexif.dump({"0th": zeroth, "GPS": gps}))
    return buffer.getvalue()


def _posts() -> list[dict]:
    return [make_bsky_post(text, f"2026-03-{day:02d}T{hour:02d}:15:00.000Z")
            for day, (hour, text) in enumerate([(8, "Gulls on the roof again."), (12, "BS6 fan, always."),
                                                (19, "Rain all day, tea all day.")], start=2)]


def _export(tmp_path: Path, posts: list[dict], profile_text: str = BIO) -> tuple[Path, str, str]:
    avatar = _jpeg((51, 28, 2), (2, 36, 4), artist="Hannah Price")
    banner = _jpeg((51, 27, 8), (2, 35, 51))
    avatar_ref, avatar_cid = bsky_blob(avatar)
    banner_ref, banner_cid = bsky_blob(banner)
    export = build_bluesky_export(
        tmp_path / "bsky", posts, did=DID,
        profile={"displayName": "Gull Counter", "description": profile_text,
                 "avatar": avatar_ref, "banner": banner_ref},
        blobs={avatar_cid: avatar, banner_cid: banner})
    return export, avatar_cid, banner_cid


def _scan(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["scan", *args])
    return result.exit_code, result.stdout


# -- 9a: the profile's pictures -------------------------------------------------------------


def test_findings_on_the_avatar_and_banner_say_which_picture(tmp_path: Path) -> None:
    export, avatar_cid, banner_cid = _export(tmp_path, _posts())
    code, out = _scan(str(export), "--format", "json")
    assert code == 0, out
    findings = json.loads(out)["findings"]
    on_avatar = [f for f in findings if f["location"]["path"].endswith(avatar_cid)]
    on_banner = [f for f in findings if f["location"]["path"].endswith(banner_cid)]
    assert {"META010", "META012"} <= {f["rule"] for f in on_avatar}
    assert "META010" in {f["rule"] for f in on_banner}
    for found in on_avatar:
        assert found["location"]["record"] == f"{PROFILE}#avatar"
        assert "[the account's profile picture (avatar), shown on its page]" in found["message"]
        assert found["advice"].startswith("This file is the account's profile picture (avatar): replace it")
    gps = next(f for f in on_banner if f["rule"] == "META010")
    assert gps["location"]["record"] == f"{PROFILE}#banner"
    assert "[the account's profile banner, shown on its page]" in gps["message"]
    # Only the pictures' findings say so (the profile's text keeps its own label).
    assert not any("profile picture" in f["message"] or "profile banner" in f["message"] for f in findings
                   if not f["location"]["path"].endswith((avatar_cid, banner_cid)))


def test_redacted_report_names_the_picture_not_its_cid(tmp_path: Path) -> None:
    export, avatar_cid, banner_cid = _export(tmp_path, _posts())
    for fmt in ("json", "terminal", "markdown", "sarif"):
        code, out = _scan(str(export), "--format", fmt, "--redact", "-q")
        assert code == 0, out
        assert "profile picture (avatar)" in out, fmt
        for cid in (avatar_cid, banner_cid):
            assert cid not in out and cid[:20] not in out, fmt
        assert DID not in out and DID.removeprefix("did:plc:") not in out, fmt


def test_terminal_names_the_avatar_on_one_unwrapped_record_line(tmp_path: Path) -> None:
    export, avatar_cid, _ = _export(tmp_path, _posts())
    code, out = _scan(str(export))
    assert code == 0
    where = [line for line in out.splitlines() if avatar_cid in line and "where:" in line]
    # "What to do first" groups a fix's findings on one line since rpt16b: "... #avatar and 1 more file".
    named = re.compile(r"app\.bsky\.actor\.profile/self#avatar(?: and \d+ more files?)?$")
    assert where and all(named.search(line.rstrip()) for line in where)
    assert "do: This file is the account's profile picture (avatar)" in out


# -- 9b: a postcode district in the bio -----------------------------------------------------


def test_bio_outward_code_is_a_district_posts_need_a_cue(tmp_path: Path) -> None:
    export, _, _ = _export(tmp_path, _posts())
    code, out = _scan(str(export), "--format", "json")
    assert code == 0
    districts = [f for f in json.loads(out)["findings"] if f["rule"] == "PLACE005"]
    assert len(districts) == 1, districts
    found = districts[0]
    assert found["clue"]["value"] == "BS6" and found["location"]["record"] == PROFILE
    assert "[the account's profile, shown on its page]" in found["message"]
    assert "BS6 fan" not in found["evidence"]  # the post's "BS6 fan, always." has no cue


BIO_DISTRICTS = [
    (BIO, "BS6"),
    ("London, SE15", "SE15"),
    ("Hannah | BS6", "BS6"),
    ("Bristol BS6", "BS6"),
    ("Runner (LS6)", "LS6"),
    ("Nurse. NHS. LS6", "LS6"),
    ("Sheffield, S7 - fell runner", "S7"),
    ("London, E8", "E8"),
    ("📍 BS6", "BS6"),
    ("Office: London, EC1A", "EC1A"),
]
BIO_NOT_DISTRICTS = [
    "BS6 fan", "F1 driver", "A1 roads", "M4 motorway", "Commute: M4.", "Drives a BMW M3.",
    "Drives an Audi S3.", "Climate. CO2. Cycling.", "Dev. EC2 and S3 buckets.", "Gamer. PS5. N64.",
    "E8", "Level: A1.", "Loves the M4.", "CR7.", "Paris, FR", "Fan of HG2G.", "Shoots CR3 and NEF.",
]
# Review rev10c item 2 (2026-11-29): a letter after the district only for the split central London
# districts Royal Mail lists (EC1A, W1T, N1C ...), and a one-letter area after a comma only when the
# name before it is a UK place the gazetteer knows.
BIO_DISTRICTS_REVIEW = [
    ("Bristol, BS6", "BS6"),
    ("BS6", "BS6"),
    ("EC1A", "EC1A"),
    ("London, W1T", "W1T"),
    ("Kings Cross, N1C", "N1C"),
    ("Hackney, E8", "E8"),
    ("Bethnal Green, E2", "E2"),
    ("Cyclist, Sheffield, S10", "S10"),
    ("Birmingham, B12.", "B12"),
]
BIO_NOT_DISTRICTS_REVIEW = [
    "Front-end dev. Invited Expert, W3C. Views my own.", "Invited Expert, W3C", "Member, W3C.",
    "Web standards | W3C", "Vitamin, B12.", "Gym, B12", "Audi, S3.", "Commuter, M25.", "London, N5C",
    "Hackney, E8X", "Nurse. NHS. GP practice | A&E", "Inside the M25", "Gamer. PS5 | XB1 | N64",
    "AWS, EC2, S3, Lambda", "Coffee, CO2, EC2 dev",
]


@pytest.mark.parametrize(("bio", "district"), BIO_DISTRICTS)
def test_outward_code_alone_in_a_profile(bio: str, district: str) -> None:
    text, _ = normalize(f"description: {bio}")
    assert [s.value for s in spots(text, profile=True) if s.kind == "outward"] == [district]
    # The same words in a post need a cue ("in BS6"): as documented since the eighth session.
    assert not [s for s in spots(normalize(bio)[0]) if s.kind == "outward"]


@pytest.mark.parametrize("bio", BIO_NOT_DISTRICTS)
def test_no_district_in_a_profile(bio: str) -> None:
    text, _ = normalize(f"description: {bio}")
    assert not [s for s in spots(text, profile=True) if s.kind == "outward"]


@pytest.mark.parametrize(("bio", "district"), BIO_DISTRICTS_REVIEW)
def test_real_districts_in_a_profile_still_found(bio: str, district: str) -> None:
    text, _ = normalize(f"description: {bio}")
    assert [s.value for s in spots(text, profile=True) if s.kind == "outward"] == [district]


@pytest.mark.parametrize("bio", BIO_NOT_DISTRICTS_REVIEW)
def test_no_district_for_w3c_vitamins_or_cars_in_a_profile(bio: str) -> None:
    text, _ = normalize(f"description: {bio}")
    assert not [s for s in spots(text, profile=True) if s.kind == "outward"]


def test_w3c_in_a_post_with_a_cue_is_no_district() -> None:
    # The cue path ("in BS6") keeps to the same real list: "in W3C" is the consortium.
    assert not [s for s in spots("Active in W3C working groups since 2019.") if s.kind == "outward"]
    assert [s.value for s in spots("Back in EC1A on Monday.") if s.kind == "outward"] == ["EC1A"]


def test_invited_expert_w3c_bio_gives_no_place005(tmp_path: Path) -> None:
    # The review's repro: a Bluesky export whose profile says "Invited Expert, W3C".
    export, _, _ = _export(tmp_path, _posts()[:1], "Front-end dev. Invited Expert, W3C. Views my own.")
    code, out = _scan(str(export), "--format", "json")
    assert code == 0
    findings = json.loads(out)["findings"]
    assert not [f for f in findings if f["rule"] == "PLACE005"], findings
    assert "W3C" not in json.dumps([f.get("clue") for f in findings])


def test_full_postcode_in_a_bio_is_one_finding_not_two() -> None:
    text, _ = normalize("description: Gulls by night. BS6 5QD.")
    assert [(s.kind, s.value) for s in spots(text, profile=True)] == [("postcode", "BS6 5QD")]


# -- papercut: a profile and no posts -------------------------------------------------------


def test_profile_only_export_is_audited(tmp_path: Path) -> None:
    export, avatar_cid, _ = _export(tmp_path, [])
    code, out = _scan(str(export), "--format", "json")
    assert code == 0, out
    report = json.loads(out)
    assert report["inputs"][0]["posts"] == 0 and not report["inputs"][0]["errors"]
    rules = {(f["rule"], f["location"]["record"]) for f in report["findings"]}
    assert ("PLACE005", PROFILE) in rules
    assert ("META010", f"{PROFILE}#avatar") in rules


def test_profile_text_alone_without_pictures_is_audited(tmp_path: Path) -> None:
    car = build_bluesky_export(tmp_path / "repo.car", [], did=DID,
                               profile={"description": "Gulls by night. BS6."})
    code, out = _scan(str(car), "--format", "json")
    assert code == 0, out
    assert [f["clue"]["value"] for f in json.loads(out)["findings"] if f["rule"] == "PLACE005"] == ["BS6"]


def test_export_of_nothing_still_says_nothing_to_audit(tmp_path: Path) -> None:
    car = build_bluesky_export(tmp_path / "repo.car", [], did=DID, profile={})
    result = CliRunner().invoke(app, ["scan", str(car)])
    assert result.exit_code == 2
    assert "0 posts read from this bluesky input: nothing to audit" in result.output


def test_avatar_first_of_files_stating_one_fact_says_so(tmp_path: Path) -> None:
    """The avatar and a post's photo taken at home: one META010 for both ("In 2 files (first:
    <the avatar>, ...)"), which says the first file is the profile picture."""
    avatar = _jpeg((51, 28, 2), (2, 36, 4))
    photo = _jpeg((51, 28, 2), (2, 36, 4), artist="Hannah Price")
    avatar_ref, avatar_cid = bsky_blob(avatar)
    photo_ref, photo_cid = bsky_blob(photo)
    posts = [*_posts(), make_bsky_post("Back garden", "2026-03-09T10:00:00.000Z", images=[("", photo_ref)])]
    export = build_bluesky_export(tmp_path / "bsky", posts, did=DID, profile={"avatar": avatar_ref},
                                  blobs={avatar_cid: avatar, photo_cid: photo})
    code, out = _scan(str(export), "--format", "json")
    assert code == 0, out
    gps = [f for f in json.loads(out)["findings"] if f["rule"] == "META010"]
    assert len(gps) == 1 and gps[0]["message"].startswith("In 2 files")
    assert gps[0]["location"]["record"] == f"{PROFILE}#avatar"
    assert gps[0]["message"].endswith(
        "[the first of these files is the account's profile picture (avatar), shown on its page]")
    assert gps[0]["advice"].startswith("The first of these files is the account's profile picture (avatar)")
