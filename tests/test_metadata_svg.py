"""SVG, SVGZ and ICO: what Inkscape, Illustrator and draw.io leave in a drawing, icons
with PNG images, hostile files, and the three commands end to end.

The fixtures (tests/fixtures/metadata/inkscape.svg, .svgz, drawio.svg, illustrator.svg,
pillow.ico, png_text.ico) are made by make_fixtures.py, laid out as the programs write
them; the photo inside inkscape.svg is a real JPEG made by Pillow with piexif's GPS.
"""

from __future__ import annotations

import base64
import gzip
import json
import socket
import struct
import time
import tracemalloc
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from conftest import REPO
from nymaudit.cli import app
from nymaudit.metadata import FileMeta, extract, sniff
from nymaudit.metadata.attachments import check_bytes, unchecked_findings
from nymaudit.metadata.findings import file_findings, status_of

FIXTURES = REPO / "tests" / "fixtures" / "metadata"
PERSON = "Jane Realname"
# What must never appear in a redacted report of the fixtures.
SECRETS = ("jane.realname", "Jane Realname", "Realname", "Mustermann", "4711081516", "team-structure",
           "Reorganisation", "jrealname", "office-window", "JANES-LAPTOP")


def fields(meta: FileMeta) -> dict[tuple[str, str], list[str]]:
    got: dict[tuple[str, str], list[str]] = {}
    for f in meta.fields:
        got.setdefault((f.group, f.name), []).append(f.value)
    return got


def read(name: str) -> FileMeta:
    return extract((FIXTURES / name).read_bytes())


def rules(name: str) -> set[str]:
    meta = read(name)
    return {f.rule for f in file_findings(meta, name)}


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"})
    return result.exit_code, result.stdout


# --- what is read ------------------------------------------------------------------


def test_inkscape_svg() -> None:
    meta = read("inkscape.svg")
    got = fields(meta)
    assert meta.format == "svg" and meta.error is None
    assert got[("software", "InkscapeVersion")] == ["Inkscape 1.3.2 (091e20ef0f, 2023-11-25, custom)"]
    assert got[("document_id", "DocName")] == ["team-structure.svg"]
    assert got[("document_id", "ExportFilename")] == ["/home/jane.realname/Documents/blog/team-structure.png"]
    # Dublin Core: the creator's name is the agent's dc:title, not a title of the drawing.
    assert got[("person", "Creator")] == [PERSON]
    assert got[("person", "Rights")] == [f"{PERSON} 2025"]
    assert got[("free_text", "Title")] == ["Team structure"]
    assert got[("document_id", "LinkedFile")] == ["file:///home/jane.realname/Pictures/office-window.png"]
    assert got[("free_text", "HiddenText")] == ["ask Max Mustermann before publishing"]
    # The embedded photo is read as any photo: GPS, serial, camera.
    assert got[("gps", "GPSPosition")] == ["48.858400, 2.294500"]
    assert got[("serial", "SerialNumber")] == ["4711081516"]
    assert got[("embedded_image", "EmbeddedImage")][0].startswith("JPEG 64x48")
    assert "<image id=image1>" in got[("embedded_image", "EmbeddedImage")][0]
    # The visible text is no finding.
    assert all("Team A" not in f.value for f in meta.fields)


def test_inkscape_findings_name_the_svg() -> None:
    meta = read("inkscape.svg")
    found = {f.rule: f for f in file_findings(meta, "assets/team.svg")}
    assert {"META010", "META011", "META012", "META016", "META017", "META018", "META019",
            "META028"} <= set(found)
    assert found["META010"].message.startswith("team.svg holds a GPS position")
    assert found["META010"].location.path == "assets/team.svg"
    assert found["META019"].clue is not None and found["META019"].clue.value == "jane.realname"
    assert found["META019"].severity.label == "high"
    assert found["META017"].severity.label == "medium"  # the photo names its computer
    assert "META022" in found and "HiddenText" not in found["META022"].evidence
    assert status_of(meta, list(found.values())) == "identifying"


def test_svgz_is_read_like_the_svg() -> None:
    meta = read("inkscape.svgz")
    assert meta.format == "svgz" and meta.error is None
    assert fields(meta)[("person", "Creator")] == [PERSON]
    assert {"META012", "META019", "META028"} <= rules("inkscape.svgz")


def test_drawio_keeps_every_page_and_the_browser() -> None:
    got = fields(read("drawio.svg"))
    assert "draw.io 24.0.4 (Electron)" in got[("software", "Generator")]
    assert "Windows NT 10.0" in got[("software", "UserAgent")][0]
    assert got[("time", "Modified")] == ["2025-06-01T07:15:00.000Z"]
    source = got[("free_text", "EditableSource")][0]
    assert "2 page(s)" in source and "'Reorganisation (private)'" in source
    assert "2 labelled shape(s)" in source  # one compressed page, one plain
    assert {"META017", "META027"} <= rules("drawio.svg")


