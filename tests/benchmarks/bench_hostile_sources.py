"""Reader time and memory on hostile inputs (run by hand, never by pytest).

    python tests/benchmarks/bench_hostile_sources.py [CASE ...]

CASE is one of

- ``corrupt-js:MB``: ``data/tweets.js`` whose first record is one unterminated
  string of MB megabytes ("Leeds Leeds ..."), no later record start;
- ``corrupt-zip:MB``: the same inside a zip, deflated with scattered random letters
  so it compresses about 67:1 and passes the ratio cap (the red-team "bomb");
- ``html:PATTERN:N``: a Mastodon ``outbox.json`` with one note whose content is
  PATTERN repeated N times (``<a``, ``</``, ``<?``, ``<a `` ...);
- ``jekyll-config:KB`` / ``hugo-config:FILES``: a blog whose ``_config.yml`` (or
  ``hugo.toml`` plus FILES ``config/_default/*.yaml``) is KB (60) kilobytes of blank
  lines and then 300 published keys whose values are written with an escape (so
  no line holds the value as read): the red-team's configuration (review 5);
- ``site-roots:N``: a folder of N Jekyll sites, ``dI/_posts/2025-01-02-a.md``, one
  post each and no configuration (red-team 5, D6: the reader was quadratic in N);
- ``data-files:N``: a Jekyll site of one post with N author data files
  ``_data/authors/aI.yml`` of the same hostile 60 KB each (the reader reads 40 a site).
- ``wxr-elements:N``: a WXR export whose channel holds N empty ``<a/>`` elements before
  its one post (red team red9, F2: they were never freed, 94 bytes each);
- ``wxr-post:MB`` / ``wxr-div:MB``: one post whose body is MB megabytes of ``<b>x</b> ``
  (or of unclosed ``<div>``) (F4: no HTML parse cap);
- ``wxr-badutf8:MB``: one post whose body is MB megabytes of the byte 0xFF (F5);
- ``jsonl-many:N``: N two-word posts in one ``posts.jsonl`` (F3: the post cap).

Default: ``corrupt-js:400 corrupt-zip:400 html:<a:100000 html:</:1000000
html:<?:1000000 html:<a:1000000``. Each input is written to a temporary folder and
read with its reader in a fresh subprocess (timeout 300 s); the script prints wall
time, peak resident memory, posts and the first error line. Figures go to
docs/formats.md.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from archive_builders import build_mastodon_archive, make_note  # noqa: E402

CHILD = r"""
import importlib, resource, sys, time
from pathlib import Path
from nymaudit.sources.base import SourceResult
from nymaudit.sources.tree import open_tree
reader = importlib.import_module("nymaudit.sources." + sys.argv[2]).READER
tree = open_tree(Path(sys.argv[1]))
start = time.perf_counter()
result = SourceResult(tree)
reader.read(tree, result)
done = time.perf_counter()
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
first = result.errors[0].error[:110] if result.errors else "-"
print(f"read in {done - start:.2f}s; peak RSS {peak_mb:.0f} MB; posts {len(result.posts)}; "
      f"errors {len(result.errors)}: {first}")
