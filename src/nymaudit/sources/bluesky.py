"""Bluesky account export: the account's AT Protocol repository as a CAR v1 file.

Settings > Account > "Export my data" downloads ``repo.car`` (``com.atproto.sync.getRepo``):
a varint-framed header ``{"version": 1, "roots": [commit]}`` then sections ``varint(len) CID
block``, each block DAG-CBOR: the signed commit (``did``, ``data``: the MST root), the Merkle
Search Tree nodes (``l``, ``e: [{p, k, v, t}]``) that map repo paths
(``app.bsky.feed.post/<TID>``) to record CIDs, and the records. Blobs (images) are not in it:
fetched apart (``com.atproto.sync.getBlob``), they are saved beside it as files named by CID,
and read from there when given with it.

The framing is ours (a few lines, so each block is capped and a truncated download keeps the
blocks before the cut); each block is decoded by ``libipld`` (strict DAG-CBOR, nesting capped
by the recursion limit, see docs/architecture.md). Nothing here raises for bad bytes: every
problem is one ``result.error`` line.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from typing import Any

import libipld

from nymaudit.model import Activity, Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import (
    image_descriptions,
    join_descriptions,
    make_attachment,
    media_type_for,
    parse_timestamp,
    profile_text,
    stated_offset,
    time_extra,
)
from nymaudit.sources.tree import InputProblem, Member, Tree

# The header of one root is about 60 bytes; a tool writing several roots stays far below.
MAX_HEADER_BYTES = 64 * 1024
# A post record is a few KB and a PDS refuses records over 1 MiB; an MST node holds at most a
# few dozen entries. A larger block is no repository's: skipped with an error line.
MAX_BLOCK_BYTES = 4 * 1024 * 1024
# Blocks read per file: a heavy account (100,000 posts and likes) has about 150,000 (records
# plus MST nodes). Past the cap the rest is said, not read.
MAX_BLOCKS = 2_000_000
# A repo path is "collection/rkey", at most 1 KB by the repository spec.
MAX_KEY_BYTES = 1024
# Per post: alt texts and links read (the app allows 4 images; a hostile record may hold more).
MAX_EMBED_ITEMS = 50
MAX_FACETS = 500
MAX_TEXT_CHARS = 100_000
MAX_SECTION_ERRORS = 5  # undecodable blocks listed one by one; the rest counted
MAX_SNIFFED = 200  # files of a folder whose head is read to find the CAR
# Two records of one content share a block (a client posting twice in one millisecond); more
# keys than this on one block are a hostile tree multiplying a post.
MAX_PATHS_PER_RECORD = 3

POST = "app.bsky.feed.post"
PROFILE = "app.bsky.actor.profile"
# Timed acts that are not authored text, as Mastodon's boosts: when the writer was online.
_ACTIVITY_KINDS = {"app.bsky.feed.like": "like", "app.bsky.feed.repost": "repost",
                   "app.bsky.graph.follow": "follow"}
# The profile record's pictures (blobs) and how reports name them.
PROFILE_PICTURES = {"avatar": "profile picture (avatar)", "banner": "profile banner"}
# How the line on blocks the tree does not reach names the records they hold.
_UNREACHED_LABELS = {POST: "post", PROFILE: "profile", **_ACTIVITY_KINDS}
_DID = re.compile(r"did:[a-z]{1,16}:[A-Za-z0-9._:%-]{1,512}")
_RKEY = re.compile(r"[A-Za-z0-9._:~-]{1,512}")
_COLLECTION = re.compile(r"[A-Za-z0-9.-]{1,317}")
# A blob saved beside the CAR: named by its CID (CIDv1 base32, "bafkrei..."), maybe with an
# extension the saving tool added.
_BLOB_NAME = re.compile(r"(b[a-z2-7]{20,200})(?:\.[A-Za-z0-9]{1,8})?")
DAG_CBOR = 0x71


class CarProblem(Exception):
    """Bytes that are not a CAR v1 file, or not one this reader can walk."""


def _varint(data: memoryview | bytes, pos: int) -> tuple[int, int]:
    """Unsigned LEB128 at ``pos``: (value, position after it). At most 9 bytes (63 bits), as
    the multiformats varint spec allows."""
    value = shift = 0
    for index in range(pos, min(pos + 9, len(data))):
        byte = data[index]
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value, index + 1
        shift += 7
    raise CarProblem("the file ends inside a length" if pos + 9 > len(data) else "a length over 63 bits")


def _cid_length(data: memoryview, pos: int, end: int) -> tuple[int, int]:
    """(length in bytes, codec) of the binary CID at ``pos``. CIDv0 is a bare sha2-256
    multihash (0x12 0x20 + 32 bytes, dag-pb); CIDv1 is varint version, codec, then the
    multihash (varint code, varint length, digest)."""
    if end - pos >= 34 and data[pos] == 0x12 and data[pos + 1] == 0x20:
        return 34, 0x70
    version, at = _varint(data, pos)
    if version != 1:
        raise CarProblem(f"unknown CID version {version}")
    codec, at = _varint(data, at)
    _code, at = _varint(data, at)
    size, at = _varint(data, at)
    if size > 128 or at + size > end:
        raise CarProblem("a CID longer than its section")
    return at + size - pos, codec


def decode_block(data: bytes | memoryview) -> tuple[Any, str | None]:
    """One DAG-CBOR block as Python values, or (None, why). libipld raises ValueError for bad
    bytes and RecursionError past the recursion limit; anything else it may raise (a Rust
    panic surfaces as pyo3's PanicException, a BaseException) is caught too."""
    try:
        return libipld.decode_dag_cbor(bytes(data)), None
    except RecursionError:
        return None, "nested too deep to read"
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: B036 - a decoder panic must become an error line
        reason = str(exc).replace("Failed to decode DAG-CBOR.", "").strip()[:120]
        return None, f"not DAG-CBOR ({reason or type(exc).__name__})"


def parse_header(data: bytes | memoryview) -> tuple[list[bytes], int]:
    """(root CIDs, position of the first section) of a CAR v1 file; CarProblem if it is not one."""
    view = memoryview(data)
    length, pos = _varint(view, 0)
    if not 0 < length <= MAX_HEADER_BYTES:
        raise CarProblem(f"header length {length} is not that of a CAR header")
    if pos + length > len(view):
        raise CarProblem("the file ends inside the CAR header")
    header, error = decode_block(view[pos:pos + length])
    if error is not None or not isinstance(header, dict):
        raise CarProblem(f"the CAR header is {error or 'not a map'}")
    if header.get("version") != 1:
        raise CarProblem(f"CAR version {str(header.get('version'))[:20]} (only version 1 is read)")
    roots = header.get("roots")
    if not isinstance(roots, list) or not all(isinstance(r, bytes) for r in roots):
        raise CarProblem("the CAR header has no list of root CIDs")
    return roots, pos + length


def is_car_head(head: bytes) -> bool:
    """Whether the first bytes of a file are a CAR v1 header (version 1, a list of roots)."""
    try:
        parse_header(head)
    except CarProblem:
        return False
    return True


def cid_text(cid: object) -> str | None:
    """A binary CID (as libipld gives links) as its base32 string ("bafy..."), None if not one."""
    if not isinstance(cid, bytes | str) or len(cid) > 300:
        return None
    try:
        return libipld.encode_cid(cid)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException:  # noqa: B036 - a decoder panic must not end the scan
        return None


@dataclass
class _Car:
    member: Member
    shown: str
    data: memoryview
    blocks: dict[bytes, tuple[int, int]] = field(default_factory=dict)
    order: list[bytes] = field(default_factory=list)
    nodes: set[bytes] = field(default_factory=set)  # the commit and MST nodes met
    bad_blocks: int = 0
    missing_records: int = 0
    # The file or its tree is incomplete (a cut download, a node or the commit not in the
    # file, a malformed node): records the walk could not reach may be real ones.
    incomplete: bool = False

    def block(self, cid: object) -> tuple[Any, str | None] | None:
        """The decoded block of ``cid``, or None when the file does not hold it."""
        if not isinstance(cid, bytes):
            return None
        where = self.blocks.get(cid)
        if where is None:
            return None
        return decode_block(self.data[where[0]:where[1]])


def _str(value: object, limit: int = MAX_TEXT_CHARS) -> str | None:
    return value.strip()[:limit] if isinstance(value, str) and value.strip() else None


def _list(value: object, limit: int = MAX_EMBED_ITEMS) -> list[Any]:
    return value[:limit] if isinstance(value, list) else []


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


class BlueskyReader:
    name = "bluesky"
    description = "Bluesky account export (repo.car: the AT Protocol repository, CAR v1; blobs beside it)"

    def _cars(self, tree: Tree) -> list[Member]:
        """Members whose first bytes are a CAR v1 header: any name for a file given on its own;
        in a folder or archive, ``*.car`` and files without an extension (``curl`` of getRepo
        saved as ``repo``), not those named by a blob's CID, the first MAX_SNIFFED of them."""
        members = tree.members()
        found = []
        sniffed = 0
        for member in members:
            base = member.name.rsplit("/", 1)[-1]
            if len(members) > 1 and not base.lower().endswith(".car") and (
                    "." in base or _BLOB_NAME.fullmatch(base) or sniffed >= MAX_SNIFFED):
                continue
            sniffed += 1
            try:
                head = tree.head(member.name, 1024)
            except InputProblem:
                continue
            if is_car_head(head):
                found.append(member)
        return found

    def sniff(self, tree: Tree) -> int:
        return 95 if self._cars(tree) else 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        cars = self._cars(tree)
        blobs = self._blobs(tree, result, {m.name for m in cars})
        for member in cars:
            self._read_car(tree, result, member, blobs)

    # -- blobs beside the CAR ------------------------------------------------------

    def _blobs(self, tree: Tree, result: SourceResult, cars: set[str]) -> dict[str, str]:
        """CID string -> member name of every file named by a blob CID, each an Attachment.
        A blob is the bytes as uploaded (getBlob serves them so, to anyone): not a platform copy."""
        found: dict[str, str] = {}
        for member in tree.members():
            if member.name in cars:
                continue
            match = _BLOB_NAME.fullmatch(member.name.rsplit("/", 1)[-1])
            if match is None or cid_text(match.group(1)) != match.group(1):
                continue
            found.setdefault(match.group(1), member.name)
            attachment = make_attachment(tree, member, post_id=None, platform_copy=False)
            if attachment.media_type is None:
                with contextlib.suppress(InputProblem):
                    attachment.media_type = media_type_for(member.name, tree.head(member.name, 64))
            result.attachments.append(attachment)
        return found

    # -- the CAR file --------------------------------------------------------------

    def _read_car(self, tree: Tree, result: SourceResult, member: Member, blobs: dict[str, str]) -> None:
        try:
            data = tree.read_buffer(member.name)
        except InputProblem as exc:
            result.error(member.name, str(exc))
            return
        try:
            roots, pos = parse_header(data)
        except CarProblem as exc:
            result.error(member.name, f"not a readable CAR file: {exc}")
            return
        car = _Car(member, tree.display(member.name), memoryview(data))
        self._index(car, result, pos)
        did, paths = self._walk(car, result, roots)
        if did:
            result.own_urls.append(f"https://bsky.app/profile/{did}")  # a link to itself joins nothing
        by_path = {a.path: a for a in result.attachments}
        done: dict[bytes, int] = {}
        repeated = 0
        for path, cid in sorted(paths):
            done[cid] = done.get(cid, 0) + 1
            if done[cid] > MAX_PATHS_PER_RECORD:
                repeated += 1  # a hostile tree pointing 80,000 keys at one post: not 80,000 posts
                continue
            self._record(car, result, path, cid, did, blobs, by_path)
        if repeated:
            result.error(member.name, f"{repeated} entries of the repository's tree point at a record "
                                      f"already read {MAX_PATHS_PER_RECORD} times; skipped")
        # Blocks no record path of the signed commit's tree reaches. A repository's records are
        # those its MST maps a path to (the atproto repository spec; getRepo writes the commit,
        # then the tree's nodes and records). In a complete file such a block is no record of the
        # account (left by a partial export, or crafted to add posts): counted in one line, not
        # read (tenth session, 29 November 2026). In a cut or damaged file, whose tree could not
        # be walked whole, they are read by their $type, located by CID, as before: the PDS
        # writes blocks in storage order, so a cut download holds records whose nodes are lost.
        unreached = [cid for cid in car.order if cid not in done and cid not in car.nodes]
        if car.incomplete:
            for cid in unreached:
                self._record(car, result, None, cid, did, blobs, by_path, orphan=True)
        elif unreached:
            self._say_unreached(car, result, unreached)
        if car.missing_records:
            result.error(member.name, f"{car.missing_records} record(s) the repository's tree lists are "
                                      "not in the file (a partial or truncated export?)")
        if car.bad_blocks > MAX_SECTION_ERRORS:
            more = car.bad_blocks - MAX_SECTION_ERRORS
            result.error(member.name, f"{more} more blocks could not be decoded")

    def _index(self, car: _Car, result: SourceResult, pos: int) -> None:
        """CID -> (start, end) of each block's bytes, in file order; framing errors stop the
        walk with one line (a truncated download keeps every block before the cut)."""
        data, name = car.data, car.member.name
        count = 0
        while pos < len(data):
            if count >= MAX_BLOCKS:
                result.error(name, f"more than {MAX_BLOCKS} blocks; the rest of the file was not read")
                car.incomplete = True
                return
            try:
                length, start = _varint(data, pos)
                if length == 0 or start + length > len(data):
                    raise CarProblem(f"the file ends inside block {count + 1} (truncated?)" if length
                                     else f"block {count + 1} is empty")
                cid_len, codec = _cid_length(data, start, start + length)
            except CarProblem as exc:
                result.error(name, f"{exc}; the rest of the file was not read")
                car.incomplete = True
                return
            end = start + length
            count += 1
            pos = end
            if end - start - cid_len > MAX_BLOCK_BYTES:
                result.error(name, f"block {count} is over the {MAX_BLOCK_BYTES >> 20} MiB block size cap; "
                                   "skipped")
                continue
            if codec != DAG_CBOR:
                continue  # a raw or dag-pb block: no record of a repository
            cid = bytes(data[start:start + cid_len])
            if cid not in car.blocks:
                car.order.append(cid)
            car.blocks[cid] = (start + cid_len, end)

    def _walk(self, car: _Car, result: SourceResult,
              roots: list[bytes]) -> tuple[str | None, list[tuple[str, bytes]]]:
        """(the account's DID, [(repo path, record CID)]) from the commit and its MST. Iterative
        with a visited set: a hostile file's nodes may point at each other."""
        name = car.member.name
        commit = car.block(roots[0]) if roots else None
        if commit is None or commit[1] is not None or not isinstance(commit[0], dict):
            why = "is not in the file" if commit is None else "is not a commit"
            result.error(name, f"the repository's commit (the CAR root) {why}; records read without "
                               "their paths")
            car.incomplete = True
            return None, []
        car.nodes.add(roots[0])
        did = commit[0].get("did")
        did = did if isinstance(did, str) and _DID.fullmatch(did) else None
        paths: list[tuple[str, bytes]] = []
        stack = [commit[0].get("data")]
        missing = bad = 0
        while stack:
            node_cid = stack.pop()
            if node_cid is None:
                continue
            if not isinstance(node_cid, bytes) or node_cid in car.nodes:
                bad += 1
                continue
            car.nodes.add(node_cid)
            found = car.block(node_cid)
            if found is None:
                missing += 1
                continue
            node, error = found
            if error is not None or not isinstance(node, dict) or not isinstance(node.get("e"), list):
                bad += 1
                continue
            stack.append(node.get("l"))
            key = b""
            for entry in node["e"]:
                entry = _dict(entry)
                prefix, suffix, value = entry.get("p"), entry.get("k"), entry.get("v")
                if (not isinstance(prefix, int) or not isinstance(suffix, bytes)
                        or not 0 <= prefix <= len(key) or prefix + len(suffix) > MAX_KEY_BYTES
                        or not isinstance(value, bytes)):
                    bad += 1
                    break
                key = key[:prefix] + suffix
                if len(paths) >= MAX_BLOCKS:
                    result.error(name, f"more than {MAX_BLOCKS} entries in the repository's tree; the rest "
                                       "were not read")
                    car.incomplete = True
                    return did, paths
                paths.append((key.decode("utf-8", errors="replace"), value))
                stack.append(entry.get("t"))
        if missing or bad:
            car.incomplete = True
        if missing:
            result.error(name, f"{missing} node(s) of the repository's tree are not in the file (a partial "
                               "or truncated export?)")
        if bad:
            result.error(name, f"{bad} node(s) or entries of the repository's tree are malformed; skipped")
        return did, paths

    @staticmethod
    def _say_unreached(car: _Car, result: SourceResult, unreached: list[bytes]) -> None:
        """One line for the blocks of a complete file that its tree does not reach, with how
        many of them hold a record of a kind this reader reads (by their $type)."""
        kinds: dict[str, int] = {}
        for cid in unreached:
            found = car.block(cid)
            record = found[0] if found is not None and found[1] is None else None
            kind = record.get("$type") if isinstance(record, dict) else None
            label = _UNREACHED_LABELS.get(kind) if isinstance(kind, str) else None
            if label is not None:
                kinds[label] = kinds.get(label, 0) + 1
        held = ", ".join(f"{count} {label}{'' if count == 1 else 's'}" for label, count in kinds.items())
        result.error(car.member.name,
                     f"{len(unreached)} block(s) that no record path of the repository's tree reaches"
                     f"{f' (by their $type: {held})' if held else ''}: not the account's records "
                     "(left by a partial export, or added), not read")

    # -- records ---------------------------------------------------------------------

    def _record(self, car: _Car, result: SourceResult, path: str | None, cid: bytes, did: str | None,
                blobs: dict[str, str], by_path: dict[str, Any], orphan: bool = False) -> None:
        found = car.block(cid)
        name = car.member.name
        if found is None:
            car.missing_records += 1  # said once, after the walk: a cut file misses thousands
            return
        record, error = found
        if error is not None:
            if orphan:
                car.bad_blocks += 1
                if car.bad_blocks > MAX_SECTION_ERRORS:
                    return
            result.error(name, f"record {path or cid_text(cid)}: {error}")
            return
        if not isinstance(record, dict):
            if not orphan:
                result.error(name, f"record {path}: not a record (a map)")
            return
        kind = record.get("$type")
        collection = path.split("/", 1)[0] if path else kind
        if orphan and not isinstance(kind, str):
            return  # an MST node or commit left over, no record
        if path is not None:
            rkey = path.split("/", 1)[1] if "/" in path else ""
            if not (_COLLECTION.fullmatch(collection or "") and _RKEY.fullmatch(rkey)):
                result.error(name, f"record {path[:80]!r}: not a repository path; skipped")
                return
            uri = f"at://{did}/{path}" if did else path
        else:
            rkey = None
            uri = cid_text(cid) or "?"
        if collection == POST:
            post = self._post(car, result, uri, rkey, record, did, blobs)
            for member_name in post.attachments:
                attachment = by_path.get(member_name)
                if attachment is not None and attachment.post_id is None:
                    attachment.post_id = post.id
            result.posts.append(post)
        elif collection == PROFILE:
            records = self._profile(car, result, name, uri, record, blobs, by_path)
            result.posts.extend(records)
            pictures = {r.attachments[0] for r in records if r.attachments}
            if pictures:  # the account's most visible images: the first files a report names
                result.attachments.sort(key=lambda a: a.path not in pictures)
        elif collection in _ACTIVITY_KINDS:
            parsed, reason = parse_timestamp(record.get("createdAt"))
            if parsed is None:
                result.error(name, f"record {uri}: {_ACTIVITY_KINDS[collection]} with {reason}")
                return
            result.activities.append(Activity(timestamp=parsed.when, kind=_ACTIVITY_KINDS[collection],
                                              origin=Origin(path=car.shown, record=uri)))

    def _post(self, car: _Car, result: SourceResult, uri: str, rkey: str | None, record: dict[str, Any],
              did: str | None, blobs: dict[str, str]) -> Post:
        created = record.get("createdAt")
        parsed, reason = parse_timestamp(created)
        if reason:
            result.error(car.member.name, f"record {uri}: {reason}")
        text = record.get("text") if isinstance(record.get("text"), str) else ""
        text = text[:MAX_TEXT_CHARS]
        urls: list[str] = []
        mentions: list[str] = []
        hashtags: list[str] = []
        links: list[tuple[int, int, str]] = []
        for facet in _list(record.get("facets"), MAX_FACETS):
            index = _dict(_dict(facet).get("index"))
            for feature in _list(_dict(facet).get("features")):
                feature = _dict(feature)
                kind = feature.get("$type")
                if kind == "app.bsky.richtext.facet#link" and _str(feature.get("uri"), 4000):
                    link = feature["uri"].strip()[:4000]
                    urls.append(link)
                    start, end = index.get("byteStart"), index.get("byteEnd")
                    if isinstance(start, int) and isinstance(end, int):
                        links.append((start, end, link))
                elif kind == "app.bsky.richtext.facet#mention" and _str(feature.get("did"), 600):
                    mentions.append(feature["did"].strip())
                elif kind == "app.bsky.richtext.facet#tag" and _str(feature.get("tag"), 640):
                    hashtags.append(feature["tag"].strip())
        text = _expand_links(text, links)
        for tag in _list(record.get("tags")):
            if _str(tag, 640):
                hashtags.append(tag.strip())

        alts: list[object] = []  # the images' and a video's descriptions (alt text)
        blob_cids: list[str] = []
        quote: str | None = None
        embed = _dict(record.get("embed"))
        for part in (embed, _dict(embed.get("media"))):
            kind = part.get("$type")
            if kind == "app.bsky.embed.images":
                for image in _list(part.get("images")):
                    image = _dict(image)
                    alts.append(image.get("alt"))
                    blob = _blob_cid(image.get("image"))
                    if blob:
                        blob_cids.append(blob)
            elif kind == "app.bsky.embed.video":
                alts.append(part.get("alt"))
                blob = _blob_cid(part.get("video"))
                if blob:
                    blob_cids.append(blob)
            elif kind == "app.bsky.embed.external":
                link = _str(_dict(part.get("external")).get("uri"), 4000)
                if link:
                    urls.append(link)  # the link card: the writer's link, its title the page's words
            if kind in ("app.bsky.embed.record", "app.bsky.embed.recordWithMedia"):
                inner = _dict(part.get("record"))
                quote = _str(inner.get("uri"), 2000) or _str(_dict(inner.get("record")).get("uri"), 2000)

        attachments = [blobs[c] for c in dict.fromkeys(blob_cids) if c in blobs]
        extra: dict[str, Any] = {}
        if urls:
            extra["urls"] = list(dict.fromkeys(urls))
        if hashtags:
            extra["hashtags"] = list(dict.fromkeys(hashtags))
        if mentions:
            extra["mentions"] = list(dict.fromkeys(mentions))
        if len(attachments) < len(set(blob_cids)):
            extra["media_missing"] = len(set(blob_cids)) - len(attachments)
        if quote:
            extra["quote"] = quote
        if did:
            extra["account"] = did
        if parsed is not None:
            extra.update(time_extra(parsed))
        # Alt text is the writer's own description of the photo ("the harbour at Tarbury from my
        # window"): read with the post, after its body (sources/common.py).
        text = join_descriptions(text, image_descriptions(alts), extra)
        language = next((lang for lang in _list(record.get("langs"))
                         if isinstance(lang, str) and 0 < len(lang) <= 16), None)
        reply_to = _str(_dict(_dict(record.get("reply")).get("parent")).get("uri"), 2000)
        return Post(
            id=uri,
            timestamp=parsed.when if parsed else None,
            text=text,
            origin=Origin(path=car.shown, record=uri),
            url=f"https://bsky.app/profile/{did}/post/{rkey}" if did and rkey else None,
            reply_to=reply_to,
            language=language,
            attachments=attachments,
            kind="reply" if reply_to else "post",
            stated_offset_minutes=stated_offset(created, parsed) if parsed else None,
            extra=extra,
        )

    @staticmethod
    def _profile(car: _Car, result: SourceResult, name: str, uri: str, record: dict[str, Any],
                 blobs: dict[str, str], by_path: dict[str, Any]) -> list[Post]:
        """The profile's display name and description: the writer's words about themself,
        published on the profile page. Records of kind "config" (as a blog's author page):
        text detectors read them; post counts and timing do not.

        Its avatar and banner are blobs as a post's images are, the most visible pictures of
        the account: each saved beside the CAR is tied to a record of its own (kind "config",
        no text, located at the file with the profile's field as its record), so that findings
        on the file say which picture it is, not only its CID (walkthrough walk10 item 9,
        tenth session)."""
        records = []
        for key in ("displayName", "description"):
            # As X's and Mastodon's: a repeated sentence read once, a cut said (red13 item 12).
            raw = record.get(key)
            value = profile_text(raw.strip(), result, name, f"the profile's {key}") \
                if isinstance(raw, str) and raw.strip() else None
            if value:
                records.append(Post(id=f"{uri}#{key}", timestamp=None, text=f"{key}: {value}",
                                    origin=Origin(path=car.shown, record=uri), kind="config",
                                    extra={"config_key": key, "profile": True}))
        for key, picture in PROFILE_PICTURES.items():
            cid = _blob_cid(record.get(key))
            attachment = by_path.get(blobs.get(cid or ""))
            if attachment is None:
                continue
            at = f"{uri}#{key}"
            if attachment.post_id is None:
                attachment.post_id = at
            elif attachment.post_id != at:
                continue  # one blob as avatar and banner: named by the first
            records.append(Post(id=at, timestamp=None, text="",
                                origin=Origin(path=attachment.display, record=at),
                                attachments=[attachment.path], kind="config",
                                extra={"config_key": key, "profile": True, "picture": picture}))
        return records


def _blob_cid(blob: object) -> str | None:
    """The CID of a blob reference: ``{"$type": "blob", "ref": <link>, ...}``, or the legacy
    ``{"cid": "bafk...", "mimeType": ...}``."""
    blob = _dict(blob)
    if blob.get("$type") == "blob":
        return cid_text(blob.get("ref"))
    legacy = blob.get("cid")
    return legacy if isinstance(legacy, str) and cid_text(legacy) == legacy else None


def _expand_links(text: str, links: list[tuple[int, int, str]]) -> str:
    """Put each link facet's full URI in place of the text it covers: the app shows links
    shortened ("example.org/walks/tarb...") and stores the URI in the facet, as X stores
    ``expanded_url`` beside its t.co link. Offsets are UTF-8 bytes; a facet out of range or
    overlapping another leaves the text as it was."""
    if not links:
        return text
    raw = text.encode("utf-8")
    out: list[bytes] = []
    at = 0
    for start, end, link in sorted(links):
        if not 0 <= start < end <= len(raw) or start < at:
            continue
        out.append(raw[at:start])
        out.append(link.encode("utf-8"))
        at = end
    out.append(raw[at:])
    return b"".join(out).decode("utf-8", errors="replace")


READER = BlueskyReader()
