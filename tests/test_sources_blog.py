"""Static blog reader: Jekyll and Hugo folders, front matter, dates, attachments."""

from __future__ import annotations

import io
from datetime import UTC, datetime

import pytest
from PIL import Image

from archive_builders import build_hugo_site, build_jekyll_blog, read_source, sniff_scores
from nymaudit.sources.blog import split_front_matter


def _posts(result) -> list:
    """Post files only: a site's configuration records (kind "config") are not posts."""
    return [p for p in result.posts if p.is_post]


def _jpeg() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, "JPEG")
    return out.getvalue()


def _jekyll_posts() -> list[dict]:
    return [
        {
            "name": "2024-03-01-first-shift.md",
            "front": {
                "layout": "post",
                "title": "First shift",
                "date": "2024-03-01 08:15:00 +0000",
                "tags": ["work", "rota"],
            },
            "body": "Photo: ![desk](/assets/img/desk.jpg)\n[My CV](../assets/files/cv.pdf)\n"
            'See https://example.org/x and <img src="{{ site.baseurl }}/assets/img/yard.png">',
        },
        {
            "name": "2024-06-10-summer.markdown",
            "front": {"title": "Summer", "date": "2024-06-10 21:40:00 +0100"},
            "body": "Long evenings.",
        },
        {"name": "2024-07-04-no-date.md", "front": {"title": "Filename date"}, "body": "x"},
        {
            "name": "2024-08-01-naive.md",
            "front": {"title": "Naive", "date": "2024-08-01 23:30:00"},
            "body": "y",
        },
        {"name": "unfinished.md", "front": {"title": "WIP"}, "body": "draft text", "draft_folder": True},
    ]


@pytest.mark.parametrize("as_zip", [False, True])
def test_jekyll_posts_dates_drafts_attachments(tmp_path, as_zip):
    files = {
        "assets/img/desk.jpg": _jpeg(),
        "assets/img/yard.png": b"\x89PNG\r\n\x1a\n",
        "assets/files/cv.pdf": b"%PDF-1.4\n",
        "assets/img/unused.heic": b"\x00\x00\x00\x18ftypheic",
        "_site/assets/img/desk.jpg": _jpeg(),  # generated copy: not counted twice
    }
    path = build_jekyll_blog(
        tmp_path / "site",
        _jekyll_posts(),
        zip=as_zip,
        files=files,
        config="title: Notes\ntimezone: Europe/London\n",
    )
    scores = sniff_scores(path)
    assert scores["blog"] == max(scores.values()) == 80
    result = read_source(path, "blog")
    assert len(_posts(result)) == 5  # about.md and index.md are pages, not post files
    assert result.errors == []
    by_title = {p.title: p for p in _posts(result)}
    first = by_title["First shift"]
    assert first.timestamp == datetime(2024, 3, 1, 8, 15, tzinfo=UTC)
    assert first.stated_offset_minutes == 0
    assert first.extra["tags"] == ["work", "rota"]
    assert first.attachments == ["assets/img/desk.jpg", "assets/files/cv.pdf", "assets/img/yard.png"]
    assert first.extra["urls"] == ["https://example.org/x"]
    assert by_title["Summer"].timestamp == datetime(2024, 6, 10, 20, 40, tzinfo=UTC)
    assert by_title["Summer"].stated_offset_minutes == 60
    dated = by_title["Filename date"]
    assert dated.timestamp == datetime(2024, 7, 4, tzinfo=UTC) and dated.extra["date_only"] is True
    naive = by_title["Naive"]  # no offset: the site's timezone (BST in August) applies
    assert naive.timestamp == datetime(2024, 8, 1, 22, 30, tzinfo=UTC)
    assert naive.stated_offset_minutes == 60
    assert by_title["WIP"].kind == "draft" and by_title["WIP"].timestamp is None
    paths = sorted(a.path for a in result.attachments)
    assert paths == [
        "assets/files/cv.pdf",
        "assets/img/desk.jpg",
        "assets/img/unused.heic",
        "assets/img/yard.png",
    ]
    assert all(a.platform_copy is False for a in result.attachments)
    desk = next(a for a in result.attachments if a.path == "assets/img/desk.jpg")
    assert desk.post_id == "_posts/2024-03-01-first-shift.md"
    assert desk.read() == files["assets/img/desk.jpg"]


