"""Photos and documents beside posts, on their own, and embedded by a single draft:
real files (a Pillow/piexif JPEG with GPS and a camera serial, a pypdf PDF with an
author), read through the CLI as a user would, inputs left untouched."""

from __future__ import annotations

import hashlib
import io
import json
import os
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import read_source, write_tree
from nymaudit.cli import app
from nymaudit.sources.detect import read_input, read_inputs
from nymaudit.sources.tree import FileTree, open_tree

LYON = (45.7747, 4.8320)


def _dms(value: float) -> tuple[tuple[int, int], ...]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round(((value - degrees) * 60 - minutes) * 60 * 100)
    return (degrees, 1), (minutes, 1), (seconds, 100)


def gps_jpeg(serial: str = "123053001234") -> bytes:
    import piexif
    from PIL import Image

    exif = piexif.dump({
        "0th": {piexif.ImageIFD.Make: b"Canon", piexif.ImageIFD.Model: b"Canon EOS 250D"},
        "Exif": {piexif.ExifIFD.BodySerialNumber: serial.encode()},
        "GPS": {
            piexif.GPSIFD.GPSLatitudeRef: b"N", piexif.GPSIFD.GPSLatitude: _dms(LYON[0]),
            piexif.GPSIFD.GPSLongitudeRef: b"E", piexif.GPSIFD.GPSLongitude: _dms(LYON[1]),
        },
        "1st": {}, "thumbnail": None,
    })
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (90, 120, 200)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def author_pdf(author: str = "Marie Lefebvre") -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Author": author, "/Title": "Handover sheet"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def author_docx(author: str = "Marie Lefebvre") -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        archive.writestr("word/document.xml", "<w:document/>")
        archive.writestr(
            "docProps/core.xml",
            '<?xml version="1.0"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:creator>{author}</dc:creator></cp:coreProperties>",
        )
    return out.getvalue()


def tree_hashes(root: Path) -> dict[str, str]:
    """Every file under ``root`` (or ``root`` itself) with its hash, to prove nothing
    was written, moved or touched."""
    files = [root] if root.is_file() else sorted(p for p in root.rglob("*") if p.is_file())
    return {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}


def run(*args: str, cwd: Path | None = None):  # type: ignore[no-untyped-def]
    old = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1"}, catch_exceptions=False)
    finally:
        os.chdir(old)


def report(*args: str, cwd: Path | None = None, codes: tuple[int, ...] = (0, 1)) -> dict:
    result = run(*args, "--format", "json", cwd=cwd)
    assert result.exit_code in codes, result.output
    return json.loads(result.stdout)


