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

    real_html, real_records = blog.html_text_links_and_alts, blog.config_records

    def html_to_text(text: str) -> str:  # an HTML post's text and alt text (tenth session)
        raise RuntimeError("a bug")

    def config_records(tree, name, *args, **kwargs):  # type: ignore[no-untyped-def]
        if name.endswith("params.toml"):
            raise RuntimeError("a bug")
        return real_records(tree, name, *args, **kwargs)

    monkeypatch.setattr(blog, "html_text_links_and_alts", html_to_text)
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
    monkeypatch.setattr(blog, "html_text_links_and_alts", real_html)


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


# -- the rest of a site's identity files (data files, extra configs, CNAME) -----------

JEKYLL_IDENTITY_FILES = {
    # minimal-mistakes: the author box and the masthead menu
    "_data/authors.yml": """\
marie:
  name: Marie Lefebvre
  email: marie.lefebvre@gmail.com
  avatar: /assets/images/marie.jpg
  links:
    - label: GitHub
      url: https://github.com/mlefebvre1987
  twitter: wardnotes
""",
    "_data/navigation.yml": """\
main:
  - title: About
    url: /about/
  - title: Elsewhere
    url: https://mastodon.social/@wardnotes
""",
    "_data/social.yml": "- name: Keybase\n  url: https://keybase.io/mlefebvre\n- https://codeberg.org/mlefebvre\n",
    "_data/authors/jo.yml": "name: Jo Martin\nemail: jo.martin@proton.me\n",
    # A theme's strings: not an identity file.
    "_data/ui-text.yml": "en:\n  email_label: Email\n  contact_url: https://theme.example/help\n",
    "_config.production.yml": "url: https://wardnotes.fr\nauthor:\n  email: marie@chu-lyon.fr\n",
    "CNAME": "wardnotes.fr\n",
    # A collection of author pages (the theme's author box, the /authors/marie/ page).
    "_authors/marie.md": "---\nname: Marie L.\nposition: Night nurse\n---\n\nNights on cardiology.\n",
    ".well-known/keybase.txt": (
        "==================================================================\n"
        "I hereby claim:\n\n  * I am an admin of https://wardnotes.fr\n"
        "  * I am mlefebvre (https://keybase.io/mlefebvre) on keybase.\n\n"
        "hKRib2R5hqhkZXRhY2hlZMOpaGFzaF90eXBlCqNrZXnEIwEg\n"),
    ".well-known/webfinger": '{"subject": "acct:wardnotes@wardnotes.fr",\n'
                             ' "aliases": ["https://mastodon.social/@wardnotes"]}\n',
}


def _rel(path: str, root: str) -> str:
    """A location's path inside the site ``root`` (a folder, or ``root.zip!member``)."""
    return path.split(f"{root}/", 1)[-1].split(f"{root}.zip!", 1)[-1]


def _records(result, root: str) -> dict[str, tuple[str, int | None]]:
    return {f"{_rel(p.origin.path, root)}#{p.origin.record}": (p.text, p.origin.line)
            for p in result.posts if p.kind == "config"}