def test_hugo_toml_yaml_bundles_and_static(tmp_path):
    pages = [
        {
            "path": "posts/one.md",
            "front": {"title": "One", "date": "2024-03-01T08:15:00+02:00"},
            "body": "Static image ![](/images/a.png)",
        },
        {
            "path": "posts/bundle/index.md",
            "front": {"title": "Bundle", "date": "2024-03-02", "draft": True},
            "body": "![](photo.jpg)",
        },
        {
            "path": "posts/yaml.md",
            "yaml": True,
            "front": {"title": "Yaml", "date": "2024-03-03T10:00:00Z"},
            "body": "z",
        },
    ]
    files = {
        "static/images/a.png": b"\x89PNG\r\n\x1a\n",
        "content/posts/bundle/photo.jpg": _jpeg(),
        "themes/paper/exampleSite/content/posts/demo.md": "+++\ntitle='demo'\n+++\nnot mine",
    }
    path = build_hugo_site(tmp_path / "hugo", pages, zip=True, files=files)
    assert sniff_scores(path)["blog"] == 80
    result = read_source(path, "blog")
    assert len(_posts(result)) == 3  # _index.md and the theme's example content left out
    by_title = {p.title: p for p in _posts(result)}
    assert by_title["One"].timestamp == datetime(2024, 3, 1, 6, 15, tzinfo=UTC)
    assert by_title["One"].stated_offset_minutes == 120
    assert by_title["One"].attachments == ["static/images/a.png"]
    bundle = by_title["Bundle"]
    assert bundle.kind == "draft" and bundle.extra["date_only"] is True
    assert bundle.attachments == ["content/posts/bundle/photo.jpg"]
    assert by_title["Yaml"].timestamp == datetime(2024, 3, 3, 10, tzinfo=UTC)


def test_bad_front_matter_and_impossible_dates(tmp_path):
    posts = [
        {"name": "2024-02-30-leap.md", "front": {"title": "Leap"}, "body": "a"},
        {
            "name": "2024-03-05-bad-date.md",
            "front": {"title": "Bad", "date": "2024-13-01 10:00"},
            "body": "b",
        },
        {"name": "2024-03-06-broken.md", "front": "title: [unclosed", "body": "c"},
        {
            "name": "2024-03-07-aliases.md",
            "front": "a: &a [x, x]\n" + "".join(f"b{i}: &b{i} [*a, *a]\n" for i in range(30)),
            "body": "d",
        },
    ]
    path = build_jekyll_blog(tmp_path / "site", posts)
    result = read_source(path, "blog")
    assert len(_posts(result)) == 4  # every post file still counts; its text still matters
    errors = " | ".join(e.error for e in result.errors)
    assert "impossible date '2024-02-30' in the file name" in errors
    assert "impossible date '2024-13-01 10:00'" in errors
    assert "invalid YAML front matter" in errors
    assert "too many YAML anchors/aliases" in errors
    assert {p.text for p in _posts(result)} == {"a", "b", "c", "d"}


def test_front_matter_splitter_units():
    fm = split_front_matter("---\ntitle: x\ndate: 2024-03-01\n---\nbody\n")
    assert fm.kind == "yaml" and fm.data["title"] == "x" and fm.body == "body\n"
    assert split_front_matter("+++\ntitle = 'y'\n+++\nz").data == {"title": "y"}
    assert split_front_matter("no front matter").kind == ""
    assert split_front_matter("---\ntitle: x\n").error == "front matter is not closed"
    huge = "---\n" + "k: v\n" * 20000 + "---\nbody"
    assert "larger than 64 KiB" in split_front_matter(huge).error
    assert split_front_matter("---\n- a list\n---\n").error == "front matter is not a mapping"


