"""X/Twitter account archive: ``data/tweets.js`` (all parts), 2019 ``tweet.js``,
``deleted-tweets.js``, the full text of long posts (``note-tweet.js``,
``deleted-note-tweet.js``) and the media folders.

Each ``.js`` file is ``window.YTD.<name>.part<N> = [ ... ]``. The array is parsed one
element at a time (``sources/jsonstream.py``) over text decoded a few MB at a time,
so a multi-hundred-MB file is held once, as its bytes, never as bytes plus a full
decoded copy plus a parse tree.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from nymaudit.model import Attachment, Geotag, Origin, Post
from nymaudit.sources.base import MAX_POSTS, SourceResult
from nymaudit.sources.common import (
    MAX_PROFILE_BYTES,
    as_utf8,
    head_text,
    image_descriptions,
    join_descriptions,
    make_attachment,
    parse_timestamp,
    profile_text,
    read_member_text,
)
from nymaudit.sources.jsonstream import TextWindow, iter_json_array
from nymaudit.sources.tree import InputProblem, Member, Tree

# window.YTD.tweets.part0 = [   (also tweet, deleted_tweets, account, ...)
_YTD_PREFIX = re.compile(r"\s{0,64}window\.YTD\.([A-Za-z0-9_]{1,64})\.part(\d{1,6})\s{0,64}=\s{0,64}")
# Where the next top-level element of a wrapped archive starts, to resync after a
# corrupt element. Inner objects never carry a "tweet" key.
_WRAPPED_START = re.compile(r'\{\s{0,64}"tweet"\s{0,64}:')
_WRAPPED_HEAD = re.compile(r'\s{0,64}\[\s{0,64}\{\s{0,64}"tweet"\s{0,64}:')
# The 2019 tweet.js holds flat tweet objects, with no key that marks a record's start:
# any object that follows a comma is a candidate, and resyncing takes the first that
# decodes to a tweet (inner objects: mentions have an id but no text or time, hashtags
# text but no id, urls and media neither).
_ELEMENT_START = re.compile(r",\s{0,64}(\{)")
_ANCHOR_TEXT = re.compile(r"<[^>]{0,2000}>")
_TWEET_FILE_NAME = re.compile(
    r"(?:tweets?|deleted-tweets?|(?:deleted-)?note-tweet|profile)(?:-part\d{1,6})?\.js")
_MEDIA_FILE = re.compile(r"(\d{1,25})-([^/]{1,300})")

TWEET_FILES = frozenset(("tweets", "tweet"))
DELETED_FILES = frozenset(("deleted_tweets", "deleted_tweet"))
# Long posts ("note tweets", X Premium, since 2023): tweets.js holds the first 280 weighted
# characters ending "…"; the full text is an element {"noteTweet": {"noteTweetId", "createdAt",
# "core": {"text", "urls": [{"shortUrl", "expandedUrl"}], ...}}} of note-tweet.js (deleted
# ones: deleted-note-tweet.js). noteTweetId is not the tweet's id and nothing in tweets.js
# names it: parsers of real archives join a note to the tweet created in the same second
# whose text the note's begins with (docs/formats.md).
NOTE_FILES = frozenset(("note_tweet", "note_tweets"))
DELETED_NOTE_FILES = frozenset(("deleted_note_tweet", "deleted_note_tweets"))
_NOTE_START = re.compile(r'\{\s{0,64}"noteTweet"\s{0,64}:')
# What a tweet's text and its note's may differ by: t.co links (each side has its own), the
# "@name " mentions a reply starts with (in tweets.js only) and the closing ellipsis.
_URL = re.compile(r"https?://\S{1,4000}")
_LEADING_MENTIONS = re.compile(r"(?:@\w{1,50}\s+){1,50}")
_SAME_START = 80  # characters of the two texts compared (what real parsers compare)
_SHORT_START = 24  # below this either text says too little to tell two notes apart
# Notes of one second a tweet is compared with: a person makes a few; a hostile file making
# 500,000 in one second would cost a comparison per note per tweet. The rest are read unjoined.
_PER_SECOND = 64
_TRAILING_TCO = re.compile(r"(?:\s+https://t\.co/\w{1,40})+\s*$")
MEDIA_FOLDERS = frozenset(("tweets_media", "tweet_media", "deleted_tweets_media"))
# The profile's avatar and header as the archive saves them: data/profile_media/<accountId>-<name>.
PROFILE_MEDIA = "profile_media"
# profile.js's picture fields -> how reports name the picture (as sources/bluesky.py names its own).
PROFILE_PICTURES = {"avatarMediaUrl": "profile picture (avatar)", "headerMediaUrl": "profile header"}
# profile.js's description fields, read as the writer's words about themself.
PROFILE_FIELDS = ("bio", "location", "website")


_WORD = re.compile(r"[^\W_]+")


def repeats_words(value: str, of: object) -> bool:
    """Whether every word of a profile field is in the bio (X's "location: Clifton, Bristol"
    beside a bio that says "I live in Clifton, Bristol"): one page naming a place once, not two
    "posts" raising PLACE001 from low to medium (rev12a item 5)."""
    words = _WORD.findall(html.unescape(value).lower())
    bio = set(_WORD.findall(html.unescape(of).lower())) if isinstance(of, str) else set()
    return bool(words) and all(word in bio for word in words)


@dataclass(frozen=True, slots=True)
class YtdPrefix:
    name: str  # tweets, tweet, deleted_tweets, account ...
    part: int
    end: int  # index where the JSON value starts


@dataclass(slots=True)
class _Note:
    """One long post's full text, waiting for its tweet."""

    note_id: str
    when: datetime | None
    text: str
    urls: list[tuple[str, str]]  # (t.co link, expanded URL)
    shown: str  # the file, as reports name it
    deleted: bool
    start: str = ""  # the start of the text as compared with a tweet's (_comparable)
    joined: bool = False


