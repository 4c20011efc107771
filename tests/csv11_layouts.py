"""CSV files of positions as real devices, apps and data portals write them (eleventh session,
29 November 2026): GPS logs that must read as tracks and tables of places that must not.
Used by tests/test_csv11.py and tests/benchmarks/bench_metadata_textformats.py.

Column layouts: GPSLogger for Android's CSV header (24 columns, as its CSVFileLogger writes it),
Airdata's flight CSV, DJI's flight log (ExifTool's Geotag_DJI sample), GPS Visualizer's plain
text ("type,latitude,longitude,alt,name", "T" rows, the track named on its first row), GPSBabel's
unicsv ("No,Latitude,Longitude,Altitude,Date,Time"), the USGS earthquake feed
(earthquake.usgs.gov/fdsnws/event/1/query?format=csv), Overpass turbo's CSV of OpenStreetMap
points ("@id	@lat	@lon	name	amenity", tab-separated, `out qt` order: quadtile, neighbours
together), a surveyor's PNEZD point file with latitude and longitude.
"""

from __future__ import annotations

import math
import random

GPSLOGGER_HEADER = ("time,lat,lon,elevation,accuracy,bearing,speed,satellites,provider,hdop,vdop,pdop,"
                    "geoidheight,ageofdgpsdata,dgpsid,activity,battery,annotation,timestamp_ms,time_offset,"
                    "distance,starttimestamp_ms,profile_name,battery_charging")
AIRDATA_HEADER = ("time(millisecond),datetime(utc),latitude,longitude,height_above_takeoff(feet),"
                  "height_above_ground_at_drone_location(feet),ground_elevation_at_drone_location(feet),"
                  "altitude_above_seaLevel(feet),height_sonar(feet),speed(mph),distance(feet),mileage(feet),"
                  "satellites,gpslevel,voltage(v),max_altitude(feet),max_ascent(feet),max_speed(mph),"
                  "max_distance(feet), xSpeed(mph), ySpeed(mph), zSpeed(mph), compass_heading(degrees),"
                  " pitch(degrees), roll(degrees),isPhoto,isVideo,"
                  "rc_elevator,rc_aileron,rc_throttle,rc_rudder,"
                  "battery_percent,voltageCell1,voltageCell2,voltageCell3,voltageCell4,current(A),"
                  "battery_temperature(f),altitude(feet),ascent(feet),flycStateRaw,flycState,message")


def walk(n: int, seed: int, start: tuple[float, float] = (51.4545, -2.5879), step_m: float = 1.4,
         noise_m: float = 0.4) -> list[tuple[float, float]]:
    """A path as a receiver logs it: steps of about step_m metres, a heading that wanders,
    and position noise of about noise_m metres on every fix."""
    rng = random.Random(seed)
    lat, lon = start
    heading = rng.uniform(0, 2 * math.pi)
    points = []
    for _ in range(n):
        heading += rng.gauss(0, 0.15)
        d = step_m * rng.uniform(0.7, 1.3)
        lat += d * math.cos(heading) / 111_320
        lon += d * math.sin(heading) / (111_320 * math.cos(math.radians(lat)))
        points.append((lat + rng.gauss(0, noise_m) / 111_320,
                       lon + rng.gauss(0, noise_m) / (111_320 * math.cos(math.radians(lat)))))
    return points


def _iso(second: float) -> str:
    minute, sec = divmod(second, 60)
    hour, minute = divmod(int(minute), 60)
    return f"2025-06-01T{7 + hour:02d}:{minute:02d}:{sec:06.3f}Z"


# --- logs ----------------------------------------------------------------------------------

def gpslogger(n: int = 120, seed: int = 1, newest_first: bool = False, every_s: int = 1,
              step_m: float = 1.4) -> str:
    """GPSLogger for Android, one fix a second on foot (or every_s seconds); newest_first as a
    spreadsheet sorted by time descending saves it (or an app's history export, newest on top)."""
    rows = []
    for i, (lat, lon) in enumerate(walk(n, seed, step_m=step_m, noise_m=0.4 if step_m < 100 else 5.0)):
        rows.append(f"{_iso(i * every_s)},{lat:.7f},{lon:.7f},{41.2 + i % 3:.1f},4.0,"
                    f"{(i * 7) % 360:.1f},1.3,11,gps,"
                    f"0.9,1.2,1.5,49.5,,,,{87 - i // 60},,{1748761200000 + 1000 * i},,{1.4 * i:.1f},"
                    f"1748761200000,Default Profile,false")
    if newest_first:
        rows.reverse()
    return GPSLOGGER_HEADER + "\n" + "\n".join(rows) + "\n"