@pytest.mark.parametrize("as_zip", [False, True])
def test_jekyll_data_files_extra_configs_and_cname_are_config_records(tmp_path, as_zip):
    post = {"name": "2025-05-18-hi.md", "front": {"title": "Hi", "date": "2025-05-18 08:05:00 +0200"},
            "body": "Tiredness is a texture."}
    site = build_jekyll_blog(tmp_path / "site", [post], zip=as_zip, config="title: Ward Notes\n",
                             files=JEKYLL_IDENTITY_FILES)
    result = read_source(site, "blog")
    assert not result.errors
    assert len(_posts(result)) == 1
    assert _records(result, "site") == {
        "_config.yml#title": ("title: Ward Notes", 1),
        "_config.production.yml#url": ("url: https://wardnotes.fr", 1),
        "_config.production.yml#author.email": ("author.email: marie@chu-lyon.fr", 3),
        "CNAME#CNAME": ("CNAME: wardnotes.fr (https://wardnotes.fr/)", 1),
        # An author file is the author box: every value, the avatar and a bare handle too.
        "_data/authors.yml#marie.name": ("marie.name: Marie Lefebvre", 2),
        "_data/authors.yml#marie.email": ("marie.email: marie.lefebvre@gmail.com", 3),
        "_data/authors.yml#marie.avatar": ("marie.avatar: /assets/images/marie.jpg", 4),
        "_data/authors.yml#marie.links.label": ("marie.links.label: GitHub", 6),
        "_data/authors.yml#marie.links.url": ("marie.links.url: https://github.com/mlefebvre1987", 7),
        "_data/authors.yml#marie.twitter": ("marie.twitter: wardnotes (https://x.com/wardnotes)", 8),
        "_data/authors/jo.yml#name": ("name: Jo Martin", 1),
        "_data/authors/jo.yml#email": ("email: jo.martin@proton.me", 2),
        # A menu: only its links out of the site.
        "_data/navigation.yml#main.url": ("main.url: https://mastodon.social/@wardnotes", 5),
        # A list at the top (themes loop over it), a bare string in it too.
        "_data/social.yml#name": ("name: Keybase", 1),
        "_data/social.yml#url": ("url: https://keybase.io/mlefebvre", 2),
        "_data/social.yml#(item)": ("(item): https://codeberg.org/mlefebvre", 3),
        # .well-known: a Keybase proof's lines with links; a webfinger's every value.
        ".well-known/keybase.txt#keybase.txt": (
            "keybase.txt: * I am mlefebvre (https://keybase.io/mlefebvre) on keybase.", 5),
        ".well-known/webfinger#subject": ("subject: acct:wardnotes@wardnotes.fr", 1),
        ".well-known/webfinger#aliases": ("aliases: https://mastodon.social/@wardnotes", 2),
        "_authors/marie.md#name": ("name: Marie L.", 2),
        "_authors/marie.md#position": ("position: Night nurse", 3),
        "_authors/marie.md#body": ("body: Nights on cardiology.", 6),
    }  # not ui-text.yml: a theme's strings
    cname = next(p for p in result.posts if p.origin.record == "CNAME")
    assert cname.extra["urls"] == ["https://wardnotes.fr/"] and not cname.is_post


HUGO_IDENTITY_FILES = {
    "config/production/params.toml": 'email = "marie@chu-lyon.fr"\n',
    "config/_default/params.toml": 'description = "Nights on the ward"\n',
    "data/authors/marie.toml": 'name = "Marie Lefebvre"\n[social]\ngithub = "mlefebvre1987"\n',
    "data/author.yaml": "bio: Night nurse, Lyon\n",
    "data/stats.json": '{"owner": "ops@chu-lyon.fr"}\n',  # no identity file: not read
    # Wowchemy/Blowfish: the author taxonomy page, front matter and bio.
    "content/authors/marie/_index.md": (
        "---\nname: Marie Lefebvre\nrole: Night nurse\norganizations:\n  - name: CHU de Lyon\n"
        "social:\n  - icon: envelope\n    link: mailto:marie@chu-lyon.fr\n---\n\n"
        "Marie has worked nights on a cardiology ward since 2019.\n"),
    "static/CNAME": "wardnotes.fr\n",
}