def test_illustrator_entities_xmp_private_data_and_windows_path() -> None:
    meta = read("illustrator.svg")
    got = fields(meta)
    assert meta.error is None  # the namespace entities were expanded, nothing refused
    assert got[("software", "Generator")][0].startswith("Adobe Illustrator 16.0.0")
    assert got[("software", "CreatorTool")] == ["Adobe Illustrator CS6 (Windows)"]
    assert got[("person", "Creator")] == [PERSON]
    assert got[("document_id", "DocumentID")] == ["xmp.did:A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6"]
    assert got[("document_id", "LinkedFile")] == ["C:\\Users\\jrealname\\Desktop\\logo.png"]
    assert "i:pgf" in got[("free_text", "EditableSource")][0]
    found = {f.rule: f for f in file_findings(meta, "logo.svg")}
    assert {"META012", "META014", "META017", "META018", "META019", "META027"} <= set(found)
    assert found["META019"].clue is not None and found["META019"].clue.value == "jrealname"


def test_icons() -> None:
    clean = read("pillow.ico")
    assert clean.format == "ico" and clean.error is None and clean.fields == []
    assert rules("pillow.ico") == set()
    meta = read("png_text.ico")
    got = fields(meta)
    assert meta.error is None
    assert got == {("person", "Author"): [PERSON], ("software", "Software"): ["GIMP 2.10.36"]}
    assert {"META012", "META017"} == rules("png_text.ico")


def test_an_icon_saved_by_pillow_in_the_test(tmp_path: Path) -> None:
    from PIL import Image

    path = tmp_path / "favicon.ico"
    Image.new("RGB", (48, 48), (1, 2, 3)).save(path)
    meta = extract(path.read_bytes())
    assert meta.format == "ico" and meta.error is None and meta.fields == []
    bmp = tmp_path / "bmp.ico"
    Image.new("RGB", (16, 16), (1, 2, 3)).save(bmp, bitmap_format="bmp")
    meta = extract(bmp.read_bytes())
    assert meta.format == "ico" and meta.error is None and meta.fields == []


CLEAN_SVG = (b'<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" '
             b'viewBox="0 0 10 10"><title>A box</title><rect width="10" height="10"/>'
             b'<image href="/img/photo.png" width="5" height="5"/>'
             b'<a href="https://example.org/"><text>link</text></a></svg>\n')


def test_a_clean_svg_is_clean() -> None:
    checked = check_bytes(CLEAN_SVG, "box.svg")
    assert checked.meta.format == "svg" and checked.meta.fields == [] and checked.meta.error is None
    assert checked.status == "clean" and checked.findings == []


def test_comments_and_hidden_objects() -> None:
    svg = (b'<svg xmlns="http://www.w3.org/2000/svg"><!-- Generator: Sketch 63.1 (92452) - '
           b'https://sketch.com --><!-- draft for Kim, do not share -->'
           b'<g display="none"><text>secret <tspan>plan</tspan></text></g>'
           b'<text visibility="hidden">B</text><text style="fill:red">shown</text></svg>')
    got = fields(extract(svg))
    assert got[("software", "Generator")] == ["Sketch 63.1 (92452) - https://sketch.com"]
    assert got[("free_text", "Comment")] == ["draft for Kim, do not share"]
    assert got[("free_text", "HiddenText")] == ["secret / plan / B"]


def test_what_is_and_is_not_an_svg() -> None:
    assert sniff(CLEAN_SVG) == "svg"
    assert sniff(b"<svg xmlns='http://www.w3.org/2000/svg'/>") == "svg"
    assert sniff(b'<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE svg PUBLIC "x" "y">\n<svg/>') == "svg"
    assert sniff(b"<svg:svg xmlns:svg='http://www.w3.org/2000/svg'/>") == "svg"
    # A web page with an inline drawing is a post, not an SVG file.
    assert sniff(b"<!DOCTYPE html><html><body><svg></svg></body></html>") == "text"
    assert sniff(b"<html><svg></svg></html>") == "text"
    assert sniff(b"<?xml version='1.0'?><x:xmpmeta xmlns:x='adobe:ns:meta/'/>") == "xmp"
    assert sniff(gzip.compress(CLEAN_SVG)) == "svgz"
    assert sniff(gzip.compress(b"just some text")) == "unknown"
    assert sniff((FIXTURES / "illustrator.svg").read_bytes()) == "svg"  # its XMP is inside
    assert sniff(b"\x00\x00\x01\x00" + b"\xff" * 40) == "unknown"