def airdata(n: int = 150, seed: int = 2, newest_first: bool = False) -> str:
    """Airdata's CSV of a DJI flight: a row every 100 ms, the date-time to the second."""
    rows = []
    for i, (lat, lon) in enumerate(walk(n, seed, start=(-44.6901, 170.4246), step_m=0.8, noise_m=0.1)):
        rows.append(f"{i * 100},2025-06-01 07:12:{10 + i // 10:02d},{lat:.8f},{lon:.8f},{i * 0.5:.1f},"
                    f"{i * 0.5:.1f},1200,{3937 + i * 0.5:.1f},0,17.9,{i * 2.6:.1f},{i * 2.6:.1f},14,5,16.2,"
                    f"{i * 0.5:.1f},{i * 0.5:.1f},17.9,{i * 2.6:.1f},0,17.9,0,90,-2,0,0,0,0,0,0,0,"
                    f"{98 - i // 50},4.05,4.05,4.04,4.05,3.1,86,{3937 + i * 0.5:.1f},{i * 0.5:.1f},6,P-GPS,")
    if newest_first:
        rows.reverse()
    return AIRDATA_HEADER + "\n" + "\n".join(rows) + "\n"


def gpsbabel_unicsv(n: int = 120, seed: int = 3) -> str:
    """A Garmin track converted by GPSBabel to unicsv: fix number, date and time columns."""
    rows = [f"{i + 1},{lat:.6f},{lon:.6f},{35 + i % 4:.1f},2025/06/01,{_iso(5 * i)[11:19]}"
            for i, (lat, lon) in enumerate(walk(n, seed, step_m=6.0))]
    return "No,Latitude,Longitude,Altitude,Date,Time\n" + "\n".join(rows) + "\n"


def gps_visualizer(n: int = 200, seed: int = 4) -> str:
    """GPS Visualizer's plain text: no time column, "T" rows, the track's name on its first
    row only (the name column describes no place)."""
    rows = [f"T,{lat:.6f},{lon:.6f},{40 + i % 5},{'Sunday walk' if i == 0 else ''}"
            for i, (lat, lon) in enumerate(walk(n, seed, step_m=4.0, noise_m=1.0))]
    return "type,latitude,longitude,alt,name\n" + "\n".join(rows) + "\n"


def bare_path(n: int = 300, seed: int = 5, step_m: float = 25.0) -> str:
    """Positions only, a fix a second by car (a route tool's or a script's export)."""
    rows = [f"{lat:.6f},{lon:.6f}" for lat, lon in walk(n, seed, step_m=step_m, noise_m=2.0)]
    return "latitude,longitude\n" + "\n".join(rows) + "\n"


def addressed_log(n: int = 60, seed: int = 6) -> str:
    """A phone tracker's export with a reverse-geocoded address beside each fix, a fix a minute
    on foot (the address changes every few fixes)."""
    rows = [f"{_iso(60 * i)},{lat:.6f},{lon:.6f},\"{10 + i // 4} Park Street, Bristol\""
            for i, (lat, lon) in enumerate(walk(n, seed, step_m=70.0, noise_m=5.0))]
    return "time,lat,lon,address\n" + "\n".join(rows) + "\n"


def dji_reversed(dji: bytes) -> str:
    """ExifTool's DJI flight log with its rows newest first (fix index and elapsed time descending)."""
    lines = dji.decode("utf-8").splitlines()
    return "\n".join([lines[0], *reversed([line for line in lines[1:] if line.strip()])]) + "\n"


