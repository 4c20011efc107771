"""Build the bundled demo account (fictional) deterministically.

    python tests/tools/build_demo.py                 # writes src/nymaudit/demo/account
    python tests/tools/build_demo.py OUTDIR          # writes OUTDIR (used by the tests)

Everything under ``src/nymaudit/demo/account/`` is produced here from the
hand-written texts in ``tests/tools/demo_text/`` and ``demo_tweets.py``.  Do not
edit the generated files by hand: change this script and re-run it.  The
answer key of the planted leaks is ``docs/demo.md``.

The persona is FICTIONAL: "Jonathan Smethurst", a planning officer at the
fictional "West Yorkshire Central Council", who writes as @QuietClerk.  Places
are real; people, employer, phone number (Ofcom drama range), e-mail address and
accounts are invented.
"""

from __future__ import annotations

import html
import io
import json
import random
import re
import shutil
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import demo_tweets  # noqa: E402  (sibling module, hand-written tweet bank)

TEXT_DIR = HERE / "demo_text"
DEFAULT_OUT = HERE.parents[1] / "src" / "nymaudit" / "demo" / "account"

LONDON = ZoneInfo("Europe/London")
SEED = 2026

# --- persona (fictional) -----------------------------------------------------
REAL_NAME = "Jonathan Smethurst"
WINDOWS_USER = "jsmethurst"
EMPLOYER = "West Yorkshire Central Council"
HANDLE = "QuietClerk"
DISPLAY_NAME = "Quiet Clerk"
ACCOUNT_ID = "1187462230951268352"
ACCOUNT_CREATED = "2019-10-24T20:14:51.000Z"
PSEUDONYMOUS_EMAIL = "quietclerk.writes@proton.me"

START = date(2025, 1, 6)  # a Monday
END = date(2026, 3, 6)  # a Friday

# England and Wales bank holidays inside the range.  The writer is off and
# silent on all of them except Christmas Day (one evening post).
ENGLAND_BANK_HOLIDAYS = {
    date(2025, 4, 18),
    date(2025, 4, 21),
    date(2025, 5, 5),
    date(2025, 5, 26),
    date(2025, 8, 25),
    date(2025, 12, 25),
    date(2025, 12, 26),
    date(2026, 1, 1),
}
# Holidays elsewhere in the UK on which this English writer is at work and
# posts at lunch from the office (they separate England from Scotland/NI).
FORCED_WORKDAY_LUNCH = {
    date(2025, 3, 17),  # St Patrick's Day (Northern Ireland)
    date(2025, 7, 14),  # Battle of the Boyne, observed (Northern Ireland)
    date(2025, 8, 4),  # Summer bank holiday (Scotland)
    date(2025, 12, 1),  # St Andrew's Day, observed (Scotland)
    date(2026, 1, 2),  # 2 January (Scotland)
}
TRIP = (date(2025, 7, 26), date(2025, 8, 3))  # 9 days away, no posts
CHRISTMAS_LEAVE = (date(2025, 12, 22), date(2025, 12, 31))  # at home, phone only

WEB_APP = '<a href="https://mobile.twitter.com" rel="nofollow">Twitter Web App</a>'
IPHONE = '<a href="http://twitter.com/download/iphone" rel="nofollow">Twitter for iPhone</a>'

# Other (fictional) accounts that are mentioned, replied to or retweeted.
OTHER_ACCOUNTS = {
    name: (display, str(1100000000000000000 + i * 7919 * 1000003))
    for i, (name, display) in enumerate(
        [
            ("PlanningPete", "Pete | planning nerd"),
            ("LocalGovLass", "Local Gov Lass"),
            ("TownHallTales", "Town Hall Tales"),
            ("BinDayBlues", "Bin Day Blues"),
            ("NorthernRailFan", "Northern Sufferer"),
            ("ParishPumpHQ", "Parish Pump"),
            ("CouncillorKaye", "Cllr Anne Kaye (parody)"),
            ("LUFC", "Leeds United"),
            ("YorksWeather", "Yorkshire Weather"),
            ("RTPIplanning", "Planning Institute fan account"),
            ("budgetwonk", "Budget Wonk"),
            ("deskjockey_uk", "Desk Jockey"),
            ("MunicipalMeg", "Meg"),
            ("HousingHannah", "Hannah (housing)"),
            ("otleyrambler", "Otley Rambler"),
        ],
        start=1,
    )
}

