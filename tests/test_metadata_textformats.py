"""Eighth session (29 November 2026), walkthrough items 7 and 14: RTF, GPS tracks (GPX,
KML, IGC, NMEA, Garmin XML), vCards, calendars and a bare rdf:RDF XMP sidecar are read
as formats of their own (they were "text, no embedded metadata", and `scan` refused a
.gpx), and the camera's UTC offset is derived from its GPS time when none is stored.
Values are checked against what ExifTool reports for its own sample files."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from conftest import SHARED
from nymaudit.metadata import extract, sniff
from nymaudit.metadata.attachments import check_bytes
from nymaudit.metadata.core import Field
from nymaudit.metadata.findings import derived_offset

SAMPLES = SHARED / "images" / "exiftool-samples"


def samples() -> Path:
    if not SAMPLES.is_dir():
        pytest.skip("../shared/images/exiftool-samples is not available")
    return SAMPLES


def fields(name: str) -> dict[tuple[str, str], list[str]]:
    found: dict[tuple[str, str], list[str]] = {}
    for f in extract((samples() / name).read_bytes()).fields:
        found.setdefault((f.group, f.name), []).append(f.value)
    return found


def rules(name: str) -> dict[str, str]:
    checked = check_bytes((samples() / name).read_bytes(), name)
    return {f.rule: f.message for f in checked.findings}


@pytest.mark.parametrize(("name", "kind"), [
    ("RTF.rtf", "rtf"), ("Geotag.gpx", "gpx"), ("Geotag.kml", "kml"), ("Geotag.xml", "garmin-xml"),
    ("Geotag.igc", "igc"), ("Geotag.log", "nmea"), ("VCard.vcf", "vcard"), ("VCard.ics", "ics"),
    ("XMP.xml", "xmp"), ("PLIST-xml.plist", "xml"),
])
def test_formats_that_carry_metadata_are_not_text(name: str, kind: str) -> None:
    assert sniff((samples() / name).read_bytes()) == kind


def test_pages_posts_and_feeds_stay_text() -> None:
    assert sniff(b"<!-- note --><div>A post that opens with a tag.</div>\n") == "text"
    assert sniff(b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>') == "text"
    assert sniff(b"# A Markdown post\n\nWords.\n") == "text"


# ExifTool 12 on the same files: RTF Author/Company/Copyright/ModifyDate, vCard FullName,
# Organization, Email, Phone, Address; ICS Location; XMP.xml (ExifTool's RDF) Make/Model.
EXPECTED = [
    ("RTF.rtf", "person", "Author", "an author {with braces}"),
    ("RTF.rtf", "person", "Company", "a company \\with backslashes and leading space\\"),
    ("RTF.rtf", "person", "Copyright", "\u00a9 2010 Phil Harvey"),
    ("RTF.rtf", "time", "ModifyDate", "2010:06:19 20:00:00"),
    ("RTF.rtf", "free_text", "Subject", "a \u201csubject\u201d in funny quotes"),
    ("RTF.rtf", "free_text", "Custom:CustomString", "ABCDEF"),
    ("Geotag.gpx", "software", "Creator", "Wissenbach Map3D 2.21"),
    ("Geotag.gpx", "gps", "GPSPosition", "43.641000, -116.062231"),
    ("Geotag.gpx", "time", "TrackStart", "2003-05-24T17:09:04Z"),
    ("Geotag.kml", "time", "TrackStart", "2013-11-13T01:03:34.245-08:00"),
    ("Geotag.igc", "person", "Pilot", "Josef Klein"),
    ("Geotag.igc", "place", "Site", "Felsberg"),
    ("Geotag.igc", "gps", "GPSPosition", "49.273833, 6.731833"),
    ("Geotag.log", "gps", "GPSPosition", "44.252717, -76.518767"),
    ("VCard.vcf", "person", "FullName", "Phil Harvey"),
    ("VCard.vcf", "person", "Company", "ExifTool"),
    ("VCard.vcf", "person", "Email", "someone@home.email"),
    ("VCard.vcf", "person", "Phone", "555-0000"),
    ("VCard.vcf", "place", "Address", "Home St. City ON K0K0K0 Canada"),
    ("VCard.vcf", "gps", "GPSPosition", "12.345700, 78.910000"),
    ("VCard.ics", "place", "Location", "261"),
    ("VCard.ics", "time", "TimeZone", "America/Toronto"),
    ("XMP.xml", "device", "Model", "E775"),
]


@pytest.mark.parametrize(("name", "group", "field", "value"), EXPECTED)
def test_values_agree_with_exiftool(name: str, group: str, field: str, value: str) -> None:
    got = fields(name)
    assert value in got.get((group, field), []), sorted(got.items())


def test_track_is_a_location_finding_with_its_count_and_area() -> None:
    found = rules("Geotag.gpx")
    assert "META010" in found
    message = found["META010"]
    assert "GPS track (9 track point(s)" in message and "km across" in message
    assert "2003-05-24T17:09:04Z to 2003-05-24T17:10:05Z" in message


def test_rtf_gives_the_word_document_findings() -> None:
    found = rules("RTF.rtf")
    assert {"META012", "META020", "META022"} <= set(found)
    assert "an author {with braces}" in found["META012"]


def test_contact_card_and_calendar_are_identity_findings() -> None:
    card = rules("VCard.vcf")
    assert {"META012", "META015", "META020", "META010"} <= set(card)
    calendar = rules("VCard.ics")
    assert "META015" in calendar and "America/Toronto" in calendar["META014"]


def test_ics_organiser_and_attendees() -> None:
    data = (b"BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\nBEGIN:VEVENT\r\n"
            b"ORGANIZER;CN=Ann Example:mailto:ann@example.org\r\nATTENDEE;CUTYPE=INDIVIDUAL;"
            b"ROLE=REQ-PARTICIPANT;CN=bob@example.org:mailto:bob@example.org\r\n"
            b"LOCATION:12 High Street\\, Leeds\r\nGEO:53.8;-1.55\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    meta = extract(data)
    values = {(f.name, f.value) for f in meta.fields}
    assert ("Organizer", "Ann Example <ann@example.org>") in values
    assert ("Attendee", "bob@example.org <bob@example.org>") in values
    assert ("Location", "12 High Street, Leeds") in values
    assert ("GPSPosition", "53.800000, -1.550000") in values


def test_word_rtf_info_group() -> None:
    """The \\info group as Word writes it (operator, creatim, company, generator)."""
    data = (rb"{\rtf1\adeflang1025\ansi\ansicpg1252\uc1\adeff31507\deff0{\fonttbl{\f0 Times;}}"
            rb"{\*\rsidtbl \rsid1\rsid2}{\mmathPr\mdispDef1}{\info{\title Minutes}{\author Jane Q\'e9 Doe}"
            rb"{\operator jdoe}{\creatim\yr2024\mo3\dy5\hr9\min41}{\revtim\yr2024\mo3\dy6\hr10\min2}"
            rb"{\version2}{\edmins3}{\nofpages1}{\*\company Acme Widgets Ltd}{\nofcharsws120}{\vern57}}"
            rb"{\*\generator Microsoft Word 16.0;}\pard Body text.\par}")
    got = {(f.group, f.name): f.value for f in extract(data).fields}
    assert got[("person", "Author")] == "Jane Q\u00e9 Doe"
    assert got[("person", "LastModifiedBy")] == "jdoe"
    assert got[("person", "Company")] == "Acme Widgets Ltd"
    assert got[("time", "CreateDate")] == "2024:03:05 09:41:00"
    assert got[("software", "Generator")] == "Microsoft Word 16.0"


def test_meta_never_calls_them_text(tmp_path: Path) -> None:
    from rich.console import Console

    from nymaudit.commands.meta import analyse, render_terminal

    names = ["RTF.rtf", "Geotag.gpx", "Geotag.kml", "Geotag.igc", "VCard.vcf", "VCard.ics",
             "XMP.xml", "PLIST-xml.plist"]
    doc = analyse([samples() / n for n in names])
    status = {Path(f["path"]).name: (f["format"], f["status"]) for f in doc["files"]}
    assert all(fmt != "text" for fmt, _ in status.values()), status
    assert status["PLIST-xml.plist"] == ("xml", "unsupported")
    assert all(st == "identifying" for n, (_, st) in status.items() if n != "PLIST-xml.plist"), status
    console = Console(file=io.StringIO(), width=200, color_system=None)
    render_terminal(doc, console)
    text = console.file.getvalue()
    assert "no embedded metadata" not in text and "Plain text files" not in text
    assert "Not checked (formats nymaudit does not read): " in text and "PLIST-xml.plist" in text


def test_scan_reads_a_gpx_track_given_alone(tmp_path: Path) -> None:
    """`nymaudit scan Geotag.gpx` was "nothing readable: unknown format", exit 2."""
    from typer.testing import CliRunner

    from nymaudit.cli import app

    track = tmp_path / "Geotag.gpx"
    track.write_bytes((samples() / "Geotag.gpx").read_bytes())
    out = CliRunner().invoke(app, ["scan", str(track), "--format", "json"])
    assert out.exit_code == 0, out.stdout
    assert "META010" in {f["rule"] for f in json.loads(out.stdout)["findings"]}


def test_scan_checks_a_track_and_a_card_in_a_blog(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from archive_builders import build_jekyll_blog
    from nymaudit.cli import app

    folder = build_jekyll_blog(tmp_path / "site", [{
        "name": "2024-05-01-ride.md", "front": {"title": "Ride", "date": "2024-05-01"},
        "body": "My ride: [track](/assets/ride.gpx), [contact](/assets/me.vcf)\n"}],
        files={"assets/ride.gpx": (samples() / "Geotag.gpx").read_bytes(),
               "assets/me.vcf": (samples() / "VCard.vcf").read_bytes()})
    out = CliRunner().invoke(app, ["scan", str(folder), "--format", "json", "--redact"])
    report = json.loads(out.stdout)
    found = {(f["rule"], Path(f["location"]["path"]).name) for f in report["findings"]
             if f["rule"].startswith("META")}
    # "ride" masked: every word of a file name inside an input but the layouts' (tenth session).
    assert ("META010", "***.gpx") in found and ("META012", "me.vcf") in found, found
    text = out.stdout
    assert "43.641" not in text and "Phil Harvey" not in text and "Boise" not in text


# --- item 14: the camera's offset from its GPS time -------------------------------

def test_offset_derived_from_gps_time() -> None:
    apple = rules("Apple.jpg")
    assert "UTC+01:00" in apple["META014"] and "derived" in apple["META014"]
    gps = rules("GPS.jpg")  # GPSTimeStamp without a date
    assert "UTC+01:00" in gps["META014"]
    google = rules("Google.jpg")  # a stored OffsetTimeOriginal wins
    assert "derived" not in google["META014"]


@pytest.mark.parametrize(("local", "gps", "expected"), [
    ("2016:09:28 18:18:05", "2016:09:28 17:17:58.65 UTC", "+01:00"),
    ("2020:01:01 00:10:00", "2019:12:31 23:08:00 UTC", "+01:00"),  # across midnight
    ("2020:01:01 08:01:00", "2020:01:01 13:30:00 UTC", None),  # -05:30: no zone uses it (rev8b item 7)
    ("2020:01:01 09:31:00", "2020:01:01 13:00:00 UTC", "-03:30"),  # Newfoundland
    ("2020:01:01 20:46:00", "2020:01:01 15:00:00 UTC", "+05:45"),
    ("2020:01:01 10:00:00", "23:00:00 UTC", "+11:00"),  # time of day alone
    ("2020:01:01 10:37:00", "2020:01:01 10:00:00 UTC", None),  # 37 min: no real offset
    ("2020:01:01 10:00:00", "2019:12:31 19:00:00 UTC", None),  # 15 h
    ("2020:01:01 10:00:00", "2020:01:01 10:00:00 UTC", "+00:00"),
])
def test_derived_offset_bounds(local: str, gps: str, expected: str | None) -> None:
    got = derived_offset([Field("time", "DateTimeOriginal", local), Field("gps", "GPSDateTime", gps)])
    assert (got[0] if got else None) == expected


def test_derived_offset_is_masked_by_redact() -> None:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["scan", str(samples() / "Apple.jpg"), "--format", "json", "--redact"])
    (note,) = [f for f in json.loads(out.stdout)["findings"] if f["rule"] == "META014"]
    assert "+01:00" not in note["message"] and "18:18" not in note["message"]


# --- hostile input: bounded, never an exception --------------------------------------

HOSTILE = {
    "gpx entity bomb": b'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b '
                       b'"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
                       b"<gpx><trk><name>&c;</name></trk></gpx>",
    "gpx external entity": b'<?xml version="1.0"?><!DOCTYPE gpx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                           b"<gpx><metadata><name>&x;</name></metadata></gpx>",
    "gpx nested 100000 deep": (b'<?xml version="1.0"?><gpx>' + b"<a>" * 100_000 + b"</a>" * 100_000
                               + b"</gpx>"),
    "gpx 200000 points": b'<?xml version="1.0"?><gpx><trk><trkseg>' + b"".join(
        b'<trkpt lat="51.%06d" lon="-0.%06d"><time>2020-01-01T00:00:00Z</time></trkpt>' % (i, i)
        for i in range(200_000)) + b"</trkseg></trk></gpx>",
    "gpx then binary garbage": b'<?xml version="1.0"?><gpx><trk><trkseg><trkpt lat="51.5" lon="-0.1"/>'
                               + bytes(range(256)) * 400,
    "rtf 500000 nested braces": b"{\\rtf1{\\info" + b"{" * 500_000 + b"}" * 500_000 + b"}}",
    "rtf info never closed": b"{\\rtf1{\\info{\\author " + b"x" * 5_000_000,
    "vcard folded 20 MB line": b"BEGIN:VCARD\r\nFN:x\r\n" + b" y" * 10_000_000 + b"\r\nEND:VCARD\r\n",
    "ics 100000 events": b"BEGIN:VCALENDAR\r\n" + b"".join(
        b"BEGIN:VEVENT\r\nLOCATION:Room %d\r\nEND:VEVENT\r\n" % i for i in range(100_000))
    + b"END:VCALENDAR\r\n",
    "igc 500000 fixes": b"AXXX001\r\nHFDTE050110\r\n" + b"B0723154916430N00643910EA0000000443\r\n" * 500_000,
    # 1,999 GEO lines far from any town: 145 s before review rev8b item 1 (a lookup each).
    "ics 1999 GEO lines near 60 S": b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + b"".join(
        b"GEO:-60.%04d;100.5\r\n" % i for i in range(1999)) + b"END:VEVENT\r\nEND:VCALENDAR\r\n",
    "kml 500000 coordinates": b'<?xml version="1.0"?><kml><Document><Placemark><LineString><coordinates>'
                              + b"-0.1,51.5,0 " * 500_000
                              + b"</coordinates></LineString></Placemark></Document></kml>",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_text_formats(name: str) -> None:
    data = HOSTILE[name]
    start = time.perf_counter()
    checked = check_bytes(data, "hostile.gpx")  # must not raise
    elapsed = time.perf_counter() - start
    # One expected status each (it accepted all four; review rev8b item 17): what was read
    # before a cap is still reported, a refused or cut-at-the-start file is unreadable.
    refused = name.startswith(("gpx entity", "gpx external", "gpx nested", "rtf"))
    assert checked.status == ("unreadable" if refused else "identifying"), checked.meta.error
    assert elapsed < 20.0, f"{elapsed:.1f} s"  # a hang guard, not a speed goal (see the fuzz tests)
    assert all("root:" not in f.value for f in checked.meta.fields)
    if "entity" in name:
        assert checked.status == "unreadable" and "DTD" in (checked.meta.error or "")


def test_garbage_named_gpx_is_not_read_as_a_track() -> None:
    checked = check_bytes(bytes(range(256)) * 4000, "track.gpx")
    assert checked.meta.format == "unknown" and checked.status == "unsupported"


def test_gpx_11_as_strava_writes_it(tmp_path: Path) -> None:
    """GPX 1.1 with a metadata author (name, email as id/domain), a waypoint and a track."""
    gpx = (b'<?xml version="1.0" encoding="UTF-8"?>\n<gpx creator="StravaGPX Android" version="1.1" '
           b'xmlns="http://www.topografix.com/GPX/1/1">\n <metadata>\n  <author><name>Jane Runner</name>'
           b'<email id="jane.runner" domain="example.org"/></author>\n  <time>2024-04-06T06:58:12Z</time>\n'
           b' </metadata>\n <wpt lat="51.4545" lon="-2.5879"><name>Home</name></wpt>\n <trk>\n'
           b"  <name>Morning Run</name>\n  <type>running</type>\n  <trkseg>\n"
           b'   <trkpt lat="51.4545000" lon="-2.5879000"><ele>18.2</ele>'
           b"<time>2024-04-06T06:58:12Z</time></trkpt>\n"
           b'   <trkpt lat="51.4600000" lon="-2.5800000"><ele>19.0</ele>'
           b"<time>2024-04-06T07:20:02Z</time></trkpt>\n"
           b"  </trkseg>\n </trk>\n</gpx>\n")
    checked = check_bytes(gpx, "run.gpx")
    got = {(f.name, f.value) for f in checked.meta.fields}
    assert ("Author", "Jane Runner") in got and ("Email", "jane.runner@example.org") in got
    assert ("WaypointName", "Home") in got and ("TrackName", "Morning Run") in got
    assert any(name == "NearestPlace" and value.startswith("Bristol") for name, value in got)
    found = {f.rule: f.message for f in checked.findings}
    assert "GPS track (2 track point(s), 2024-04-06T06:58:12Z to 2024-04-06T07:20:02Z" in found["META010"]
    assert "META012" in found


def test_rtf_author_links_to_a_known_contact_card(tmp_path: Path) -> None:
    """--known: the writer's own vCard names the person an RTF on the blog names (META024)."""
    from typer.testing import CliRunner

    from archive_builders import build_jekyll_blog
    from nymaudit.cli import app

    rtf = (rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Times;}}{\info{\author Jane Q Example}"
           rb"{\operator Jane Q Example}{\creatim\yr2024\mo3\dy5\hr9\min41}}\pard Notes\par}")
    blog = build_jekyll_blog(tmp_path / "site", [{
        "name": "2024-05-01-notes.md", "front": {"title": "Notes", "date": "2024-05-01"},
        "body": "See [my notes](/assets/notes.rtf).\n"}], files={"assets/notes.rtf": rtf})
    known = tmp_path / "known"
    known.mkdir()
    (known / "me.vcf").write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jane Q Example\r\n"
                                   b"EMAIL;TYPE=HOME:jane@example.org\r\nEND:VCARD\r\n")
    out = CliRunner().invoke(app, ["scan", str(blog), "--known", f"real={known}", "--format", "json"])
    rules_found = {f["rule"] for f in json.loads(out.stdout)["findings"]}
    assert {"META012", "META024"} <= rules_found, rules_found