# name -> builder(seed): the benchmark builds each with many seeds, the tests with seed 1.
LOG_BUILDERS = {
    "gpslogger": lambda seed: gpslogger(seed=seed),
    "gpslogger-newest-first": lambda seed: gpslogger(seed=seed, newest_first=True),
    # A car on a main road logging once a minute: 1.7 km steps (the long-step allowance).
    "gpslogger-car-per-minute": lambda seed: gpslogger(n=60, seed=seed, every_s=60, step_m=1700.0),
    "airdata": lambda seed: airdata(seed=seed),
    "airdata-newest-first": lambda seed: airdata(seed=seed, newest_first=True),
    "gpsbabel-unicsv": lambda seed: gpsbabel_unicsv(seed=seed),
    "gps-visualizer-untimed": lambda seed: gps_visualizer(seed=seed),
    "bare-path-car": lambda seed: bare_path(seed=seed),
    "bare-path-walk": lambda seed: bare_path(seed=seed, step_m=1.4),
    "address-per-fix": lambda seed: addressed_log(seed=seed),
}
# Not read since review rev11a item 3 (counted as missed by the benchmark): positions alone, with
# no time, device column or track-point mark, are a GIS vertex list as often as a walk.
UNREAD_LOGS = frozenset(("bare-path-car", "bare-path-walk"))
LOGS = {name: build(1) for name, build in LOG_BUILDERS.items() if name not in UNREAD_LOGS}


# --- tables of places ---------------------------------------------------------------------

def usgs(n: int = 60, seed: int = 1, aftershocks: bool = False, bare: bool = False,
         newest_first: bool = True) -> str:
    """The USGS feed (newest first; a query's orderby=time-asc gives oldest first). aftershocks:
    one sequence, a quake every 1 to 5 minutes within about 15 km."""
    rng = random.Random(seed)
    rows = []
    second = 0
    for i in range(n):
        if aftershocks:
            lat, lon = 35.77 + rng.gauss(0, 0.06), -117.6 + rng.gauss(0, 0.06)
            second += rng.randint(60, 300)
            when = f"2019-07-06T{3 + second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}.{i:03d}Z"
        else:
            lat, lon = rng.uniform(-60, 60), rng.uniform(-180, 180)
            when = f"2024-02-{1 + i % 28:02d}T{i % 24:02d}:12:33.120Z"
        rows.append((when, lat, lon, rng.uniform(2.5, 6), i))
    rows.sort(reverse=newest_first)
    if bare:
        return "time,latitude,longitude\n" + "".join(f"{w},{a:.4f},{o:.4f}\n" for w, a, o, _m, _i in rows)
    return ("time,latitude,longitude,depth,mag,magType,nst,gap,dmin,rms,net,id,updated,place,type\n"
            + "".join(f"{w},{a:.4f},{o:.4f},8.2,{m:.1f},ml,40,50,0.1,0.2,ci,ci{3800000 + i},"
                      f'2019-07-10T00:00:00.000Z,"{int(m * 3)} km NE of Ridgecrest, CA",earthquake\n'
                      for w, a, o, m, i in rows))


def overpass_pois(n: int = 200, seed: int = 8, bare: bool = False, quadtile: bool = True) -> str:
    """Overpass turbo CSV of amenities in one town (tab-separated, `out qt`: neighbours next
    to each other). bare: only the id and position columns; without quadtile, sorted by id."""
    rng = random.Random(seed)
    pois = [(rng.randrange(10**8, 10**10), 51.4545 + rng.uniform(-0.01, 0.01),
             -2.5879 + rng.uniform(-0.015, 0.015)) for _ in range(n)]

    def zorder(p: tuple[int, float, float]) -> int:
        x, y = int((p[2] + 180) * 1e5), int((p[1] + 90) * 1e5)
        return sum(((x >> b) & 1) << (2 * b) | ((y >> b) & 1) << (2 * b + 1) for b in range(26))

    pois.sort(key=zorder if quadtile else (lambda p: p[0]))
    if bare:
        return "@id\t@lat\t@lon\n" + "".join(f"{i}\t{a:.7f}\t{o:.7f}\n" for i, a, o in pois)
    kinds = ["cafe", "pub", "bench", "post_box", "atm", "restaurant"]
    return "@id\t@lat\t@lon\tname\tamenity\n" + "".join(
        f"{i}\t{a:.7f}\t{o:.7f}\t{'Place ' + str(k) if k % 3 else ''}\t{kinds[k % 6]}\n"
        for k, (i, a, o) in enumerate(pois))