@pytest.mark.parametrize("as_zip", [False, True])
def test_hugo_environments_data_author_pages_and_config_json(tmp_path, as_zip):
    pages = [{"path": "posts/a.md", "front": {"title": "A", "date": "2025-01-02T21:00:00+01:00"},
              "body": "a"}]
    site = build_hugo_site(tmp_path / "hugo", pages, zip=as_zip, files=HUGO_IDENTITY_FILES)
    result = read_source(site, "blog")
    assert not result.errors
    assert [p.title for p in _posts(result)] == ["A"]  # the author page is no post
    found = {(_rel(p.origin.path, "hugo"), p.origin.record): (p.text, p.origin.line)
             for p in result.posts if p.kind == "config"}
    assert found[("config/production/params.toml", "params.email")] == ("params.email: marie@chu-lyon.fr", 1)
    assert found[("config/_default/params.toml", "params.description")][1] == 1
    assert found[("data/authors/marie.toml", "social.github")] == (
        "social.github: mlefebvre1987 (https://github.com/mlefebvre1987)", 3)
    assert found[("data/author.yaml", "bio")] == ("bio: Night nurse, Lyon", 1)
    assert found[("content/authors/marie/_index.md", "organizations.name")] == (
        "organizations.name: CHU de Lyon", 5)
    assert found[("content/authors/marie/_index.md", "social.link")] == (
        "social.link: mailto:marie@chu-lyon.fr", 8)
    assert found[("content/authors/marie/_index.md", "body")] == (
        "body: Marie has worked nights on a cardiology ward since 2019.", 11)
    assert found[("static/CNAME", "CNAME")][0] == "CNAME: wardnotes.fr (https://wardnotes.fr/)"
    assert not any(path.startswith("data/stats") for path, _ in found)
    # config.json is Hugo's root configuration too (the first of the names Hugo reads).
    config_json = '{\n  "params": {\n    "email": "m@chu-lyon.fr"\n  }\n}\n'
    other = build_hugo_site(tmp_path / "json", pages, files={"config.json": config_json})
    (other / "hugo.toml").unlink()
    records = [(p.origin.record, p.origin.line) for p in read_source(other, "blog").posts
               if p.kind == "config"]
    assert records == [("params.email", 3)]


def test_identity_files_hostile_cases_are_error_lines_or_bounded_skips(tmp_path):
    """A 50 MB data file, a YAML alias bomb, a list that holds itself, a link out of the
    site, 10,000 data files, data that is not a mapping, a configuration that is a list,
    nesting past the parser's recursion: each an input error or a bounded skip; the post
    is still read."""
    outside = tmp_path / "outside" / "secret.yml"
    outside.parent.mkdir()
    outside.write_text("email: secret.person@proton.me\n")
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    post = {"name": "2025-01-01-a.md", "front": {"title": "A"}, "body": "Plain words."}
    site = build_jekyll_blog(tmp_path / "site", [post], files={
        "_data/people.yml": bomb,
        "_data/author.yml": "just a sentence\n",
        "_data/team.json": "[" * 30_000 + "]" * 30_000,
        "_config.staging.yml": "- a\n- b\n",
        "_data/profile.yml": "[" * 30_000,  # past PyYAML's recursion
        # A list that holds itself: two aliases, under the anchor cap (it looped forever).
        "_data/contact.yml": "me: &me [*me]\nlinks: &l [https://codeberg.org/mlefebvre, *l]\n",
    })
    with (site / "_data" / "authors.yml").open("wb") as fh:  # 50 MB, sparse: read only to the cap
        fh.truncate(50 * 1024**2)
    (site / "_data" / "social.yml").symlink_to(outside)
    (site / "_data" / "authors").symlink_to(outside.parent, target_is_directory=True)
    result = read_source(site, "blog")
    assert [p.title for p in _posts(result)] == ["A"]
    assert [p.text for p in result.posts if p.kind == "config" and "_data" in p.origin.path] == [
        "links: https://codeberg.org/mlefebvre"]
    assert "secret.person" not in " ".join(p.text for p in result.posts)  # links are not followed
    errors = {e.path.rsplit("/", 1)[-1]: e.error for e in result.errors}
    assert errors == {
        "authors.yml": "larger than the 64 KiB cap; skipped",
        "people.yml": "site data file uses too many YAML anchors/aliases; not read",
        "author.yml": "site data file is not a mapping or a list",
        "team.json": "invalid JSON in the site data file",
        "profile.yml": "invalid YAML in the site data file",
        "_config.staging.yml": "site configuration is not a mapping",
    }
    # 10,000 author files: listed by name, 40 read, the rest said in one line.
    many = tmp_path / "many"
    files = {f"data/authors/a{i:05d}.toml": f'email = "a{i}@chu-lyon.fr"\n' for i in range(10_000)}
    files.update({f"data/tables/t{i:05d}.json": "{}" for i in range(2_000)})  # not identity files
    hugo = build_hugo_site(many, [{"path": "posts/a.md", "front": {"title": "A"}, "body": "a"}], files=files)
    result = read_source(hugo, "blog")
    records = [p for p in result.posts if p.kind == "config" and "/data/" in p.origin.path]
    assert len(records) == 40 and records[-1].origin.path.endswith("a00039.toml")
    (error,) = result.errors
    assert error.path.endswith("data/authors/a00040.toml")
    assert error.error == "9960 more of the site's data and configuration files not read (at most 40 a site)"