SNOWFLAKE_EPOCH_MS = 1288834974657
TCO_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
URL_RE = re.compile(r"https?://\S+")
MENTION_RE = re.compile(r"(?<![\w@])@(\w{1,15})")
HASHTAG_RE = re.compile(r"(?<![\w#&])#(\w+)")


# --- helpers -------------------------------------------------------------------
def double_space(text: str) -> str:
    """The writer types two spaces after a full stop on a keyboard (not on the phone)."""
    return re.sub(r"(?<=[a-z0-9)\"'][.?!]) (?=[A-Z\"'(])", "  ", text)


def twitter_date(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%a %b %d %H:%M:%S +0000 %Y")


def snowflake(moment: datetime, rng: random.Random) -> str:
    ms = int(moment.timestamp() * 1000) + rng.randrange(0, 999)
    return str(((ms - SNOWFLAKE_EPOCH_MS) << 22) | rng.randrange(0, 1 << 22))


def tco(rng: random.Random) -> str:
    return "https://t.co/" + "".join(rng.choice(TCO_ALPHABET) for _ in range(10))


def display_url(url: str) -> str:
    shown = re.sub(r"^https?://(www\.)?", "", url)
    return shown if len(shown) <= 26 else shown[:25] + "\u2026"


def local(day: date, hh: int, mm: int, ss: int = 0) -> datetime:
    return datetime.combine(day, time(hh, mm, ss), tzinfo=LONDON)


def dump_ytd(name: str, records: list[dict]) -> str:
    # The archive's own style: two-space indent and " : " between key and value.
    body = json.dumps(records, indent=2, separators=(",", " : "), ensure_ascii=False)
    return f"window.YTD.{name}.part0 = {body}"


# --- schedule ----------------------------------------------------------------
@dataclass
class Slot:
    moment: datetime  # aware, Europe/London
    kind: str  # L lunch at the office, C commute, E weekday evening, W weekend/leave
    source: str


@dataclass
class Tweet:
    moment: datetime
    source: str
    text: str
    reply_to: str | None = None  # screen name
    is_retweet: bool = False
    media: list[str] = field(default_factory=list)  # keys of generated JPEGs
    geo: tuple[float, float] | None = None  # (lat, lon)
    deleted_after: timedelta | None = None


def random_time(rng: random.Random, start: tuple[int, int], end: tuple[int, int]) -> tuple:
    lo = start[0] * 60 + start[1]
    hi = end[0] * 60 + end[1]
    minute = rng.randint(lo, hi)
    return minute // 60, minute % 60, rng.randint(0, 59)


def build_slots(rng: random.Random, planted_days: set[date]) -> list[Slot]:
    slots: list[Slot] = []
    day = START
    while day <= END:
        weekday = day.weekday()
        off = day in ENGLAND_BANK_HOLIDAYS or TRIP[0] <= day <= TRIP[1]
        leave = CHRISTMAS_LEAVE[0] <= day <= CHRISTMAS_LEAVE[1]
        if off:
            day += timedelta(days=1)
            continue
        if weekday < 5 and not leave:
            lunch_p = 1.0 if day in FORCED_WORKDAY_LUNCH else 0.34
            if rng.random() < lunch_p:
                slots.append(Slot(local(day, *random_time(rng, (12, 15), (13, 30))), "L", WEB_APP))
            if rng.random() < 0.03:  # on the train, after the 7:42
                slots.append(Slot(local(day, *random_time(rng, (7, 44), (8, 6))), "C", IPHONE))
            evening = rng.choices([0, 1, 2], weights=[56, 36, 8])[0]
            if weekday == 4 and rng.random() < 0.3:
                evening += 1
            for _ in range(evening):
                hh, mm, ss = random_time(rng, (19, 0), (23, 30))
                slots.append(Slot(local(day, hh, mm, ss), "E", IPHONE))
        else:
            count = rng.choices([0, 1, 2, 3], weights=[36, 40, 19, 5])[0]
            for _ in range(count):
                window = rng.choices(
                    [((9, 20), (12, 30)), ((13, 30), (18, 0)), ((19, 0), (23, 40))],
                    weights=[50, 25, 25],
                )[0]
                slots.append(Slot(local(day, *random_time(rng, *window)), "W", IPHONE))
        day += timedelta(days=1)
    slots.sort(key=lambda s: s.moment)
    # Thin evenly so that the hand-written bank lasts the whole history.
    capacity = len(demo_tweets.ORIGINALS) + len(demo_tweets.REPLIES) + len(demo_tweets.RETWEETS)
    target = capacity - 6
    while len(slots) > target:
        victim = rng.randrange(len(slots))
        if slots[victim].moment.date() not in FORCED_WORKDAY_LUNCH:
            del slots[victim]
    return slots


def assign_texts(rng: random.Random, slots: list[Slot]) -> list[Tweet]:
    originals = [dict(entry) for entry in demo_tweets.ORIGINALS]
    replies = [dict(entry) for entry in demo_tweets.REPLIES]
    retweets = [dict(entry) for entry in demo_tweets.RETWEETS]
    for bank in (originals, replies, retweets):
        rng.shuffle(bank)
    tweets: list[Tweet] = []
    used_on: dict[str, date] = {}
    for slot in slots:
        month = slot.moment.month
        day = slot.moment.date()
        roll = rng.random()
        bank = retweets if roll < 0.11 else replies if roll < 0.24 else originals

        def fits(entry: dict, slot: Slot = slot, month: int = month, day: date = day) -> bool:
            if slot.kind not in entry.get("kinds", "LCEW"):
                return False
            rule = entry.get("when", {})
            hhmm = slot.moment.strftime("%H:%M")
            if "wd" in rule and slot.moment.weekday() not in rule["wd"]:
                return False
            if hhmm < rule.get("from", "00:00") or hhmm > rule.get("to", "23:59"):
                return False
            if entry.get("after"):
                first = next((d for t, d in used_on.items() if t.startswith(entry["after"])), None)
                if first is None or day <= first:
                    return False
            if entry.get("dates"):
                return any(date.fromisoformat(a) <= day <= date.fromisoformat(b) for a, b in entry["dates"])
            return not entry.get("months") or month in entry["months"]

        dated = [e for e in originals if e.get("dates") and fits(e)]
        candidates = [e for e in bank if fits(e) and not e.get("dates")] or [
            e for e in originals if fits(e) and not e.get("dates")
        ]
        seasonal = [e for e in candidates if e.get("months")]
        if dated:
            entry = dated[0]
        elif not candidates:
            continue  # bank exhausted for this kind of moment: no post
        elif seasonal and rng.random() < 0.6:
            entry = seasonal[0]
        else:
            entry = candidates[0]
        for b in (originals, replies, retweets):
            if entry in b:
                b.remove(entry)
                break
        used_on[entry["text"]] = day
        text = entry["text"]
        if slot.source == WEB_APP:
            text = double_space(text)
        tweets.append(
            Tweet(
                moment=slot.moment,
                source=slot.source,
                text=text,
                reply_to=entry.get("reply_to"),
                is_retweet=text.startswith("RT @"),
            )
        )
    unused_dated = [e["text"][:40] for e in originals if e.get("dates")]
    if unused_dated:
        print("dated posts without a slot:", unused_dated, file=sys.stderr)
    return tweets


def planted_tweets() -> list[Tweet]:
    out = []
    for p in demo_tweets.PLANTED:
        y, mo, d, hh, mi = p["when"]
        moment = datetime(y, mo, d, hh, mi, p.get("sec", 17), tzinfo=LONDON)
        source = WEB_APP if p.get("client") == "web" else IPHONE
        text = double_space(p["text"]) if source == WEB_APP else p["text"]
        out.append(
            Tweet(
                moment=moment,
                source=source,
                text=text,
                reply_to=p.get("reply_to"),
                media=list(p.get("media", [])),
                geo=p.get("geo"),
                deleted_after=timedelta(hours=p["deleted_after_hours"])
                if "deleted_after_hours" in p
                else None,
            )
        )
    return out


# --- archive records -----------------------------------------------------------
def tweet_record(t: Tweet, rng: random.Random, media_files: dict[str, tuple[str, bytes]]) -> dict:
    tweet_id = snowflake(t.moment, rng)
    text = t.text
    urls = []
    # Replace each URL with a t.co link, as the archive stores full_text.
    pieces, pos, new_text = [], 0, ""
    for m in URL_RE.finditer(text):
        expanded = m.group(0).rstrip(".,)")
        end = m.start() + len(expanded)
        short = tco(rng)
        new_text += text[pos : m.start()]
        start_idx = len(new_text)
        new_text += short
        pieces.append((short, expanded, start_idx, start_idx + len(short)))
        pos = end
    new_text += text[pos:]
    text = new_text
    for short, expanded, a, b in pieces:
        urls.append(
            {
                "url": short,
                "expanded_url": expanded,
                "display_url": display_url(expanded),
                "indices": [str(a), str(b)],
            }
        )
    mentions = []
    for m in MENTION_RE.finditer(text):
        name = m.group(1)
        display, uid = OTHER_ACCOUNTS.get(name, (name, str(1000000 + len(name))))
        mentions.append(
            {
                "name": display,
                "screen_name": name,
                "indices": [str(m.start()), str(m.end())],
                "id_str": uid,
                "id": uid,
            }
        )
    hashtags = [
        {"text": m.group(1), "indices": [str(m.start()), str(m.end())]} for m in HASHTAG_RE.finditer(text)
    ]
    media_entities = []
    for n, key in enumerate(t.media, start=1):
        media_key = demo_tweets.MEDIA[key]["key"]
        short = tco(rng)
        text = (text + " " + short).strip()
        a = len(text) - len(short)
        media_id = str(int(tweet_id) - 1000 - n)
        media_entities.append(
            {
                "expanded_url": f"https://x.com/{HANDLE}/status/{tweet_id}/photo/{n}",
                "indices": [str(a), str(len(text))],
                "url": short,
                "media_url": f"http://pbs.twimg.com/media/{media_key}.jpg",
                "id_str": media_id,
                "id": media_id,
                "media_url_https": f"https://pbs.twimg.com/media/{media_key}.jpg",
                "sizes": {
                    "thumb": {"w": "150", "h": "150", "resize": "crop"},
                    "medium": {"w": "320", "h": "240", "resize": "fit"},
                    "small": {"w": "320", "h": "240", "resize": "fit"},
                    "large": {"w": "320", "h": "240", "resize": "fit"},
                },
                "type": "photo",
                "display_url": "pic.x.com/" + short.rsplit("/", 1)[1],
            }
        )
        media_files[f"{tweet_id}-{media_key}.jpg"] = (key, b"")
    display_start = 0
    if t.reply_to and text.startswith("@"):
        display_start = text.index(" ") + 1
    record: dict = {
        "edit_info": {
            "initial": {
                "editTweetIds": [tweet_id],
                "editableUntil": (t.moment + timedelta(hours=1))
                .astimezone(UTC)
                .strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "editsRemaining": "5",
                "isEditEligible": not t.is_retweet and not t.reply_to,
            }
        },
        "retweeted": False,
        "source": t.source,
        "entities": {
            "hashtags": hashtags,
            "symbols": [],
            "user_mentions": mentions,
            "urls": urls,
        },
        "display_text_range": [str(display_start), str(len(text))],
        "favorite_count": "0" if t.is_retweet else str(rng.choice([0, 0, 1, 1, 2, 3, 4, 6, 9, 14])),
        "id_str": tweet_id,
        "truncated": False,
        "retweet_count": str(rng.choice([0, 0, 0, 0, 1, 1, 2, 5]))
        if not t.is_retweet
        else str(rng.randint(3, 140)),
        "id": tweet_id,
        "created_at": twitter_date(t.moment),
        "favorited": False,
        # The archive stores & < > as HTML entities in full_text.
        "full_text": html.escape(text, quote=False),
        "lang": "en",
    }
    if media_entities:
        record["entities"]["media"] = media_entities
        record["extended_entities"] = {"media": media_entities}
        record["possibly_sensitive"] = False
    if t.reply_to:
        target = OTHER_ACCOUNTS.get(t.reply_to)
        uid = target[1] if target else str(1000000 + len(t.reply_to))
        parent_ms = int((t.moment - timedelta(minutes=rng.randint(3, 90))).timestamp() * 1000)
        parent = str(((parent_ms - SNOWFLAKE_EPOCH_MS) << 22) | rng.randrange(0, 1 << 22))
        record["in_reply_to_status_id_str"] = parent
        record["in_reply_to_status_id"] = parent
        record["in_reply_to_user_id"] = uid
        record["in_reply_to_user_id_str"] = uid
        record["in_reply_to_screen_name"] = t.reply_to
    if t.geo:
        lat, lon = t.geo
        record["coordinates"] = {"type": "Point", "coordinates": [f"{lon:.6f}", f"{lat:.6f}"]}
        record["geo"] = {"type": "Point", "coordinates": [f"{lat:.6f}", f"{lon:.6f}"]}
        record["place"] = {
            "name": "Leeds",
            "full_name": "Leeds, England",
            "country": "United Kingdom",
            "country_code": "GB",
            "place_type": "city",
            "id": "27a2a2b4cc0b4a2c",
            "url": "https://api.twitter.com/1.1/geo/id/27a2a2b4cc0b4a2c.json",
            "bounding_box": {
                "type": "Polygon",
                "coordinates": [
                    [
                        ["-1.800421", "53.698968"],
                        ["-1.290352", "53.698968"],
                        ["-1.290352", "53.945872"],
                        ["-1.800421", "53.945872"],
                    ]
                ],
            },
            "attributes": {},
        }
    if t.deleted_after is not None:
        record["deleted_at"] = twitter_date(t.moment + t.deleted_after)
    return record


# --- images --------------------------------------------------------------------
def draw_scene(kind: str, size: tuple[int, int]):
    from PIL import Image, ImageDraw

    w, h = size
    img = Image.new("RGB", size, (150, 190, 225))
    d = ImageDraw.Draw(img)
    if kind == "dog":  # a sandy dog on grass: Biscuit
        d.rectangle([0, int(h * 0.6), w, h], fill=(70, 130, 60))
        d.ellipse([w * 0.3, h * 0.45, w * 0.7, h * 0.75], fill=(214, 180, 120))
        d.ellipse([w * 0.6, h * 0.35, w * 0.78, h * 0.55], fill=(214, 180, 120))
        d.ellipse([w * 0.7, h * 0.42, w * 0.73, h * 0.45], fill=(20, 20, 20))
    elif kind == "papers":  # committee agenda on a desk
        img.paste((120, 90, 60), [0, 0, w, h])
        d.rectangle([w * 0.2, h * 0.1, w * 0.8, h * 0.9], fill=(245, 245, 240))
        for i in range(8):
            y = int(h * 0.2 + i * h * 0.08)
            d.line([w * 0.27, y, w * 0.73, y], fill=(90, 90, 90), width=2)
    elif kind in ("allotment", "allotment_wide"):  # raised beds, a house number behind
        d.rectangle([0, int(h * 0.55), w, h], fill=(95, 70, 45))
        for i in range(3):
            x0 = int(w * (0.08 + i * 0.31))
            d.rectangle([x0, int(h * 0.62), x0 + int(w * 0.24), int(h * 0.9)], fill=(60, 120, 50))
        if kind == "allotment_wide":  # the part cropped out of the published photo
            d.rectangle([0, 0, w, int(h * 0.3)], fill=(170, 90, 70))
            d.rectangle([int(w * 0.05), int(h * 0.05), int(w * 0.3), int(h * 0.25)], fill=(240, 240, 240))
            d.text((int(w * 0.08), int(h * 0.09)), "14", fill=(0, 0, 0))
    elif kind == "station":  # platform and a yellow line
        d.rectangle([0, int(h * 0.5), w, h], fill=(120, 120, 120))
        d.line([0, int(h * 0.62), w, int(h * 0.55)], fill=(240, 210, 0), width=4)
        d.rectangle([w * 0.62, h * 0.15, w * 0.95, h * 0.3], fill=(20, 30, 80))
        d.text((int(w * 0.64), int(h * 0.19)), "HORSFORTH", fill=(255, 255, 255))
    return img


def jpeg_bytes(img, quality: int = 80) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=quality, optimize=False, progressive=False)
    return buf.getvalue()


