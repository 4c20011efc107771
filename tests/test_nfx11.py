"""Eleventh session, review fixes (30 November 2026), sources (nfx11):

1. (rev11a item 2) An ``<img alt>`` inside Markdown code (a fenced block, an indented block, a
   code span) was read as the writer's image description: a post teaching alt text got PLACE002
   and SELF011 from its example, and `check` failed a loose note with an HTML example. Code is
   shown as text, not rendered: its tags are no images (markdown-it-py, CommonMark, as oracle).
2. (rev11c item 4) Loose notes of a plain folder (beside front-matter posts) took a site's or
   repository's own files as the writer's drafts: an Eleventy starter's README, LICENSE,
   CHANGELOG and robots.txt, a pages-only Jekyll site's README/LICENSE, a Jekyll garden
   template's CODE_OF_CONDUCT (the maintainers' addresses became SELF001 high). They are left
   out with an INPUT008 note; a drafts folder's own notes are still read.

Sites are built as the generators' starters lay them out (eleventy-base-blog,
digital-garden-jekyll-template, a minima site with pages only), posts with tests/archive_builders.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from archive_builders import build_jekyll_blog, write_tree
from nymaudit.sources.common import IMAGE_DESCRIPTION
from nymaudit.sources.detect import read_input
from nymaudit.sources.html_text import inline_img_alts
from test_takeout_sidecars_s10 import report, run

EXAMPLE = "I live in Harrogate with my wife Sarah and our dog Biscuit"
REAL = "the view from Otley Chevin"


# --- item 1: <img> tags inside Markdown code are examples, not images --------------------------

HOWTO = ("Always give your images alt text. For example:\n\n"
         f'```html\n<img src="team.jpg" alt="{EXAMPLE}">\n```\n\n'
         '    <img src="b.jpg" alt="Contact me at jane.doe@example.org">\n\n'
         'Inline: `<img alt="I work at Barclays as a cashier" src=c.png>` is fine too.\n\n'
         f'And a real one:\n\n<img src="/assets/img/chevin.jpg" alt="{REAL}">\n')


def test_a_posts_html_example_in_code_is_no_image_description(tmp_path: Path) -> None:
    site = build_jekyll_blog(tmp_path / "site", [
        {"name": "2024-01-01-alt.md", "front": {"title": "Alt text tips"}, "body": HOWTO}])
    post = next(p for p in read_input(site).posts if p.origin.record == "_posts/2024-01-01-alt.md")
    assert post.extra["media_descriptions"] == [REAL]
    assert post.text.count(IMAGE_DESCRIPTION) == 1
    doc = report("scan", ".", cwd=site)
    rules = {f["rule"] for f in doc["findings"]}
    assert not rules & {"PLACE001", "PLACE002", "SELF010", "SELF011", "SELF012", "SELF015"}, rules


def test_check_passes_a_loose_note_with_an_html_example(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "docs", {"tips.md": (
        "# Alt text tips\n\nAlways describe images, e.g.:\n\n"
        f'```html\n<img src="team.jpg" alt="{EXAMPLE}">\n```\n')}, zip=False)
    result = run("check", "tips.md", cwd=folder)
    assert result.exit_code == 0, result.output


CASES = [
    '```html\n<img alt="a">\n```\n',
    '~~~~\n<img alt="a">\n~~~\n<img alt="b">\n~~~~\n<img alt="c">\n',
    '```\nunclosed <img alt="a">\n',
    '    <img alt="a">\n',
    '\t<img alt="a">\n',
    'para\n    <img alt="continues the paragraph">\n',
    '# Title\n    <img alt="a">\n',
    '- item\n\n    <img alt="in the item">\n',
    '- item\n\n        <img alt="code in the item">\n',
    '<img alt="a">\n\n1. x\n   ```\n   <img alt="b">\n   ```\n<img alt="c">\n',
    'Inline `<img alt="a">` code.\n',
    '`` a ` <img alt="a"> ``\n',
    '` unclosed <img alt="literal backtick">\n',
    'a `x\n<img alt="a">` b\n',
    'a `x\n\n<img alt="b">` b\n',
    'text\n\n<img src="x.jpg" alt="plain">\n',
    # Windows line ends: a blank line still ends a paragraph (and a code span).
    'a `x\r\n\r\n<img alt="b">` b\r\n',
    '```\r\n<img alt="a">\r\n```\r\n<img alt="b">\r\n',
]


@pytest.mark.parametrize("markdown", CASES)
def test_img_alts_outside_code_as_commonmark_renders_them(markdown: str) -> None:
    from markdown_it import MarkdownIt  # rich's own dependency: a CommonMark renderer as oracle

    rendered = MarkdownIt("commonmark").render(markdown)
    assert inline_img_alts(markdown) == re.findall(r'<img [^>]*alt="([^"]*)"', rendered)


def test_markdown_without_code_is_linear_on_hostile_input() -> None:
    from nymaudit.sources.html_text import markdown_without_code

    # Every shape a quadratic scan would choke on ends (no timing: a quadratic one would hang).
    for text in ("` `` ``` ````" * 20_000, "```\n" * 50_000, "    x\n" * 100_000, "`a" * 200_000,
                 " " * 1_000_000 + "<img alt=x>", "- \t" * 100_000):
        markdown_without_code(text)
    assert inline_img_alts("` `` ```" * 10_000 + '\n\n<img alt="kept">') == ["kept"]


# --- item 2: a site's or repository's own files are not loose notes ----------------------------

def _posts(path: Path) -> tuple[set[str], list[str]]:
    corpus = read_input(path)
    notes = [what for summary in corpus.inputs for _where, what, _evidence in summary.notes]
    return {p.origin.record for p in corpus.posts if p.is_post}, notes


def eleventy_blog(root: Path) -> Path:
    """eleventy-base-blog's layout: posts with front matter under posts/, _includes/, _data/,
    and the starter's README, LICENSE, CHANGELOG and robots.txt at the root."""
    return write_tree(root, {
        "posts/first.md": "---\ntitle: First\ndate: 2025-03-01\n---\nI walked the dog along the canal.\n",
        "posts/second.md": "---\ntitle: Second\ndate: 2025-03-05\n---\nRain again.\n",
        "posts/untitled.md": "Eleventy renders this one without front matter too.\n",
        "README.md": "# eleventy-base-blog\n\nA starter. Maintained by Zach, contact zach@example.com.\n",
        "LICENSE.txt": "MIT License\n\nCopyright (c) 2024 Zach Leatherman @zachleat\n",
        "CHANGELOG.md": "# Changelog\n\n## v8.0.0\n- Upgraded to Eleventy 2.0\n",
        "robots.txt": "User-agent: *\nDisallow:\n",
        "eleventy.config.js": "export default function (eleventyConfig) {}\n",
        "_includes/layouts/base.html": "<html><body>{{ content | safe }}</body></html>\n",
        "_data/metadata.json": '{"title": "My blog", "author": {"email": "youremailaddress@example.com"}}\n',
    }, zip=False)