def test_embedded_images_nest_and_break_safely() -> None:
    png = (FIXTURES / "text_exif.png").read_bytes()
    inner = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink">'
             b'<image xlink:href="data:image/png;base64,' + base64.b64encode(png) + b'"/></svg>')
    outer = (b'<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,'
             + base64.b64encode(inner) + b'"/><image href="data:image/jpeg;base64,/9j/4AAQ!!!"/>'
             b'<image href="data:image/png;base64,iVBORw0KGgo="/></svg>')
    meta = extract(outer)
    got = fields(meta)
    assert got[("person", "Author")] == [PERSON]  # the PNG inside the SVG inside the SVG
    assert any(v.startswith("SVG") for v in got[("embedded_image", "EmbeddedImage")])
    # A self-embedding chain stops at the nesting cap instead of recursing.
    chain = b'<svg xmlns="http://www.w3.org/2000/svg"/>'
    for _ in range(20):
        chain = (b'<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml;base64,'
                 + base64.b64encode(chain) + b'"/></svg>')
    meta = extract(chain)
    assert meta.error is not None and "nested too deeply" in meta.error


def test_url_encoded_data_uri() -> None:
    from urllib.parse import quote

    inner = '<svg xmlns="http://www.w3.org/2000/svg"><!-- Created with Inkscape --></svg>'
    svg = f'<svg xmlns="http://www.w3.org/2000/svg"><image href="data:image/svg+xml,{quote(inner)}"/></svg>'
    assert fields(extract(svg.encode()))[("software", "Generator")] == ["Inkscape"]


def test_no_network_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    svg = (b'<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" '
           b'"http://127.0.0.1:9/svg11.dtd"><svg xmlns="http://www.w3.org/2000/svg" '
           b'xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://127.0.0.1:9/x.png"/>'
           b'<!-- Created with Inkscape --></svg>')
    meta = extract(svg)
    assert meta.error is None and fields(meta)[("software", "Generator")] == ["Inkscape"]


# --- hostile files ---------------------------------------------------------------------


def billion_laughs() -> bytes:
    entities = b'<!ENTITY lol "lol">' + b"".join(
        b"<!ENTITY lol%d \"%s\">" % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
        for i in range(1, 10))
    return (b'<?xml version="1.0"?><!DOCTYPE svg [' + entities + b']><svg xmlns="http://www.w3.org/2000/svg">'
            b"<text>&lol9;</text></svg>")