def pois_bare_latlon(n: int = 200, seed: int = 9) -> str:
    """The same points, quadtile order, with only their positions kept."""
    lines = overpass_pois(n, seed, bare=True).splitlines()[1:]
    return "lat,lon\n" + "".join(",".join(line.split("\t")[1:]) + "\n" for line in lines)


def cities(n: int = 100, seed: int = 10) -> str:
    rng = random.Random(seed)
    return "city,country,latitude,longitude,population\n" + "".join(
        f"City {i},XX,{rng.uniform(-50, 65):.4f},{rng.uniform(-170, 170):.4f},{rng.randint(10**5, 10**7)}\n"
        for i in range(n))


def survey_points(n: int = 80, seed: int = 11, described: bool = True) -> str:
    """A topographic survey's points (PNEZD with latitude and longitude), taken along kerbs
    and fences a few metres apart, in point order; codes describe each point."""
    codes = ["KERB", "KERB", "FENCE", "TREE", "MH", "LAMP", "WALL", "SPOT"]
    rng = random.Random(seed)
    rows = []
    for i, (lat, lon) in enumerate(walk(n, seed, step_m=6.0, noise_m=0.05)):
        code = codes[rng.randrange(len(codes))]
        rows.append(f"{1000 + i},{179000 + i * 4.1:.3f},{358000 + i * 3.7:.3f},{42 + rng.uniform(0, 2):.3f},"
                    + (f"{code}," if described else "") + f"{lat:.8f},{lon:.8f}")
    header = ("Point,Northing,Easting,Elevation," + ("Description," if described else "")
              + "Latitude,Longitude")
    return header + "\n" + "\n".join(rows) + "\n"


def survey_grid(rows_n: int = 10, cols: int = 10) -> str:
    """Spot heights on a 10 m grid (planned points, no index column), raster order."""
    out = []
    for r in range(rows_n):
        for c in range(cols):
            out.append(f"{51.45 + r * 10 / 111_320:.8f},{-2.59 + c * 10 / 69_400:.8f},{40 + (r + c) % 7}")
    return "lat,lon,height\n" + "\n".join(out) + "\n"


# Review rev11a items 3 to 5 (eleventh session): shapes and tables a GIS or a data portal exports.

def park_boundary(n: int = 80, seed: int = 2) -> str:
    """A park's boundary digitised in a GIS: a ring of vertices 10 to 60 m apart, positions only."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        a = 2 * math.pi * i / n + rng.uniform(-0.02, 0.02)
        r = 0.004 * (1 + 0.15 * math.sin(3 * a)) + rng.uniform(-0.0001, 0.0001)
        rows.append(f"{53.8 + r * math.cos(a):.6f},{-1.55 + r * math.sin(a) / 0.59:.6f}")
    return "latitude,longitude\n" + "\n".join(rows) + "\n"


def river_line(n: int = 120, seed: int = 2) -> str:
    """A river's centre line exported from OpenStreetMap: its nodes 11 to 55 m apart."""
    rng = random.Random(seed)
    lat, lon, heading = 53.80, -1.55, 0.3
    rows = []
    for _ in range(n):
        heading += rng.uniform(-0.3, 0.3)
        d = rng.uniform(0.0001, 0.0005)
        lat, lon = lat + d * math.cos(heading), lon + d * math.sin(heading) / 0.59
        rows.append(f"{lat:.7f},{lon:.7f}")
    return "lat,lon\n" + "\n".join(rows) + "\n"


def sorted_by_latitude(n: int = 40, seed: int = 7, ids: bool = False, trees: bool = False) -> str:
    """Air sensors (or street trees) in a spreadsheet sorted by latitude; ids: numbered after sorting."""
    rng = random.Random(seed)
    spread, start = (0.006, (51.45, -2.59)) if trees else (0.02, (53.79, -1.55))
    lats = sorted(start[0] + rng.uniform(0, spread) for _ in range(n))
    rows = []
    for i, lat in enumerate(lats):
        lon = start[1] + rng.uniform(-0.0005, 0.0005)
        extra = (f"{rng.choice(['Oak', 'Ash', 'Lime'])},{rng.randint(40, 300)}" if trees
                 else str(rng.randint(3, 30)))
        rows.append((f"{i + 1}," if ids else "") + f"{lat:.6f},{lon:.6f},{extra}")
    header = ("id," if ids else "") + ("lat,lon,species,girth_cm" if trees else "lat,lon,pm25")
    return header + "\n" + "\n".join(rows) + "\n"