def test_eleventy_starters_files_are_not_the_writers_notes(tmp_path: Path) -> None:
    posts, notes = _posts(eleventy_blog(tmp_path / "eleventy"))
    assert posts == {"posts/first.md", "posts/second.md", "posts/untitled.md"}
    (note,) = [n for n in notes if "site's or repository's own" in n]
    assert "CHANGELOG.md, LICENSE.txt, README.md, robots.txt" in note
    doc = report("scan", ".", cwd=tmp_path / "eleventy")
    assert not [f for f in doc["findings"] if f["rule"] == "SELF001"]
    assert [f for f in doc["findings"] if f["rule"] == "INPUT008"]


def test_jekyll_pages_only_site_and_garden_template(tmp_path: Path) -> None:
    pages = write_tree(tmp_path / "jekyll", {
        "_config.yml": "title: My site\ntimezone: Europe/London\n",
        "index.md": "---\nlayout: home\n---\nWelcome.\n",
        "about.md": "---\nlayout: page\ntitle: About\n---\nI write about birds.\n",
        "README.md": "# minima\n\nA Jekyll theme. Contributors: see GitHub.\n",
        "LICENSE.txt": "The MIT License (MIT)\n\nCopyright (c) 2016-present Parker Moore\n",
    }, zip=False)
    posts, _notes = _posts(pages)
    assert posts == {"index.md", "about.md"}
    garden = write_tree(tmp_path / "garden", {
        "_config.yml": "title: My garden\ncollections:\n  notes:\n    output: true\n",
        **{f"_notes/note{i}.md": f"---\ntitle: Note {i}\n---\nThinking about gardens, part {i}.\n"
           for i in range(3)},
        "README.md": "# digital-garden-jekyll-template\n\nQuestions: maxime@example.com\n",
        "LICENSE.md": "MIT License\n\nCopyright (c) 2020 Maxime Vaillancourt\n",
        "CODE_OF_CONDUCT.md": "# Contributor Covenant\n\nReport abuse to conduct@example.org.\n",
    }, zip=False)
    posts, notes = _posts(garden)
    assert posts == {f"_notes/note{i}.md" for i in range(3)}
    assert any("CODE_OF_CONDUCT.md, LICENSE.md, README.md" in n for n in notes)


def test_drafts_folder_keeps_its_notes_and_names_only_conventional_files(tmp_path: Path) -> None:
    folder = write_tree(tmp_path / "drafts", {
        "blog-draft.md": "---\ntitle: Why I joined\n---\nI joined the union in 2019.\n",
        "letter.txt": "Call me on 07700 900123 any evening.\n",
        "history.md": "My family history: we came from Hillsborough.\n",  # lowercase: a note
        "news.txt": "News for the branch.\n",
        "README-janesmith.md": "Template readme.\n",
        "janesmith/README.md": "Copyright Jane Smith\n",
    }, zip=False)
    posts, notes = _posts(folder)
    assert posts == {"blog-draft.md", "letter.txt", "history.md", "news.txt"}
    (note,) = [n for n in notes if "site's or repository's own" in n]
    # Words of the user's own (a suffix, a folder) are not shown: notes are not masked.
    assert "janesmith" not in note.lower() and "2 file(s)" in note and "README.md and 1 more" in note


@pytest.mark.parametrize(("name", "own"), [
    ("README.md", True), ("readme.txt", True), ("README-ja.md", True), ("LICENSE", True),
    ("LICENCE.md", True), ("COPYING.LESSER", True), ("CODE_OF_CONDUCT.md", True),
    ("CONTRIBUTING.md", True), ("NEWS.md", True), ("site/robots.txt", True), ("humans.txt", True),
    ("requirements-dev.txt", True), ("news.md", False), ("history.md", False), ("readmeplease.txt", False),
    ("letter.txt", False), ("licensed-to-kill.md", False),
])
def test_repository_file_names(name: str, own: bool) -> None:
    from nymaudit.sources.blog import repository_file

    assert repository_file(name) is own
