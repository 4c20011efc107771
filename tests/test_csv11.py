"""Eleventh session (29 November 2026), CSV position logs: the column names and thresholds are
data (heuristics/tracks.toml, every example run here); logs that real devices and apps write and
that were missed (newest row first, no time column, a name or address column) are tracks; tables
of places (USGS earthquake lists, also an aftershock sequence oldest first, OpenStreetMap POI
exports, cities, survey points) stay text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SHARED
from csv11_layouts import LOGS, TABLES, dji_reversed, gps_visualizer, gpslogger, usgs
from nymaudit.cli import app
from nymaudit.metadata import extract, sniff, textformats
from nymaudit.metadata.attachments import check_bytes
from nymaudit.rules import load_file

DJI = SHARED / "images" / "exiftool-samples" / "Geotag_DJI_2020-12-02_[07-50-31].csv"


def fields(data: bytes) -> dict[str, str]:
    return {f.name: f.value for f in extract(data).fields}


def meta010(data: bytes, name: str = "log.csv") -> str | None:
    return next((f.message for f in check_bytes(data, name).findings if f.rule == "META010"), None)


# --- item 1: heuristics are data -----------------------------------------------------------

CSV_LOG = load_file("tracks")["csv_log"]


@pytest.mark.parametrize("text", CSV_LOG["examples"]["log"])
def test_tracks_toml_log_examples_read_as_tracks(text: str) -> None:
    assert sniff(text.encode()) == "gps-csv"


@pytest.mark.parametrize("text", CSV_LOG["examples"]["table"])
def test_tracks_toml_table_examples_stay_text(text: str) -> None:
    assert sniff(text.encode()) == "text"


def test_tracks_toml_is_what_the_readers_use() -> None:
    import importlib

    sniff_module = importlib.import_module("nymaudit.metadata.sniff")
    columns, limits = CSV_LOG["columns"], CSV_LOG["thresholds"]
    assert CSV_LOG["id"] and CSV_LOG["why"].strip()
    assert frozenset(columns["latitude"]) == sniff_module.CSV_LAT_NAMES
    assert frozenset(columns["longitude"]) == sniff_module.CSV_LON_NAMES
    assert frozenset(columns["time"]) == textformats._CSV_TIME_NAMES
    assert frozenset(columns["index"]) == textformats._CSV_INDEX_NAMES
    assert frozenset(columns["device"]) == textformats._CSV_DEVICE_NAMES
    assert frozenset(columns["place"]) == textformats._CSV_PLACE_NAMES
    assert limits["max_speed_ms"] == textformats.MAX_LOG_SPEED_MS
    assert limits["max_untimed_step_km"] == textformats.MAX_UNTIMED_STEP_KM
    assert limits["path_min_fixes"] == textformats.PATH_MIN_FIXES


# --- item 2: logs missed, tables kept out ----------------------------------------------------

@pytest.mark.parametrize("name", sorted(LOGS))
def test_device_logs_are_tracks(name: str) -> None:
    data = LOGS[name].encode()
    assert sniff(data) == "gps-csv", name
    found = meta010(data)
    assert found and "GPS track (" in found


@pytest.mark.parametrize("name", sorted(TABLES))
def test_tables_of_places_stay_text(name: str) -> None:
    data = TABLES[name].encode()
    assert sniff(data) == "text", name
    assert meta010(data, f"{name}.csv") is None


def test_newest_first_log_starts_at_its_oldest_fix() -> None:
    # Missed before (rows out of time order were "not a log"); now read, and the start (often
    # home) is the oldest fix, the last row, as for the same log oldest first.
    forward, backward = fields(gpslogger().encode()), fields(gpslogger(newest_first=True).encode())
    assert backward["GPSTrack"] == forward["GPSTrack"]
    assert backward["GPSPosition"] == forward["GPSPosition"]
    assert backward["GPSTrackEnd"] == forward["GPSTrackEnd"]
    assert backward["TrackStart"] == "2025-06-01T07:00:00.000Z"


def test_real_dji_log_newest_first_reads_the_same() -> None:
    if not DJI.is_file():
        pytest.skip("../shared/images/exiftool-samples is not available")
    forward, backward = fields(DJI.read_bytes()), fields(dji_reversed(DJI.read_bytes()).encode())
    assert backward["GPSPosition"] == forward["GPSPosition"] == "-44.690094, 170.424565"
    assert backward["GPSTrackEnd"] == forward["GPSTrackEnd"]
    assert backward["ElapsedTime"].startswith("0.3 s to 10 s")


def test_untimed_path_is_a_track_but_a_short_or_even_one_is_not() -> None:
    # GPS Visualizer's plain text: no time column, the track's name on its first row only.
    got = fields(gps_visualizer().encode())
    assert got["GPSTrack"].startswith("200 track point(s), within")
    assert "TrackStart" not in got
    # Twelve positions 14 m apart in a straight, even line (the tenth session's case): planned
    # points, not a receiver's noisy fixes, and too few to tell; still text.
    even = ('"GPS Latitude (deg)","GPS Longitude (deg)","Note"\r\n'
            + "".join(f'"40.71{i:02d}","-74.00{i:02d}","leg {i}"\r\n' for i in range(40)))
    assert sniff(even.encode()) == "text"


def test_aftershocks_oldest_first_are_not_a_track() -> None:
    # A USGS query ordered oldest first: a quake every 1-5 minutes some kilometres from the last,
    # under 100 m/s, so the once-a-minute car allowance took it for a track before. A vehicle
    # keeps its heading from fix to fix; quakes round one fault turn any way.
    data = usgs(aftershocks=True, bare=True, newest_first=False).encode()
    assert sniff(data) == "text"
    assert meta010(data, "ridgecrest.csv") is None


def test_a_place_column_filled_with_different_values_still_makes_a_table() -> None:
    # The same fixes with a name on every row and hours apart (check-ins): a table.
    rows = "".join(f"2025-06-01T{8 + i}:00:00Z,Cafe {i},51.45{i:02d},-2.59{i:02d}\n" for i in range(10))
    assert sniff(("time,name,lat,lon\n" + rows).encode()) == "text"


# --- through the tool ----------------------------------------------------------------------------

def test_blog_with_a_walk_log_and_quake_tables(tmp_path: Path) -> None:
    from archive_builders import build_jekyll_blog

    site = build_jekyll_blog(tmp_path / "site", [{
        "name": "2025-06-02-walk.md", "front": {"title": "Sunday", "date": "2025-06-02 08:15:00 +0000"},
        "body": "My walk, [track](/assets/walk.csv), and the aftershocks [data](/data/quakes.csv).\n"}],
        files={"assets/walk.csv": LOGS["gpslogger-newest-first"],
               "data/quakes.csv": usgs(aftershocks=True, bare=True, newest_first=False),
               "data/pois.tsv": TABLES["osm-pois-qt"]})
    out = CliRunner().invoke(app, ["scan", str(site), "--format", "json"])
    assert out.exit_code in (0, 1), out.output
    found = [f["message"] for f in json.loads(out.stdout)["findings"] if f["rule"] == "META010"]
    assert len(found) == 1 and "walk.csv" in found[0] and "GPS track (120 track point(s)" in found[0]
    assert "51.454501, -2.587892" in found[0]  # the oldest fix, the file's last row
    red = CliRunner().invoke(app, ["scan", str(site), "--redact", "--format", "json"])
    assert "51.4545" not in red.stdout and "-2.5878" not in red.stdout
    assert "META010" in red.stdout


# --- item 3: Winplus Beacon .TXT (the layout ExifTool's Geotag.pm reads since 2012) ---------------

def winplus(n: int = 20, date: str = "10/26/2011") -> bytes:
    """Fix lines as ExifTool's reader documents them: "TP,D, lat, lon, mm/dd/yyyy, hh:mm:ss, 0"."""
    return b"".join(b"TP,D, %.9f, %.9f, %s, 19:%02d:%02d, 0\r\n"
                    % (44.933666667 + i * 1e-5, -93.186555556 - i * 1e-5, date.encode(), 7 + i // 60, i % 60)
                    for i in range(n))


def test_winplus_beacon_log_is_a_track() -> None:
    data = winplus()
    assert sniff(data) == "winplus-log"
    got = fields(data)
    assert got["GPSTrack"].startswith("20 track point(s), 2011-10-26T19:07:00Z to 2011-10-26T19:07:19Z")
    assert got["GPSPosition"] == "44.933667, -93.186556"
    found = meta010(data, "BEACON.TXT")
    assert found and "GPS track (20 track point(s)" in found


def test_winplus_impossible_dates_and_other_lines() -> None:
    # 13/40/2011 is no mm/dd date: the fixes are read without times; a line of another kind
    # (after the first fixes) is counted.
    got = fields(winplus(date="13/40/2011"))
    assert "TrackStart" not in got and got["GPSTrack"].startswith("20 track point(s), within")
    meta = extract(winplus() + b"TP,X, something else\r\n")
    assert meta.error and "1 line(s) that are not a Winplus fix skipped" in meta.error
    # Prose that starts like a fix, or one fix alone, is not a log.
    assert sniff(b"TP,D, is what the manual calls it.\nNothing else here.\n") != "winplus-log"
    assert sniff(winplus(1)) != "winplus-log"


def test_winplus_meta_redact_masks_the_positions(tmp_path: Path) -> None:
    path = tmp_path / "BEACON.TXT"
    path.write_bytes(winplus())
    out = CliRunner().invoke(app, ["meta", str(path), "--redact", "--format", "json"])
    assert "META010" in out.stdout
    assert "44.93" not in out.stdout and "93.18" not in out.stdout