def street_trees(n: int = 60, seed: int = 1) -> str:
    """A council's street-tree survey: id order along a road, a tree every 15 m."""
    rng = random.Random(seed)
    rows = [f"{i + 1},{rng.choice(['Oak', 'Ash', 'Lime', 'Plane'])},"
            f"{51.4501 + i * 0.00013 + rng.uniform(-2e-5, 2e-5):.6f},{-2.59 + rng.uniform(-3e-5, 3e-5):.6f},"
            f"{rng.randint(4, 20)}" for i in range(n)]
    return "id,species,lat,lon,height_m\n" + "\n".join(rows) + "\n"


def swarm(n: int = 40, seed: int = 11, newest_first: bool = False) -> str:
    """A USGS earthquake swarm (the feed's header): events 1 to 4 minutes and under 1 km apart."""
    rng = random.Random(seed)
    rows = []
    second = 0
    for i in range(n):
        second += rng.randint(60, 240)
        lat, lon = 33.195 + rng.uniform(-0.006, 0.006), -115.585 + rng.uniform(-0.006, 0.006)
        when = f"2023-11-14T{22 + second // 3600:02d}:{second // 60 % 60:02d}:{second % 60:02d}.000Z"
        rows.append(f"{when},{lat:.4f},{lon:.4f},{rng.uniform(2, 8):.1f},{rng.uniform(1, 3.5):.1f},ml,"
                    f"{rng.randint(10, 40)},{rng.randint(40, 120)},0.03,0.2,ci,ci{38000 + i},{when},"
                    f'"{rng.randint(1, 9)} km NE of Niland, CA",earthquake')
    if newest_first:
        rows.reverse()
    return ("time,latitude,longitude,depth,mag,magType,nst,gap,dmin,rms,net,id,updated,place,type\n"
            + "\n".join(rows) + "\n")


TABLE_BUILDERS = {
    "usgs-month": lambda seed: usgs(seed=seed),
    "usgs-month-bare": lambda seed: usgs(seed=seed, bare=True),
    "usgs-aftershocks": lambda seed: usgs(seed=seed, aftershocks=True),
    "usgs-aftershocks-bare": lambda seed: usgs(seed=seed, aftershocks=True, bare=True),
    "usgs-aftershocks-bare-oldest-first": lambda seed: usgs(seed=seed, aftershocks=True, bare=True,
                                                            newest_first=False),
    "osm-pois-qt": lambda seed: overpass_pois(seed=seed),
    "osm-pois-qt-bare": lambda seed: overpass_pois(seed=seed, bare=True),
    "osm-pois-by-id-bare": lambda seed: overpass_pois(seed=seed, bare=True, quadtile=False),
    "osm-pois-latlon-only": lambda seed: pois_bare_latlon(seed=seed),
    "cities": lambda seed: cities(seed=seed),
    "survey-points": lambda seed: survey_points(seed=seed),
    "survey-grid": lambda seed: survey_grid(),
    # Review rev11a items 3 to 5 (eleventh session).
    "gis-park-boundary": lambda seed: park_boundary(seed=seed),
    "osm-river-line": lambda seed: river_line(seed=seed),
    "sensors-sorted-by-lat": lambda seed: sorted_by_latitude(seed=seed),
    "sensors-sorted-by-lat-id": lambda seed: sorted_by_latitude(seed=seed, ids=True),
    "trees-sorted-by-lat": lambda seed: sorted_by_latitude(n=60, seed=seed, trees=True),
    "street-trees-id": lambda seed: street_trees(seed=seed),
    "usgs-swarm-oldest-first": lambda seed: swarm(seed=seed),
    "usgs-swarm-newest-first": lambda seed: swarm(seed=seed, newest_first=True),
}
TABLES = {name: build(1) for name, build in TABLE_BUILDERS.items()}
# Read as a log before and after (not counted as a table wrongly read, reported apart): a
# surveyor's numbered points without codes are a logger's numbered fixes metres apart.
SURVEY_NO_CODES = survey_points(described=False)