def rational(value: float, denominator: int = 10000) -> tuple[int, int]:
    return (round(value * denominator), denominator)


def dms(value: float) -> tuple:
    value = abs(value)
    degrees = int(value)
    minutes_full = (value - degrees) * 60
    minutes = int(minutes_full)
    seconds = (minutes_full - minutes) * 60
    return ((degrees, 1), (minutes, 1), rational(seconds, 100))


def original_photo(spec: dict) -> bytes:
    """A camera original: full EXIF, GPS, serial, owner and an uncropped thumbnail."""
    import piexif

    main = draw_scene(spec["scene"], (320, 240))
    thumb = draw_scene(spec["thumb_scene"], (160, 160)).resize((128, 128))
    lat, lon = spec["gps"]
    exif = {
        "0th": {
            piexif.ImageIFD.Make: b"Apple",
            piexif.ImageIFD.Model: b"iPhone 13",
            piexif.ImageIFD.Orientation: 1,
            piexif.ImageIFD.XResolution: (72, 1),
            piexif.ImageIFD.YResolution: (72, 1),
            piexif.ImageIFD.ResolutionUnit: 2,
            piexif.ImageIFD.Software: b"17.5.1",
            piexif.ImageIFD.DateTime: spec["taken"].encode(),
            piexif.ImageIFD.Artist: REAL_NAME.encode(),
            piexif.ImageIFD.Copyright: f"(c) {REAL_NAME}".encode(),
            piexif.ImageIFD.HostComputer: b"iPhone 13",
        },
        "Exif": {
            piexif.ExifIFD.ExposureTime: (1, 120),
            piexif.ExifIFD.FNumber: (16, 10),
            piexif.ExifIFD.ISOSpeedRatings: 50,
            piexif.ExifIFD.ExifVersion: b"0232",
            piexif.ExifIFD.DateTimeOriginal: spec["taken"].encode(),
            piexif.ExifIFD.DateTimeDigitized: spec["taken"].encode(),
            piexif.ExifIFD.OffsetTime: b"+01:00",
            piexif.ExifIFD.OffsetTimeOriginal: b"+01:00",
            piexif.ExifIFD.OffsetTimeDigitized: b"+01:00",
            piexif.ExifIFD.FocalLength: (51, 10),
            piexif.ExifIFD.PixelXDimension: 320,
            piexif.ExifIFD.PixelYDimension: 240,
            piexif.ExifIFD.BodySerialNumber: b"DNPGK2XW0Q7L",
            piexif.ExifIFD.LensMake: b"Apple",
            piexif.ExifIFD.LensModel: b"iPhone 13 back dual wide camera 5.1mm f/1.6",
            piexif.ExifIFD.ImageUniqueID: spec["unique_id"].encode(),
        },
        "GPS": {
            piexif.GPSIFD.GPSVersionID: (2, 2, 0, 0),
            piexif.GPSIFD.GPSLatitudeRef: b"N" if lat >= 0 else b"S",
            piexif.GPSIFD.GPSLatitude: dms(lat),
            piexif.GPSIFD.GPSLongitudeRef: b"E" if lon >= 0 else b"W",
            piexif.GPSIFD.GPSLongitude: dms(lon),
            piexif.GPSIFD.GPSAltitudeRef: 0,
            piexif.GPSIFD.GPSAltitude: spec["altitude"],
            piexif.GPSIFD.GPSTimeStamp: spec["gps_time"],
            piexif.GPSIFD.GPSDateStamp: spec["gps_date"].encode(),
        },
        "1st": {
            piexif.ImageIFD.Compression: 6,
            piexif.ImageIFD.XResolution: (72, 1),
            piexif.ImageIFD.YResolution: (72, 1),
            piexif.ImageIFD.ResolutionUnit: 2,
        },
        "thumbnail": jpeg_bytes(thumb, quality=70),
    }
    out = io.BytesIO()
    piexif.insert(piexif.dump(exif), jpeg_bytes(main), out)
    return out.getvalue()