@dataclass(slots=True)
class _Notes:
    by_second: dict[int, list[_Note]] = field(default_factory=dict)
    all: list[_Note] = field(default_factory=list)
    dropped: int = 0  # past MAX_POSTS: counted, not kept (the cap on posts)
    # Tweets too short to compare with a note of their second (a post that is mostly links):
    # (the post as first read, what rebuilds it, its second, its comparable text). They are
    # tried only after every tweet was tried by its start (eleventh session, rev11b D2: a short
    # reply of the same second took the long post's note before the long post was seen).
    pending: list[tuple[Post, tuple[Any, ...], int, str]] = field(default_factory=list)
    # The profile's website as profile.js keeps it, a t.co link -> the URL a tweet's entities.urls
    # expands that same t.co link to, and the tweet ("" until one does): the archive's own expansion.
    profile_links: dict[str, tuple[str, str]] = field(default_factory=dict)

    def take(self, when: datetime | None, raw_text: str) -> _Note | None:
        """The note of the tweet created at ``when`` with this text, marked joined."""
        if when is None or not self.by_second:
            return None
        second = int(when.timestamp())
        seconds = [at for at in (second, second - 1, second + 1) if at in self.by_second]
        if not seconds:
            return None  # most tweets: no long post was made in that second
        tweet = _comparable(raw_text)
        for at in seconds:  # the same instant; a second's slack either way
            for note in self.by_second[at]:
                if not note.joined and _same_start(note.start, tweet):
                    note.joined = True
                    return note
        return None

    def short(self, when: datetime | None, raw_text: str) -> tuple[int, str] | None:
        """(second, comparable text) of a tweet too short to compare with a note of its second
        whose start it could be; None for the others."""
        if when is None or not self.by_second:
            return None
        second = int(when.timestamp())
        notes = self.by_second.get(second, ())
        if not notes:
            return None
        tweet = _comparable(raw_text)
        if any(_begins(n.start, tweet) and min(len(tweet), len(n.start)) < _SHORT_START for n in notes):
            return second, tweet
        return None

    def fallback(self) -> list[tuple[Post, tuple[Any, ...], _Note]]:
        """Second pass: a note still waiting goes to the one short tweet of its second whose text
        begins it; with two such tweets, or two notes waiting, to none (no guess)."""
        joins: list[tuple[Post, tuple[Any, ...], _Note]] = []
        by_second: dict[int, list[tuple[Post, tuple[Any, ...], str]]] = {}
        for post, args, second, tweet in self.pending:
            by_second.setdefault(second, []).append((post, args, tweet))
        for second, tweets in by_second.items():
            waiting = [n for n in self.by_second.get(second, ()) if not n.joined]
            if len(waiting) != 1 or len(tweets) != 1:
                continue
            note, (post, args, tweet) = waiting[0], tweets[0]
            if _begins(note.start, tweet) and min(len(tweet), len(note.start)) < _SHORT_START:
                note.joined = True
                joins.append((post, args, note))
        self.pending.clear()
        return joins