def _scan(*args: str) -> str:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    out = CliRunner().invoke(app, ["scan", *args], env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code in (0, 1), out.output
    return out.stdout


SECRETS = ("marie.lefebvre@gmail.com", "mlefebvre", "Lefebvre", "wardnotes", "chu-lyon", "jo.martin")


@pytest.mark.parametrize("as_zip", [False, True])
def test_identity_files_end_to_end_and_redacted(tmp_path, as_zip):
    """The whole path, scan of a real Jekyll tree (and of its zip): each identity file's
    leaks are found where they are; --redact masks them in JSON and SARIF alike."""
    import json

    post = {"name": "2025-05-18-hi.md", "front": {"title": "Hi", "date": "2025-05-18 08:05:00 +0200"},
            "body": "Tiredness is a texture."}
    site = build_jekyll_blog(tmp_path / "site", [post], zip=as_zip, config="title: Night Shift\n",
                             files=JEKYLL_IDENTITY_FILES)
    doc = json.loads(_scan(str(site), "--format", "json", "--no-redact"))
    assert doc["inputs"][0]["posts"] == 1 and doc["inputs"][0]["errors"] == []
    assert doc["timing"]["posts"] == 1
    where = {(f["rule"], _rel(f["location"]["path"], "site"), f["location"]["record"], f["location"]["line"])
             for f in doc["findings"]}
    assert ("SELF001", "_data/authors.yml", "marie.email", 3) in where
    assert ("SELF001", "_data/authors/jo.yml", "email", 2) in where
    assert ("SELF001", "_config.production.yml", "author.email", 3) in where
    assert ("LINK007", "_data/authors.yml", "marie.twitter", 8) in where
    # The menu's Mastodon link is the webfinger alias's profile: one finding, both places.
    assert ("LINK007", ".well-known/webfinger", "aliases", 2) in where
    (mastodon,) = [f for f in doc["findings"] if f["location"]["record"] == "aliases"]
    assert "navigation.yml#main.url:5" in mastodon["message"]
    assert ("LINK007", ".well-known/keybase.txt", "keybase.txt", 5) in where
    (keybase,) = [f for f in doc["findings"] if f["location"]["record"] == "keybase.txt"]
    assert "social.yml#url:2" in keybase["message"]
    email = next(f for f in doc["findings"] if f["location"]["record"] == "marie.email")
    assert email["message"].endswith("[site configuration, which themes publish on its pages and feed]")
    for fmt in ("json", "sarif"):
        masked = _scan(str(site), "--format", fmt, "--redact")
        for secret in SECRETS:
            assert secret not in masked, (fmt, secret)
        assert "_data/authors.yml" in masked  # where to look stays readable
    # A watchlist entry for the real name finds it in the author file.
    from typer.testing import CliRunner

    from nymaudit.cli import app

    watchlist = tmp_path / "watchlist.toml"
    added = CliRunner().invoke(app, ["watch", "add", "Marie Lefebvre", "--watchlist", str(watchlist)])
    assert added.exit_code == 0
    doc = json.loads(_scan(str(site), "--format", "json", "--watchlist", str(watchlist)))
    (hit,) = [f for f in doc["findings"] if f["rule"] == "WATCH001"]
    assert _rel(hit["location"]["path"], "site") == "_data/authors.yml" and hit["location"]["line"] == 2


def test_hugo_identity_files_end_to_end(tmp_path):
    import json

    pages = [{"path": "posts/a.md", "front": {"title": "A", "date": "2025-01-02T21:00:00+01:00"},
              "body": "a"}]
    site = build_hugo_site(tmp_path / "hugo", pages, files=HUGO_IDENTITY_FILES)
    doc = json.loads(_scan(str(site), "--format", "json", "--no-redact"))
    assert doc["inputs"][0]["posts"] == 1
    where = {(f["rule"], _rel(f["location"]["path"], "hugo"), f["location"]["record"])
             for f in doc["findings"]}
    assert ("SELF001", "config/production/params.toml", "params.email") in where
    assert ("LINK007", "data/authors/marie.toml", "social.github") in where
    (email,) = [f for f in doc["findings"] if f["rule"] == "SELF001"]
    assert "social.link" in email["message"]  # the author page's mailto: link, the same address
    places = [f for f in doc["findings"] if f["rule"].startswith("PLACE")]
    assert any(_rel(f["location"]["path"], "hugo") == "data/author.yaml" for f in places)  # "Lyon"
    masked = _scan(str(site), "--format", "json", "--redact")
    assert "chu-lyon" not in masked and "mlefebvre1987" not in masked


def test_a_configuration_list_that_holds_itself_ends(tmp_path):
    """`a: &a [*a]`: two aliases, under the anchor cap; walking it looped forever."""
    from nymaudit.sources.blog import read_config_file

    post = {"name": "2025-01-01-a.md", "front": {"title": "A"}, "body": "a"}
    config = "title: Night Shift\nsocial: &s [https://codeberg.org/mlefebvre, *s]\nme: &m [*m]\n"
    site = build_jekyll_blog(tmp_path / "s", [post], config=config)
    for result in (read_source(site, "blog"), read_config_file(site / "_config.yml")):
        assert [p.text for p in result.posts if p.kind == "config"] == [
            "title: Night Shift", "social: https://codeberg.org/mlefebvre"]


# -- published front-matter text (red-team 6, item 5) ----------------------------------------

_FM_POST = """---
title: Garden notes
excerpt: Email me at marie.lefebvre@contoso-bank.co.uk
description: A post about the garden.
subtitle: Written from 12 Acacia Avenue
author:
  name: Marie Lefebvre
  email: marie@contoso-bank.co.uk
image:
  path: /assets/g.jpg
  caption: Photo by marie.l@contoso-bank.co.uk
tags: [horsforth, gardening]
layout: post
---
The garden in March.
"""


def test_published_front_matter_fields_are_records_with_their_lines(tmp_path):
    """excerpt, subtitle, a post's own author, an image caption and the tags are
    published with the post: records the text detectors read, each at its line. The
    title (Post.title) and the description (the body's head) are not doubled, and
    layout or the image path (not shown text) are no records."""
    from archive_builders import write_tree

    site = write_tree(tmp_path / "s", {"_config.yml": "title: x\n", "_posts/2025-03-01-garden.md": _FM_POST},
                      zip=False)
    result = read_source(site, "blog")
    records = [p for p in result.posts if p.extra.get("front_matter_of")]
    assert [(p.origin.record, p.text, p.origin.line) for p in records] == [
        ("excerpt", "excerpt: Email me at marie.lefebvre@contoso-bank.co.uk", 3),
        ("subtitle", "subtitle: Written from 12 Acacia Avenue", 5),
        ("author.name", "author.name: Marie Lefebvre", 7),
        ("author.email", "author.email: marie@contoso-bank.co.uk", 8),
        ("image.caption", "image.caption: Photo by marie.l@contoso-bank.co.uk", 11),
        ("tags", "tags: horsforth", 12),
        ("tags", "tags: gardening", 12),
    ]
    assert all(p.kind == "config" and not p.is_post and p.timestamp is None for p in records)
    assert all(p.origin.path.endswith("_posts/2025-03-01-garden.md") for p in records)
    (post,) = _posts(result)
    assert post.text.startswith("A post about the garden.") and post.title == "Garden notes"


def test_front_matter_addresses_are_found_in_scan_and_check(tmp_path):
    """End to end through the CLI: each address of the front matter is a SELF001 at
    its own line, said to be front matter; the title's address is found once."""
    import json

    from typer.testing import CliRunner

    from archive_builders import write_tree
    from nymaudit.cli import app

    site = write_tree(tmp_path / "s", {"_config.yml": "title: x\n", "_drafts/garden.md": _FM_POST}, zip=False)
    doc = _scan_json(str(site))
    lines = sorted(f["location"]["line"] for f in doc["findings"] if f["rule"] == "SELF001")
    assert lines == [3, 8, 11]
    assert all("front matter" in f["message"] for f in doc["findings"] if f["rule"] == "SELF001")
    out = CliRunner().invoke(app, ["check", "--format", "json", "--", str(site / "_drafts/garden.md")],
                             env={"NO_COLOR": "1"}, catch_exceptions=False)
    assert out.exit_code == 1, out.output
    found = json.loads(out.stdout)["findings"]
    assert sorted(f["location"]["line"] for f in found if f["rule"] == "SELF001") == [3, 8, 11]
    titled = write_tree(tmp_path / "t", {"_config.yml": "title: x\n",
                                         "_drafts/t.md": "---\ntitle: Mail a@contoso-bank.co.uk\n---\nHi.\n"},
                        zip=False)
    doc = _scan_json(str(titled))
    assert [f["rule"] for f in doc["findings"]].count("SELF001") == 1


def test_two_posts_that_paste_a_photo_each_are_both_checked(tmp_path):
    """Seventh session: every post's first pasted image was the attachment "data-image-1", and
    attachments of one input sharing a path are taken for one file, so the second post's
    photo (its own GPS position) was dropped from the report."""
    import json

    from typer.testing import CliRunner

    from archive_builders import write_tree
    from nymaudit.cli import app
    from test_sources_generic import _gps_jpeg_uri

    site = write_tree(tmp_path / "site", {
        "_config.yml": "title: Notes\n",
        "_posts/2024-03-01-a.md": f"---\ntitle: A\n---\n![a]({_gps_jpeg_uri(53)})\n",
        "_posts/2024-03-02-b.md": f"---\ntitle: B\n---\n![b]({_gps_jpeg_uri(51)})\n",
    }, zip=False)
    scanned = CliRunner().invoke(app, ["scan", str(site), "--format", "json"])
    report = json.loads(scanned.stdout)
    assert report["inputs"][0]["attachments"] == 2
    places = sorted(f["location"]["path"].rsplit("/", 1)[-1]
                    for f in report["findings"] if f["rule"] == "META010")
    assert places == ["2024-03-01-a.md#data-image-1", "2024-03-02-b.md#data-image-1"]


def test_a_post_over_the_cap_is_read_up_to_it(tmp_path, monkeypatch):
    """Seventh session: a post over the 32 MiB cap was skipped whole; it is read up to the
    cap (the detectors read its first 1,000,000 characters anyway, INPUT003) and the rest
    said, as the generic reader's notes and a long JSONL record."""
    from archive_builders import write_tree
    from nymaudit.sources import blog

    monkeypatch.setattr(blog, "MAX_POST_BYTES", 400)
    body = "Walked along the harbour again. " * 40
    post_file = f"---\ntitle: Long\n---\n{body}"
    files = {"_config.yml": "title: x\n", "_posts/2025-03-01-long.md": post_file}
    site = write_tree(tmp_path / "s", files, zip=False)
    result = read_source(site, "blog")
    (post,) = [p for p in result.posts if p.is_post]
    assert post.title == "Long" and body.startswith(post.text) and len(post.text) > 300
    assert [e.error for e in result.errors] == [
        "larger than the 400 bytes cap for one post: the first 400 bytes were read, the rest was not"]