def rules(doc: dict) -> list[tuple[str, str]]:
    return [(f["rule"], f["location"]["path"]) for f in doc["findings"] if f["rule"].startswith("META")]


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A Jekyll site kept in git-less form: config, a post, a draft that embeds a
    photo three ways, the photos and a PDF."""
    root = tmp_path / "site"
    write_tree(root, {
        "_config.yml": "title: Ward Notes\n",
        "_posts/2025-05-18-balcony.md": "---\ntitle: Balcony\ndate: 2025-05-18 08:05:00 +02:00\n---\n\n"
                                        "Mornings. ![b](/assets/img/balcony.jpg)\n",
        "_drafts/new-post.md": "---\ntitle: Rota\n---\n\nSee the photo: ![](/assets/img/balcony.jpg)\n"
                               '<img src="{{ site.baseurl }}/assets/img/night.jpg">\n'
                               "[sheet]({{ '/assets/docs/sheet.pdf' | relative_url }})\n"
                               "![remote](https://example.org/assets/img/balcony.jpg)\n",
        "assets/img/balcony.jpg": gps_jpeg(),
        "assets/img/night.jpg": gps_jpeg("999"),
        "assets/img/unused.jpg": gps_jpeg("777"),
        "assets/docs/sheet.pdf": author_pdf(),
        "assets/css/site.css": "body { color: red }\n",
    }, zip=False)
    return root


# -- the generic reader: a folder of notes and their photos ---------------------------


def test_generic_folder_collects_its_photos_and_ties_the_referenced_one(tmp_path):
    folder = write_tree(tmp_path / "notes", {
        "balcony.md": "Coming home after nights.\n\n![balcony](img/balcony.jpg)\n",
        "other.txt": "No photo here.\n",
        "img/balcony.jpg": gps_jpeg(),
        "loose.pdf": author_pdf(),
        "node_modules/pkg/logo.png": b"\x89PNG\r\n\x1a\n",  # somebody else's file
    }, zip=False)
    result = read_source(folder, "generic")
    assert [p.id for p in result.posts] == ["balcony.md", "other.txt"]
    by_path = {a.path: a for a in result.attachments}
    assert set(by_path) == {"img/balcony.jpg", "loose.pdf"}
    assert by_path["img/balcony.jpg"].post_id == "balcony.md"
    assert by_path["loose.pdf"].post_id is None  # an attachment of the input, no post
    assert result.posts[0].attachments == ["img/balcony.jpg"]
    assert not by_path["loose.pdf"].platform_copy
    assert by_path["loose.pdf"].read().startswith(b"%PDF-")


def test_generic_zip_keeps_its_photos_readable(tmp_path):
    path = write_tree(tmp_path / "notes", {"a.md": "words", "b.jpg": gps_jpeg()}, zip=True)
    corpus = read_input(path)
    assert corpus.inputs[0].format == "generic"
    assert corpus.inputs[0].attachments == 1
    assert corpus.attachments[0].read()[:3] == b"\xff\xd8\xff"  # tree left open for the lazy read


def test_jsonl_records_claim_the_images_they_embed(tmp_path):
    line = json.dumps({"timestamp": "2024-01-01T10:00:00Z", "text": "look ![](media/a.jpg)", "id": "r1"})
    folder = write_tree(tmp_path / "export", {"posts.jsonl": line + "\n", "media/a.jpg": gps_jpeg()},
                        zip=False)
    result = read_source(folder, "generic")
    assert result.attachments[0].post_id == "r1"


# -- the attachment reader: files on their own ----------------------------------------


@pytest.mark.parametrize(("name", "data"), [
    ("photo.jpg", gps_jpeg()), ("sheet.pdf", author_pdf()), ("letter.docx", author_docx()),
    ("renamed.bin", gps_jpeg()),  # content, not name, says photo
])
def test_a_single_file_is_an_input_of_one_attachment(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    corpus = read_input(path)
    summary = corpus.inputs[0]
    assert (summary.format, summary.posts, summary.attachments, summary.errors) == ("attachment", 0, 1, [])
    assert corpus.attachments[0].display == str(path)
    assert corpus.attachments[0].read() == data


def test_an_office_document_is_one_file_not_an_archive(tmp_path):
    path = tmp_path / "letter.docx"
    path.write_bytes(author_docx())
    assert isinstance(open_tree(path), FileTree)
    other = write_tree(tmp_path / "photos", {"a.jpg": gps_jpeg()}, zip=True)
    assert not isinstance(open_tree(other), FileTree)


def test_a_folder_of_photos_only_is_read_as_attachments(tmp_path):
    folder = write_tree(tmp_path / "photos", {"a.jpg": gps_jpeg(), "b/c.pdf": author_pdf()}, zip=False)
    summary = read_input(folder).inputs[0]
    assert (summary.format, summary.attachments) == ("attachment", 2)


def test_files_nobody_reads_are_not_attachments(tmp_path):
    path = tmp_path / "site.css"
    path.write_text("body { color: red }\n")
    assert read_input(path).inputs[0].format == "unknown"
    folder = write_tree(tmp_path / "misc", {"a.css": "x", "fake.jpg": "not a photo"}, zip=False)
    assert read_input(folder).inputs[0].format == "unknown"  # a folder needs real photo content


# -- a single draft: the files it embeds from its site --------------------------------


def test_a_draft_on_its_own_gets_the_files_it_embeds(site):
    corpus = read_input(site / "_drafts/new-post.md")
    summary = corpus.inputs[0]
    assert summary.attachments == 3
    by_path = {a.path: a for a in corpus.attachments}
    assert set(by_path) == {"assets/img/balcony.jpg", "assets/img/night.jpg", "assets/docs/sheet.pdf"}
    assert {a.post_id for a in corpus.attachments} == {"new-post.md"}
    assert by_path["assets/img/balcony.jpg"].display == str(site / "assets/img/balcony.jpg")
    assert by_path["assets/docs/sheet.pdf"].read().startswith(b"%PDF-")


def test_a_relative_path_is_shown_relative(site):
    old = Path.cwd()
    os.chdir(site)
    try:
        corpus = read_input(Path("_drafts/new-post.md"))
    finally:
        os.chdir(old)
    assert corpus.attachments[0].display == "assets/img/balcony.jpg"


def test_the_site_root_is_the_nearest_folder_with_a_config_or_git(tmp_path):
    from nymaudit.sources.attachment import site_root

    (tmp_path / "outer").mkdir()
    (tmp_path / "outer/.git").mkdir()
    hugo = tmp_path / "outer/blog"
    write_tree(hugo, {"hugo.toml": "title='x'\n", "content/posts/a.md": "x"}, zip=False)
    assert site_root(hugo / "content/posts/a.md") == hugo
    write_tree(tmp_path / "outer/notes", {"n.md": "x"}, zip=False)
    assert site_root(tmp_path / "outer/notes/n.md") == tmp_path / "outer"
    lone = write_tree(tmp_path / "lone", {"n.md": "x"}, zip=False)
    if not any((p / ".git").exists() or (p / "_config.yml").exists() for p in lone.parents):
        assert site_root(lone / "n.md") == lone  # no site: the draft's own folder


def test_hugo_static_images_are_found(tmp_path):
    root = write_tree(tmp_path / "hugo", {
        "hugo.toml": "title = 'x'\n",
        "content/posts/a.md": '+++\ntitle = "a"\n+++\n\n{{< figure src="/images/a.jpg" >}}\n',
        "static/images/a.jpg": gps_jpeg(),
    }, zip=False)
    corpus = read_input(root / "content/posts/a.md")
    assert [a.path for a in corpus.attachments] == ["static/images/a.jpg"]


def test_a_draft_never_reads_outside_its_site(tmp_path):
    secret = gps_jpeg("SECRET")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.jpg").write_bytes(secret)
    root = write_tree(tmp_path / "site", {
        "_config.yml": "title: x\n",
        "_drafts/d.md": "---\ntitle: d\n---\n\n"
                        "![](../../outside/secret.jpg) ![](/../outside/secret.jpg) "
                        "![](/assets/link.jpg) ![](/linked/secret.jpg) ![](file:///etc/passwd.jpg) "
                        "![](/assets/%2e%2e/%2e%2e/outside/secret.jpg)\n",
        "assets/keep.txt": "x",
    }, zip=False)
    os.symlink(outside / "secret.jpg", root / "assets/link.jpg")
    os.symlink(outside, root / "linked")
    corpus = read_input(root / "_drafts/d.md")
    assert corpus.inputs[0].attachments == 0
    assert corpus.attachments == []


def test_a_post_read_in_a_whole_site_and_on_its_own_finds_the_same_files(site):
    whole = read_input(site)
    in_site = sorted(a.path for a in whole.attachments if a.post_id == "_drafts/new-post.md")
    alone = sorted(a.path for a in read_input(site / "_drafts/new-post.md").attachments)
    assert in_site == alone


def test_the_same_photo_reached_twice_is_checked_once(site):
    draft, photo = site / "_drafts/new-post.md", site / "assets/img/balcony.jpg"
    corpus = read_inputs([draft, photo])
    assert [i.attachments for i in corpus.inputs] == [3, 1]  # what each input holds
    assert [a.path for a in corpus.attachments].count("assets/img/balcony.jpg") == 1
    reverse = read_inputs([photo, draft])
    balcony = [a for a in reverse.attachments if a.path.endswith("balcony.jpg")]
    assert len(balcony) == 1 and balcony[0].post_id == "new-post.md"
    twice = read_inputs([site, site])
    assert len(twice.attachments) == len(read_input(site).attachments)


# -- end to end, through the CLI -------------------------------------------------------


def test_scan_notes_folder_reports_the_photo_beside_the_notes(tmp_path):
    folder = write_tree(tmp_path / "notes", {
        "balcony.md": "Coming home after nights.\n", "balcony.jpg": gps_jpeg(),
    }, zip=False)
    before = tree_hashes(folder)
    doc = report("scan", str(folder))
    assert doc["inputs"][0]["format"] == "generic"
    assert doc["inputs"][0]["attachments"] == 1
    assert ("META010", str(folder / "balcony.jpg")) in rules(doc)
    assert tree_hashes(folder) == before


@pytest.mark.parametrize("command", ["scan", "check"])
def test_a_photo_on_its_own_shows_its_gps(tmp_path, command):
    photo = tmp_path / "photo.jpg"
    photo.write_bytes(gps_jpeg())
    before = tree_hashes(photo)
    result = run(command, str(photo), "--format", "json")
    # A GPS position fails a check; scan reports and exits 0 without --fail-on.
    assert result.exit_code == (1 if command == "check" else 0), result.output
    doc = json.loads(result.stdout)
    assert doc["inputs"][0]["format"] == "attachment"
    assert ("META010", str(photo)) in rules(doc)
    assert ("META011", str(photo)) in rules(doc)
    assert not [f for f in doc["findings"] if f["rule"] == "INPUT001"]
    assert tree_hashes(photo) == before


def test_scan_pdf_on_its_own_names_its_author(tmp_path):
    pdf = tmp_path / "sheet.pdf"
    pdf.write_bytes(author_pdf())
    doc = report("scan", str(pdf))
    assert ("META012", str(pdf)) in rules(doc)


def test_check_draft_checks_the_photo_it_embeds(site):
    before = tree_hashes(site)
    doc = report("check", "_drafts/new-post.md", cwd=site, codes=(1,))
    assert doc["inputs"][0]["attachments"] == 3
    found = rules(doc)
    assert ("META010", "assets/img/balcony.jpg") in found
    assert ("META012", "assets/docs/sheet.pdf") in found
    assert not any("unused.jpg" in path for _rule, path in found)
    balcony = [f for f in doc["findings"] if f["rule"] == "META010"
               and f["location"]["path"] == "assets/img/balcony.jpg"]
    assert balcony[0]["location"]["record"] == "new-post.md"
    assert tree_hashes(site) == before


def test_check_draft_and_changed_photo_in_a_ci_diff(site):
    """``nymaudit check $(git diff --name-only)``: the draft and the photo it embeds."""
    doc = report("check", "_drafts/new-post.md", "assets/img/balcony.jpg", cwd=site, codes=(1,))
    assert [i["format"] for i in doc["inputs"]] == ["blog", "attachment"]
    assert not [f for f in doc["findings"] if f["rule"] == "INPUT001"]
    assert rules(doc).count(("META010", "assets/img/balcony.jpg")) == 1


# -- limits on what one draft references (red-team 5, D3) ---------------------------


def _crowded_draft(tmp_path: Path, images: int, links: int) -> Path:
    files: dict[str, bytes | str] = {f"img/{i}.jpg": b"\xff\xd8\xff\xd9" for i in range(images)}
    body = "".join(f"![x](img/{i}.jpg)\n" for i in range(images))
    body += "".join(f"[l](https://e.com/{i})\n" for i in range(links))
    files.update({"img/holiday.jpg": gps_jpeg(), "_config.yml": "title: t\n",
                  "_drafts/new.md": f"---\ntitle: t\n---\nHello.\n{body}![me](img/holiday.jpg)\n"})
    return write_tree(tmp_path / "site", files, zip=False)


def test_web_links_do_not_use_up_the_local_file_limit(tmp_path):
    """5,000 links to web pages, then a photo: the photo is still checked."""
    from nymaudit.sources.references import MAX_TARGETS

    root = _crowded_draft(tmp_path, 0, MAX_TARGETS)
    doc = report("check", "_drafts/new.md", cwd=root, codes=(1,))
    assert ("META010", "img/holiday.jpg") in rules(doc)
    assert not doc["inputs"][0]["errors"]


def test_a_draft_past_the_site_file_limit_says_so_and_check_fails(tmp_path):
    """500 embedded images, then a GPS photo past the limit: not checked, but said
    (INPUT001, medium in check), never a silent pass."""
    from nymaudit.sources.attachment import MAX_SITE_FILES

    root = _crowded_draft(tmp_path, MAX_SITE_FILES, 0)
    doc = report("check", "_drafts/new.md", cwd=root, codes=(1,))
    (error,) = doc["inputs"][0]["errors"]
    assert error["error"] == f"embeds more than {MAX_SITE_FILES} files of its site; 1 not checked"
    assert [f["severity"] for f in doc["findings"] if f["rule"] == "INPUT001"] == ["medium"]


def test_a_post_past_the_local_target_limit_says_so(tmp_path, monkeypatch):
    """More local file targets than MAX_TARGETS: the rest are not looked up, and the
    post says so (blog reader in a whole site, and a draft on its own; once each)."""
    import nymaudit.sources.references as references

    monkeypatch.setattr(references, "MAX_TARGETS", 3)
    root = _crowded_draft(tmp_path, 3, 10)  # 3 images (+ web links), then the photo
    message = "links to more than 3 local files; the rest were not looked up"
    whole = read_source(root, "blog")
    assert [e.error for e in whole.errors] == [message]
    alone = read_input(root / "_drafts/new.md").inputs[0]
    assert [e.error for e in alone.errors] == [message]


# -- a site without a configuration file; references that are not followed (walkthrough 6, item 3)


def test_a_draft_of_a_site_without_config_finds_its_root_and_photo(tmp_path):
    """A Jekyll folder with no _config.yml: the draft embeds ../assets/img/x.jpg (GPS,
    serial). Before, the root was _drafts/ itself, the `..` reference was dropped in
    silence and check passed with exit 0; now the parent of _drafts/ is the root."""
    from nymaudit.sources.attachment import site_root

    root = write_tree(tmp_path / "jsite", {
        "_drafts/morning.md": "---\ntitle: Morning\ndate: 2025-11-25 06:40:00 +0000\n---\n"
                              "A quiet morning.\n\n![view](../assets/img/sunrise.jpg)\n",
        "assets/img/sunrise.jpg": gps_jpeg(),
    }, zip=False)
    hugo = write_tree(tmp_path / "hugo", {"content/posts/a.md": "x"}, zip=False)
    if not any((p / ".git").exists() or (p / "_config.yml").exists() for p in tmp_path.parents):
        assert site_root(root / "_drafts/morning.md") == root
        assert site_root(hugo / "content/posts/a.md") == hugo
    before = tree_hashes(root)
    doc = report("check", "_drafts/morning.md", cwd=root, codes=(1,))
    assert doc["inputs"][0]["attachments"] == 1
    assert ("META010", "assets/img/sunrise.jpg") in rules(doc)
    assert not doc["inputs"][0]["errors"]
    assert tree_hashes(root) == before


def test_references_that_are_not_followed_are_said_and_check_fails(tmp_path):
    """`..` above the site, a link and a missing file: each named as not checked, and
    check fails closed (INPUT001 medium) instead of passing."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.jpg").write_bytes(gps_jpeg("SECRET"))
    root = write_tree(tmp_path / "site", {
        "_config.yml": "title: x\n",
        "_drafts/d.md": "---\ntitle: d\n---\n\nHello.\n"
                        "![](../../outside/secret.jpg) ![](/assets/link.jpg) ![](/img/later.png)\n"
                        "![](https://example.org/remote.jpg)\n",
        "assets/keep.txt": "x",
    }, zip=False)
    os.symlink(outside / "secret.jpg", root / "assets/link.jpg")
    result = run("check", "_drafts/d.md", "--format", "json", cwd=root)
    assert result.exit_code == 1, result.output
    doc = json.loads(result.stdout)
    errors = [e["error"] for e in doc["inputs"][0]["errors"]]
    assert errors == [
        "embeds ../../outside/secret.jpg, which was not checked: it lies above the site's folder, "
        "which is never read",
        "embeds /assets/link.jpg, which was not checked: it is reached through a symbolic link, "
        "which is never followed",
        "embeds /img/later.png, which was not checked: no such file in the site",
    ]
    assert [f["severity"] for f in doc["findings"] if f["rule"] == "INPUT001"] == ["medium"] * 3
    assert "SECRET" not in result.stdout