def platform_copy(scene: str) -> bytes:
    """What X serves and archives: a re-encode with no EXIF at all."""
    return jpeg_bytes(draw_scene(scene, (320, 240)), quality=75)


# --- PDF with an incremental update ----------------------------------------------
def pdf_string(value: str) -> str:
    return "(" + value.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ")"


def build_pdf() -> bytes:
    """A one-page PDF from Word, then re-saved once with a scrubbed Author.

    The first revision's Info dictionary (real name, Windows path) stays in
    the file: the update only appends a new Info object and a new trailer.
    """
    lines = [
        "How to comment on a planning application",
        "A plain guide for residents - draft 3",
        "1. Find the application on the council's planning portal.",
        "2. Stick to material considerations: light, privacy, traffic, design.",
        "3. Comment before the consultation end date.",
        "4. Be specific. Photos and measurements help.",
    ]
    stream_lines = ["BT", "/F1 14 Tf", "56 780 Td"]
    for i, line in enumerate(lines):
        if i:
            stream_lines.append("0 -22 Td")
        stream_lines.append(f"{pdf_string(line)} Tj")
    stream_lines.append("ET")
    content = "\n".join(stream_lines).encode("latin-1")
    file_id = "8f3c1e2a9b7d4c6e0a1b2c3d4e5f6071"
    info1 = (
        "<< /Title "
        + pdf_string(
            rf"C:\Users\{WINDOWS_USER}\OneDrive - {EMPLOYER}\Documents"
            r"\Resident guides\commenting-guide-v3.docx"
        )
        + f" /Author {pdf_string(REAL_NAME)}"
        + " /Creator (Microsoft\\256 Word for Microsoft 365)"
        + " /Producer (Microsoft\\256 Word for Microsoft 365)"
        + " /CreationDate (D:20250311124503+00'00')"
        + " /ModDate (D:20250311124503+00'00') >>"
    )
    objects = [
        "<< /Type /Catalog /Pages 2 0 R /Lang (en-GB) >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        "/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        None,  # content stream
        info1,
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        if body is None:
            out += f"{number} 0 obj\n<< /Length {len(content)} >>\nstream\n".encode()
            out += content + b"\nendstream\nendobj\n"
        else:
            out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref1 = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R /Info 6 0 R "
        f"/ID [<{file_id}> <{file_id}>] >>\nstartxref\n{xref1}\n%%EOF\n"
    ).encode()
    # Incremental update: a new Info dictionary (object 7) with the pen name.
    info2 = (
        "<< /Title (How to comment on a planning application) /Author (Quiet Clerk)"
        " /Creator (Microsoft\\256 Word for Microsoft 365)"
        " /Producer (Microsoft\\256 Word for Microsoft 365; modified using iText)"
        " /CreationDate (D:20250311124503+00'00')"
        " /ModDate (D:20250602213118+01'00') >>"
    )
    off7 = len(out)
    out += f"7 0 obj\n{info2}\nendobj\n".encode("latin-1")
    xref2 = len(out)
    out += f"xref\n0 1\n0000000000 65535 f \n7 1\n{off7:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size 8 /Root 1 0 R /Info 7 0 R /Prev {xref1} "
        f"/ID [<{file_id}> <1d2e3f405162738495a6b7c8d9eaf0b1>] >>\n"
        f"startxref\n{xref2}\n%%EOF\n"
    ).encode()
    return bytes(out)


