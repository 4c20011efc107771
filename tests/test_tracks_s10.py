"""Tenth session (29 November 2026), walkthrough 10 "format gaps": a CSV of positions (DJI's
flight log, Airdata, GPSLogger and other exports) and a Bramor gEO log (ExifTool's
Geotag3.log) are GPS tracks, reported as GPX and NMEA tracks are (META010 with the point
count, first and last point and nearest place), not "plain text"; a CSV with a "lat" column
that is not a log stays text; `nymaudit formats` names each raw format it reads and those
it does not (Sigma X3F, Kyocera RAW)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SHARED
from nymaudit.cli import app
from nymaudit.metadata import extract, sniff, textformats
from nymaudit.metadata.attachments import check_bytes

SAMPLES = SHARED / "images" / "exiftool-samples"
DJI = "Geotag_DJI_2020-12-02_[07-50-31].csv"


def sample(name: str) -> bytes:
    if not (SAMPLES / name).is_file():
        pytest.skip("../shared/images/exiftool-samples is not available")
    return (SAMPLES / name).read_bytes()


def fields(data: bytes) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in extract(data).fields:
        found.setdefault(f.name, []).append(f.value)
    return found


def rules(data: bytes, name: str = "log.csv") -> dict[str, str]:
    return {f.rule: f.message for f in check_bytes(data, name).findings}


# --- the real sample files -------------------------------------------------------------

def test_dji_flight_log_is_a_track() -> None:
    data = sample(DJI)
    assert sniff(data) == "gps-csv"
    got = fields(data)
    # 92 rows (Id 1-92, 0.3 s to 10 s), as ExifTool's Geotag reads them.
    assert got["GPSTrack"][0].startswith("92 track point(s)")
    assert got["GPSPosition"] == ["-44.690094, 170.424565"]
    assert got["GPSTrackEnd"] == ["-44.690088, 170.424568"]
    assert got["NearestPlace"][0].startswith("Timaru, NZ")
    assert got["ElapsedTime"][0].startswith("0.3 s to 10 s")
    meta = extract(data)
    assert meta.supported and meta.error is None and not meta.partial
    found = rules(data, DJI)
    assert "a GPS track (92 track point(s)" in found["META010"]
    assert "-44.690094, 170.424565 (near Timaru" in found["META010"]
    assert "META017" not in found  # the column names are no "software"


def test_bramor_geo_log_is_a_track() -> None:
    data = sample("Geotag3.log")
    assert sniff(data) == "bramor-log"
    got = fields(data)
    assert got["GPSTrack"][0].startswith("4 track point(s), 2014-04-21T07:06:41 to 2014-04-21T07:06:44")
    assert got["GPSPosition"] == ["42.721544, 61.671879"]
    assert got["GPSTrackEnd"] == ["42.721910, 61.672337"]
    assert got["TrackStart"] == ["2014-04-21T07:06:41"]
    assert "GPS track (4 track point(s)" in rules(data, "Geotag3.log")["META010"]


def test_other_text_samples_stay_text() -> None:
    # ExifTool's Text.csv (SourceFile,Make,Model,...) and its text files (Text2-5 are
    # UTF-16 and other encodings: "unknown" before and after).
    assert sniff(sample("Text.csv")) == "text"
    for name in ("Text1.txt", "Text2.txt", "Text3.txt", "Text4.txt", "Text5.txt"):
        assert sniff(sample(name)) not in ("gps-csv", "bramor-log"), name


# --- generated logs of the common shapes -----------------------------------------------

AIRDATA = ("time(millisecond),datetime(utc),latitude,longitude,height_above_takeoff(feet),speed(mph)\n"
           + "".join(f"{i * 100},2025-06-01 07:12:{i:02d},51.50{i:02d}12,-0.12{i:02d}45,{i},3.1\n"
                     for i in range(30)))
GPSLOGGER = ("time,lat,lon,elevation,accuracy,bearing,speed,satellites,provider\n"
             + "".join(f"2025-06-01T07:{i:02d}:03.000Z,48.85{i:02d}1,2.35{i:02d}2,35,4.0,,,9,gps\n"
                       for i in range(40)))
SEMICOLON = ("sep=;\nDate;Time;Latitude;Longitude;Altitude\n"
             + "".join(f"2025-06-01;08:{i:02d}:00;52,52{i:02d}0;13,40{i:02d}5;34\n" for i in range(20)))
TABS = ("timestamp\tlat\tlng\tacc\n"
        + "".join(f"{1748761200 + 60 * i}\t-33.86{i:02d}\t151.20{i:02d}\t5\n" for i in range(20)))
# Quoted names with units; no date, but an elapsed-time column (as DJI's "Time(seconds)").
GPS_DEG = ('"Time (s)","GPS Latitude (deg)","GPS Longitude (deg)","Note"\r\n'
           + "".join(f'"{i}","40.71{i:02d}","-74.00{i:02d}","leg {i}"\r\n' for i in range(12)))


@pytest.mark.parametrize(("text", "count", "first", "start"), [
    (AIRDATA, 30, "51.500012, -0.120045", "2025-06-01T07:12:00"),
    (GPSLOGGER, 40, "48.850010, 2.350020", "2025-06-01T07:00:03.000Z"),
    (SEMICOLON, 20, "52.520000, 13.400050", "2025-06-01T08:00:00"),
    (TABS, 20, "-33.860000, 151.200000", "2025-06-01T07:00:00Z"),
    (GPS_DEG, 12, "40.710000, -74.000000", None),
], ids=["airdata", "gpslogger", "semicolon", "tabs-epoch", "quoted-units"])
def test_common_csv_shapes_are_tracks(text: str, count: int, first: str, start: str | None) -> None:
    data = text.encode()
    assert sniff(data) == "gps-csv"
    got = fields(data)
    assert got["GPSTrack"][0].startswith(f"{count} track point(s)")
    assert got["GPSPosition"] == [first]
    assert "GPSTrackEnd" in got and "NearestPlace" in got
    if start:
        assert got["TrackStart"] == [start]
    else:
        assert "TrackStart" not in got
    assert "META010" in rules(data)


@pytest.mark.parametrize("text", [
    # A posts file (the generic reader's: timestamp and text) with positions stays posts.
    "timestamp,text,lat,lon\n"
    + "".join(f"2025-06-0{i}T10:00:00Z,post {i},51.5,-0.12\n" for i in range(1, 6)),
    # A sparse "lat" column: most rows have none.
    "name,lat,lon\n" + "a,51.5,-0.12\n" + "".join(f"row{i},,\n" for i in range(10)),
    # Columns named so but holding words, or numbers out of range (Garmin FIT semicircles).
    "lat,lon\nhigh,low\nhigh,low\nlow,high\n",
    "position_lat,position_long\n" + "".join(f"{613566757 + i},{-1431655765 + i}\n" for i in range(5)),
    # One row only, and a header alone.
    "latitude,longitude\n51.5,-0.12\n",
    "latitude,longitude\n",
    # No latitude/longitude header at all.
    "x,y\n" + "".join(f"51.{i},-0.{i}\n" for i in range(10)),
    # Positions metres apart but no time, elapsed-time or fix-index column: nothing says a
    # device wrote them (review rev10c item 1).
    '"GPS Latitude (deg)","GPS Longitude (deg)","Note"\r\n'
    + "".join(f'"40.71{i:02d}","-74.00{i:02d}","leg {i}"\r\n' for i in range(12)),
], ids=["posts", "sparse", "words", "semicircles", "one-row", "header-only", "no-header", "no-log-column"])
def test_csvs_that_are_not_logs_stay_text(text: str) -> None:
    assert sniff(text.encode()) == "text"


def test_exiftool_csv_with_numeric_coordinates_and_exif_dates() -> None:
    # `exiftool -csv -n -GPSDateTime -GPSLatitude -GPSLongitude`: EXIF's "2014:04:21" dates.
    data = (b"SourceFile,GPSDateTime,GPSLatitude,GPSLongitude\n"
            b"t/a.jpg,2014:04:21 07:06:41Z,54.98967,-1.60194\n"
            b"t/b.jpg,2014:04:21 07:07:41Z,54.98968,-1.60195\n")
    got = fields(data)
    assert got["TrackStart"] == ["2014-04-21T07:06:41Z"] and got["TrackEnd"] == ["2014-04-21T07:07:41Z"]


def test_unreadable_times_are_said() -> None:
    # A date column (dd/mm, not read) still marks a log when the fixes are metres apart.
    data = b"date,lat,lon\n" + b"".join(b"0%d/06/2025,51.500%d,-0.120%d\n" % (i, i, i) for i in range(1, 6))
    meta = extract(data)
    assert meta.format == "gps-csv" and "TrackStart" not in fields(data)
    assert "times not in a form read" in (meta.error or "")


def test_bad_rows_are_counted_and_said() -> None:
    rows = [f"2025-06-01T07:{i:02d}:00Z,51.50{i:02d},-0.12{i:02d}" for i in range(20)]
    rows[5] = "2025-06-01T07:05:00Z,,"  # no fix
    rows[9] = "2025-06-01T07:09:00Z,0,0"  # a logger's "no fix"
    rows[12] = "2025-06-01T07:12:00Z,north,-0.1"
    data = ("time,lat,lon\n" + "\n".join(rows) + "\n").encode()
    meta = extract(data)
    assert meta.format == "gps-csv"
    got = fields(data)
    assert got["GPSTrack"][0].startswith("17 track point(s)")
    assert meta.error and "3 of 20 row(s) without a readable position" in meta.error


def test_untimed_places_far_apart_are_not_a_log() -> None:
    # A list of cities: no time column, successive rows hundreds of km apart. It was META010
    # "GPS waypoints", critical, in the dossier as the writer's location (review rev10c item 1).
    data = b"city,latitude,longitude\nLondon,51.5072,-0.1276\nParis,48.8566,2.3522\nBerlin,52.52,13.405\n"
    assert sniff(data) == "text"
    assert "META010" not in rules(data, "cities.csv")
    assert "Waypoints" not in fields(data) and "GPSTrack" not in fields(data)


# --- tables of places are not logs (review rev10c item 1) --------------------------------
# Public data a blog charts: the writer was at none of these places.

def usgs_quakes(newest_first: bool = False) -> str:
    """The USGS earthquake feed's CSV layout (earthquake.usgs.gov/fdsnws ... format=csv),
    40 quakes over a month all over the world; the feed lists the newest first."""
    import random

    rng = random.Random(1)
    rows = [f"2024-02-{1 + i % 28:02d}T{i % 24:02d}:12:33.120Z,{rng.uniform(-60, 60):.4f},"
            f"{rng.uniform(-180, 180):.4f},10,{rng.uniform(2.5, 6):.1f},mb,,,,,us,us7000{i:04d},"
            f'2024-02-29T00:00:00.000Z,"{i} km S of Somewhere",earthquake\n' for i in range(40)]
    if newest_first:
        rows.sort(reverse=True)
    header = "time,latitude,longitude,depth,mag,magType,nst,gap,dmin,rms,net,id,updated,place,type\n"
    return header + "".join(rows)


def bristol_shops() -> str:
    import random

    rng = random.Random(2)
    return "name,address,lat,lng\n" + "".join(
        f"Shop {i},{i} High St,{51.45 + rng.uniform(-0.02, 0.02):.5f},"
        f"{-2.59 + rng.uniform(-0.03, 0.03):.5f}\n" for i in range(30))


STATIONS = ("station,name,latitude,longitude,elevation_m\n03772,London Heathrow,51.479,-0.449,25\n"
            "03351,Manchester Airport,53.354,-2.275,69\n03134,Glasgow Bishopton,55.907,-4.533,59\n"
            "03808,Camborne,50.218,-5.327,87\n03590,Wattisham,52.123,0.961,89\n"
            "03257,Leeming,54.297,-1.533,32\n")


def _only_columns(text: str, keep: tuple[int, ...]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in csv.reader(io.StringIO(text)):
        writer.writerow([row[i] for i in keep])
    return out.getvalue()


@pytest.mark.parametrize(("name", "text"), [
    ("quakes.csv", usgs_quakes()),
    ("quakes.csv", usgs_quakes(newest_first=True)),
    ("shops.csv", bristol_shops()),
    ("stations.csv", STATIONS),
    # The same without the columns that describe places: the physics alone tell. Quakes are a
    # day and thousands of km apart (and newest first in the feed); shops and stations have
    # no time, elapsed-time or fix-index column.
    ("quakes.csv", _only_columns(usgs_quakes(), (0, 1, 2))),
    ("quakes.csv", _only_columns(usgs_quakes(newest_first=True), (0, 1, 2))),
    ("shops.csv", _only_columns(bristol_shops(), (2, 3))),
    ("stations.csv", _only_columns(STATIONS, (2, 3))),
    # One place a day, 20-60 km apart, in time order: steps no logger writes a day apart.
    ("visits.csv", "date,time,lat,lon\n" + "".join(
        f"2025-06-{d:02d},12:00,{51 + (d % 3) * 0.3:.3f},{-1 + (d % 2) * 0.4:.3f}\n" for d in range(1, 21))),
    # A shop list with an id column and shops 50 m apart: an id is no device's column.
    ("shops.csv", "id,name,lat,lon\n" + "".join(f"{i},Shop {i},51.45{i:02d},-2.59\n" for i in range(20))),
], ids=["quakes", "quakes-newest-first", "shops", "stations", "quakes-bare", "quakes-bare-newest-first",
        "shops-bare", "stations-bare", "daily-visits", "shops-with-id"])
def test_tables_of_places_stay_text(name: str, text: str) -> None:
    data = text.encode()
    assert sniff(data) == "text"
    found = rules(data, name)
    assert "META010" not in found, found.get("META010")


def test_a_car_logging_once_a_minute_is_still_a_track() -> None:
    # 100 km/h, one fix a minute: 1.7 km steps, 28 m/s; a step over 1 km is a vehicle's when
    # the fixes are minutes apart.
    data = ("time,lat,lon,speed\n" + "".join(
        f"2025-06-01T07:{i:02d}:00Z,{51.5 + i * 0.015:.4f},-0.1200,27.8\n" for i in range(30))).encode()
    assert sniff(data) == "gps-csv"
    assert "GPS track (30 track point(s)" in rules(data)["META010"]


def test_blog_with_public_data_csvs_is_not_a_gps_leak(tmp_path: Path) -> None:
    # A Jekyll blog charting the USGS feed, with shops and stations in _data/ (linked or not).
    from archive_builders import build_jekyll_blog

    site = build_jekyll_blog(tmp_path / "site", [{
        "name": "2024-03-01-quakes.md", "front": {"title": "Quakes", "date": "2024-03-01 08:15:00 +0000"},
        "body": "I charted last month's earthquakes from the USGS feed, see [data](/data/quakes.csv) "
                "and [shops](/data/shops.csv).\n"}],
        files={"data/quakes.csv": usgs_quakes(), "data/shops.csv": bristol_shops(),
               "_data/stations.csv": STATIONS, "_data/quakes.csv": usgs_quakes(newest_first=True)})
    out = CliRunner().invoke(app, ["scan", str(site), "--format", "json"])
    assert out.exit_code in (0, 1), out.output
    doc = json.loads(out.stdout)
    assert not [f for f in doc["findings"] if f["rule"] == "META010"]
    assert "Albany" not in out.stdout and "Bristol" not in out.stdout and "Feltham" not in out.stdout


def test_caps_on_rows_and_bytes_are_said(monkeypatch: pytest.MonkeyPatch) -> None:
    # DJI's fix index and elapsed time (an id alone marks no log since review rev11a item 5).
    data = ("Id,Time(seconds),lat,lon\n"
            + "".join(f"{i},{i / 10:.1f},51.5{i:04d},-0.1{i:04d}\n" for i in range(300))).encode()
    monkeypatch.setattr(textformats, "MAX_LINES", 100)
    meta = extract(data)
    assert meta.partial and "more than 100 lines" in (meta.error or "")
    assert fields(data)["GPSTrack"][0].startswith("99 track point(s)")  # header + 99 rows
    monkeypatch.setattr(textformats, "MAX_LINES", 500_000)
    monkeypatch.setattr(textformats, "MAX_TEXT_BYTES", 1000)
    meta = extract(data)
    assert meta.partial and "CSV larger than" in (meta.error or "")


def test_hostile_csvs_never_raise() -> None:
    for data in (b"lat,lon\n" + b"1,2\n" * 3 + b"9" * 200_000 + b",1\n",
                 b'lat,lon\n"1,2\n"3,4"\n5,6\n7,8\n',
                 b"lat,lon\n" + b"nan,inf\n" * 10 + b"1,2\n1,2\n",
                 "lat,lon\n1,2\n3,4\n\u00e9\u00e9,\u00e9\n".encode()):
        meta = extract(data)
        assert meta.format in ("gps-csv", "text")


# --- what the user sees ------------------------------------------------------------------

def test_scan_of_a_csv_track_reports_it(tmp_path: Path) -> None:
    path = tmp_path / "flight.csv"
    path.write_text(GPSLOGGER)
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json"])
    assert out.exit_code in (0, 1), out.output
    doc = json.loads(out.stdout)
    found = [f for f in doc["findings"] if f["rule"] == "META010"]
    assert found and "GPS track (40 track point(s)" in found[0]["message"]


BRAMOR = "".join(f"   1 {i:04d}   42.72{i:04d}   61.67{i:04d}  249  25.21 21/04/2014 07:06:{i:02d}  25.21"
                 f"    5.90    3.27 ypr\r\n\r\n" for i in range(1, 6))


def test_bramor_generated_log() -> None:
    data = BRAMOR.encode()
    assert sniff(data) == "bramor-log"
    assert fields(data)["GPSTrack"][0].startswith("5 track point(s), 2014-04-21T07:06:01 to")
    # The first ten lines must all be fixes; a line of another shape later is counted, not read.
    meta = extract(data * 3 + b"   1 0099 garbage ypr\r\n")
    assert meta.error and "1 line(s) that are not a gEO fix skipped" in meta.error


def test_folder_scan_reads_csv_and_geo_logs_beside_posts(tmp_path: Path) -> None:
    # A generic folder: a posts CSV (read as posts), a flight log and a gEO log (attachments).
    (tmp_path / "posts.csv").write_text("timestamp,text\n2025-06-01T10:00:00Z,hello from the hills\n")
    (tmp_path / "flight.csv").write_text(AIRDATA)
    (tmp_path / "drone.log").write_text(BRAMOR)
    (tmp_path / "build.log").write_text("12 warnings\n3 errors\n")
    out = CliRunner().invoke(app, ["scan", str(tmp_path), "--format", "json"])
    doc = json.loads(out.stdout)
    assert doc["inputs"][0]["posts"] == 1
    messages = [f["message"] for f in doc["findings"] if f["rule"] == "META010"]
    assert any(m.startswith("flight.csv holds a GPS track (30 track point(s)") for m in messages)
    assert any(m.startswith("drone.log holds a GPS track (5 track point(s)") for m in messages)
    assert not any("posts.csv" in m or "build.log" in m for m in messages)


def test_meta_redact_masks_the_positions(tmp_path: Path) -> None:
    path = tmp_path / "flight.csv"
    path.write_text(GPSLOGGER)
    out = CliRunner().invoke(app, ["meta", str(path), "--redact", "--format", "json"])
    assert "48.85" not in out.stdout and "2.350" not in out.stdout
    assert "META010" in out.stdout


def test_formats_lists_each_raw_format_and_what_is_not_read() -> None:
    out = CliRunner().invoke(app, ["formats"])
    text = " ".join(out.stdout.split())
    assert "..." not in text
    for name in ("DNG", "NEF", "ARW", "CR2", "CR3", "CRW", "ORF", "RW2", "RAF", "MRW", "IIQ"):
        assert name in text
    assert "CSV logs" in text and "Bramor gEO" in text
    not_read = text.split("Not read", 1)[1]
    assert "X3F" in not_read and "Kyocera RAW" in not_read
