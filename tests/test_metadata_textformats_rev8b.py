"""Eighth session (29 November 2026), review rev8b items 1, 7, 11, 13, 15, 16 and 17 on the
text formats that carry metadata (calendars, contact cards, GPS tracks) and the camera
offset derived from GPS time. Inputs are built the way the tools write them or are
ExifTool's own sample files."""

from __future__ import annotations

import re
import tracemalloc
from pathlib import Path

import pytest

from conftest import SHARED
from nymaudit.metadata import extract, sniff
from nymaudit.metadata.attachments import check_bytes
from nymaudit.metadata.core import Collector

SAMPLES = SHARED / "images" / "exiftool-samples"


def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/images/exiftool-samples is not available")
    return SAMPLES


def _ics_with_geo(n: int, lat: float, lon: float) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 14.4//EN", "BEGIN:VEVENT",
             "SUMMARY:Survey"]
    lines += [f"GEO:{lat - i / 10000:.4f};{lon:.4f}" for i in range(n)]
    lines += ["END:VEVENT", "END:VCALENDAR", ""]
    return "\r\n".join(lines).encode()


# --- item 1: GEO lines cost one gazetteer lookup each ------------------------------------

def test_geo_lines_are_placed_a_bounded_number_of_times(monkeypatch: pytest.MonkeyPatch) -> None:
    """A 40 KB calendar with 1999 GEO lines near 60 S 100 E made 1999 lookups of ~85 ms each
    (145 s against the 1.5 s budget). Now the first few distinct positions are placed."""
    from nymaudit.metadata import places

    calls = []
    real = places.nearest_place

    def counting(lat: float, lon: float) -> str | None:
        calls.append((lat, lon))
        return real(lat, lon)

    monkeypatch.setattr(places, "nearest_place", counting)
    checked = check_bytes(_ics_with_geo(1999, -60.0, 100.5), "survey.ics")
    assert checked.status == "identifying"
    assert 1 <= len(calls) <= 10, len(calls)
    assert "META010" in {f.rule for f in checked.findings}
    assert any("GEO position" in n for n in checked.meta.notes), checked.meta.notes


def test_vcard_geo_parameters_are_bounded_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from nymaudit.metadata import places

    calls = []
    monkeypatch.setattr(places, "nearest_place", lambda lat, lon: calls.append(1) or None)
    card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jane Roe\r\n" + "".join(
        f'ADR;GEO="geo:{i % 80}.{i},{i % 170}.5":;;Street {i};;;;\r\n' for i in range(3000)) + "END:VCARD\r\n"
    extract(card.encode())
    assert len(calls) <= 10, len(calls)


# --- item 11: lines read one at a time ---------------------------------------------------

@pytest.mark.parametrize("head", [b"BEGIN:VCARD\r\nFN:x\r\n", b"$GPGGA,1,2\r\n$GPGGA,1,2\r\n",
                                  b"AXXX001\r\nHFDTE050110\r\n"])