# --- DOCX ------------------------------------------------------------------------
def build_docx() -> bytes:
    from demo_docx import docx_parts

    parts = docx_parts(REAL_NAME, WINDOWS_USER, EMPLOYER)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data.encode("utf-8"))
    return buf.getvalue()


# --- blog -------------------------------------------------------------------------
def build_blog(out: Path) -> int:
    blog = out / "blog"
    (blog / "_posts").mkdir(parents=True)
    (blog / "assets" / "img").mkdir(parents=True)
    (blog / "assets" / "docs").mkdir(parents=True)
    write(blog / "_config.yml", (TEXT_DIR / "blog" / "_config.yml").read_text("utf-8"))
    count = 0
    for src in sorted((TEXT_DIR / "blog" / "_posts").glob("*.md")):
        raw = src.read_text("utf-8")
        front, body = raw.split("\n---\n", 1)
        write(blog / "_posts" / src.name, front + "\n---\n" + double_space(body))
        count += 1
    for name, spec in demo_tweets.BLOG_PHOTOS.items():
        (blog / "assets" / "img" / name).write_bytes(original_photo(spec))
    (blog / "assets" / "docs" / "commenting-on-a-planning-application.pdf").write_bytes(build_pdf())
    (blog / "assets" / "docs" / "planning-jargon-buster.docx").write_bytes(build_docx())
    return count