# -- the image references themes and editors really write (red-team 6, item 4) ------------

_REFERENCE_FORMS = {
    "baseurl": "![pic]({{ site.baseurl }}/assets/leak.jpg)",
    "relative_url": "![pic]({{ \"/assets/leak.jpg\" | relative_url }})",
    "refstyle": "![pic][1]\n\n[1]: /assets/leak.jpg",
    "include": '{% include figure image_path="/assets/leak.jpg" alt="x" caption="50% off" %}',
    "unquoted": "<img src=/assets/leak.jpg>",
    "srcset": '<img srcset="/assets/small.png 1x, /assets/leak.jpg 2x">',
    "shortcode": "{{< figure src=/assets/leak.jpg >}}",
    "positional": '{{< figure "/assets/leak.jpg" >}}',
    "angle": "![pic](</assets/leak.jpg> \"a title\")",
}


@pytest.mark.parametrize("form", sorted(_REFERENCE_FORMS))
def test_every_common_image_reference_form_reaches_its_photo(tmp_path, form):
    """Each form a Jekyll or Hugo theme documents (or an editor writes) embeds the GPS
    photo: check reads it (META010) and fails. Before, every one but the plain
    ``![](/x)`` passed with exit 0 and no "not checked" line."""
    root = write_tree(tmp_path / "site", {
        "_config.yml": "title: x\n",
        "_drafts/d.md": f"---\ntitle: t\n---\nA picture.\n\n{_REFERENCE_FORMS[form]}\n",
        "assets/leak.jpg": gps_jpeg(),
        "assets/small.png": b"",
    }, zip=False)
    before = tree_hashes(root)
    doc = report("check", "_drafts/d.md", cwd=root, codes=(1,))
    assert ("META010", "assets/leak.jpg") in rules(doc)
    assert tree_hashes(root) == before


