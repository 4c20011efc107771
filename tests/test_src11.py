"""Eleventh session (29 November 2026), sources, round two (walk11's walkthrough):

1. A folder of drafts with one note carrying front matter (Obsidian adds it to some notes and not
   others) was read as a "blog" and its .txt letter and saved .html page were silently not read:
   every note of such a folder is read now (Jekyll/Hugo sites unchanged).
2. Exports nymaudit does not read as such (Facebook, Instagram, Medium, Substack, Tumblr) are
   recognised by their layout (heuristics/exports.toml) and the report says what was read and
   what was not; Medium's posts are read with their dt-published dates, without its profile,
   ips and README pages; Substack's posts with post_date from posts.csv, drafts flagged.
3. Platform boilerplate (Tumblr's footer timestamp, Medium's "Exported from Medium on ...") is
   left out of the post text.
4. A CSV without timestamp and text columns says which columns a CSV of posts needs.

The inputs are built as the platforms build them (layouts in each test's docstring).
"""

from __future__ import annotations

import json
from pathlib import Path

from archive_builders import build_jekyll_blog, write_tree
from nymaudit.sources.detect import read_input

LETTER = ("Dear branch,\n\nKaren Holt my manager at the Jobcentre said no again.\n"
          "Call me on 07700 900123 any evening.\n")
SAVED_PAGE = ("<!DOCTYPE html><html><head><title>Union meeting notes</title></head><body>"
              "<nav>Login as j.okafor@example-union.org</nav><h1>Minutes</h1>"
              "<p>Present: J. Okafor (chair), four members.</p></body></html>")
FM_NOTE = "---\ntitle: Why I joined\ntags: [union]\n---\nI joined the union in 2019.\n"


def _texts(corpus) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return {p.origin.record: p.text for p in corpus.posts if p.is_post}


# --- item 1: a drafts folder with one front-matter note --------------------------------------


def test_drafts_folder_with_one_front_matter_note_reads_every_note(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "drafts", {
        "blog-draft.md": FM_NOTE,
        "letter-to-branch.txt": LETTER,
        "Union meeting notes.html": SAVED_PAGE,
        "Union meeting notes_files/style.css": "body{}",
        "plain-note.md": "A note with no front matter: I live near Hillsborough.\n",
    }, zip=False)
    corpus = read_input(folder)
    summary = corpus.inputs[0]
    texts = _texts(corpus)
    assert summary.posts == 4, (summary.format, texts)
    assert "07700 900123" in texts["letter-to-branch.txt"]
    assert "j.okafor@example-union.org" in texts["Union meeting notes.html"]
    assert "Hillsborough" in texts["plain-note.md"]
    # The front-matter note is still read as the blog reader reads it (its title kept apart).
    post = next(p for p in corpus.posts if p.origin.record == "blog-draft.md")
    assert post.title == "Why I joined" and "title:" not in post.text
    assert not summary.errors


def test_plain_folder_keeps_generated_and_layout_files_out(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "site", {
        "index.md": "---\nlayout: home\n---\nWelcome.\n",
        "notes.txt": "Loose note.\n",
        "_site/index.html": "<html><body>generated copy</body></html>",
        "_layouts/default.html": "<html><body>{{ content }}</body></html>",
        "_includes/footer.html": "<footer>theme</footer>",
        "node_modules/pkg/README.md": "someone else's words\n",
    }, zip=False)
    texts = _texts(read_input(folder))
    assert set(texts) == {"index.md", "notes.txt"}


def test_jekyll_site_unchanged(tmp_path: Path) -> None:
    """A Jekyll site's posts are its _posts/: its root files are not read as notes."""
    site = build_jekyll_blog(tmp_path / "blog", [
        {"name": "2024-03-01-first.md", "front": {"title": "First", "date": "2024-03-01 10:00:00 +0000"},
         "body": "Hello."},
    ], files={"robots.txt": "User-agent: *\n", "notes.txt": "not a post of the site\n"})
    corpus = read_input(site)
    assert corpus.inputs[0].format == "blog"
    assert set(_texts(corpus)) == {"_posts/2024-03-01-first.md"}


# --- item 2: exports nymaudit does not read as such -------------------------------------------