def external_entity() -> bytes:
    return (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg"><text>&xxe;</text></svg>')


def external_dtd_with_parameter_entity() -> bytes:
    return (b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>'
            b'<svg xmlns="http://www.w3.org/2000/svg"/>')


def nested_10mb() -> bytes:
    depth = 10 * 1024 * 1024 // 7
    return b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<g>" * depth + b"</g>" * depth + b"</svg>"


def many_elements() -> bytes:
    return b'<svg xmlns="http://www.w3.org/2000/svg">' + b"<rect/>" * 1_500_000 + b"</svg>"


def over_the_cap() -> bytes:
    return b'<svg xmlns="http://www.w3.org/2000/svg"><!--' + b"x" * (17 * 1024 * 1024) + b"--></svg>"


def truncated_gzip() -> bytes:
    return gzip.compress((FIXTURES / "inkscape.svg").read_bytes())[:700]


def gzip_bomb() -> bytes:
    return gzip.compress(b'<svg xmlns="http://www.w3.org/2000/svg"><!--' + b" " * (200 * 1024 * 1024), 9)


def entity_expansion_past_the_cap() -> bytes:
    return (b'<!DOCTYPE svg [<!ENTITY a "' + b"x" * 500 + b'">]><svg xmlns="http://www.w3.org/2000/svg">'
            + b"<text>" + b"&a;" * 40_000 + b"</text></svg>")


def ico_absurd_offsets() -> bytes:
    entry = struct.pack("<BBBBHHII", 16, 16, 0, 0, 1, 32, 0xFFFFFF00, 0xFFFFFFF0)
    return struct.pack("<HHH", 0, 1, 1) + entry + b"\x00" * 64


def ico_absurd_count() -> bytes:
    entry = struct.pack("<BBBBHHII", 16, 16, 0, 0, 1, 32, 40, 22)
    return struct.pack("<HHH", 0, 1, 65535) + entry + b"\x00" * 64


def ico_png_past_the_end() -> bytes:
    png = (FIXTURES / "text_exif.png").read_bytes()
    entry = struct.pack("<BBBBHHII", 32, 24, 0, 0, 1, 32, len(png) * 50, 22)
    return struct.pack("<HHH", 0, 1, 1) + entry + png


HOSTILE = {
    "billion laughs": (billion_laughs, "refused"),
    "external entity to /etc/passwd": (external_entity, "refused"),
    "parameter entity to /etc/passwd": (external_dtd_with_parameter_entity, "refused"),
    "10 MB of nested groups": (nested_10mb, "nested deeper than"),
    # Cut by the element cap or the per-file time budget, whichever comes first.
    "1.5 million elements": (many_elements, "partial result|the rest was not read"),
    "17 MB svg": (over_the_cap, "cap"),
    "truncated svgz": (truncated_gzip, "cut off"),
    "svgz gzip bomb": (gzip_bomb, "gzip bomb"),
    "entity expansion past the cap": (entity_expansion_past_the_cap, "cap"),
    "ico absurd offsets": (ico_absurd_offsets, "outside the file"),
    "ico absurd count": (ico_absurd_count, "65535"),
    "ico png past the end": (ico_png_past_the_end, "outside the file"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_files_end_as_an_error_line(name: str) -> None:
    build, reason = HOSTILE[name]
    data = build()
    tracemalloc.start()
    start = time.perf_counter()
    try:
        checked = check_bytes(data, "hostile")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    elapsed = time.perf_counter() - start
    meta = checked.meta
    assert meta.format in ("svg", "svgz", "ico"), meta.format
    assert meta.error is not None and any(r in meta.error for r in reason.split("|")), meta.error
    assert checked.status in ("unreadable", "clean") and not checked.findings, checked.status
    assert all("root:" not in f.value for f in meta.fields)
    assert elapsed < 20.0  # a guard against hangs (tracemalloc slows reading several-fold)
    assert peak < 3 * len(data) + 64 * 1024 * 1024, f"peak {peak / 1e6:.0f} MB"


def test_what_hostile_files_leave_unread_fails_the_gate() -> None:
    for name in ("billion laughs", "truncated svgz", "ico absurd offsets", "17 MB svg"):
        checked = check_bytes(HOSTILE[name][0](), "x")
        assert checked.status == "unreadable", name


# --- the ICO directory under hypothesis ---------------------------------------------------

PNG_WITH_TEXT = (FIXTURES / "png_text.ico").read_bytes()
_PNG_AT = PNG_WITH_TEXT.find(b"\x89PNG")
PNG_IMAGE = PNG_WITH_TEXT[_PNG_AT:]

entry = st.tuples(
    st.integers(0, 255), st.integers(0, 255), st.integers(0, 2), st.integers(0, 32),
    st.integers(0, 2**32 - 1), st.integers(0, 2**32 - 1),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entry, min_size=0, max_size=12), st.integers(0, 300), st.binary(max_size=512),
       st.booleans())
def test_ico_directory_parser_never_raises(entries: list[tuple[int, ...]], claimed: int,
                                           tail: bytes, valid_png: bool) -> None:
    head = struct.pack("<HHH", 0, 1, claimed)
    table = b"".join(struct.pack("<BBBBHHII", w, h, 0, 0, planes, bits, size, offset)
                     for w, h, planes, bits, size, offset in entries)
    body = tail
    if valid_png:
        # One well-formed entry pointing at a PNG with text after the directory.
        first = 6 + 16 * (len(entries) + 1)
        table = struct.pack("<BBBBHHII", 32, 32, 0, 0, 1, 32, len(PNG_IMAGE), first) + table
        head = struct.pack("<HHH", 0, 1, len(entries) + 1)
        body = PNG_IMAGE + tail
    data = head + table + body
    meta = extract(data)
    checked = check_bytes(data, "x.ico")
    assert checked.status in ("identifying", "clean", "unsupported", "unreadable")
    if valid_png:
        assert meta.format == "ico"
        assert (("person", "Author") in fields(meta)) == (len(entries) + 1 <= 256), meta.error


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_inside_an_svg(body: bytes) -> None:
    for head in (b'<svg xmlns="http://www.w3.org/2000/svg">', b"<svg><metadata><rdf:RDF>",
                 b'<svg content="&lt;mxfile ', b"<svg><image href='data:image/jpeg;base64,"):
        meta = extract(head + body)
        assert isinstance(meta, FileMeta)
        check_bytes(head + body, "x.svg")


# --- end to end -------------------------------------------------------------------------------


def _blog(tmp_path: Path, drawing: bytes) -> Path:
    blog = tmp_path / "blog"
    (blog / "_posts").mkdir(parents=True)
    (blog / "assets" / "img").mkdir(parents=True)
    (blog / "_config.yml").write_text("title: Notes\n")
    (blog / "assets" / "img" / "team.svg").write_bytes(drawing)
    (blog / "assets" / "img" / "favicon.ico").write_bytes((FIXTURES / "pillow.ico").read_bytes())
    (blog / "_posts" / "2025-06-02-teams.md").write_text(
        "---\ntitle: How teams work\ndate: 2025-06-02 10:00:00 +0000\n---\n\n"
        "Our structure: ![teams](/assets/img/team.svg)\n")
    return blog


def test_meta_command(tmp_path: Path) -> None:
    code, out = run("meta", str(FIXTURES / "inkscape.svg"), "--format", "json")
    assert code == 0
    (doc,) = json.loads(out)["files"]
    assert doc["format"] == "svg" and doc["status"] == "identifying"
    assert {"META010", "META019", "META028"} <= {f["rule"] for f in doc["findings"]}
    code, out = run("meta", str(FIXTURES / "png_text.ico"), str(FIXTURES / "pillow.ico"))
    assert code == 0 and "IDENTIFYING" in out and "CLEAN" in out


def test_scan_of_a_blog_with_an_inkscape_drawing(tmp_path: Path) -> None:
    blog = _blog(tmp_path, (FIXTURES / "inkscape.svg").read_bytes())
    code, out = run("scan", str(blog), "--format", "json")
    doc = json.loads(out)
    by_rule = {f["rule"]: f for f in doc["findings"]}
    assert {"META010", "META012", "META019", "META028"} <= set(by_rule)
    assert by_rule["META010"]["location"]["path"].endswith("assets/img/team.svg")
    assert doc["inputs"][0]["attachments"] == 2  # the drawing and the favicon
    assert not any(f["rule"] == "META026" for f in doc["findings"])


def test_check_of_a_changed_svg(tmp_path: Path) -> None:
    blog = _blog(tmp_path, (FIXTURES / "inkscape.svg").read_bytes())
    code, out = run("check", str(blog / "assets" / "img" / "team.svg"), "--format", "json")
    assert code == 1
    assert {"META010", "META019"} <= {f["rule"] for f in json.loads(out)["findings"]}
    # The draft that shows it finds it too.
    code, out = run("check", str(blog / "_posts" / "2025-06-02-teams.md"), "--format", "json")
    assert code == 1 and "META010" in {f["rule"] for f in json.loads(out)["findings"]}


def test_check_passes_a_clean_svg_and_icon(tmp_path: Path) -> None:
    blog = _blog(tmp_path, CLEAN_SVG)
    code, out = run("check", str(blog / "assets" / "img" / "team.svg"),
                    str(blog / "assets" / "img" / "favicon.ico"), "--format", "json")
    doc = json.loads(out)
    assert code == 0, doc["findings"]
    assert doc["findings"] == [] and [i["format"] for i in doc["inputs"]] == ["attachment", "attachment"]


def test_check_fails_closed_on_a_hostile_svg(tmp_path: Path) -> None:
    path = tmp_path / "lol.svg"
    path.write_bytes(billion_laughs())
    code, out = run("check", str(path), "--format", "json")
    assert code == 1
    (finding,) = json.loads(out)["findings"]
    assert finding["rule"] == "META026" and "refused" in finding["message"]


@pytest.mark.parametrize("fmt", ["terminal", "json", "markdown", "html", "sarif"])
def test_redaction_covers_drawings(tmp_path: Path, fmt: str) -> None:
    blog = _blog(tmp_path, (FIXTURES / "inkscape.svg").read_bytes())
    for name in ("drawio.svg", "illustrator.svg", "png_text.ico"):
        (blog / "assets" / "img" / name).write_bytes((FIXTURES / name).read_bytes())
    code, plain = run("scan", str(blog), "--format", fmt)
    if fmt != "sarif":  # SARIF carries messages, not evidence
        assert "Mustermann" in plain and "jane.realname" in plain  # the test sees the values
    code, out = run("scan", str(blog), "--format", fmt, "--redact")
    leaked = [s for s in SECRETS if s.lower() in out.lower()]
    assert not leaked, leaked
    if fmt in ("terminal", "json", "sarif"):
        code, out = run("check", str(blog / "assets" / "img" / "team.svg"),
                        str(blog / "assets" / "img" / "drawio.svg"), "--format", fmt, "--redact")
        leaked = [s for s in SECRETS if s.lower() in out.lower()]
        assert not leaked, leaked


def test_svg_files_are_checked_under_known(tmp_path: Path) -> None:
    """A drawing in the writer's real-name folder links to the pseudonymous one."""
    blog = _blog(tmp_path, (FIXTURES / "inkscape.svg").read_bytes())
    known = tmp_path / "cv"
    known.mkdir()
    (known / "notes.txt").write_text("my own notes, nothing to see\n" * 20)
    (known / "chart.svg").write_bytes((FIXTURES / "inkscape.svgz").read_bytes())
    code, out = run("scan", str(blog), "--known", f"me={known}", "--format", "json")
    assert "META024" in {f["rule"] for f in json.loads(out)["findings"]}


def test_io_helpers_are_bytes_only() -> None:
    """The readers work on bytes in memory: nothing is extracted next to the input."""
    before = sorted(p.name for p in FIXTURES.iterdir())
    for name in ("inkscape.svg", "inkscape.svgz", "drawio.svg", "illustrator.svg", "png_text.ico"):
        extract((FIXTURES / name).read_bytes())
    assert sorted(p.name for p in FIXTURES.iterdir()) == before


def test_older_inkscape_and_other_editors() -> None:
    """Inkscape 0.4x kept the folder (sodipodi:docbase) and linked images' absolute paths
    (sodipodi:absref); Affinity Designer leaves its serif namespace."""
    svg = (b'<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
           b"<!-- Created with Inkscape (http://www.inkscape.org/) -->\n"
           b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
           b'xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" '
           b'xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" '
           b'xmlns:serif="http://www.serif.com/" '
           b'sodipodi:docbase="C:\\Documents and Settings\\kwalker\\My Documents" '
           b'sodipodi:docname="map.svg" inkscape:version="0.48.4 r9939" sodipodi:version="0.32">'
           b'<image sodipodi:absref="/Users/kwalker/Desktop/street.jpg" xlink:href="street.jpg" '
           b'serif:id="photo"/></svg>')
    meta = extract(svg)
    got = fields(meta)
    assert got[("software", "InkscapeVersion")] == ["Inkscape 0.48.4 r9939"]
    assert got[("software", "SodipodiVersion")] == ["Sodipodi 0.32"]
    assert got[("software", "Generator")] == ["Inkscape (http://www.inkscape.org/)",
                                              "Affinity Designer (serif namespace)"]
    assert got[("document_id", "DocBase")] == ["C:\\Documents and Settings\\kwalker\\My Documents"]
    assert got[("document_id", "LinkedFile")] == ["/Users/kwalker/Desktop/street.jpg"]
    (user,) = [f for f in file_findings(meta, "map.svg") if f.rule == "META019"]
    assert user.clue is not None and user.clue.value == "kwalker"


# --- sixth session (2026-11-29): red-team items 1, 9, 10 -----------------------------------

SVG_OPEN = b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">'
ADDRESS = "I live at 12 Acacia Avenue Leeds"


def _gps_jpeg() -> bytes:
    """The real JPEG (Pillow, piexif GPS) inside the Inkscape fixture."""
    text = (FIXTURES / "inkscape.svg").read_bytes()
    at = text.index(b"data:image/jpeg;base64,") + len(b"data:image/jpeg;base64,")
    return base64.b64decode(text[at : text.index(b'"', at)])


def _image(mime: bytes, data: bytes) -> bytes:
    return b'<image href="data:' + mime + b";base64," + base64.b64encode(data) + b'"/>'


def _past_the_image_cap() -> bytes:
    """64 tiny PNGs (a sprite sheet's icons), then the photo with its GPS."""
    return (SVG_OPEN + _image(b"image/png", b"\x89PNG\r\n\x1a\n") * 64
            + _image(b"image/jpeg", _gps_jpeg()) + b"</svg>")


def _nested(levels: int) -> bytes:
    """The photo inside `levels` drawings, each a data: URI of the next."""
    svg = SVG_OPEN + _image(b"image/jpeg", _gps_jpeg()) + b"</svg>"
    for _ in range(levels):
        svg = SVG_OPEN + _image(b"image/svg+xml", svg) + b"</svg>"
    return svg


@pytest.mark.parametrize("name", ["past_the_image_cap", "nested_6", "nested_8"])
def test_a_cap_that_leaves_part_unread_fails_closed(tmp_path: Path, name: str) -> None:
    """Red-team item 1: the 65th image and an image past the nesting cap were not read,
    said only in a note: `check` passed and `meta` said CLEAN. Now the file is a partial
    read: META026 in check, status unreadable (not clean) in meta."""
    data = _past_the_image_cap() if name == "past_the_image_cap" else _nested(int(name[-1]))
    path = tmp_path / f"{name}.svg"
    path.write_bytes(data)
    code, out = run("check", "--format", "json", "--", str(path))
    findings = json.loads(out)["findings"]
    assert code == 1, findings
    (partial,) = [f for f in findings if f["rule"] == "META026"]
    assert "only partly checked" in partial["message"]
    code, out = run("meta", "--format", "json", str(path))
    (doc,) = json.loads(out)["files"]
    assert doc["status"] == "unreadable" and "partial result" in doc["error"]
    # The controls: one image fewer, one level less, are read and found.
    control = _nested(4)
    if name == "past_the_image_cap":
        control = (SVG_OPEN + _image(b"image/png", b"\x89PNG\r\n\x1a\n") * 63
                   + _image(b"image/jpeg", _gps_jpeg()) + b"</svg>")
    meta = extract(control)
    assert meta.error is None or "partial" not in meta.error
    assert "META010" in {f.rule for f in file_findings(meta, "x.svg")}


def _png_with(chunk_type: bytes, body: bytes) -> bytes:
    png = (FIXTURES / "text_exif.png").read_bytes()
    chunk = (struct.pack(">I", len(body)) + chunk_type + body
             + struct.pack(">I", zlib.crc32(chunk_type + body)))
    return png[:33] + chunk + png[33:]  # after IHDR


def test_caps_in_other_readers_are_partial_reads_too() -> None:
    """The same for every reader whose cap leaves content unread: a PNG text chunk that
    inflates past 4 MiB, an XMP nested past its depth cap."""
    bomb = _png_with(b"zTXt", b"Comment\x00\x00" + zlib.compress(b"x" * (5 * 1024 * 1024) + b" Jane"))
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
           b'<rdf:Description xmlns:d="urn:x">' + b"<d:a>" * 80 + b"Jane" + b"</d:a>" * 80
           + b"</rdf:Description></rdf:RDF></x:xmpmeta>")
    for data in (bomb, xmp):
        checked = check_bytes(data, "x")
        assert checked.meta.error is not None and "partial result" in checked.meta.error, checked.meta.error
        (partial,) = unchecked_findings([checked])
        assert partial.rule == "META026" and "only partly checked" in partial.message
    # A truncated file is its own state, read to its end: not a partial read.
    png = (FIXTURES / "text_exif.png").read_bytes()
    assert "partial" not in (extract(png[:-12]).error or "")


HIDDEN_TEXT = {
    "display none": b'<g style="display:none"><text>%s</text></g>',
    "display none !important": b'<g style="display:none !important"><text>%s</text></g>',
    "visibility hidden, spaced, !important": (b'<g style="visibility : hidden ! important">'
                                              b'<text>%s</text></g>'),
    "visibility collapse": b'<text visibility="collapse">%s</text>',
    "display NONE attribute": b'<g display="NONE"><text>%s</text></g>',
    "class from <style>": b'<style>.h{display:none}</style><text class="h">%s</text>',
    "id from <style>, CDATA and comment": (b'<style><![CDATA[/* hide */ text#t , .x { visibility: hidden }]]>'
                                          b'</style><text id="t">%s</text>'),
    "text in <defs>": b'<defs><text id="t">%s</text></defs>',
    "text in a <symbol> never used": b'<symbol id="s"><text>%s</text></symbol>',
    "opacity 0 attribute": b'<text opacity="0">%s</text>',
    "opacity 0 in style": b'<g style="opacity:0.0"><text>%s</text></g>',
    "fill-opacity 0": b'<text fill-opacity="0">%s</text>',
    "fill none": b'<text fill="none" style="fill:none">%s</text>',
    "font-size 0": b'<text font-size="0">%s</text>',
    "foreignObject in a hidden group": (b'<g style="display:none"><foreignObject><div '
                                        b'xmlns="http://www.w3.org/1999/xhtml">%s</div></foreignObject></g>'),
}
SHOWN_TEXT = {
    "plain text": b'<text x="1" y="5">%s</text>',
    "a symbol shown by <use>": b'<symbol id="s"><text>%s</text></symbol><use href="#s"/>',
    "defs text shown by <use> before it": b'<use xlink:href="#t" xmlns:xlink="http://www.w3.org/1999/xlink"/>'
                                          b'<defs><g id="t"><text>%s</text></g></defs>',
    "a pattern used by fill=url(#p)": b'<defs><pattern id="p"><text>%s</text></pattern></defs>'
                                      b'<rect style="fill:url(#p)"/>',
    "outlined text, no fill": b'<text fill="none" stroke="#000">%s</text>',
    "text in a stroked group, no fill": b'<g stroke="black"><text fill="none">%s</text></g>',
    "hidden for print only": b'<style>@media print { .p { display: none } }</style><text class="p">%s</text>',
    "opacity 0.5": b'<text opacity="0.5" style="stroke-width:0;fill-opacity:1">%s</text>',
    "display none in the text, not the style": b'<text>display:none %s</text>',
    # draw.io's HTML labels: a wrapper with font-size 0, the label sized inside it.
    "draw.io label, font-size 0 wrapper": (
        b'<switch><foreignObject><div xmlns="http://www.w3.org/1999/xhtml" '
        b'style="box-sizing: border-box; font-size: 0; text-align: center; ">'
        b'<div style="display: inline-block; font-size: 12px; ">%s</div>'
        b'</div></foreignObject><text>x</text></switch>'),
}


@pytest.mark.parametrize("name", sorted(HIDDEN_TEXT))
def test_hidden_text_in_its_common_forms(tmp_path: Path, name: str) -> None:
    """Red-team item 9: text nobody sees in the browser, there for anyone who opens the file."""
    svg = SVG_OPEN + HIDDEN_TEXT[name] % ADDRESS.encode() + b'<rect width="10" height="10"/></svg>'
    assert fields(extract(svg)).get(("free_text", "HiddenText")) == [ADDRESS]
    path = tmp_path / "drawing.svg"
    path.write_bytes(svg)
    code, out = run("check", "--format", "json", "--", str(path))
    assert code == 1 and "META028" in {f["rule"] for f in json.loads(out)["findings"]}


@pytest.mark.parametrize("name", sorted(SHOWN_TEXT))
def test_text_that_is_shown_is_not_hidden_text(name: str) -> None:
    svg = SVG_OPEN + SHOWN_TEXT[name] % ADDRESS.encode() + b"</svg>"
    meta = extract(svg)
    assert meta.error is None
    assert ("free_text", "HiddenText") not in fields(meta)


def test_the_inkscape_fixture_hides_only_its_hidden_layer() -> None:
    hidden = fields(read("inkscape.svg"))[("free_text", "HiddenText")]
    assert hidden == ["ask Max Mustermann before publishing"]
    for name in ("drawio.svg", "illustrator.svg"):
        assert ("free_text", "HiddenText") not in fields(read(name)), name


def test_the_entity_subset_is_read_in_one_pass() -> None:
    """Red-team item 10: a DOCTYPE subset of unclosed comments made the comment regex
    rescan to the end from each (4 s at 64 KB). The subset is now at most 16 KB, read
    with find() in one pass; past that the file is left to the parser, which refuses it."""
    from nymaudit.metadata import svg

    assert svg._without_comments(b"a<!-- x -->b<!--c-->d<!-- open") == b"abd<!-- open"
    assert svg._without_comments(b"<!--" * 5000) == b"<!--" * 5000
    for size in (4000, 16000):
        data = (b'<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY a "x">' + b"<!--" * size
                + b']>\n<svg xmlns="http://www.w3.org/2000/svg">&a;</svg>')
        meta = extract(data)
        assert meta.error is not None and "refused" in meta.error
    # Illustrator's plain entities still expand, and a subset past the cap is not read.
    plain = b'<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">'
    body = b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:i="&ns_ai;"/>'
    assert extract(b"<!DOCTYPE svg [" + plain + b"]>" + body).error is None
    padded = b"<!DOCTYPE svg [" + plain + b"<!-- " + b"x" * 17000 + b" -->]>" + body
    meta = extract(padded)
    assert meta.error is not None and "refused" in meta.error


def test_text_an_animation_or_a_pointer_rule_shows_is_not_hidden_text() -> None:
    """Final review (sixth session): a fade-in (`opacity="0"` then `<animate to="1">`) and a
    hover tooltip (`.tip{visibility:hidden} g:hover .tip{visibility:visible}`) were META028,
    medium, and failed `check` on text every visitor sees. A static hidden layer still is."""
    fade = (b'<svg xmlns="http://www.w3.org/2000/svg"><text opacity="0">Welcome'
            b'<animate attributeName="opacity" from="0" to="1" dur="2s" fill="freeze"/></text></svg>')
    hover = (b'<svg xmlns="http://www.w3.org/2000/svg"><style>.tip{visibility:hidden} '
             b'g:hover .tip{visibility:visible}</style><g><rect width="50" height="50"/>'
             b'<text class="tip">42 visitors</text></g></svg>')
    for svg in (fade, hover):
        checked = check_bytes(svg, "drawing.svg")
        assert ("free_text", "HiddenText") not in fields(checked.meta), svg
        assert checked.status == "clean" and not checked.findings, (svg, checked.status)
    static = b'<svg xmlns="http://www.w3.org/2000/svg"><g display="none"><text>old draft</text></g></svg>'
    assert fields(extract(static))[("free_text", "HiddenText")] == ["old draft"]
