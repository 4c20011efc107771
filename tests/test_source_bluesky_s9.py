"""The Bluesky account export (ninth session, 2026-11-29): ``repo.car``, the account's AT
Protocol repository as a CAR v1 file, built here as a PDS builds it (tests/archive_builders.py:
libipld's DAG-CBOR, the MST checked against indigo's interop root CIDs), read end to end
through ``nymaudit scan``; hostile and truncated files give error lines, never a traceback."""

from __future__ import annotations

import contextlib
import json
import random
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import libipld
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from archive_builders import (
    _cid,
    _mst_layer,
    _mst_node,
    _uvarint,
    bsky_blob,
    bsky_tid,
    build_bluesky_car,
    build_bluesky_export,
    make_bsky_post,
    read_source,
)
from nymaudit.cli import app
from nymaudit.sources import bluesky
from nymaudit.sources.base import SourceResult
from nymaudit.sources.detect import read_input
from nymaudit.sources.tree import open_tree

DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


def _new_york_posts(count: int = 60) -> list[dict]:
    """``count`` posts of a writer at UTC-5 (New York in winter), written by the app: createdAt
    in UTC with "Z", as the app's toISOString() gives it."""
    rng = random.Random(7)
    start = datetime(2026, 1, 5, tzinfo=UTC)
    posts = []
    for day in range(count):
        local = start + timedelta(days=day, hours=rng.choice([7, 8, 12, 13, 18, 19, 20, 21, 22]),
                                  minutes=rng.randrange(60))
        when = local + timedelta(hours=5)
        text = rng.choice(["The queue at the pharmacy was long again.", "Rain all day, tea all day.",
                           "Reading on the train home.", "Finally fixed the leaking tap."])
        posts.append(make_bsky_post(text, when.strftime("%Y-%m-%dT%H:%M:%S.000Z")))
    return posts


# -- the builder follows the spec ---------------------------------------------------------


def test_mst_builder_gives_the_interop_root_cids() -> None:
    """The MST the builder makes is the one every PDS makes: root CIDs of indigo's MST interop
    vectors (bluesky-social/indigo mst_interop_test.go), key depths of the repository spec."""
    leaf = bytes([1, 0x71, 0x12, 0x20]) + libipld.decode_cid(
        "bafyreie5cvv4h45feadgeuwhbcutmh6t2ceseocckahdoe6uat64zmz454")["hash"]["digest"]

    def root(keys: list[str]) -> str:
        pairs = sorted((f"com.example.record/{k}".encode(), leaf) for k in keys)
        cid = _mst_node(pairs, max(_mst_layer(k) for k, _ in pairs), [])
        return libipld.encode_cid(cid)

    assert root(["3jqfcqzm3fo2j"]) == "bafyreibj4lsc3aqnrvphp5xmrnfoorvru4wynt6lwidqbm2623a6tatzdu"
    assert root(["3jqfcqzm3fx2j"]) == "bafyreih7wfei65pxzhauoibu3ls7jgmkju4bspy4t2ha2qdjnzqvoy33ai"
    assert root(["3jqfcqzm3fp2j", "3jqfcqzm3fr2j", "3jqfcqzm3fs2j", "3jqfcqzm3ft2j", "3jqfcqzm4fc2j"]) \
        == "bafyreicmahysq4n6wfuxo522m6dpiy7z7qzym3dzs756t5n7nfdgccwq7m"
    assert root(["3jqfcqzm3ft2j", "3jqfcqzm3fz2j", "3jqfcqzm3fx2j"]) \
        == "bafyreiavxaxdz7o7rbvr3zg2liox2yww46t7g6hkehx4i4h3lwudly7dhy"
    keys = ["3jqfcqzm3fo2j", "3jqfcqzm3fp2j", "3jqfcqzm3fr2j", "3jqfcqzm3fs2j", "3jqfcqzm3ft2j",
            "3jqfcqzm3fz2j", "3jqfcqzm4fc2j", "3jqfcqzm4fd2j", "3jqfcqzm4ff2j", "3jqfcqzm4fg2j",
            "3jqfcqzm4fh2j", "3jqfcqzm3fx2j"]
    assert root(keys) == "bafyreid2x5eqs4w4qxvc5jiwda4cien3gw2q6cshofxwnvv7iucrmfohpm"
    empty = libipld.encode_dag_cbor({"e": [], "l": None})
    assert libipld.encode_cid(_cid(empty)) == "bafyreie5737gdxlw5i64vzichcalba3z2v5n6icifvx5xytvske7mr3hpm"
    for key, depth in (("2653ae71", 0), ("blue", 1), ("app.bsky.feed.post/454397e440ec", 4),
                       ("app.bsky.feed.post/9adeb165882c", 8)):
        assert _mst_layer(key.encode()) == depth