def test_front_matter_header_images_at_any_depth_are_read(tmp_path):
    """minimal-mistakes ``header.teaser``/``header.overlay_image``, ``og_image``,
    ``image.path`` and Hugo's ``images`` list: each photo is checked; a missing one is
    said not checked (check fails closed)."""
    front = ("---\ntitle: t\nheader:\n  teaser: /assets/teaser.jpg\n  overlay_image: /assets/over.jpg\n"
             "og_image: /assets/og.jpg\nimage:\n  path: /assets/path.jpg\nimages:\n  - /assets/list.jpg\n"
             "gallery:\n  - image_path: /assets/gone.jpg\n---\nText.\n")
    names = ("teaser", "over", "og", "path", "list")
    root = write_tree(tmp_path / "site", {
        "_config.yml": "title: x\n", "_drafts/d.md": front,
        **{f"assets/{n}.jpg": gps_jpeg(n.upper()) for n in names},
    }, zip=False)
    doc = report("check", "_drafts/d.md", cwd=root, codes=(1,))
    assert {path for rule, path in rules(doc) if rule == "META010"} == {f"assets/{n}.jpg" for n in names}
    assert [e["error"] for e in doc["inputs"][0]["errors"]] == [
        "embeds /assets/gone.jpg, which was not checked: no such file in the site"]