def test_plain_markdown_without_front_matter_is_not_a_blog(tmp_path):
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.md").write_text("just text")
    assert sniff_scores(tmp_path / "notes")["blog"] == 0


# -- site configuration and drafts (29 November) -------------------------------

JEKYLL_CONFIG = """\
title: Ward Notes
author:
  name: Marie Lefebvre
  email: marie.lefebvre@gmail.com
timezone: Europe/Paris
github_username: mlefebvre1987
twitter:
  username: wardnotes
social:
  links:
    - https://www.linkedin.com/in/marie-lefebvre-lyon
mastodon:
  - username: wardnotes
    instance: mastodon.social
plugins:
  - jekyll-feed
exclude:
  - notes-for-me@example.org.md
markdown: kramdown
"""


def _scan_json(*args: str) -> dict:
    import json

    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["scan", *args, "--format", "json"], env={"NO_COLOR": "1"},
                             catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return json.loads(out.stdout)


def test_jekyll_config_published_fields_are_records_not_posts(tmp_path):
    post = {"name": "2025-05-18-hi.md", "front": {"title": "Hi", "date": "2025-05-18 08:05:00"},
            "body": "Tiredness is a texture more than a feeling."}
    site = build_jekyll_blog(tmp_path / "site", [post], config=JEKYLL_CONFIG)
    result = read_source(site, "blog")
    config = {p.origin.record: p for p in result.posts if p.kind == "config"}
    assert set(config) == {
        "title", "author.name", "author.email", "github_username", "twitter.username",
        "social.links", "mastodon.url",
    }  # not the timezone (TIME007's), nor plugins, exclude or markdown (build settings)
    email = config["author.email"]
    assert email.text == "author.email: marie.lefebvre@gmail.com"
    assert email.origin.path.endswith("_config.yml") and email.origin.line == 4
    assert email.timestamp is None and not email.is_post and email.published_at is None
    assert config["github_username"].text.endswith("(https://github.com/mlefebvre1987)")
    assert config["twitter.username"].extra["urls"] == ["https://x.com/wardnotes"]
    assert config["mastodon.url"].text == "mastodon.url: https://mastodon.social/@wardnotes"
    # The post's naive date was read in the site's zone: the offset is the config's.
    (hi,) = _posts(result)
    assert hi.stated_offset_minutes == 120 and hi.extra["offset_source"] == "site configuration"
    assert hi.extra["site_config_line"] == 5


def test_hugo_config_params_social_menus_and_config_dir(tmp_path):
    config = """\
baseURL = "https://wardnotes.example/"
title = "Ward Notes"
copyright = "© 2025 Marie Lefebvre"
theme = "PaperMod"
timeZone = "Europe/Paris"
[params]
author = "Marie Lefebvre"
mainSections = ["posts"]
ShowReadingTime = true
[params.social]
github = "mlefebvre1987"
[[params.socialIcons]]
name = "instagram"
url = "https://www.instagram.com/marie.lyon.night/"
[[menus.main]]
name = "Posts"
url = "/posts/"
[[menus.main]]
name = "Elsewhere"
url = "https://codeberg.org/mlefebvre"
"""
    site = build_hugo_site(
        tmp_path / "hugo",
        [{"path": "posts/a.md", "front": {"title": "A", "date": "2025-01-02T21:00:00+01:00"}, "body": "a"}],
        config=config,
        files={"config/_default/params.toml": 'email = "marie@example.fr"\n'},
    )
    result = read_source(site, "blog")
    texts = {p.origin.record: p.text for p in result.posts if p.kind == "config"}
    assert texts == {
        "baseURL": "baseURL: https://wardnotes.example/",
        "title": "title: Ward Notes",
        "copyright": "copyright: © 2025 Marie Lefebvre",
        "params.author": "params.author: Marie Lefebvre",
        "params.social.github": "params.social.github: mlefebvre1987 (https://github.com/mlefebvre1987)",
        "params.socialIcons.name": "params.socialIcons.name: instagram",
        "params.socialIcons.url": "params.socialIcons.url: https://www.instagram.com/marie.lyon.night/",
        "menus.main.url": "menus.main.url: https://codeberg.org/mlefebvre",  # not /posts/
        "params.email": "params.email: marie@example.fr",
    }
    assert len(_posts(result)) == 1