def medium_page(title: str, when: str, paragraphs: list[str], subtitle: str = "") -> str:
    """A story page as Medium's export writes it (the h-entry layout valueof/meh reads:
    header with p-name, optional p-summary subtitle, e-content body, footer with the author,
    dt-published time, canonical link and "Exported from Medium on ...")."""
    paras = "".join(f'<p name="a{i}" id="a{i}" class="graf graf--p">{p}</p>'
                    for i, p in enumerate(paragraphs))
    sub = f'<section data-field="subtitle" class="p-summary">{subtitle}</section>' if subtitle else ""
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{title}</title><style>* {{font-family: Georgia}}</style></head><body>'
            f'<article class="h-entry"><header><h1 class="p-name">{title}</h1></header>{sub}'
            '<section data-field="body" class="e-content"><section name="1901" class="section section--body">'
            f'<div class="section-content"><div class="section-inner">{paras}</div></div></section></section>'
            '<footer><p>By <a href="https://medium.com/@quietclerk" class="p-author h-card">Quiet Clerk'
            '</a> on '
            f'<a href="https://medium.com/p/1a2b"><time class="dt-published" datetime="{when}">April 1, 2025'
            '</time></a>.</p><p><a href="https://medium.com/@quietclerk/x-1a2b" class="p-canonical">'
            'Canonical '
            'link</a></p><p>Exported from <a href="https://medium.com">Medium</a> on November 29, 2026.</p>'
            '</footer></article></body></html>')


def medium_export(tmp_path: Path) -> Path:
    return write_tree(tmp_path / "medium-export-3f2a1b.zip", {
        "posts/2025-04-01_Inside-the-planning-department-1a2b3c4d5e6f.html": medium_page(
            "Inside the planning department", "2025-04-01T08:12:33.120Z",
            ["I work in the planning department at Bristol City Council."], subtitle="Notes from work"),
        "posts/draft_Unpublished-thoughts-9f8e7d6c5b4a.html": medium_page(
            "Unpublished thoughts", "2025-05-02T21:00:00.000Z", ["My sister is a teacher at Cotham School."]),
        "profile/profile.html": "<html><body><h3>Profile</h3><p>Email address: jane.doe@example.com</p>"
                                "</body></html>",
        "ips/ips.html": "<html><body><ul><li>81.2.69.142</li></ul></body></html>",
        "sessions/sessions.html": "<html><body><p>Chrome on Linux</p></body></html>",
        "README.html": "<html><body><h1>Medium export</h1></body></html>",
    }, zip=True)


def test_medium_export_reads_posts_with_dates_and_leaves_account_pages_out(tmp_path: Path) -> None:
    corpus = read_input(medium_export(tmp_path))
    summary = corpus.inputs[0]
    assert summary.format == "medium" and summary.posts == 2 and not summary.errors
    posts = {p.origin.record: p for p in corpus.posts}
    story = posts["posts/2025-04-01_Inside-the-planning-department-1a2b3c4d5e6f.html"]
    assert story.timestamp is not None and story.timestamp.isoformat().startswith("2025-04-01T08:12:33")
    assert story.kind == "post" and story.title == "Inside the planning department"
    assert "Bristol City Council" in story.text and "Notes from work" in story.text
    # Medium's footer is the platform's: no "Exported from", no month-first date, no byline.
    assert "Exported" not in story.text and "November" not in story.text and "Quiet Clerk" not in story.text
    assert story.stated_offset_minutes is None  # UTC as Medium stores it, not the writer's clock
    draft = posts["posts/draft_Unpublished-thoughts-9f8e7d6c5b4a.html"]
    assert draft.kind == "draft" and draft.published_at is None
    assert not any("jane.doe@example.com" in p.text for p in corpus.posts)
    assert summary.notes and "profile" in summary.notes[0][1] and "4 page(s)" in summary.notes[0][1]


def substack_export(tmp_path: Path) -> Path:
    """Substack's export: posts.csv as TryGhost/migrate's fixture has it, posts/<post_id>.html
    fragments, and the subscribers' files."""
    return write_tree(tmp_path / "substack-export.zip", {
        "posts.csv": "post_id,post_date,is_published,email_sent_at,inbox_sent_at,type,audience,title,"
                     "subtitle,podcast_url\n"
                     "141000001.the-rota,2025-02-03T07:45:12.345Z,true,2025-02-03T07:45:13.000Z,,newsletter,"
                     "everyone,The rota,Notes from the ward,\n"
                     "141000003.draft-on-pay,,false,,,newsletter,only_paid,Draft on pay,,\n",
        "posts/141000001.the-rota.html": "<p>I've been a staff nurse on Ward 7 at St James's in Leeds.</p>",
        "posts/141000003.draft-on-pay.html": "<p>Band 5 pay after nine years.</p>",
        "posts/141000001.the-rota.delivers.csv": "email,timestamp\nreader@example.com,2025-02-03T07:45:20Z\n",
        "email_list.wardnotes.csv": "email,active_subscription,created_at\n"
                                    "reader@example.com,false,2025-01-01\n",
    }, zip=True)