def test_an_image_named_by_a_template_expression_is_said_not_checked(tmp_path):
    """``![pic]({{ page.photo }})`` with no such front-matter key, ``<img src="{{ x }}">``:
    no file to look up, so check says so and fails; ``{{ page.image }}`` whose key holds
    the path is followed with the front matter (no error)."""
    root = write_tree(tmp_path / "site", {
        "_config.yml": "title: x\n",
        "_drafts/d.md": "---\ntitle: t\nimage: /assets/a.jpg\n---\n![a]({{ page.image }})\n"
                        "![b]({{ page.photo }}) <img src=\"{{ site.data.pics.one }}\">\n"
                        "<img src=\"{{ '/assets/a.jpg' | relative_url }}\">\n",
        "assets/a.jpg": gps_jpeg(),
    }, zip=False)
    doc = report("check", "_drafts/d.md", cwd=root, codes=(1,))
    assert ("META010", "assets/a.jpg") in rules(doc)
    reason = "which was not checked: it is named by a template expression, which this check does not evaluate"
    assert [e["error"] for e in doc["inputs"][0]["errors"]] == [
        f"embeds {{{{ page.photo }}}}, {reason}", f"embeds {{{{ site.data.pics.one }}}}, {reason}"]


def test_reference_scanning_is_linear_on_hostile_bodies():
    """Many openings sharing one far closing (``{%`` x 500,000): each closing is
    searched for once. Counted, not timed: the tags read are bounded by the openings."""
    from nymaudit.sources.references import _tags, iter_targets

    body = "{%" * 200_000 + " x.jpg %}"
    assert sum(1 for _ in _tags(body)) <= 1001
    assert list(iter_targets("{{<" * 1000 + " figure src=/a.jpg >}}")).count("/a.jpg") >= 1