def test_line_readers_do_not_hold_every_line(head: bytes) -> None:
    """36 MB of short lines took 930 MB (a list of 11 M strings, then a copy of it)."""
    data = head + b"ab\n" * 1_500_000  # 4.5 MB
    tracemalloc.start()
    try:
        extract(data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 3 * len(data), f"{peak / 1e6:.0f} MB for {len(data) / 1e6:.1f} MB"


def test_lazy_lines_split_like_splitlines() -> None:
    from nymaudit.metadata.textformats import _lines

    for data in [b"", b"a", b"a\n", b"a\r\nb\rc\n\nd", b"\n\n", b"a\n\n", b"\r\n\r\n\r"]:
        assert list(_lines(data, Collector("x"))) == data.splitlines(), data


# --- item 7: derived camera offsets ------------------------------------------------------

def _gps_jpg_with_clock(clock: bytes) -> bytes:
    """ExifTool's GPS.jpg (GPSTimeStamp 14:58:24 UTC, no GPSDateStamp) with its
    DateTimeOriginal rewritten in place, as `exiftool -DateTimeOriginal=...` would."""
    data = (samples() / "GPS.jpg").read_bytes()
    original = extract(data)
    value = next(f.value for f in original.fields if f.name == "DateTimeOriginal").encode()
    assert len(clock) == len(value) and data.count(value) >= 1
    return data.replace(value, clock)


@pytest.mark.parametrize(("clock", "expected"), [
    (b"2005:04:23 18:14:28", None),  # 3 h 16 min off: +03:15, an offset no zone uses
    (b"2000:01:01 00:00:00", None),  # the factory default of an unset clock
    (b"2005:04:23 15:58:28", "UTC+01:00"),  # the real one, said at low confidence
])
def test_derived_offset_only_in_use_and_not_from_an_unset_clock(clock: bytes, expected: str | None) -> None:
    checked = check_bytes(_gps_jpg_with_clock(clock), "photo.jpg")
    meta014 = [f for f in checked.findings if f.rule == "META014"]
    if expected is None:
        assert not meta014, [f.message for f in meta014]
    else:
        (finding,) = meta014
        assert expected in finding.message and finding.confidence.name == "LOW"
        assert "without a date" in finding.message


def test_an_am_pm_slip_is_said_to_be_weak() -> None:
    """A 12-hour clock set to AM instead of PM gives UTC+13:00 (a real offset: Samoa, Tonga):
    with a GPS time of day and no date, the finding says it may be a wrong clock."""
    checked = check_bytes(_gps_jpg_with_clock(b"2005:04:23 03:58:28"), "photo.jpg")
    (finding,) = [f for f in checked.findings if f.rule == "META014"]
    assert finding.confidence.name == "LOW" and "AM for PM" in finding.message


# --- item 13: gx:Track as the KML reference writes it ------------------------------------

def test_gx_track_pairs_each_when_with_its_coord() -> None:
    kml = b"""<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">
<Document><name>Commute</name><Placemark><name>Morning</name>
<gx:Track>
<when>2024-05-01T07:00:00Z</when>
<when>2024-05-01T07:30:00Z</when>
<when>2024-05-01T08:00:00Z</when>
<gx:coord>-1.6371 53.8432 0</gx:coord>
<gx:coord>-1.6000 53.8100 0</gx:coord>
<gx:coord>-1.5491 53.7997 0</gx:coord>
</gx:Track></Placemark></Document></kml>
"""
    got = {(f.name, f.value) for f in extract(kml).fields}
    assert ("TrackStart", "2024-05-01T07:00:00Z") in got
    assert ("TrackEnd", "2024-05-01T08:00:00Z") in got


# --- item 15: a contact card is about whoever it names -----------------------------------

def test_a_shared_address_book_is_not_the_writers_identity() -> None:
    book = (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob Plumber\r\nTEL:+44 113 496 0000\r\n"
            b"ADR;TYPE=WORK:;;4 Pipe Lane;Wakefield;;WF1 1AA;UK\r\nORG:Bob Plumbing Ltd\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Carol Dentist\r\n"
            b"ADR;TYPE=WORK:;;9 Tooth Row;York;;YO1 7AA;UK\r\nEND:VCARD\r\n")
    checked = check_bytes(book, "contacts.vcf")
    by_rule = {f.rule: f for f in checked.findings}
    for rule_id in ("META012", "META015", "META020"):
        finding = by_rule[rule_id]
        assert finding.confidence.name == "LOW", rule_id
        assert "contact card (one of 2)" in finding.message and "only if the card is yours" in finding.message
        assert finding.clue is not None and finding.clue.kind == "contact", rule_id  # not employer/identity


def test_scan_of_a_folder_reads_nmea_logs_and_garmin_xml_by_content(tmp_path: Path) -> None:
    """`meta` and a single-file `scan` read Geotag.log (NMEA) and Geotag.xml (Garmin
    logbook); a folder scan skipped them (review rev8b item 14). Other .log/.xml stay out."""
    import json

    from typer.testing import CliRunner

    from nymaudit.cli import app

    folder = tmp_path / "tracks"
    folder.mkdir()
    for name in ("Geotag.gpx", "Geotag.log", "Geotag.xml", "Geotag2.log"):
        (folder / name).write_bytes((samples() / name).read_bytes())
    (folder / "build.log").write_text("2024-05-01 12:00:01 INFO build started\n$PATH,is set\n")
    (folder / "sitemap.xml").write_text('<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc>'
                                        "</url></urlset>")
    out = CliRunner().invoke(app, ["scan", str(folder), "--format", "json"])
    report = json.loads(out.stdout)
    located = {Path(f["location"]["path"]).name for f in report["findings"] if f["rule"] == "META010"}
    assert located == {"Geotag.gpx", "Geotag.log", "Geotag.xml", "Geotag2.log"}, located
    assert "build.log" not in out.stdout and "sitemap.xml" not in out.stdout


# --- item 16: NMEA logs that open with another sentence ------------------------------------

def test_nmea_log_opening_with_a_proprietary_sentence() -> None:
    data = (samples() / "Geotag2.log").read_bytes()  # starts "$PTNTHPR,..."
    assert sniff(data) == "nmea"
    checked = check_bytes(data, "Geotag2.log")
    assert checked.status == "identifying" and "META010" in {f.rule for f in checked.findings}


def test_nmea_of_other_constellations_and_text_that_is_not_nmea() -> None:
    beidou = (b"$BDGSV,1,1,01,01,45,120,38*5A\r\n"
              b"$GNRMC,112723.000,A,5040.3182,N,00505.9469,E,28.66,138.74,240410,,,A*4F\r\n")
    assert sniff(beidou) == "nmea"
    assert sniff(b"$5,000 raised,\nthanks to all,\n") == "text"
    assert sniff(b"$HOME,is where\n$PATH,points\n") == "text"


# --- item 17: impossible dates, labels, advice ----------------------------------------------

def test_igc_impossible_date_is_not_reported() -> None:
    data = b"AXXX123\r\nHFDTE999999\r\nB1200005130000N00010000WA0010000100\r\n"
    got = {(f.name, f.value) for f in extract(data).fields}
    assert not any("99-99" in value for _, value in got), got
    assert ("GPSPosition", "51.500000, -0.166667") in got


def test_nmea_impossible_date_is_not_reported() -> None:
    data = (b"$GPRMC,112723.000,A,5040.3182,N,00505.9469,E,28.66,138.74,991399,,,A*51\r\n"
            b"$GPRMC,112742.000,A,5040.2023,N,00506.1107,E,27.89,139.01,991399,,,A*56\r\n")
    fields = extract(data).fields
    assert not [f for f in fields if f.name in ("TrackStart", "TrackEnd")]


@pytest.mark.parametrize(("name", "kind"), [("Geotag.kml", "kml"), ("Geotag.xml", "garmin-xml"),
                                            ("Geotag.gpx", "gpx")])
def test_track_dialects_keep_their_name(name: str, kind: str) -> None:
    assert extract((samples() / name).read_bytes()).format == kind


def test_track_advice_is_not_photo_advice() -> None:
    checked = check_bytes((samples() / "Geotag.gpx").read_bytes(), "Geotag.gpx")
    (finding,) = [f for f in checked.findings if f.rule == "META010"]
    assert "privacy zone" in finding.advice and "photo.jpg" not in finding.advice
    photo = check_bytes((samples() / "GPS.jpg").read_bytes(), "GPS.jpg")
    (finding,) = [f for f in photo.findings if f.rule == "META010"]
    assert "photo.jpg" in finding.advice


def test_no_second_haversine_or_local_name_helper() -> None:
    source = Path(__file__).parents[1] / "src" / "nymaudit" / "metadata" / "textformats.py"
    text = source.read_text()
    assert not re.search(r"def _distance_km|def _local\b|6371", text)


def test_a_folder_of_nmea_logs_alone_is_an_attachment_folder(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    folder = tmp_path / "logger"
    folder.mkdir()
    (folder / "Geotag.log").write_bytes((samples() / "Geotag.log").read_bytes())
    out = CliRunner().invoke(app, ["scan", str(folder), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert "META010" in out.stdout