def test_substack_export_reads_post_date_and_flags_drafts(tmp_path: Path) -> None:
    corpus = read_input(substack_export(tmp_path))
    summary = corpus.inputs[0]
    assert summary.format == "substack" and summary.posts == 2 and not summary.errors
    posts = {p.origin.record: p for p in corpus.posts}
    rota = posts["posts/141000001.the-rota.html"]
    assert rota.timestamp is not None and rota.timestamp.isoformat().startswith("2025-02-03T07:45:12")
    assert rota.kind == "post" and rota.title == "The rota" and "Notes from the ward" in rota.text
    draft = posts["posts/141000003.draft-on-pay.html"]
    assert draft.kind == "draft" and draft.published_at is None
    assert not any("reader@example.com" in p.text for p in corpus.posts)
    assert summary.notes and "subscribers" in summary.notes[0][1]


def _moj(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")  # Meta writes UTF-8 as latin-1 escapes


def test_instagram_export_reads_captions_times_and_positions(tmp_path: Path) -> None:
    """posts_1.json as Instagram writes it (captions in `title`, Unix times, the photo's EXIF
    position in media_metadata, UTF-8 escaped as latin-1)."""
    posts = [{"media": [{"uri": "media/posts/202503/4815162342_n.jpg", "creation_timestamp": 1741000000,
                         "title": _moj("Morning run \u2600\ufe0f before my shift at the Royal Infirmary"),
                         "media_metadata": {"photo_metadata": {"exif_data": [
                             {"latitude": 55.9711, "longitude": -3.1728}]}}}]}]
    zipped = write_tree(tmp_path / "instagram-foggyquill-2026-11-29-AbCdEf.zip", {
        "your_instagram_activity/content/posts_1.json": json.dumps(posts),
        "media/posts/202503/4815162342_n.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 64,
        "personal_information/personal_information/personal_information.json": json.dumps(
            {"profile_user": [{"string_map_data": {"Email": {"value": "ailsa@example.com"}}}]}),
        "start_here.html": "<html><body>Your information</body></html>",
    }, zip=True)
    corpus = read_input(zipped)
    summary = corpus.inputs[0]
    assert summary.format == "instagram" and summary.posts == 1 and not summary.errors
    post = corpus.posts[0]
    assert post.text == "Morning run \u2600\ufe0f before my shift at the Royal Infirmary"
    assert post.timestamp is not None and int(post.timestamp.timestamp()) == 1741000000
    assert post.geotag is not None and (post.geotag.latitude, post.geotag.longitude) == (55.9711, -3.1728)
    assert post.attachments == ["media/posts/202503/4815162342_n.jpg"]
    assert corpus.attachments[0].platform_copy and corpus.attachments[0].post_id == post.id
    assert not any("ailsa@example.com" in p.text for p in corpus.posts)  # the profile is not published
    assert summary.notes and "personal_information.json" in summary.notes[0][1]


def test_facebook_export_reads_posts_and_checkin_positions(tmp_path: Path) -> None:
    posts = [{"timestamp": 1740900000, "title": "Ailsa McKenzie updated her status.",
              "data": [{"post": _moj("Started as a ward sister at the Western General \U0001F389")}]},
             {"timestamp": 1740000000, "data": [{"post": "Home sweet home, Craigleith."}],
              "attachments": [{"data": [{"media": {
                  "uri": "your_facebook_activity/posts/media/Mobileuploads_abc/1234_n.jpg",
                  "creation_timestamp": 1740000000, "title": "Mobile uploads",
                  "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 55.9622,
                                                                       "longitude": -3.2340}]}}}}]}]}]
    zipped = write_tree(tmp_path / "facebook-x-2026-11-29-XyZ.zip", {
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json": json.dumps(posts),
        "your_facebook_activity/posts/media/Mobileuploads_abc/1234_n.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 64,
    }, zip=True)
    corpus = read_input(zipped)
    summary = corpus.inputs[0]
    assert summary.format == "facebook" and summary.posts == 2 and not summary.errors
    texts = [p.text for p in corpus.posts]
    assert texts[0] == "Started as a ward sister at the Western General \U0001F389"
    assert "updated her status" not in " ".join(texts)  # Facebook's wording, not the writer's
    home = corpus.posts[1]
    assert home.geotag is not None and home.geotag.latitude == 55.9622 and home.timestamp is not None