def _tweet_text(tweet: dict[str, Any]) -> str:
    raw_text = tweet.get("full_text")
    if not isinstance(raw_text, str):
        raw_text = tweet.get("text") if isinstance(tweet.get("text"), str) else ""
    return raw_text


def _comparable(text: str) -> str:
    text = html.unescape(text[:4 * _SAME_START + 8000])  # only the start is compared
    text = _URL.sub(" ", text).lstrip()
    mentions = _LEADING_MENTIONS.match(text)
    if mentions:
        text = text[mentions.end():]
    return " ".join(text.replace("\u2026", " ").split()).casefold()


def _begins(note: str, tweet: str) -> bool:
    """The tweet's own text begins the note (or the note the tweet, when the note is shorter);
    an empty text (only links) begins anything."""
    size = min(_SAME_START, len(note), len(tweet))
    return note[:size] == tweet[:size]


def _same_start(note: str, tweet: str) -> bool:
    size = min(_SAME_START, len(note), len(tweet))
    if size < _SHORT_START:
        return False
    return note[:size] == tweet[:size]


def x_weight(text: str) -> int:
    """The length X counts against its 280 limit (twitter-text v3): code points up to U+10FF
    and some punctuation count 1, the rest (CJK, emoji) 2; a t.co link is 23 characters."""
    weight = 0
    for char in text:
        code = ord(char)
        light = code <= 4351 or 8192 <= code <= 8205 or 8208 <= code <= 8223 or 8242 <= code <= 8247
        weight += 1 if light else 2
    return weight


def _cut_weight(raw_text: str) -> int | None:
    """X's length of a text that ends in "…" (before any trailing t.co links), the leading
    "@name " mentions of a reply left out as X leaves them out; None for other texts."""
    tail = raw_text[-4000:]
    if "\u2026" not in tail:
        return None  # the usual case, at the cost of one search
    trimmed = _TRAILING_TCO.sub("", tail).rstrip()
    if not trimmed.endswith("\u2026"):
        return None
    text = raw_text[: len(raw_text) - len(tail)] + trimmed
    mentions = _LEADING_MENTIONS.match(text)
    return x_weight(html.unescape(text[mentions.end():] if mentions else text))


def parse_ytd_prefix(text: str) -> YtdPrefix | None:
    """Recognise ``window.YTD.<name>.part<N> = `` at the start of a file; never
    raises."""
    if not isinstance(text, str):
        return None
    if text.startswith("\ufeff"):
        text = " " + text[1:]  # keep indices aligned with the caller's text
    match = _YTD_PREFIX.match(text)
    if not match:
        return None
    return YtdPrefix(match.group(1), int(match.group(2)), match.end())


def _is_record(value: object) -> bool:
    """A top-level element of a tweets file: wrapped ``{"tweet": {...}}`` or flat."""
    if not isinstance(value, dict):
        return False
    if isinstance(value.get("tweet"), dict):
        return True
    has_id = isinstance(value.get("id_str"), str | int) or isinstance(value.get("id"), str | int)
    return has_id and any(key in value for key in ("created_at", "full_text", "text"))


def client_name(source: object) -> str | None:
    """``<a href="..." rel="nofollow">Twitter for iPhone</a>`` -> ``Twitter for iPhone``."""
    if not isinstance(source, str) or not source.strip():
        return None
    return _client_name(source[:4000])


@functools.lru_cache(maxsize=512)
def _client_name(source: str) -> str | None:
    # An account uses a handful of clients: one shared string each, not one per post.
    text = html.unescape(_ANCHOR_TEXT.sub("", source)).strip()
    return text or None


def _float(value: object) -> float | None:
    if isinstance(value, bool):  # JSON true/false: float(True) is 1.0, not a coordinate
        return None
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return number if number == number and abs(number) != float("inf") else None


def _point(value: object, lat_first: bool) -> tuple[float, float] | None:
    if not isinstance(value, dict):
        return None
    coords = value.get("coordinates")
    if not isinstance(coords, list) or len(coords) != 2:
        return None
    a, b = _float(coords[0]), _float(coords[1])
    if a is None or b is None:
        return None
    lat, lon = (a, b) if lat_first else (b, a)
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lat, lon