def test_builder_car_is_what_libipld_decodes() -> None:
    """The CAR framing (written by the builder, read by the reader's own code) checked against
    an independent reader: libipld.decode_car."""
    posts = _new_york_posts(5)
    records = [(f"app.bsky.feed.post/{bsky_tid(datetime(2026, 1, 1 + i, tzinfo=UTC))}", post)
               for i, post in enumerate(posts)]
    car = build_bluesky_car(records, did=DID)
    header, blocks = libipld.decode_car(car)
    assert header["version"] == 1 and len(header["roots"]) == 1
    commit = blocks[header["roots"][0]]
    assert commit["did"] == DID and commit["version"] == 3
    assert sum(1 for b in blocks.values() if b.get("$type") == "app.bsky.feed.post") == 5
    assert bluesky.parse_header(car)[0] == header["roots"]
    assert bsky_tid(datetime(2026, 1, 1, tzinfo=UTC)) < bsky_tid(datetime(2026, 1, 2, tzinfo=UTC))


# -- end to end ----------------------------------------------------------------------------


def test_scan_bluesky_export_end_to_end(tmp_path: Path) -> None:
    """A zip of repo.car and a blob fetched beside it (named by its CID): 60 posts of a writer
    at UTC-5 fill the timing section; a link known only from its facet (the text shows it cut
    short) is checked; a town named only in an image's alt text and one in the profile are
    found; the blob is tied to its post."""
    image, cid = bsky_blob(JPEG)
    posts = _new_york_posts(60)
    posts.append(make_bsky_post(
        "Photos from the walk: example.org/walks/harb...", "2026-03-08T23:00:00.000Z",
        links=[("example.org/walks/harb...", "https://example.org/walks/harbour?fbclid=IwAR2abcdefghijkLmn")],
        images=[("The old harbour at Bridlington from my kitchen window", image)]))
    export = build_bluesky_export(
        tmp_path / "bsky-export", posts, zip=True, did=DID, blobs={cid: JPEG},
        profile={"displayName": "Quiet Pen", "description": "Nights on the ward, days in Harrogate."},
        likes=["2026-02-01T12:00:00.000Z", "2026-02-02T13:30:00.000Z"])

    result = CliRunner().invoke(app, ["scan", str(export), "--format", "json", "-q"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    assert report["inputs"][0]["format"] == "bluesky"
    assert report["inputs"][0]["posts"] == 61
    assert report["inputs"][0]["activities"] == 2
    assert report["inputs"][0]["attachments"] == 1
    assert report["inputs"][0]["errors"] == []
    timing = report["timing"]
    assert timing is not None and timing["standard_utc_offset_hours"] == -5
    by_rule: dict[str, list[dict]] = {}
    for finding in report["findings"]:
        by_rule.setdefault(finding["rule"], []).append(finding)
    tracking = by_rule["LINK003"][0]
    assert tracking["location"]["record"].startswith(f"at://{DID}/app.bsky.feed.post/")
    assert tracking["location"]["path"].endswith("!repo.car")
    places = {f["message"]: f for f in by_rule["PLACE001"]}
    alt = next(f for m, f in places.items() if "Bridlington" in m)
    assert alt["location"]["record"] == tracking["location"]["record"]  # the post whose image it describes
    profile = next(f for m, f in places.items() if "Harrogate" in m)
    assert profile["location"]["record"] == f"at://{DID}/app.bsky.actor.profile/self"
    assert "[the account's profile, shown on its page]" in profile["message"]

    source = read_source(export, "bluesky")
    [attachment] = source.attachments
    assert attachment.path == cid and attachment.media_type == "image/jpeg"
    assert attachment.post_id == tracking["location"]["record"]
    assert source.own_urls == [f"https://bsky.app/profile/{DID}"]
    source.tree.close()


def test_redacted_report_hides_the_account(tmp_path: Path) -> None:
    """Locations name the record by its at:// URI, which holds the account's DID: --redact
    masks it as it masks evidence."""
    posts = _new_york_posts(3)
    posts.append(make_bsky_post("Coffee in Harrogate before work.", "2026-03-01T08:00:00.000Z"))
    export = build_bluesky_export(tmp_path / "repo.car", posts, did=DID)
    result = CliRunner().invoke(app, ["scan", str(export), "-q", "--redact"])
    assert "PLACE001" in result.stdout
    assert DID not in result.stdout and "Harrogate" not in result.stdout


def test_detected_by_content_not_name(tmp_path: Path) -> None:
    """The CAR as `curl .../com.atproto.sync.getRepo?did=...` saves it (no extension) is read;
    a file named repo.car that is not one is not."""
    post = make_bsky_post("hi", "2026-01-01T10:00:00Z")
    car = build_bluesky_car([("app.bsky.feed.post/3mabcdefghij2", post)])
    saved = tmp_path / "did-plc-ewvi7nxzyoun6zhxrhs64oiz"
    saved.write_bytes(car)
    corpus = read_input(saved)
    assert corpus.inputs[0].format == "bluesky" and corpus.inputs[0].posts == 1
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "repo").write_bytes(car)  # saved by curl beside the blobs it fetched
    (folder / bsky_blob(JPEG)[1]).write_bytes(JPEG)
    (folder / "notes.txt").write_text("not the export")
    assert read_input(folder).inputs[0].format == "bluesky"
    fake = tmp_path / "repo.car"
    fake.write_bytes(b"\x0a" + libipld.encode_dag_cbor({"roots": [], "version": 2}) + b"junk")
    assert read_input(fake).inputs[0].format != "bluesky"


def test_stated_offset_kept_and_records_of_each_kind(tmp_path: Path) -> None:
    """A client that writes createdAt with its offset (+09:00) gives timing that offset; a reply,
    a link card, tags and a quote are read; reposts and follows are activities."""
    reply = make_bsky_post("Agreed, see #transit", "2026-01-05T09:00:00.000+09:00", tags=["transit"],
                           reply_parent="at://did:plc:other/app.bsky.feed.post/3kabc", langs=["ja", "en"])
    card = make_bsky_post("Worth a read", "2026-01-06T09:00:00.000Z", external="https://news.example/story")
    quote = make_bsky_post("This.", "2026-01-07T09:00:00.000Z")
    quote["embed"] = {"$type": "app.bsky.embed.record",
                      "record": {"uri": "at://did:plc:other/app.bsky.feed.post/3kxyz", "cid": "bafyrei"}}
    records = [(f"app.bsky.feed.post/{bsky_tid(datetime(2026, 1, 5 + i, tzinfo=UTC))}", post)
               for i, post in enumerate((reply, card, quote))]
    records += [("app.bsky.feed.repost/3mabcdefghij2", {"$type": "app.bsky.feed.repost",
                                                         "createdAt": "2026-01-08T10:00:00.000Z",
                                                         "subject": {"uri": "at://x", "cid": "bafy"}}),
                ("app.bsky.graph.follow/3mabcdefghik2", {"$type": "app.bsky.graph.follow",
                                                         "createdAt": "2026-01-09T10:00:00.000Z",
                                                         "subject": "did:plc:other"})]
    path = tmp_path / "repo.car"
    path.write_bytes(build_bluesky_car(records, did=DID))
    source = read_source(path, "bluesky")
    first, second, third = source.posts
    assert first.stated_offset_minutes == 540 and first.timestamp == datetime(2026, 1, 5, 0, 0, tzinfo=UTC)
    assert first.kind == "reply" and first.reply_to == "at://did:plc:other/app.bsky.feed.post/3kabc"
    assert first.language == "ja" and first.extra["hashtags"] == ["transit"]
    assert second.extra["urls"] == ["https://news.example/story"] and second.stated_offset_minutes is None
    assert third.extra["quote"] == "at://did:plc:other/app.bsky.feed.post/3kxyz"
    assert sorted(a.kind for a in source.activities) == ["follow", "repost"]
    assert source.errors == []
    source.tree.close()


def test_empty_export_says_nothing_to_audit(tmp_path: Path) -> None:
    # A profile alone is audited since the tenth session (tests/test_bluesky_s10.py).
    export = build_bluesky_export(tmp_path / "repo.car", [], did=DID, profile={})
    errors = [e.error for e in read_input(export).inputs[0].errors]
    assert any("0 posts read from this bluesky input" in e and "Export my data" in e for e in errors)


# -- hostile and damaged files ------------------------------------------------------------


def _car_with_blocks(root: bytes, blocks: list[tuple[bytes, bytes]]) -> bytes:
    header = libipld.encode_dag_cbor({"version": 1, "roots": [root]})
    out = bytearray(_uvarint(len(header)) + header)
    for cid, data in blocks:
        out += _uvarint(len(cid) + len(data)) + cid + data
    return bytes(out)


def _read(path: Path) -> SourceResult:
    tree = open_tree(path)
    result = SourceResult(tree)
    try:
        assert bluesky.READER.sniff(tree) in (0, 95)
        bluesky.READER.read(tree, result)
    finally:
        tree.close()
    return result


def test_truncated_download_keeps_the_posts_before_the_cut(tmp_path: Path) -> None:
    car = build_bluesky_export(tmp_path / "full.car", _new_york_posts(40), did=DID).read_bytes()
    cut = tmp_path / "cut.car"
    cut.write_bytes(car[: len(car) * 2 // 3])
    result = _read(cut)
    assert 0 < len(result.posts) < 40
    messages = " ".join(e.error for e in result.errors)
    assert "truncated" in messages
    assert len(result.errors) <= 3  # one line for the cut, one for the records it lost


def test_cyclic_tree_deep_nesting_and_oversized_lengths(tmp_path: Path) -> None:
    """An MST node that links to itself ends (visited set); a block nested 100,000 deep is one
    error (libipld's depth check, not a crash); a section length past the file's end and
    a header length of 2**62 are error lines."""
    post = libipld.encode_dag_cbor(make_bsky_post("still read", "2026-01-01T10:00:00Z"))
    post_cid = _cid(post)
    # A node whose left link is its own CID cannot be built honestly: claim the CID.
    fake_node_cid = _cid(b"loop")
    entry = {"k": b"app.bsky.feed.post/3mabcdefghij2", "p": 0, "t": fake_node_cid, "v": post_cid}
    node = libipld.encode_dag_cbor({"e": [entry], "l": fake_node_cid})
    commit = libipld.encode_dag_cbor({"did": DID, "version": 3, "data": fake_node_cid, "rev": "3l",
                                      "prev": None, "sig": b"\x00" * 64})
    commit_cid = _cid(commit)
    deep = b"\x81" * 100_000 + b"\x00"
    path = tmp_path / "hostile.car"
    path.write_bytes(_car_with_blocks(commit_cid, [(commit_cid, commit), (fake_node_cid, node),
                                                   (post_cid, post), (_cid(deep), deep)])
                     + _uvarint(1 << 40) + b"\x01\x71")
    result = _read(path)
    assert [p.text for p in result.posts] == ["still read"]
    messages = " ".join(e.error for e in result.errors)
    assert "nested too deep" in messages and "the file ends inside block" in messages
    huge = tmp_path / "huge-header.car"
    huge.write_bytes(_uvarint(1 << 62) + b"\xa2")
    assert bluesky.READER.sniff(open_tree(huge)) == 0


def test_tree_pointing_many_keys_at_one_post_is_no_amplifier(tmp_path: Path) -> None:
    """A 60 KB file whose tree lists 2,000 keys for one post block gives 3 posts, not 2,000."""
    post = libipld.encode_dag_cbor(make_bsky_post("one post", "2026-01-01T10:00:00Z"))
    post_cid = _cid(post)
    entries = [{"k": f"app.bsky.feed.post/3m{i:011d}".encode(), "p": 0, "t": None, "v": post_cid}
               for i in range(2000)]
    node = libipld.encode_dag_cbor({"e": entries, "l": None})
    commit = libipld.encode_dag_cbor({"did": DID, "version": 3, "data": _cid(node), "rev": "3l",
                                      "prev": None, "sig": b"\x00" * 64})
    path = tmp_path / "repo.car"
    path.write_bytes(_car_with_blocks(_cid(commit), [(_cid(commit), commit), (_cid(node), node),
                                                     (post_cid, post)]))
    result = _read(path)
    assert len(result.posts) == bluesky.MAX_PATHS_PER_RECORD
    assert any("1997 entries" in e.error for e in result.errors)


def test_block_cap_says_the_rest_was_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bluesky, "MAX_BLOCKS", 5)
    path = build_bluesky_export(tmp_path / "repo.car", _new_york_posts(20), did=DID)
    result = _read(path)
    assert any("more than 5 blocks" in e.error for e in result.errors)


_VALID = build_bluesky_car(
    [(f"app.bsky.feed.post/{bsky_tid(datetime(2026, 1, 1 + i, tzinfo=UTC))}",
      make_bsky_post(f"post {i} at example.org", f"2026-01-0{1 + i}T10:00:00Z",
                     links=[("example.org", "https://example.org/")]))
     for i in range(6)] + [("app.bsky.actor.profile/self", {"$type": "app.bsky.actor.profile",
                                                             "description": "Hello"})], did=DID)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cut=st.integers(min_value=0, max_value=len(_VALID)),
       flips=st.lists(st.tuples(st.integers(min_value=0, max_value=len(_VALID) - 1),
                                st.integers(min_value=0, max_value=255)), max_size=6),
       tail=st.binary(max_size=64))
def test_damaged_car_never_raises(cut: int, flips: list[tuple[int, int]], tail: bytes) -> None:
    """Truncations, flipped bytes and junk after a valid CAR: the reader gives posts and error
    lines, and never raises (not even the decoder's own errors)."""
    data = bytearray(_VALID)
    for at, value in flips:
        data[at] = value
    data = data[:cut] + tail
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "repo.car"
        path.write_bytes(bytes(data))
        result = _read(path)
    assert all(isinstance(e.error, str) and e.error for e in result.errors)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_are_no_car_header(data: bytes) -> None:
    """The header parser and block decoder raise nothing but the reader's own error."""
    with contextlib.suppress(bluesky.CarProblem):
        bluesky.parse_header(data)
    value, error = bluesky.decode_block(data)
    assert error is None or isinstance(error, str)


def test_redacted_report_masks_the_blob_cid_of_an_image(tmp_path: Path) -> None:
    """The CID a blob is saved under is the platform's id of the image: every post that embeds
    it names it, as a tweet id names a tweet (review rev9a item 2, 2026-11-29): masked like
    the other platform ids in messages, paths and locations."""
    import io

    import piexif
    from PIL import Image

    picture = Image.new("RGB", (32, 24), (120, 80, 40))
    buffer = io.BytesIO()
    gps = {piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: ((53, 1), (48, 1), (0, 1)),
           piexif.GPSIFD.GPSLongitudeRef: b"W", piexif.GPSIFD.GPSLongitude: ((1, 1), (33, 1), (0, 1))}
    picture.save(buffer, "JPEG", exif=piexif.dump({"GPS": gps}))
    photo = buffer.getvalue()
    ref, cid = bsky_blob(photo)
    posts = _new_york_posts(3)
    posts.append(make_bsky_post("View from the window", "2026-03-02T09:00:00.000Z", images=[("", ref)]))
    export = build_bluesky_export(tmp_path / "export", posts, did=DID, blobs={cid: photo})
    plain = CliRunner().invoke(app, ["scan", str(export), "--format", "json"])
    assert cid in plain.stdout and "META010" in plain.stdout
    for fmt in ("json", "terminal", "sarif"):
        masked = CliRunner().invoke(app, ["scan", str(export), "--format", fmt, "--redact", "-q"])
        assert "META010" in masked.stdout
        assert cid not in masked.stdout and cid[:20] not in masked.stdout