def test_config_leaks_found_and_not_counted_end_to_end(tmp_path):
    """The UX walkthrough's blog whose only leaks are in _config.yml."""
    config = ("title: Ward Notes\nauthor: Marie Lefebvre\nemail: marie.lefebvre@gmail.com\n"
              "timezone: Europe/Paris\ngithub_username: mlefebvre1987\n")
    post = {"name": "2025-05-18-hi.md", "front": {"title": "Hi", "date": "2025-05-18 08:05:00"},
            "body": "Tiredness is a texture more than a feeling."}
    site = build_jekyll_blog(tmp_path / "cfgblog", [post], config=config)
    doc = _scan_json(str(site))
    assert doc["inputs"][0]["posts"] == 1  # the contract: post files
    assert doc["timing"]["posts"] == 1  # config records carry no time
    by_rule = {f["rule"]: f for f in doc["findings"]}
    email = by_rule["SELF001"]
    assert email["location"]["path"].endswith("_config.yml") and email["location"]["line"] == 3
    assert "[site configuration" in email["message"]
    assert by_rule["LINK007"]["location"]["record"] == "github_username"
    offset = by_rule["TIME007"]
    assert "site configuration" in offset["message"] and "Europe/Paris" in offset["message"]
    assert offset["evidence"].startswith("timezone: Europe/Paris")
    assert offset["location"]["path"].endswith("_config.yml") and offset["location"]["line"] == 4
    assert offset["clue"] == {"kind": "timezone", "value": "Europe/Paris"}


def test_config_records_reach_the_watchlist_but_not_style(tmp_path):
    """No rule knows a real name when it sees one; the writer's watchlist does."""
    from typer.testing import CliRunner

    from nymaudit.cli import app
    from nymaudit.model import Corpus
    from nymaudit.style.text import corpus_text

    site = build_jekyll_blog(tmp_path / "s", [{"name": "2025-01-01-a.md", "front": {"title": "A"},
                                               "body": "Plain words."}], config=JEKYLL_CONFIG)
    result = read_source(site, "blog")
    assert corpus_text(Corpus(posts=result.posts)).texts == ["A\n\nPlain words."]
    watchlist = tmp_path / "watchlist.toml"
    added = CliRunner().invoke(app, ["watch", "add", "Marie Lefebvre", "--watchlist", str(watchlist)])
    assert added.exit_code == 0, added.output
    doc = _scan_json(str(site), "--watchlist", str(watchlist))
    (hit,) = [f for f in doc["findings"] if f["rule"] == "WATCH001"]
    assert hit["location"]["record"] == "author.name" and hit["location"]["line"] == 3


def test_drafts_are_checked_but_not_publishing_times(tmp_path):
    posts = [
        {"name": f"2025-0{m}-0{d}-p{m}{d}.md", "body": "Evening notes.",
         "front": {"title": f"p{m}{d}", "date": f"2025-0{m}-0{d} 20:00:00 +02:00"}}
        for m in (5, 6) for d in (1, 2)
    ]
    posts.append({"name": "strike-day.md", "draft_folder": True,
                  "front": {"title": "Strike day", "date": "2025-12-09 22:30:00 +01:00"},
                  "body": "Write to me at nightsister.lyon@proton.me before the strike."})
    site = build_jekyll_blog(tmp_path / "blog", posts)
    doc = _scan_json(str(site))
    assert doc["inputs"][0]["posts"] == 5  # the contract counts post files, drafts too
    assert doc["timing"]["posts"] == 4  # the draft's date is no posting time
    by_rule = {f["rule"]: f for f in doc["findings"]}
    assert "_drafts/strike-day.md" in by_rule["SELF001"]["location"]["path"]  # still checked
    # The draft's own offset is still a leak (TIME007 counts it), though not a posting time.
    assert "UTC+01:00 (1 post)" in by_rule["TIME007"]["evidence"]
    from typer.testing import CliRunner

    from nymaudit.cli import app

    md = CliRunner().invoke(app, ["scan", str(site), "--format", "markdown"], catch_exceptions=False).stdout
    assert "2025-06-02" in md and "2025-12-09" not in md.split("Published between", 1)[1].split("\n")[0]


