"""Sources leftovers (thirteenth session, helper src13): drafts saved as Windows-1252 are read
as such (one decoder for the readers and `watch check`), a zip whose central directory
names more members than the cap is refused before it is parsed, a static site's configured
author bio is read as a profile bio, and LinkedIn's Shares.csv is accepted as known writing."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.sources.base import SourceResult
from nymaudit.sources.common import TextDecoder, read_member_lines
from nymaudit.sources.tree import FolderTree, decode_text

# The words of the note (sources/tree.py READ_AS_CP1252), written out so that this file loads on
# the code before it and each test fails there on what it checks.
READ_AS_CP1252 = "read as Windows-1252"
CP1252 = "cp1252"


def legacy_codec(data: bytes) -> str | None:
    from nymaudit.sources.tree import legacy_codec as decide

    return decide(data)


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                              catch_exceptions=False)


def _findings(*args: str) -> list[dict]:
    result = run(*args, "--format", "json", "-q")
    return list(json.loads(result.stdout)["findings"])


# -- 1. Windows-1252 drafts ---------------------------------------------------------------------

NURSE = "I’m a nurse at St Thomas’ and I love it – mostly.\n"


def test_a_windows_1252_draft_gives_its_findings_back_with_a_note_not_an_error(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_bytes(NURSE.encode("cp1252"))  # Notepad's "ANSI": 0x92 for the apostrophe
    findings = _findings("check", str(draft))
    rules = {f["rule"] for f in findings}
    assert "INPUT001" not in rules  # nothing was left unread
    assert any(f["rule"].startswith("SELF") and "nurse" in f["evidence"].lower() for f in findings)
    note = next(f for f in findings if f["rule"] == "INPUT008")
    assert note["message"].startswith(READ_AS_CP1252) and "draft.txt" in note["message"]
    # The same draft in UTF-8 gives the same findings, without the note.
    utf8 = tmp_path / "utf8" / "draft.txt"
    utf8.parent.mkdir()
    utf8.write_text(NURSE, encoding="utf-8")
    plain = _findings("check", str(utf8))
    assert sorted(f["rule"] for f in plain) == sorted(f["rule"] for f in findings if f["rule"] != "INPUT008")


def test_a_folder_says_once_which_files_were_read_as_windows_1252(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes("Caf\u00e9 in Leeds, I’m off.\n".encode("cp1252"))
    (tmp_path / "b.txt").write_bytes("Na\u00efve “quotes” here.\n".encode("cp1252"))
    (tmp_path / "c.txt").write_text("Plain UTF-8 caf\u00e9.\n", encoding="utf-8")
    notes = [f for f in _findings("scan", str(tmp_path)) if f["rule"] == "INPUT008"
             and f["message"].startswith(READ_AS_CP1252)]
    assert len(notes) == 1
    assert "2 file(s)" in notes[0]["message"] and "a.md" in notes[0]["message"]
    assert "b.txt" in notes[0]["message"] and "c.txt" not in notes[0]["message"]


def test_utf8_with_a_stray_byte_and_other_code_pages_keep_the_replacement_and_the_error() -> None:
    # A UTF-8 text with one stray byte keeps its accents; the byte is read as its CP1252 character (enc13).
    damaged = "café, naïve, Zürich, Straße ".encode() * 3 + b"\x92 end"
    text, warning = decode_text(damaged)
    assert text.endswith("’ end") and "café" in text and "\ufffd" not in text and warning == READ_AS_CP1252
    # Cyrillic saved as Windows-1251 also decodes as CP1252 byte by byte: not Western text.
    russian = "Я медсестра в Лидсе, люблю свою работу.\n".encode("cp1251")
    assert legacy_codec(russian) is None
    assert "invalid UTF-8" in (decode_text(russian)[1] or "")
    # A byte CP1252 leaves undefined, a control byte, a UTF-8 byte-order mark: not CP1252.
    for data in (b"caf\xe9 \x81 ok", b"caf\xe9 \x01 ok", b"\xef\xbb\xbfcaf\xe9 ok"):
        assert "invalid UTF-8" in (decode_text(data)[1] or ""), data
    # UTF-16 with a byte-order mark is read as before.
    assert decode_text("I’m a nurse".encode("utf-16"))[0] == "I’m a nurse"
    assert decode_text(NURSE.encode("cp1252")) == (NURSE, READ_AS_CP1252)


def _stream_decode(data: bytes, sizes: list[int]) -> tuple[str, list[str], list[str]]:
    """What `watch check` reads of ``data``: the codec chosen over the stream, then the text
    decoded in pieces of the given sizes."""
    from nymaudit.sources.common import stream_legacy_codec

    fh = io.BytesIO(data)
    legacy = stream_legacy_codec(fh.read, lambda: fh.seek(0))
    decoder = TextDecoder(legacy)
    text = decoder.decode(fh.read(4))
    for size in sizes:
        text += decoder.decode(fh.read(size))
    text += decoder.decode(fh.read(), final=True)
    return text, decoder.problems, decoder.notes


_PIECES = ["I’m", " a ", "nurse", "café", "Zoë", "“quoted”", "–", "€", "\n", "naïve", "St Thomas’",
           "word", "Łódź", "😀", "Я", "\x00"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40), st.sampled_from(["utf-8", "cp1252", "mixed"]),
       st.lists(st.integers(1, 9), max_size=8), st.binary(max_size=3))
def test_watch_streaming_decoder_agrees_with_the_readers(pieces: list[str], codec: str, sizes: list[int],
                                                         noise: bytes) -> None:
    if codec == "utf-8":
        data = "".join(pieces).encode()
    elif codec == "cp1252":
        data = "".join(pieces).encode("cp1252", errors="ignore")
    else:  # UTF-8 with a few Windows-1252 bytes pasted in
        data = "".join(pieces).encode() + "’s".encode("cp1252") + "".join(reversed(pieces)).encode()
    data += noise
    whole, warning = decode_text(data)
    streamed, problems, notes = _stream_decode(data, sizes)
    assert streamed == whole.replace("\x00", "")
    assert (warning == READ_AS_CP1252) == bool(notes)
    replaced = [p for p in problems if "NUL" not in p]
    assert (warning is not None and warning != READ_AS_CP1252) == bool(replaced)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300), st.lists(st.integers(1, 50), max_size=10))
def test_the_windows_1252_counts_do_not_depend_on_where_the_pieces_are_cut(data: bytes,
                                                                           cuts: list[int]) -> None:
    from nymaudit.sources.tree import LegacyText

    sniffer = LegacyText()
    pos = 0
    for size in cuts:
        sniffer.feed(data[pos:pos + size])
        pos += size
    sniffer.feed(data[pos:], final=True)
    assert sniffer.codec() == legacy_codec(data)


def test_the_decision_is_the_same_for_a_long_file_cut_in_pieces() -> None:
    rng = random.Random(13)
    words = ["I’m", "a", "nurse", "café", "naïve", "“quoted”", "–", "€", "Leeds", "the", "and", "\n"]
    text = " ".join(rng.choice(words) for _ in range(600_000))
    data = text.encode("cp1252")
    assert legacy_codec(data) == CP1252 and len(data) > 2 * 1024 * 1024
    streamed, problems, notes = _stream_decode(data, [rng.randint(1, 70_000) for _ in range(60)])
    assert streamed == text and not problems and notes == [READ_AS_CP1252]


def test_a_windows_1252_csv_is_read_line_by_line_as_the_whole_file_would_be(tmp_path: Path) -> None:
    rows = "timestamp,text\n2024-03-01T10:00:00Z,I’m a nurse at St Thomas’\n2024-03-02T10:00:00Z,Caf\u00e9\n"
    (tmp_path / "posts.csv").write_bytes(rows.encode("cp1252"))
    result = SourceResult(FolderTree(tmp_path))
    lines = read_member_lines(FolderTree(tmp_path), result, "posts.csv", 1 << 20, "for posts")
    assert lines is not None and "".join(lines) == rows
    assert result.errors == [] and result.read_as_cp1252 == ["posts.csv"]


def test_watch_check_reads_a_windows_1252_draft_as_check_does(tmp_path: Path) -> None:
    wl = tmp_path / "wl.toml"
    assert run("watch", "add", "Café Albert", "St Thomas’", "--watchlist", str(wl)).exit_code == 0
    draft = tmp_path / "cafe.md"
    draft.write_bytes("We met at Café Albert, by St Thomas’ – again.\n".encode("cp1252"))
    result = run("watch", "check", str(draft), "--watchlist", str(wl))
    assert result.exit_code == 1  # both terms found; nothing left unchecked (exit 2)
    assert " ".join(result.stdout.split()).count("watched term") == 2
    assert "read as Windows-1252" in result.stderr and "not fully checked" not in result.stderr


# -- 2. Zips whose central directory lists more members than the cap ----------------------------

def _zip(path: Path, count: int, post: str = "I'm a nurse in Leeds.\n") -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("notes/post.txt", post)
        for number in range(count):
            archive.writestr(f"f/{number}.txt", b"")
    return path


def test_a_zip_listing_more_members_than_the_cap_is_refused_before_it_is_parsed(
        tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import zipfile

    from nymaudit.sources import tree

    monkeypatch.setattr(tree, "MAX_MEMBERS", 10)
    crowded = _zip(tmp_path / "crowded.zip", 30)
    other = tmp_path / "other"
    other.mkdir()
    (other / "post.txt").write_text("I work as a nurse in Leeds.\n", encoding="utf-8")
    parsed: list[object] = []
    real_init = zipfile.ZipFile.__init__

    def counting_init(self, file, *args, **kwargs):  # type: ignore[no-untyped-def]
        parsed.append(file)
        real_init(self, file, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "__init__", counting_init)
    result = run("scan", str(crowded), str(other), "--format", "json", "-q")
    doc = json.loads(result.stdout)
    errors = [e for i in doc["inputs"] for e in i["errors"]]
    said = next(e["error"] for e in errors if "lists" in e["error"])
    assert "31 members" in said and "cap of 10 " in said and "extract it" in said
    assert not any(str(crowded) == str(p) for p in parsed)  # zipfile never built its 31 entries
    assert any(i["posts"] == 1 for i in doc["inputs"])  # the other input was read


def test_a_zip_whose_end_record_understates_its_members_is_counted(tmp_path: Path) -> None:
    from nymaudit.sources.tree import zip_members_listed

    path = _zip(tmp_path / "lying.zip", 30)
    data = bytearray(path.read_bytes())
    at = data.rfind(b"PK\x05\x06")
    data[at + 8:at + 12] = (1).to_bytes(2, "little") * 2  # "one member"
    path.write_bytes(bytes(data))
    assert zip_members_listed(path, cap=10) == 11  # counted up to the cap and one
    assert zip_members_listed(path, cap=100) == 1  # too small a directory to hold more: trusted


def test_a_zip64_end_record_gives_the_count(tmp_path: Path) -> None:
    from nymaudit.sources.tree import zip_members_listed

    path = _zip(tmp_path / "big.zip", 70_000)  # past 65,535 entries: written with a zip64 end record
    assert zip_members_listed(path, cap=100_000) == 70_001
    assert zip_members_listed(path, cap=60_000) == 70_001


# -- 3. A static site's configured author bio is read as a profile bio --------------------------

BIO = "Staff nurse in Leeds. Views my own."


def _site_findings(tmp_path: Path, engine: str, config: str) -> list[dict]:
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from archive_builders import build_hugo_site, build_jekyll_blog

    body = "A long day today.\n"
    if engine == "jekyll":
        site = build_jekyll_blog(tmp_path / engine, [{"name": "2024-03-01-a.md", "front": {
            "title": "A day", "date": "2024-03-01 10:00:00 +0000"}, "body": body}], config=config)
    else:
        site = build_hugo_site(tmp_path / engine, [{"path": "posts/a.md", "front": {
            "title": "A day", "date": "2024-03-01T10:00:00Z"}, "body": body}], config=config)
    return _findings("scan", str(site))


def _x_bio_findings(tmp_path: Path) -> list[dict]:
    profile = [{"profile": {"description": {"bio": BIO, "website": "", "location": "Leeds"}}}]
    data = tmp_path / "x" / "data"
    data.mkdir(parents=True)
    (data / "profile.js").write_text("window.YTD.profile.part0 = " + json.dumps(profile), encoding="utf-8")
    (data / "tweets.js").write_text("window.YTD.tweets.part0 = []", encoding="utf-8")
    return _findings("scan", str(tmp_path / "x"))


def test_a_jekyll_author_bio_reads_like_an_x_bio(tmp_path: Path) -> None:
    config = ("title: Back Office Notes\nurl: https://notes.example\nauthor:\n  name: Quiet Pen\n"
              f"  bio: {BIO}\n  location: Leeds\n")
    site = _site_findings(tmp_path, "jekyll", config)
    self_disclosure = [f for f in site if f["rule"] == "SELF010"]
    assert self_disclosure and self_disclosure[0]["location"]["record"] == "author.bio"
    assert "nurse" in self_disclosure[0]["message"].lower()
    places = [f for f in site if f["rule"] == "PLACE001"]
    assert places and "Leeds" in places[0]["message"]
    # As X's profile.js with the same bio and location gives (its location repeats the bio's words).
    x = _x_bio_findings(tmp_path)
    assert {f["rule"] for f in x if f["rule"].startswith(("SELF", "PLACE"))} == {"SELF010", "PLACE001"}
    assert [f["severity"] for f in places] == [f["severity"] for f in x if f["rule"] == "PLACE001"]


def test_a_hugo_params_description_is_a_profile_and_the_site_title_is_not(tmp_path: Path) -> None:
    config = ('baseURL = "https://notes.example/"\ntitle = "Staff nurse in Leeds"\n'
              f'[params]\ndescription = "{BIO}"\n'
              '[markup]\n[markup.goldmark]\ndescription = "Staff nurse in York"\n')
    site = _site_findings(tmp_path, "hugo", config)
    records = [f["location"]["record"] for f in site if f["rule"] == "SELF010"]
    assert records == ["params.description"]


# -- 4. LinkedIn's Shares.csv as known writing ---------------------------------------------------

SHARES = ('Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n'
          '2023-05-10 14:32:11,https://www.linkedin.com/feed/update/urn:li:share:7062000000000000001,'
          '"Proud of our ward team today. ""Teamwork"" matters,\nand so does a good handover.",,,'
          'MEMBER_NETWORK\n'
          '2023-06-01 08:05:00,https://www.linkedin.com/feed/update/urn:li:share:7062000000000000002,'
          '"Lovely morning walk before my shift, thinking about patient care.",https://example.org/a,,CONNECTIONS\n')


def test_linkedin_shares_csv_is_read_as_known_writing(tmp_path: Path) -> None:
    shares = tmp_path / "Basic_LinkedInDataExport" / "Shares.csv"
    shares.parent.mkdir()
    shares.write_text(SHARES, encoding="utf-8")
    drafts = tmp_path / "drafts"
    drafts.mkdir()
    (drafts / "post.txt").write_text("Long shift on the ward today, thinking about patient care.\n",
                                     encoding="utf-8")
    result = run("scan", str(drafts), "--known", f"me={shares}", "--format", "json", "-q")
    doc = json.loads(result.stdout)
    said = json.dumps(doc)
    assert "Rename its columns" not in said and "holds no text" not in said
    # Read as posts with their times, links and words (the quoted, two-line commentary whole).
    scanned = json.loads(run("scan", str(shares), "--format", "json", "-q").stdout)
    assert scanned["inputs"][0]["posts"] == 2 and scanned["inputs"][0]["errors"] == []
    from nymaudit.sources.detect import read_input

    posts = read_input(shares).posts
    assert posts[0].text == 'Proud of our ward team today. "Teamwork" matters,\nand so does a good handover.'
    assert posts[0].url and posts[0].url.endswith("7062000000000000001")
    assert [p.timestamp.isoformat() for p in posts if p.timestamp] == ["2023-05-10T14:32:11+00:00",
                                                                        "2023-06-01T08:05:00+00:00"]


def test_the_csv_layouts_map_onto_our_columns() -> None:
    from nymaudit.sources.generic import csv_layout

    assert csv_layout(["date", "sharelink", "sharecommentary", "sharedurl", "mediaurl", "visibility"]) == [
        "timestamp", "url", "text", "sharedurl", "mediaurl", "visibility"]
    assert csv_layout(["timestamp", "text"]) == ["timestamp", "text"]
    assert csv_layout(["date", "post text"]) is None  # a scheduler's: still "rename its columns"
    # A column already called url is not read over the link LinkedIn gives.
    assert csv_layout(["date", "sharelink", "sharecommentary", "url"])[-1] == "url (not read)"


def test_the_windows_1252_note_under_redact_masks_the_file_names_not_its_words(tmp_path: Path) -> None:
    folder = tmp_path / "jane-smith-notes"
    folder.mkdir()
    (folder / "jane-smith-diary.txt").write_bytes("I’m off to work.\n".encode("cp1252"))
    findings = _findings("scan", str(tmp_path), "--redact")
    (note,) = [f for f in findings if f["rule"] == "INPUT008"]
    assert note["message"].startswith("read as Windows-1252: 1 file(s) not saved as UTF-8 were read as "
                                      "Windows-1252 (Notepad's ANSI, Word's Western European)")
    assert "jane" not in json.dumps(findings).lower()