def test_facebook_export_in_html_format_said(tmp_path: Path) -> None:
    """The HTML format of the same export: recognised, and the note says to ask for JSON."""
    zipped = write_tree(tmp_path / "facebook-html.zip", {
        "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.html":
            "<html><body><div>Started as a ward sister</div></body></html>",
        "your_facebook_activity/posts/media/Mobileuploads_abc/1234_n.jpg": b"\xff\xd8\xff\xe0" + b"\x00" * 64,
        "start_here.html": "<html><body>Your information</body></html>",
    }, zip=True)
    summary = read_input(zipped).inputs[0]
    said = " ".join(e.error for e in summary.errors)
    assert "looks like a Facebook export" in said and "ask Facebook for the JSON format" in said
    assert "start_here.html" in said  # Meta's index page: not read as a post
    assert summary.posts == 1  # the posts page, read as a loose note


def test_tumblr_export_with_posts_zip_names_the_platform(tmp_path: Path) -> None:
    """Tumblr's export zip holds posts.zip (html/ and media/) beside conversations.json."""
    inner = write_tree(tmp_path / "posts.zip", {"html/721000000001.html": "<p>moving day</p>"}, zip=True)
    zipped = write_tree(tmp_path / "tumblr-export.zip", {
        "posts.zip": inner.read_bytes(), "conversations.json": "[]"}, zip=True)
    said = read_input(zipped).inputs[0].errors[0].error
    assert said.startswith("no supported format could be read: this looks like a Tumblr export, which "
                           "nymaudit does not read as such; it holds an archive (posts.zip)"), said


def test_export_layout_examples() -> None:
    """heuristics/exports.toml: every example recognised as its platform (or not)."""
    from nymaudit.rules import load_file
    from nymaudit.sources.exports import recognise

    for entry in load_file("exports")["export"]:
        for names in entry["examples"]["match"]:
            found = recognise(names)
            assert found is not None and found.platform == entry["platform"], names
        for names in entry["examples"]["no_match"]:
            found = recognise(names)
            assert found is None or found.platform != entry["platform"], names


# --- item 3: platform boilerplate left out of the text ----------------------------------------


def test_boilerplate_examples() -> None:
    from nymaudit.rules import load_file
    from nymaudit.sources.exports import strip_boilerplate
    from nymaudit.sources.html_text import html_to_text

    for entry in load_file("exports")["boilerplate"]:
        for name, markup, gone in entry["examples"]["match"]:
            assert gone in html_to_text(markup)
            assert gone not in html_to_text(strip_boilerplate(name, markup)), (entry["platform"], name)


def test_tumblr_footer_timestamp_not_read_as_writing(tmp_path: Path) -> None:
    """Tumblr's export, extracted as the tool asks (posts.zip unzipped into posts/): html/<id>.html
    pages with Tumblr's footer."""
    folder = write_tree(tmp_path / "tumblr", {
        "conversations.json": json.dumps([{"conversation_id": "1", "messages": []}]),
        "posts/html/721000000001.html": "<!DOCTYPE HTML><html><head><meta charset='UTF-8'></head><body>"
                                        "<p>moving day: new flat near Meadowbank</p><div id='footer'>"
                                        "<span id='timestamp'> February 2nd, 2025 6:40pm </span>"
                                        "<span class='tag'>#personal</span></div></body></html>",
    }, zip=False)
    corpus = read_input(folder)
    text = _texts(corpus)["posts/html/721000000001.html"]
    assert "Meadowbank" in text and "#personal" in text
    assert "February" not in text and "6:40pm" not in text
    assert "looks like a Tumblr export" in corpus.inputs[0].errors[0].error


def test_medium_post_alone_loses_its_footer(tmp_path: Path) -> None:
    """One Medium page given on its own (read as a loose note): its export footer is left out."""
    page = tmp_path / "2025-04-01_Title-1a2b3c4d5e6f.html"
    page.write_text(medium_page("Title", "2025-04-01T08:12:33.120Z", ["Every Tuesday I cycle in."]))
    text = _texts(read_input(page))[page.name]
    assert "Every Tuesday" in text and "Exported" not in text and "November 29" not in text


# --- item 4: a CSV with other column names ----------------------------------------------------


def test_csv_with_other_columns_says_which_columns_are_needed(tmp_path: Path) -> None:
    path = tmp_path / "scheduler-other-columns.csv"
    path.write_text("Date,Post text,Profile,Status\n2025-03-01 08:15,Hello from the office,@me,sent\n")
    error = read_input(path).inputs[0].errors[0].error
    assert "`timestamp`" in error and "`text`" in error and "date, post text" in error