def test_hugo_draft_true_is_not_a_publishing_time(tmp_path):
    pages = [
        {"path": "posts/a.md", "front": {"title": "A", "date": "2025-01-02T21:00:00+01:00"}, "body": "a"},
        {"path": "posts/b.md", "front": {"title": "B", "date": "2025-03-02T09:00:00+01:00", "draft": True},
         "body": "b"},
    ]
    result = read_source(build_hugo_site(tmp_path / "h", pages), "blog")
    by_title = {p.title: p for p in _posts(result)}
    assert by_title["B"].kind == "draft" and by_title["B"].published_at is None
    assert by_title["B"].timestamp is not None  # kept: its offset and year still matter
    assert by_title["A"].published_at == by_title["A"].timestamp


def test_config_errors_once_other_programs_configs_and_bounds(tmp_path):
    post = {"name": "2025-01-01-a.md", "front": {"title": "A"}, "body": "a"}
    broken = build_jekyll_blog(tmp_path / "broken", [post], config="author: [unclosed\n")
    result = read_source(broken, "blog")
    assert len(result.errors) == 1 and result.errors[0].error.startswith("invalid YAML")  # once
    assert [p for p in result.posts if p.kind == "config"] == []
    # A folder of notes (no _posts/ or content/) beside another program's config.yaml.
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "a.md").write_text("---\ntitle: A\n---\nbody\n")
    (notes / "config.yaml").write_text("url: https://api.example/v1\nowner: ops@example.org\n")
    assert [p.kind for p in read_source(notes, "blog").posts] == ["post"]
    # A huge or deep configuration is read within bounds.
    wide = "links:\n" + "".join(f"  - https://example.org/{i}\n" for i in range(2000))
    deep = "author:" + "".join(f"\n{'  ' * i}k{i}:" for i in range(1, 40)) + " x@example.org\n"
    for config in (wide, deep):
        site = build_jekyll_blog(tmp_path / f"s{len(config)}", [post], config=config)
        records = [p for p in read_source(site, "blog").posts if p.kind == "config"]
        assert len(records) <= 300