def copy_prose(src_dir: Path, dst_dir: Path, persona: bool) -> None:
    dst_dir.mkdir(parents=True)
    for src in sorted(src_dir.iterdir()):
        if src.suffix not in (".md", ".txt"):
            continue
        text = src.read_text("utf-8")
        write(dst_dir / src.name, double_space(text) if persona else text)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


# --- twitter ----------------------------------------------------------------------
def build_twitter(out: Path) -> dict:
    rng = random.Random(SEED)
    planted = planted_tweets()
    planted_days = {t.moment.date() for t in planted}
    slots = build_slots(rng, planted_days)
    # A planted post takes the place of the generated post nearest to it.
    for p in planted:
        same_day = [s for s in slots if s.moment.date() == p.moment.date()]
        if same_day:
            nearest = min(same_day, key=lambda s: abs((s.moment - p.moment).total_seconds()))
            slots.remove(nearest)
    tweets = assign_texts(rng, slots)
    live = sorted([t for t in tweets + planted if t.deleted_after is None], key=lambda t: t.moment)
    deleted = sorted([t for t in planted if t.deleted_after is not None], key=lambda t: t.moment)
    media_files: dict[str, tuple[str, bytes]] = {}
    live_records = [{"tweet": tweet_record(t, rng, media_files)} for t in live]
    deleted_records = [{"tweet": tweet_record(t, rng, media_files)} for t in deleted]
    # The archive lists newest first.
    live_records.reverse()
    deleted_records.reverse()
    data = out / "twitter" / "data"
    (data / "tweets_media").mkdir(parents=True)
    write(data / "tweets.js", dump_ytd("tweets", live_records))
    write(data / "deleted-tweets.js", dump_ytd("deleted_tweets", deleted_records))
    write(
        data / "account.js",
        dump_ytd(
            "account",
            [
                {
                    "account": {
                        "email": PSEUDONYMOUS_EMAIL,
                        "createdVia": "web",
                        "username": HANDLE,
                        "accountId": ACCOUNT_ID,
                        "createdAt": ACCOUNT_CREATED,
                        "accountDisplayName": DISPLAY_NAME,
                    }
                }
            ],
        ),
    )
    write(
        data / "profile.js",
        dump_ytd(
            "profile",
            [
                {
                    "profile": {
                        "description": {
                            "bio": demo_tweets.BIO,
                            "website": "https://t.co/Qk3vN8dLxP",
                            "location": "God's own county",
                        },
                        "avatarMediaUrl": "https://pbs.twimg.com/profile_images/"
                        "1187463301223497729/Xk2pL9Qa.jpg",
                    }
                }
            ],
        ),
    )
    write(
        data / "manifest.js",
        "window.__THAR_CONFIG = "
        + json.dumps(
            {
                "userInfo": {
                    "accountId": ACCOUNT_ID,
                    "userName": HANDLE,
                    "displayName": DISPLAY_NAME,
                },
                "archiveInfo": {
                    "sizeBytes": "48213",
                    "generationDate": "2026-03-07T09:02:11.418Z",
                    "isPartialArchive": False,
                    "maxPartSizeBytes": "53687091200",
                },
                "dataTypes": {
                    "tweets": {
                        "mediaDirectory": "data/tweets_media",
                        "files": [
                            {
                                "fileName": "data/tweets.js",
                                "globalName": "YTD.tweets.part0",
                                "count": str(len(live_records)),
                            }
                        ],
                    },
                    "deletedTweets": {
                        "mediaDirectory": "data/deleted_tweets_media",
                        "files": [
                            {
                                "fileName": "data/deleted-tweets.js",
                                "globalName": "YTD.deleted_tweets.part0",
                                "count": str(len(deleted_records)),
                            }
                        ],
                    },
                },
            },
            indent=2,
            separators=(",", " : "),
        ),
    )
    for filename, (key, _) in sorted(media_files.items()):
        (data / "tweets_media" / filename).write_bytes(platform_copy(demo_tweets.MEDIA[key]["scene"]))
    write(
        out / "twitter" / "Your archive.html",
        '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8">'
        "<title>Your X archive</title></head>\n<body>\n"
        "<p>This is a stub of the archive browser. The data is in the data/ folder.</p>\n"
        '<script src="data/manifest.js"></script>\n</body>\n</html>\n',
    )
    retweets = sum(1 for t in live if t.is_retweet)
    replies = sum(1 for t in live if t.reply_to)
    return {
        "tweets": len(live_records),
        "deleted": len(deleted_records),
        "retweets": retweets,
        "replies": replies,
        "first": min(t.moment for t in live + deleted),
        "last": max(t.moment for t in live + deleted),
        "media": len(media_files),
    }


def build(out: Path) -> dict:
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    stats = build_twitter(out)
    stats["blog_posts"] = build_blog(out)
    copy_prose(TEXT_DIR / "known", out / "known", persona=True)
    copy_prose(TEXT_DIR / "other-writer", out / "other-writer", persona=False)
    return stats


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    stats = build(out)
    for key, value in stats.items():
        print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