"""

HEAD = b'window.YTD.tweets.part0 = [ {"tweet": {"full_text": "'


def _blocks() -> list[bytes]:
    rnd = random.Random(1)
    blocks = []
    for _ in range(16):
        block = bytearray(b"Leeds " * (1024**2 // 6) + b"Lee")
        for _ in range(5200):
            block[rnd.randrange(len(block))] = rnd.choice(b"bcdefghijklmnopqrstuvwxyz")
        blocks.append(bytes(block))
    return blocks


def corrupt_js(tmp: Path, megabytes: int, zipped: bool) -> tuple[Path, str]:
    blocks = _blocks()
    if zipped:
        path = tmp / "x.zip"
        with (
            zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as zf,
            zf.open("data/tweets.js", "w", force_zip64=True) as fh,
        ):
            fh.write(HEAD)
            for i in range(megabytes):
                fh.write(blocks[i % 16])
        return path, "twitter"
    (tmp / "x" / "data").mkdir(parents=True)
    with (tmp / "x" / "data" / "tweets.js").open("wb") as fh:
        fh.write(HEAD)
        for i in range(megabytes):
            fh.write(blocks[i % 16])
    return tmp / "x", "twitter"


def html_note(tmp: Path, pattern: str, count: int) -> tuple[Path, str]:
    note = make_note("109311445000000001", "2022-11-08T03:07:14Z", pattern * count)
    return build_mastodon_archive(tmp / "m", [note], zip=False), "mastodon"


def _config_text(toml: bool, size: int = 60 * 1024) -> str:
    sep = " =" if toml else ":"
    body = "".join(f'k{i}_url{sep} "\\u0041{i}b https://e.org/{i}"\n' for i in range(300))
    return "\n" * (size - len(body)) + body


def blog_config(tmp: Path, hugo: bool, count: int) -> tuple[Path, str]:
    """A blog with one post and hostile configuration files (see ``jekyll-config``)."""
    site = tmp / "site"
    if hugo:
        (site / "content" / "posts").mkdir(parents=True)
        (site / "content" / "posts" / "a.md").write_text("---\ntitle: A\n---\nHello there.\n")
        (site / "hugo.toml").write_text(_config_text(True))
        (site / "config" / "_default").mkdir(parents=True)
        for j in range(count):
            (site / "config" / "_default" / f"p{j}.yaml").write_text(_config_text(False))
    else:
        (site / "_posts").mkdir(parents=True)
        (site / "_posts" / "2025-05-18-a.md").write_text("---\ntitle: A\n---\nHello there.\n")
        (site / "_config.yml").write_text(_config_text(False, count * 1024))
    return site, "blog"


def data_files(tmp: Path, count: int) -> tuple[Path, str]:
    """A Jekyll site with N hostile author data files (see ``data-files``)."""
    site = tmp / "site"
    (site / "_posts").mkdir(parents=True)
    (site / "_posts" / "2025-05-18-a.md").write_text("---\ntitle: A\n---\nHello there.\n")
    (site / "_config.yml").write_text("title: A\n")
    (site / "_data" / "authors").mkdir(parents=True)
    text = _config_text(False)
    for i in range(count):
        (site / "_data" / "authors" / f"a{i:05d}.yml").write_text(text)
    return site, "blog"


def site_roots(tmp: Path, count: int) -> tuple[Path, str]:
    """N site roots of one post each (see ``site-roots``)."""
    top = tmp / "roots"
    for i in range(count):
        folder = top / f"d{i}" / "_posts"
        folder.mkdir(parents=True)
        (folder / "2025-01-02-a.md").write_text(f"---\ntitle: t{i}\n---\nhello {i}\n")
    return top, "blog"


_WXR_HEAD = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
             'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
             'xmlns:dc="http://purl.org/dc/elements/1.1/" '
             'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel>\n<title>x</title>\n')
_WXR_ITEM = ('<item><title>Hi</title><dc:creator>me</dc:creator><wp:post_type>post</wp:post_type>'
             '<wp:status>publish</wp:status><wp:post_date>2024-01-01 10:00:00</wp:post_date>'
             '<wp:post_date_gmt>2024-01-01 09:00:00</wp:post_date_gmt><content:encoded><![CDATA[')
_WXR_END = ']]></content:encoded></item>\n</channel></rss>\n'


def wxr(tmp: Path, kind: str, arg: int) -> tuple[Path, str]:
    """The red team's WXR exports (red9 gen/wxr_elements.py, wxr_bigpost.py, wxr_badutf8.py)."""
    (tmp / "w").mkdir()
    with (tmp / "w" / "export.xml").open("wb") as fh:
        fh.write(_WXR_HEAD.encode())
        if kind == "wxr-elements":
            for _ in range(arg // 100_000):
                fh.write(b"<a/>" * 100_000)
            fh.write((_WXR_ITEM + "Hello from Leeds" + _WXR_END).encode())
        else:
            fh.write(_WXR_ITEM.encode())
            pattern = {"wxr-post": b"<b>x</b> ", "wxr-div": b"<div>", "wxr-badutf8": b"\xff"}[kind]
            block = pattern * (1024**2 // len(pattern))
            for _ in range(arg):
                fh.write(block)
            fh.write(_WXR_END.encode())
    return tmp / "w", "wordpress"


def jsonl_many(tmp: Path, count: int) -> tuple[Path, str]:
    """N posts "hi N" 37 minutes apart (red9 gen/jsonl_many.py)."""
    from datetime import UTC, datetime, timedelta

    (tmp / "j").mkdir()
    start = datetime(2020, 1, 1, tzinfo=UTC)
    with (tmp / "j" / "posts.jsonl").open("w") as fh:
        for i in range(count):
            when = (start + timedelta(minutes=37 * i)).strftime("%Y-%m-%dT%H:%M:%SZ")
            fh.write(f'{{"timestamp":"{when}","text":"hi {i % 97}"}}\n')
    return tmp / "j", "generic"


def run(case: str) -> None:
    kind, _, arg = case.partition(":")
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if kind in ("corrupt-js", "corrupt-zip"):
            path, reader = corrupt_js(tmp, int(arg), zipped=kind == "corrupt-zip")
        elif kind == "html":
            pattern, _, count = arg.rpartition(":")
            path, reader = html_note(tmp, pattern, int(count))
        elif kind in ("jekyll-config", "hugo-config"):
            path, reader = blog_config(tmp, kind == "hugo-config", int(arg))
        elif kind == "site-roots":
            path, reader = site_roots(tmp, int(arg))
        elif kind == "data-files":
            path, reader = data_files(tmp, int(arg))
        elif kind.startswith("wxr-"):
            path, reader = wxr(tmp, kind, int(arg))
        elif kind == "jsonl-many":
            path, reader = jsonl_many(tmp, int(arg))
        else:
            raise SystemExit(f"unknown case {case!r}")
        size = sum(p.stat().st_size for p in tmp.rglob("*") if p.is_file())
        t0 = time.perf_counter()
        try:
            out = subprocess.run(
                [sys.executable, "-c", CHILD, str(path), reader],
                capture_output=True, text=True, timeout=300,
            )
            shown = out.stdout.strip() or out.stderr.strip()[-200:]
        except subprocess.TimeoutExpired:
            shown = "killed at 300 s"
        print(f"{json.dumps(case)} ({size / 1024**2:.1f} MB on disk): {shown} "
              f"(wall incl. start-up {time.perf_counter() - t0:.1f}s)", flush=True)


def main() -> None:
    cases = sys.argv[1:] or [
        "corrupt-js:400", "corrupt-zip:400", "html:<a:100000", "html:</:1000000", "html:<?:1000000",
        "html:<a:1000000",
    ]
    for case in cases:
        run(case)


if __name__ == "__main__":
    main()
