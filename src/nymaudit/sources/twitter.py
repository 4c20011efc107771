"""X/Twitter account archive: ``data/tweets.js`` (all parts), 2019 ``tweet.js``,
``deleted-tweets.js`` and the media folders.

Each ``.js`` file is ``window.YTD.<name>.part<N> = [ ... ]``. The array is parsed one
element at a time (``sources/jsonstream.py``) over text decoded a few MB at a time,
so a multi-hundred-MB file is held once, as its bytes, never as bytes plus a full
decoded copy plus a parse tree.
"""

from __future__ import annotations

import functools
import html
import re
from dataclasses import dataclass
from typing import Any

from nymaudit.model import Geotag, Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import (
    as_utf8,
    head_text,
    image_descriptions,
    join_descriptions,
    make_attachment,
    parse_timestamp,
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
_TWEET_FILE_NAME = re.compile(r"(?:tweets?|deleted-tweets?)(?:-part\d{1,6})?\.js")
_MEDIA_FILE = re.compile(r"(\d{1,25})-([^/]{1,300})")

TWEET_FILES = frozenset(("tweets", "tweet"))
DELETED_FILES = frozenset(("deleted_tweets", "deleted_tweet"))
MEDIA_FOLDERS = frozenset(("tweets_media", "tweet_media", "deleted_tweets_media"))


@dataclass(frozen=True, slots=True)
class YtdPrefix:
    name: str  # tweets, tweet, deleted_tweets, account ...
    part: int
    end: int  # index where the JSON value starts


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
        wanted = [
            (member, prefix)
            for member, prefix in files
            if prefix.name in TWEET_FILES or prefix.name in DELETED_FILES
        ]
        wanted.sort(key=lambda mp: (mp[1].name in DELETED_FILES, mp[1].part, mp[0].name))
        for member, prefix in wanted:
            self._read_file(tree, result, member, prefix.name in DELETED_FILES, handle, media)
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

    def _media_index(self, tree: Tree, result: SourceResult) -> dict[str, list[str]]:
        """tweet id -> media member names, and every media file as an Attachment."""
        index: dict[str, list[str]] = {}
        for member in tree.members():
            parts = member.name.split("/")
            if len(parts) < 2 or parts[-2] not in MEDIA_FOLDERS:
                continue
            match = _MEDIA_FILE.fullmatch(parts[-1])
            tweet_id = match.group(1) if match else None
            result.attachments.append(make_attachment(tree, member, post_id=tweet_id, platform_copy=True))
            if tweet_id:
                index.setdefault(tweet_id, []).append(member.name)
        return index

    def _read_file(
        self,
        tree: Tree,
        result: SourceResult,
        member: Member,
        deleted: bool,
        handle: str | None,
        media: dict[str, list[str]],
    ) -> None:
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
        shown = tree.display(member.name)  # one string shared by every post's Origin
        start = skip + prefix.end
        if _WRAPPED_HEAD.match(data[start : start + 512].decode("utf-8", errors="replace")):
            resync, accept = _WRAPPED_START, None
        else:
            resync, accept = _ELEMENT_START, _is_record  # 2019 flat objects
        window = TextWindow(data, start)
        del data  # the window holds the only reference
        for index, element, error in iter_json_array(window, 0, resync, accept=accept):
            if error is not None:
                result.error(member.name, f"record {index}: {error}")
                continue
            tweet = element.get("tweet") if isinstance(element, dict) else None
            if not isinstance(tweet, dict):
                tweet = element if isinstance(element, dict) and "id_str" in element else None
            if tweet is None:
                result.error(member.name, f"record {index}: not a tweet object")
                continue
            post = self._post(shown, result, member, index, tweet, deleted, handle, media)
            if post is not None:
                result.posts.append(post)
        if window.warning:
            result.error(member.name, window.warning)

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
    ) -> Post | None:
        tweet_id = _str(tweet.get("id_str")) or _str(tweet.get("id"))
        if tweet_id is None or not re.fullmatch(r"\d{1,25}", tweet_id):
            result.error(member.name, f"record {index}: no usable tweet id")
            return None
        parsed, reason = parse_timestamp(tweet.get("created_at"))
        if reason:
            result.error(member.name, f"record {index} (id {tweet_id}): {reason}")

        raw_text = tweet.get("full_text")
        if not isinstance(raw_text, str):
            raw_text = tweet.get("text") if isinstance(tweet.get("text"), str) else ""
        text = raw_text
        urls: list[str] = []
        for entity in _entity_lists(tweet, "urls"):
            short_url, expanded = entity.get("url"), entity.get("expanded_url")
            if isinstance(expanded, str) and expanded:
                if expanded not in urls:
                    urls.append(expanded)
                if isinstance(short_url, str) and short_url:
                    text = text.replace(short_url, expanded)
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
        extra: dict[str, Any] = {}
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
            extra["media_missing"] = True
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


READER = TwitterReader()