def geotag_of(tweet: dict[str, Any]) -> Geotag | None:
    point = _point(tweet.get("coordinates"), lat_first=False) or _point(tweet.get("geo"), lat_first=True)
    place = tweet.get("place") if isinstance(tweet.get("place"), dict) else None
    place_name = country = country_code = None
    if place:
        place_name = _str(place.get("full_name")) or _str(place.get("name"))
        country = _str(place.get("country"))
        country_code = _str(place.get("country_code"))
    if point is None and not (place_name or country or country_code):
        return None
    return Geotag(
        latitude=point[0] if point else None,
        longitude=point[1] if point else None,
        place_name=place_name,
        country=country,
        country_code=country_code,
    )


def _str(value: object) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return None


def _entity_lists(tweet: dict[str, Any], key: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for holder in ("entities", "extended_entities"):
        entities = tweet.get(holder)
        if isinstance(entities, dict) and isinstance(entities.get(key), list):
            found.extend(e for e in entities[key] if isinstance(e, dict))
    return found


class TwitterReader:
    name = "twitter"
    description = "X/Twitter account archive (data/tweets.js, tweet.js, deleted-tweets.js, media)"

    def _archive_files(self, tree: Tree) -> list[tuple[Member, YtdPrefix]]:
        files: list[tuple[Member, YtdPrefix]] = []
        for member in tree.members():
            if not member.name.lower().endswith(".js"):
                continue
            prefix = parse_ytd_prefix(head_text(tree, member.name, 256))
            if prefix is not None:
                files.append((member, prefix))
        return files

    def sniff(self, tree: Tree) -> int:
        best = 0
        for _member, prefix in self._archive_files(tree):
            if prefix.name in TWEET_FILES or prefix.name in DELETED_FILES:
                return 100
            best = 60  # an X archive without tweets (account.js only)
        return best

    def read(self, tree: Tree, result: SourceResult) -> None:
        files = self._archive_files(tree)
        handle = self._account_handle(tree, result, files)
        if handle:
            result.own_urls.append(f"https://x.com/{handle}")  # a link to itself joins nothing
        media = self._media_index(tree, result)
        # The profile first: the account's most visible text, where a finding grouping it with
        # posts is best shown (as Bluesky's profile record comes before its posts).
        self._profile(tree, result, files)
        notes = _Notes()
        notes.profile_links = {url: ("", "") for post in result.posts if post.id.endswith("#website")
                               for url in post.extra.get("urls", ()) if _T_CO.match(url)}
        for member, prefix in sorted(files, key=lambda mp: (mp[1].name, mp[1].part, mp[0].name)):
            if prefix.name in NOTE_FILES or prefix.name in DELETED_NOTE_FILES:
                self._read_notes(tree, result, member, prefix.name in DELETED_NOTE_FILES, notes)
        wanted = [
            (member, prefix)
            for member, prefix in files
            if prefix.name in TWEET_FILES or prefix.name in DELETED_FILES
        ]
        wanted.sort(key=lambda mp: (mp[1].name in DELETED_FILES, mp[1].part, mp[0].name))
        for member, prefix in wanted:
            self._read_file(tree, result, member, prefix.name in DELETED_FILES, handle, media, notes)
        self._join_short(result, notes, handle, media)
        self._unjoined_notes(result, notes, handle)
        _expand_profile_website(result, notes)
        # A tweets file that the content check did not recognise is worth a line.
        recognised = {member.name for member, _prefix in files}
        for member in tree.members():
            filename = member.name.rsplit("/", 1)[-1]
            unread = member.name in tree.unreadable  # the tree reports why
            if member.name not in recognised and not unread and _TWEET_FILE_NAME.fullmatch(filename):
                problem = "empty file" if member.size == 0 else "no window.YTD...partN = prefix"
                result.error(member.name, f"{problem}; not read")

    # -- helpers -------------------------------------------------------------

    def _account_handle(
        self, tree: Tree, result: SourceResult, files: list[tuple[Member, YtdPrefix]]
    ) -> str | None:
        """The @handle from account.js, only to build post URLs. E-mail, phone and
        the rest of account.js are never read into the report."""
        for member, prefix in files:
            if prefix.name != "account":
                continue
            text = read_member_text(tree, result, member.name)
            if text is None:
                return None
            for _i, element, _error in iter_json_array(text, prefix.end):
                account = element.get("account") if isinstance(element, dict) else None
                if isinstance(account, dict):
                    username = account.get("username")
                    if isinstance(username, str) and re.fullmatch(r"[A-Za-z0-9_]{1,50}", username):
                        return username
                break
        return None

    def _profile(self, tree: Tree, result: SourceResult, files: list[tuple[Member, YtdPrefix]]) -> None:
        """The profile as its page shows it: profile.js's bio, location and website, the writer's
        words about themself (the display name is in account.js, of which only the handle is
        read). Records of kind "config" with ``extra["profile"]`` as Bluesky's profile
        (sources/bluesky.py): text detectors read them (an outward code alone is an area there);
        post counts, timing and style do not. Its avatar and header (data/profile_media/
        <accountId>-<name>, matched by the name that ends the picture's URL) are tied to records
        of their own located at the file, so findings on them say which picture it is (twelfth
        session; e-mail and phone are still never read)."""
        pictures: dict[str, Attachment] = {}  # the name a profile_media file ends with -> the file
        for attachment in result.attachments:
            parts = attachment.path.split("/")
            if len(parts) >= 2 and parts[-2] == PROFILE_MEDIA:
                pictures.setdefault(parts[-1].split("-", 1)[-1], attachment)
        for member, prefix in files:
            if prefix.name != "profile":
                continue
            if member.size > MAX_PROFILE_BYTES:  # a real one is a few KB; 135 MB peaked at 2 GB (red13 4)
                result.error(member.name, f"over {MAX_PROFILE_BYTES >> 20} MiB; the profile was not read")
                continue
            text = read_member_text(tree, result, member.name, MAX_PROFILE_BYTES)
            if text is None:
                continue
            shown = tree.display(member.name)
            for index, element, error in iter_json_array(text, prefix.end):
                if error is not None and index == 0:
                    # Said, as for the other files (rev12a item 4): a clean report must not
                    # read as "bio checked".
                    result.error(member.name, f"{error}; the profile was not read")
                if error is not None or index > 0:
                    break  # one element: the account's own
                profile = element.get("profile") if isinstance(element, dict) else None
                profile = profile if isinstance(profile, dict) else {}
                description = profile.get("description")
                description = description if isinstance(description, dict) else {}
                fields = {key: _str(description.get(key)) for key in PROFILE_FIELDS}
                self._profile_pictures(result, profile, pictures, member.name)
                for key, value in fields.items():
                    if not value or not isinstance(value, str):
                        continue
                    if key == "location" and repeats_words(value, fields.get("bio")):
                        continue  # the bio says it: one page, one mention (rev12a item 5)
                    value = profile_text(html.unescape(value), result, member.name, f"the profile's {key}")
                    extra: dict[str, Any] = {"config_key": key, "profile": True}
                    if key == "website" and value.startswith(("http://", "https://")):
                        extra["urls"] = [value]
                    result.posts.append(Post(id=f"{member.name}#{key}", timestamp=None,
                                             text=f"{key}: {value}", origin=Origin(path=shown, record=key),
                                             kind="config", extra=extra))

    @staticmethod
    def _profile_pictures(result: SourceResult, profile: dict[str, Any], pictures: dict[str, Attachment],
                          name_of_file: str) -> None:
        for key, picture in PROFILE_PICTURES.items():
            url = _str(profile.get(key))
            name = url.rsplit("/", 1)[-1] if url else ""
            stem = name.rsplit(".", 1)[0]  # a header's URL has no extension, its saved file one
            attachment = pictures.get(name) or next(
                (a for n, a in pictures.items() if stem and n.rsplit(".", 1)[0] == stem), None)
            if attachment is None or attachment.post_id is not None:
                continue  # not saved, or one file as both pictures: named by the first
            attachment.post_id = f"{name_of_file}#{key}"  # the record findings on the file name
            result.posts.append(Post(id=attachment.post_id, timestamp=None, text="",
                                     origin=Origin(path=attachment.display, record=f"{name_of_file}#{key}"),
                                     attachments=[attachment.path], kind="config",
                                     extra={"config_key": key, "profile": True, "picture": picture}))

    def _media_index(self, tree: Tree, result: SourceResult) -> dict[str, list[str]]:
        """tweet id -> media member names, and every media file as an Attachment."""
        index: dict[str, list[str]] = {}
        for member in tree.members():
            parts = member.name.split("/")
            if len(parts) >= 2 and parts[-2] == PROFILE_MEDIA:  # the avatar and header (_profile)
                result.attachments.append(make_attachment(tree, member, post_id=None, platform_copy=True))
                continue
            if len(parts) < 2 or parts[-2] not in MEDIA_FOLDERS:
                continue
            match = _MEDIA_FILE.fullmatch(parts[-1])
            tweet_id = match.group(1) if match else None
            result.attachments.append(make_attachment(tree, member, post_id=tweet_id, platform_copy=True))
            if tweet_id:
                index.setdefault(tweet_id, []).append(member.name)
        return index

    def _read_notes(self, tree: Tree, result: SourceResult, member: Member, deleted: bool,
                    notes: _Notes) -> None:
        """Every note of note-tweet.js (deleted-note-tweet.js), walked as tweets.js is (the same
        streaming reader, resync, per-record cap); at most MAX_POSTS of them are held."""
        shown = tree.display(member.name)
        for index, element in self._records(tree, result, member, _NOTE_START, None):
            note = element.get("noteTweet") if isinstance(element, dict) else None
            core = note.get("core") if isinstance(note, dict) else None
            if not (isinstance(note, dict) and isinstance(core, dict) and isinstance(core.get("text"), str)):
                result.error(member.name, f"record {index}: not a long post (no noteTweet.core.text)")
                continue
            text = core["text"]
            note_id = _str(note.get("noteTweetId"))
            if note_id is None or not re.fullmatch(r"\d{1,25}", note_id):
                note_id = f"note {index}"  # a record id of the file's own, never a stranger's string
            parsed, reason = parse_timestamp(note.get("createdAt"))
            if reason:
                result.error(member.name, f"record {index} (id {note_id}): {reason}")
            if len(notes.all) >= MAX_POSTS:
                notes.dropped += 1
                continue
            urls: list[tuple[str, str]] = []
            links = core.get("urls")
            for entry in links if isinstance(links, list) else ():
                if isinstance(entry, dict):
                    short_url = entry.get("shortUrl") or entry.get("url")
                    expanded = entry.get("expandedUrl") or entry.get("expanded_url")
                    if isinstance(short_url, str) and isinstance(expanded, str) and expanded:
                        urls.append((short_url, expanded))
            found = _Note(note_id, parsed.when if parsed else None, text, urls, shown, deleted,
                          _comparable(text)[:_SAME_START])
            notes.all.append(found)
            if found.when is not None:
                bucket = notes.by_second.setdefault(int(found.when.timestamp()), [])
                if len(bucket) < _PER_SECOND:
                    bucket.append(found)
        if notes.dropped:
            result.error(member.name, f"more than {MAX_POSTS:,} long posts: the other {notes.dropped:,} "
                         "were not read (a cap on memory); their tweets keep their first 280 characters")

    def _join_short(self, result: SourceResult, notes: _Notes, handle: str | None,
                    media: dict[str, list[str]]) -> None:
        """The second pass of the note join: a short tweet that takes a still-waiting note is
        read again with the note's full text, in its place."""
        joins = notes.fallback()
        if not joins:
            return
        where = {id(post): i for i, post in enumerate(result.posts)}
        for post, (shown, member, index, tweet, deleted), note in joins:
            position = where.get(id(post))
            if position is None:
                note.joined = False  # not kept (cannot happen): the note is read on its own
                continue
            scratch = SourceResult(result.tree)  # its errors were said on the first reading
            again = self._post(shown, scratch, member, index, tweet, deleted, handle, media, notes, note)
            if again is not None:
                result.posts[position] = again

    def _unjoined_notes(self, result: SourceResult, notes: _Notes, handle: str | None) -> None:
        """A note whose tweet is not in the archive (a tweets.js part missing, the tweet
        deleted earlier): read as a post of its own, marked so INPUT009 says it."""
        for note in notes.all:
            if note.joined:
                continue
            text, urls = _expand(note.text, note.urls)
            extra: dict[str, Any] = {"note_unjoined": True}
            if urls:
                extra["urls"] = urls
            if handle:
                extra["account"] = handle
            result.posts.append(Post(
                id=note.note_id,
                timestamp=note.when,
                text=html.unescape(text).strip(),
                origin=Origin(path=note.shown, record=note.note_id),
                deleted=note.deleted,
                extra=extra,
            ))

    def _records(self, tree: Tree, result: SourceResult, member: Member, start_of: re.Pattern[str],
                 head: re.Pattern[str] | None) -> Iterator[tuple[int, Any]]:
        """The elements of a ``window.YTD...`` file, walked a few MB at a time; a corrupt
        element is one error line and the walk resumes at the next ``start_of``. ``head``:
        when given, a file whose array does not begin as it says is the 2019 tweet.js of
        flat objects."""
        try:
            data = as_utf8(tree.read_buffer(member.name))  # a "Unicode" (UTF-16) copy too
        except InputProblem as exc:
            result.error(member.name, str(exc))
            return
        skip = 3 if data.startswith(b"\xef\xbb\xbf") else 0
        # The prefix is ASCII, so its length in characters is its length in bytes.
        prefix = parse_ytd_prefix(data[skip : skip + 512].decode("utf-8", errors="replace"))
        if prefix is None:
            result.error(member.name, "does not start with window.YTD...partN =")
            return
        start = skip + prefix.end
        if head is None or head.match(data[start : start + 512].decode("utf-8", errors="replace")):
            resync, accept = start_of, None
        else:
            resync, accept = _ELEMENT_START, _is_record  # 2019 flat objects
        window = TextWindow(data, start)
        del data  # the window holds the only reference
        for index, element, error in iter_json_array(window, 0, resync, accept=accept):
            if error is not None:
                result.error(member.name, f"record {index}: {error}")
                continue
            yield index, element
        if window.warning:
            result.error(member.name, window.warning)

    def _read_file(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        deleted: bool,
        handle: str | None,
        media: dict[str, list[str]],
        notes: _Notes,
    ) -> None:
        shown = tree.display(member.name)  # one string shared by every post's Origin
        for index, element in self._records(tree, result, member, _WRAPPED_START, _WRAPPED_HEAD):
            tweet = element.get("tweet") if isinstance(element, dict) else None
            if not isinstance(tweet, dict):
                tweet = element if isinstance(element, dict) and "id_str" in element else None
            if tweet is None:
                result.error(member.name, f"record {index}: not a tweet object")
                continue
            post = self._post(shown, result, member, index, tweet, deleted, handle, media, notes)
            if post is not None:
                result.posts.append(post)
                if "note_tweet" not in post.extra:
                    short = notes.short(post.timestamp, _tweet_text(tweet))
                    if short is not None:
                        notes.pending.append((post, (shown, member, index, tweet, deleted), *short))

    def _post(
        self,
        shown: str,
        result: SourceResult,
        member: Member,
        index: int,
        tweet: dict[str, Any],
        deleted: bool,
        handle: str | None,
        media: dict[str, list[str]],
        notes: _Notes,
        forced: _Note | None = None,
    ) -> Post | None:
        tweet_id = _str(tweet.get("id_str")) or _str(tweet.get("id"))
        if tweet_id is None or not re.fullmatch(r"\d{1,25}", tweet_id):
            result.error(member.name, f"record {index}: no usable tweet id")
            return None
        parsed, reason = parse_timestamp(tweet.get("created_at"))
        if reason:
            result.error(member.name, f"record {index} (id {tweet_id}): {reason}")

        raw_text = _tweet_text(tweet)
        text = raw_text
        urls: list[str] = []
        extra: dict[str, Any] = {}
        note = forced or notes.take(parsed.when if parsed else None, raw_text)
        if note is not None:
            # The long post's full text in place of its first 280 characters: one post. A
            # reply's "@name " mentions are in tweets.js only.
            mentions = _LEADING_MENTIONS.match(raw_text)
            body = note.text
            if mentions and not body.startswith(mentions.group(0).strip()):
                body = mentions.group(0) + body
            text, urls = _expand(body, note.urls)
            extra["note_tweet"] = note.note_id
        elif not raw_text.startswith("RT @"):  # a retweet's text is cut by X too, and not the writer's
            cut = _cut_weight(raw_text)
            if cut is not None:
                # Perhaps a long post whose full text is not in the archive: INPUT009 says so
                # when it is as long as X cuts them (heuristics/core.toml).
                extra["cut_weight"] = cut
        for entity in _entity_lists(tweet, "urls"):
            short_url, expanded = entity.get("url"), entity.get("expanded_url")
            if note is not None and isinstance(expanded, str) and expanded.endswith(f"/status/{tweet_id}"):
                continue  # a cut text's "show more" link to the post itself, not the writer's
            if isinstance(expanded, str) and expanded:
                if expanded not in urls:
                    urls.append(expanded)
                if isinstance(short_url, str) and short_url:
                    text = text.replace(short_url, expanded)
                    if short_url in notes.profile_links and not notes.profile_links[short_url][0]:
                        notes.profile_links[short_url] = (expanded, tweet_id)
        media_ids: set[str] = set()
        alts: dict[str, object] = {}  # media id -> its description; entities repeats the first
        for entity in _entity_lists(tweet, "media"):
            short_url = entity.get("url")
            if isinstance(short_url, str) and short_url:
                text = text.replace(short_url, "")  # the pic.x.com link is not the writer's
            media_id = _str(entity.get("id_str")) or _str(entity.get("media_url_https"))
            if media_id:
                media_ids.add(media_id)
            # ext_alt_text: the v1.1 API's media description, in tweets saved from the API;
            # X's own archive has left it out (docs/formats.md, "Image descriptions").
            if entity.get("ext_alt_text") is not None:
                alts.setdefault(media_id or str(len(alts)), entity["ext_alt_text"])
        text = html.unescape(text).strip()

        reply_to = _str(tweet.get("in_reply_to_status_id_str")) or _str(tweet.get("in_reply_to_status_id"))
        retweet = "retweeted_status" in tweet or raw_text.startswith("RT @")
        language = _str(tweet.get("lang"))
        if urls:
            extra["urls"] = urls
        if retweet:
            extra["retweet"] = True
        reply_user = _str(tweet.get("in_reply_to_screen_name"))
        if reply_user:
            extra["reply_to_user"] = reply_user
        if media_ids:
            extra["media_count"] = len(media_ids)
        attachments = sorted(media.get(tweet_id, []))
        if media_ids and not attachments:
            extra["media_missing"] = len(media_ids)  # INPUT009 counts them
        if handle:
            extra["account"] = handle
        text = join_descriptions(text, image_descriptions(list(alts.values())), extra)
        base = f"https://x.com/{handle}/status/" if handle else "https://x.com/i/web/status/"
        return Post(
            id=tweet_id,
            timestamp=parsed.when if parsed else None,
            text=text,
            origin=Origin(path=shown, record=tweet_id),
            source=client_name(tweet.get("source")),
            url=base + tweet_id,
            reply_to=reply_to,
            language=None if language in (None, "und") else language,
            geotag=geotag_of(tweet),
            attachments=attachments,
            kind="reply" if reply_to else "post",
            deleted=deleted,
            authored=not retweet,
            extra=extra,
        )


_T_CO = re.compile(r"https?://t\.co/\w{1,40}\Z")


def _expand_profile_website(result: SourceResult, notes: _Notes) -> None:
    """The profile's website, which profile.js keeps as a t.co link only (account.js holds none),
    with the URL it stands for when a tweet's entities.urls expands that same t.co link: the link
    rules then read the site (LINK010, LINK007); else the t.co link alone, said as a website the
    archive does not name."""
    for post in result.posts:
        if not post.id.endswith("#website") or post.kind != "config":
            continue
        urls = [str(u) for u in post.extra.get("urls", ())]
        for url in list(urls):
            expanded, tweet_id = notes.profile_links.get(url, ("", ""))
            if expanded and expanded.startswith(("http://", "https://")) and expanded not in urls:
                urls.append(expanded)
                post.extra["expanded_by"] = tweet_id  # the tweet that names the site
        post.extra["urls"] = urls


def _expand(text: str, links: list[tuple[str, str]]) -> tuple[str, list[str]]:
    """A note's t.co links replaced by what they stand for (its own, not the tweet's)."""
    urls: list[str] = []
    for short_url, expanded in links:
        if expanded not in urls:
            urls.append(expanded)
        if short_url:
            text = text.replace(short_url, expanded)
    return text, urls


READER = TwitterReader()
