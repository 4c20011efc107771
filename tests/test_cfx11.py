"""Review rev11a items 3 to 6 (eleventh session, 29 November 2026): CSV position logs.

A GIS vertex list or a table sorted by latitude is no track (item 3); an earthquake swarm is no
track (item 4); an id column alone does not make a table a log, and ExifTool's CSV of geotagged
photos is read (item 5); a logger's .txt in a scanned folder is a track, not a post (item 6).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from csv11_layouts import (
    gps_visualizer,
    park_boundary,
    river_line,
    sorted_by_latitude,
    street_trees,
    swarm,
    walk,
)
from nymaudit.cli import app
from nymaudit.metadata import extract, sniff
from nymaudit.metadata.attachments import check_bytes


def fields(data: bytes) -> dict[str, str]:
    return {f.name: f.value for f in extract(data).fields}


def meta010(data: bytes, name: str) -> str | None:
    return next((f.message for f in check_bytes(data, name).findings if f.rule == "META010"), None)


# --- item 3: shapes and sorted tables without times ------------------------------------------------

@pytest.mark.parametrize("text", [
    park_boundary(), river_line(), sorted_by_latitude(), sorted_by_latitude(n=60, trees=True),
], ids=["park-boundary", "river-line", "sensors-by-lat", "trees-by-lat"])
def test_untimed_shapes_and_sorted_tables_are_not_tracks(text: str) -> None:
    data = text.encode()
    assert sniff(data) == "text"
    assert meta010(data, "shape.csv") is None


def test_bare_positions_are_not_read_but_marked_trackpoints_are() -> None:
    # A bare walk looks like the river line above: positions alone are not read (a missed log
    # is chosen over a false "your home"); GPS Visualizer's "T" rows and a device column are.
    points = walk(120, 3, step_m=6.0, noise_m=1.0)
    bare = "latitude,longitude\n" + "".join(f"{a:.6f},{o:.6f}\n" for a, o in points)
    assert sniff(bare.encode()) == "text"
    assert sniff(gps_visualizer().encode()) == "gps-csv"
    with_speed = "latitude,longitude,speed\n" + "".join(f"{a:.6f},{o:.6f},1.4\n" for a, o in points)
    assert sniff(with_speed.encode()) == "gps-csv"
    waypoints = "type,latitude,longitude\n" + "".join(f"W,{a:.6f},{o:.6f}\n" for a, o in points)
    assert sniff(waypoints.encode()) == "text"


# --- item 4: an earthquake swarm ---------------------------------------------------------------------

@pytest.mark.parametrize("newest_first", [False, True])
def test_earthquake_swarm_is_not_a_track(newest_first: bool) -> None:
    data = swarm(newest_first=newest_first).encode()
    assert sniff(data) == "text"
    assert meta010(data, "swarm.csv") is None


def test_swarm_without_magnitude_turns_any_way_so_is_no_track() -> None:
    # The place-column rule alone (no mag column): events round one spot turn at random.
    lines = swarm().splitlines()
    rows = [line.split(",") for line in lines[1:]]
    text = "time,latitude,longitude,place\n" + "".join(f"{r[0]},{r[1]},{r[2]},{r[13]},{r[14]}\n"
                                                      for r in rows)
    assert sniff(text.encode()) == "text"


# --- item 5: id columns, ExifTool's CSV of photos --------------------------------------------------

@pytest.mark.parametrize("text", [street_trees(), sorted_by_latitude(ids=True)], ids=["trees", "sensors"])
def test_id_column_alone_does_not_make_a_log(text: str) -> None:
    assert sniff(text.encode()) == "text"


def exiftool_csv(n: int = 20, dms: bool = False) -> bytes:
    """`exiftool -csv -n -DateTimeOriginal -GPSLatitude -GPSLongitude DIR` (or without -n: 53 deg
    48' 1.44" N), one row per photo taken on a walk, 3 minutes apart."""
    def deg(value: float, hemispheres: str) -> str:
        a = abs(value)
        d, m = int(a), int((a - int(a)) * 60)
        s = (a - d - m / 60) * 3600
        return f'"{d} deg {m}\' {s:.2f}"" {hemispheres[0] if value >= 0 else hemispheres[1]}"'

    rows = []
    for i in range(n):
        lat, lon = 53.8012 + i * 0.0004, -1.5507 + i * 0.0002
        pos = f"{deg(lat, 'NS')},{deg(lon, 'EW')}" if dms else f"{lat:.6f},{lon:.6f}"
        rows.append(f"./IMG_{1000 + i}.JPG,2025:06:01 10:{i * 3:02d}:00,{pos}\n")
    return ("SourceFile,DateTimeOriginal,GPSLatitude,GPSLongitude\n" + "".join(rows)).encode()


@pytest.mark.parametrize("dms", [False, True])
def test_exiftool_photo_positions_are_read(dms: bool) -> None:
    data = exiftool_csv(dms=dms)
    assert sniff(data) == "gps-csv"
    got = fields(data)
    assert got["GPSTrack"].startswith("20 photo position(s), 2025-06-01T10:00:00 to 2025-06-01T10:57:00")
    assert got["GPSPosition"] == "53.801200, -1.550700"
    message = meta010(data, "photos.csv")
    assert message is not None and "20 photo position(s)" in message


def test_exiftool_photos_without_gps_leave_empty_cells() -> None:
    # A folder where half the photos have no position: ExifTool leaves their cells empty.
    lines = exiftool_csv(n=10).decode().splitlines()
    rows = [line if i % 2 else line.rsplit(",", 2)[0] + ",," for i, line in enumerate(lines[1:])]
    data = ("\n".join([lines[0], *rows]) + "\n").encode()
    assert sniff(data) == "gps-csv"
    assert fields(data)["GPSTrack"].startswith("5 photo position(s)")


def test_exiftool_photos_scan_and_redact(tmp_path: Path) -> None:
    path = tmp_path / "photos.csv"
    path.write_bytes(exiftool_csv(n=5))
    out = CliRunner().invoke(app, ["scan", str(path), "--format", "json"])
    assert out.exit_code in (0, 1), out.output
    assert any(f["rule"] == "META010" for f in json.loads(out.stdout)["findings"])
    red = CliRunner().invoke(app, ["scan", str(path), "--redact", "--format", "json"])
    assert "META010" in red.stdout and "53.80" not in red.stdout and "1.550" not in red.stdout


# --- item 6: a logger's .txt in a scanned folder ----------------------------------------------------

def test_winplus_txt_in_a_folder_is_a_track_not_a_post(tmp_path: Path) -> None:
    folder = tmp_path / "wp"
    folder.mkdir()
    fixes = [f"TP,D, {44.9336 + i * 1e-4:.9f}, {-93.1865 + i * 1e-4:.9f}, 10/26/2011, 19:{7 + i // 60:02d}:"
             f"{i % 60:02d}, 0" for i in range(60)]
    (folder / "TRACK.TXT").write_bytes(("\r\n".join(fixes) + "\r\n").encode())
    (folder / "notes.txt").write_text("Went for a drive today, log attached.\n")
    out = CliRunner().invoke(app, ["scan", str(folder), "--format", "json"])
    assert out.exit_code in (0, 1), out.output
    report = json.loads(out.stdout)
    rules = [f["rule"] for f in report["findings"]]
    assert "META010" in rules and "STYLE003" not in rules
    assert [p for p in json.dumps(report).split('"') if p.endswith("TRACK.TXT")]
    red = CliRunner().invoke(app, ["scan", str(folder), "--redact", "--format", "json"])
    assert "META010" in red.stdout and "44.93" not in red.stdout and "93.18" not in red.stdout