def test_config_records_point_at_their_own_line_in_a_large_config(tmp_path):
    """Each record's line comes from its key path, not from the first line holding its
    value: a short value ("a") repeated under 120 keys, a list of links whose values
    are prefixes of each other, a value written with an escape. 60 KB: searching the
    file for each record (the old way) took seconds per file; the index reads it once."""
    lines = ["title: Ward Notes"]
    expect: dict[str, int] = {}
    for i in range(120):
        lines.append(f"k{i}_name: a")
        expect[f"k{i}_name: a"] = len(lines)
    lines += ["social:", "  links:"]
    for i in range(100):
        lines.append(f"    - https://e.org/{i}")
        expect[f"social.links: https://e.org/{i}"] = len(lines)
    lines += ["author:", "  name: a", '  url: "\\u0041b https://e.org/esc"']
    expect["author.name: a"] = len(lines) - 1
    expect["author.url: Ab https://e.org/esc"] = len(lines)  # not in the file as read: the key's line
    body = "\n".join(lines) + "\n"
    padding = 60 * 1024 - len(body)
    config = body.replace("\nsocial:", "\n" + "#\n" * (padding // 2) + "social:")
    offset = padding // 2
    expect = {text: line + (offset if line > 121 else 0) for text, line in expect.items()}
    post = {"name": "2025-01-01-a.md", "front": {"title": "A"}, "body": "a"}
    site = build_jekyll_blog(tmp_path / "big", [post], config=config)
    result = read_source(site, "blog")
    assert not result.errors
    found = {p.text: p.origin.line for p in result.posts if p.kind == "config"}
    assert found == {"title: Ward Notes": 1, **expect}


def test_config_lines_toml_tables_json_and_config_errors(tmp_path):
    from nymaudit.sources.blog import ConfigLines

    toml = ConfigLines('title = "a"\n[params]\nname = "a"\nlinks = [\n  "https://1",\n  "https://2",\n]\n'
                       '[[params.socialIcons]]\nurl = "https://i/"\n[[params.socialIcons]]\nurl = "https://i/"\n',
                       "toml")
    assert [toml.line(("params", "links"), v) for v in ("https://1", "https://2")] == [5, 6]
    assert toml.line(("params", "name"), "a") == 3
    # An array of tables: the same path and value twice, each entry its own line.
    assert [toml.line(("params", "socialIcons", "url"), "https://i/") for _ in range(2)] == [9, 11]
    pages = [{"path": "posts/a.md", "front": {"title": "A"}, "body": "a"}]
    site = build_hugo_site(tmp_path / "h", pages, files={
        "config/_default/params.json": '{\n  "social": {\n    "github": "mlefebvre"\n  }\n}\n',
        "config/_default/menus.toml": "[[main]\n",
    })
    result = read_source(site, "blog")
    (github,) = [p for p in result.posts if p.origin.record == "params.social.github"]
    assert github.origin.path.endswith("params.json") and github.origin.line == 3
    (error,) = result.errors
    assert error.path.endswith("menus.toml")
    assert error.error.startswith("invalid TOML in the site configuration (")
    # A configuration over the 64 KiB cap says so in KiB (it said "0 MiB").
    big = build_jekyll_blog(tmp_path / "big", [{"name": "2025-01-01-a.md", "front": {"title": "A"},
                                                 "body": "a"}], config="#\n" * 40_000)
    (error,) = read_source(big, "blog").errors
    assert error.error == "larger than the 64 KiB cap; skipped"


# -- huge integers and unexpected errors lose nothing else (red-team 5, D1) -----------

HUGE = {  # YAML/TOML literals of a few KB that parse to ints of over 4,300 digits
    "hex": "0x" + "f" * 5000,
    "binary": "0b" + "1" * 16000,
    "sexagesimal": ":".join(["59"] * 3000),  # YAML 1.1 base 60
}
HUGE_SHOWN = {"hex": "<an integer of about 6021 digits>", "binary": "<an integer of about 4817 digits>",
              "sexagesimal": "<an integer of about 5335 digits>"}


@pytest.mark.parametrize("form", sorted(HUGE))
def test_a_huge_integer_in_front_matter_loses_no_post(tmp_path, form):
    literal = HUGE[form]
    posts = [{"name": f"2025-01-0{i}-a.md", "front": {"title": f"ok{i}"}, "body": "I'm a nurse."}
             for i in (1, 3, 4)]
    posts.append({"name": "2025-01-02-b.md", "front": f"title: bad\ntags:\n  - {literal}\n  - work\n"
                                                       f"date: {literal}\n? {literal}\n: key", "body": "hi"})
    result = read_source(build_jekyll_blog(tmp_path / "s", posts), "blog")
    by_title = {p.title: p for p in _posts(result)}
    assert set(by_title) == {"ok1", "ok3", "ok4", "bad"}
    assert by_title["bad"].extra["tags"] == [HUGE_SHOWN[form], "work"]
    (error,) = result.errors
    assert error.path.endswith("2025-01-02-b.md")
    assert error.error == f"record 2025-01-02-b.md: unparseable date {HUGE_SHOWN[form]}"


@pytest.mark.parametrize("form", sorted(HUGE))
def test_a_huge_integer_in_a_site_configuration_loses_no_field(tmp_path, form):
    from nymaudit.sources.blog import read_config_file

    literal = HUGE[form]
    config = (f"author: {literal}\nemail: marie@example.fr\n? {literal}\n: https://e.org/x\n"
              "timezone: Europe/Paris\n")
    post = {"name": "2025-01-01-a.md", "front": {"title": "A", "date": "2025-01-01 08:00:00"}, "body": "a"}
    site = build_jekyll_blog(tmp_path / "s", [post], config=config)
    for result in (read_source(site, "blog"), read_config_file(site / "_config.yml")):
        assert not result.errors
        texts = {p.text for p in result.posts if p.kind == "config"}
        assert {"email: marie@example.fr", f"author: {HUGE_SHOWN[form]}"} <= texts
    (a,) = _posts(read_source(site, "blog"))
    assert a.stated_offset_minutes == 60  # the zone was still read


def test_a_huge_toml_integer_in_hugo_configuration_loses_no_field(tmp_path):
    pages = [{"path": "posts/a.md", "front": {"title": "A"}, "body": "a"},
             {"path": "posts/b.md", "front": f"title = 'B'\nweight = {HUGE['hex']}", "body": "b"}]
    config = f'title = "Notes"\n[params]\nauthor = {HUGE["hex"]}\nemail = "marie@example.fr"\n'
    result = read_source(build_hugo_site(tmp_path / "h", pages, config=config), "blog")
    assert not result.errors
    assert {p.title for p in _posts(result)} == {"A", "B"}
    texts = {p.text for p in result.posts if p.kind == "config"}
    assert {"params.email: marie@example.fr", f"params.author: {HUGE_SHOWN['hex']}"} <= texts


def test_an_unexpected_error_costs_only_its_own_file(tmp_path, monkeypatch):
    """A reader bug met on one post or one configuration file is that file's input
    error; every other post (and the site's other fields) is still read."""
    import nymaudit.sources.blog as blog

    real_html, real_records = blog.html_to_text, blog.config_records

    def html_to_text(text: str) -> str:
        raise RuntimeError("a bug")

    def config_records(tree, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.endswith("params.toml"):
            raise RuntimeError("a bug")
        return real_records(tree, name, *args, **kwargs)

    monkeypatch.setattr(blog, "html_to_text", html_to_text)
    monkeypatch.setattr(blog, "config_records", config_records)
    pages = [{"path": "posts/a.md", "front": {"title": "A"}, "body": "a"},
             {"path": "posts/b.html", "front": {"title": "B"}, "body": "<p>b</p>"},
             {"path": "posts/c.md", "front": {"title": "C"}, "body": "c"}]
    site = build_hugo_site(tmp_path / "h", pages, files={"config/_default/params.toml": 'email = "m@e.fr"\n'})
    result = read_source(site, "blog")
    assert {p.title for p in _posts(result)} == {"A", "C"}
    assert {p.text for p in result.posts if p.kind == "config"} >= {"title: Back Office Notes"}
    assert sorted((e.path.rsplit("/", 1)[-1], e.error) for e in result.errors) == [
        ("b.html", "post not read: unexpected RuntimeError"),
        ("params.toml", "site configuration not read: unexpected RuntimeError"),
    ]
    monkeypatch.setattr(blog, "html_to_text", real_html)


def test_many_site_roots_list_the_tree_a_fixed_number_of_times(tmp_path, monkeypatch):
    """N one-post sites side by side: the member names are gathered once per tree, not
    once per site root (16,000 roots took 45 s; see bench_hostile_sources.py site-roots)."""
    from nymaudit.sources.base import SourceResult
    from nymaudit.sources.blog import READER
    from nymaudit.sources.tree import open_tree

    for i in range(40):
        post = {"name": "2025-01-02-a.md", "front": {"title": f"t{i}"}, "body": "hello"}
        build_jekyll_blog(tmp_path / "all" / f"d{i}", [post])
    tree = open_tree(tmp_path / "all")
    calls = []
    members = tree.members
    monkeypatch.setattr(tree, "members", lambda: calls.append(1) or members())
    result = SourceResult(tree)
    READER.read(tree, result)
    assert len(_posts(result)) == 40 and not result.errors
    assert len([p for p in result.posts if p.kind == "config"]) == 80  # title and url of each
    assert len(calls) <= 4
