"""`nymaudit watch` after the eighth session's walkthrough (2026-11-29): `watch check` reads a
draft as `check --watchlist` does (a line break is a word break; a file it could not decode
never passes), and `watch add` says when a term is already watched and refuses a term that
is in almost every text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_hugo_site
from nymaudit.cli import app
from nymaudit.text.watchlist import Watchlist


def run(*args: str, stdin: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=stdin, env={"NO_COLOR": "1", "COLUMNS": "200"},
                              catch_exceptions=False)


def _watchlist(path: Path, *terms: str) -> Path:
    result = run("watch", "add", *terms, "--watchlist", str(path))
    assert result.exit_code == 0, result.output
    return path


def _check_counts(draft: Path, watchlist: Path) -> dict[str, int]:
    """Per term reference, how many times `check --watchlist` finds it."""
    out = run("check", str(draft), "--format", "json", "-q", "--watchlist", str(watchlist)).stdout
    counts = {}
    for finding in json.loads(out)["findings"]:
        if finding["rule"] == "WATCH001":
            words = finding["message"].split()
            counts[words[2]] = int(words[4])  # "Watched term kqzmtf appears 2 times: ..."
    return counts


def test_watch_check_finds_a_term_written_over_a_line_break_as_check_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Walkthrough item 3: "Albert\\nRoad" publishes as "Albert Road" (a Markdown soft break is
    a space) and `check --watchlist` found it, while `watch check` passed the draft (exit 0)."""
    monkeypatch.chdir(tmp_path)  # short paths: a line of output is never wrapped
    wl = _watchlist(Path("wl.toml"), "Café Albert", "Albert Road", "Ward 7B", "Sister Okafor")
    body = ("We met on Albert\nRoad, by Café\nAlbert.\n\nThe rota at Ward\n7B went live on Monday.\n"
            "Sister\n\nOkafor told us at the huddle.\n" + "Nothing else to say here.\n" * 40
            + "Back on Albert Road.\n")
    build_hugo_site(tmp_path / "site", [{"path": "posts/rota.md", "yaml": True, "body": body,
                                         "front": {"title": "Rota chaos", "draft": True}}])
    draft = Path("site/content/posts/rota.md")
    result = run("watch", "check", str(draft), "--watchlist", str(wl))
    assert result.exit_code == 1
    lines = [line.split(": watched term ")[0].rsplit(":", 1)[1] for line in result.stdout.splitlines()]
    # The front matter is 4 lines: each term on the line where it starts.
    assert lines == ["5", "6", "9", "11", "54"]
    by_ref: dict[str, int] = {}
    for line in result.stdout.splitlines():
        ref = line.split(": watched term ")[1]
        by_ref[ref] = by_ref.get(ref, 0) + 1
    assert by_ref == _check_counts(draft, wl)  # the same terms, as many times, as `check`


@pytest.mark.parametrize("shift", [-40, -11, -6, -3, 0, 2, 7, 30])
def test_a_term_over_a_line_break_at_the_cut_of_a_piece_is_found_once(shift: int) -> None:
    from nymaudit.commands import watch

    wl = Watchlist()
    wl.add("Elm Grove", label="E")  # a match shows the label, never the term
    line = "word " * 7 + "words\n"  # 42 characters
    count = (watch.PIECE_CHARS + shift) // len(line)
    text = line * count + "at Elm\nGrove today\n" + line * count + "Elm Grove\n"
    found = list(watch.scan_stream(io.BytesIO(text.encode()), wl.matcher()))
    assert [(n, m.hint[-2]) for n, m in found] == [(count + 1, "E"), (2 * count + 3, "E")]


def test_watch_check_never_passes_a_file_it_could_not_decode(tmp_path: Path) -> None:
    """Walkthrough item 3: a Windows-1252 draft ("Caf\\xe9 Albert") passed `watch check` with
    "no watched term found", exit 0, while `check` reported INPUT001 and failed the gate."""
    wl = _watchlist(tmp_path / "wl.toml", "Café Albert", "Albert Road")
    body = "We met at Café Albert on Albert\nRoad – the usual place.\n"
    site = build_hugo_site(tmp_path / "site", [], files={
        "content/posts/cafe.md": ("---\ntitle: Café meeting\n---\n" + body).encode("cp1252") + b"\x90\n"})
    draft = site / "content/posts/cafe.md"
    result = run("watch", "check", str(draft), "--watchlist", str(wl))
    assert result.exit_code == 2  # README: 2 if a file could not be checked
    assert " ".join(result.stdout.split()).count("watched term") == 1  # Albert Road is still found
    assert (f"{draft}: not fully checked: invalid UTF-8 at byte 14; undecodable bytes replaced"
            in " ".join(result.stderr.split()))
    assert "no watched term found" not in result.output
    # A UTF-8 file cut in the middle of its last character: the decoder's last call.
    cut = tmp_path / "cut.md"
    cut.write_bytes("Café Albert Road, café".encode()[:-1])  # its accents make it UTF-8, cut short
    result = run("watch", "check", str(cut), "--watchlist", str(wl))
    assert result.exit_code == 2 and "invalid UTF-8 at byte 22" in result.stderr


def test_watch_check_reads_utf16_without_a_mark_and_nul_bytes_as_check_does(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Review rev8a item 2: a draft saved as UTF-16 with no byte-order mark (`iconv -t UTF-16LE`,
    .NET's Encoding.Unicode) reads as letters and NUL bytes; `check --watchlist` removes the NULs
    (INPUT001) and finds the terms, while `watch check` said "no watched term found", exit 0. So
    did a UTF-8 draft with NUL bytes in it (an editor that crashed while saving)."""
    monkeypatch.chdir(tmp_path)  # short paths: a line of output is never wrapped
    wl = _watchlist(Path("wl.toml"), "Chidi Okafor", "Ministry of Works")
    body = "Met Chidi Okafor at the Ministry\nof Works today.\n"
    site = build_hugo_site(tmp_path / "site", [], files={
        "content/posts/utf16.md": ("---\ntitle: Notes\n---\n" + body).encode("utf-16-le"),
        "content/posts/nul.md": ("---\ntitle: Notes\n---\n" + body.replace("Okafor", "Oka\x00for")
                                 + "\x00" * 64).encode(),
    })
    for name in ("utf16.md", "nul.md"):
        draft = (site / "content/posts" / name).relative_to(tmp_path)
        result = run("watch", "check", str(draft), "--watchlist", str(wl))
        assert "no watched term found" not in result.output
        refs = [line.split(": watched term ")[1] for line in result.stdout.splitlines()]
        assert sorted(refs) == sorted(_check_counts(draft, wl))  # the terms `check` finds
        assert all(line.startswith(f"{draft}:4:") for line in result.stdout.splitlines())
        # Not passed: `check` fails it on INPUT001 in the same words.
        assert result.exit_code == 2
        said = " ".join(result.stderr.split())
        assert f"{draft}: not fully checked: NUL bytes in the file; removed before reading;" in said
        checked = run("check", str(draft), "--format", "json", "-q", "--watchlist", str(wl)).stdout
        assert "NUL bytes in the file; removed before reading" in [
            f["message"].split(" (")[0] for f in json.loads(checked)["findings"] if f["rule"] == "INPUT001"]


def test_check_removes_nul_bytes_from_a_blog_post_too(tmp_path: Path) -> None:
    """The blog reader kept NUL bytes in a post with front matter (only the generic reader
    removed them), so `check --watchlist` missed "Oka\\0for" and said nothing of the NULs."""
    wl = _watchlist(tmp_path / "wl.toml", "Chidi Okafor")
    site = build_hugo_site(tmp_path / "site", [{"path": "posts/nul.md", "yaml": True,
                                                "body": "Met Chidi Oka\x00for today.\n",
                                                "front": {"title": "Notes", "draft": True}}])
    draft = site / "content/posts/nul.md"
    assert "\x00" in draft.read_text(encoding="utf-8")
    assert len(_check_counts(draft, wl)) == 1
    out = json.loads(run("check", str(draft), "--format", "json", "-q", "--watchlist", str(wl)).stdout)
    assert out["inputs"][0]["format"] == "blog"
    errors = [e["error"] for e in out["inputs"][0]["errors"]]
    assert errors == ["NUL bytes in the file; removed before reading"]


def test_watch_check_says_both_problems_of_a_file(tmp_path: Path) -> None:
    """UTF-16 without a mark holding a letter beyond ASCII ("é" is E9 00): both INPUT001 messages."""
    wl = _watchlist(tmp_path / "wl.toml", "Albert Road")
    draft = tmp_path / "cafe.txt"
    draft.write_bytes("Café on Albert Road\n".encode("utf-16-le"))
    result = run("watch", "check", str(draft), "--watchlist", str(wl))
    assert result.exit_code == 2 and result.stdout.count("watched term") == 1
    said = " ".join(result.stderr.split())
    assert "invalid UTF-8 at byte 6; undecodable bytes replaced;" in said
    assert "NUL bytes in the file; removed before reading;" in said
    assert "a watched term written with them is not found;" in said


def test_the_everyday_words_are_listed_once() -> None:
    """Review rev8a item 16: `too_common` and `_common_terms` each built the set of everyday words."""
    from nymaudit.commands import watch

    assert watch.too_common("the") and watch.too_common("Q") and not watch.too_common("Okafor")
    assert {"the", "may", "q", "7"} <= watch._everyday_words()


def test_watch_add_says_a_term_is_already_watched(tmp_path: Path) -> None:
    """Walkthrough item 16: adding a term twice said "1 term(s) added"; nothing was added."""
    path = tmp_path / "wl.toml"
    assert run("watch", "add", "--watchlist", str(path), stdin="Okafor\nWard 7B\n").exit_code == 0
    before = path.read_bytes()
    again = run("watch", "add", "okafor's", "--watchlist", str(path))
    assert again.exit_code == 0
    assert "already watched" in again.output and "added" not in again.output
    assert "okafor" not in again.output.lower()
    assert path.read_bytes() == before and len(Watchlist.load(path)) == 2
    mixed = run("watch", "add", "Elm Grove", "OKAFOR", "Elm  grove", "--watchlist", str(path))
    assert " ".join(mixed.output.split()).startswith("1 term(s) added (")
    assert "2 already watched" in mixed.output and len(Watchlist.load(path)) == 3
    labelled = run("watch", "add", "Okafor", "--label", "colleague", "--watchlist", str(path))
    assert "label set on 1" in labelled.output
    assert any(t.label == "colleague" for t in Watchlist.load(path).terms.values())


@pytest.mark.parametrize("term", ["a", "The", "7", "may", "x"])
def test_watch_add_refuses_a_letter_or_an_everyday_word(tmp_path: Path, term: str) -> None:
    """Walkthrough item 16: `watch add a` was accepted, then every draft failed `watch check`."""
    path = _watchlist(tmp_path / "wl.toml", "Okafor")
    result = run("watch", "add", "Ward 7B", term, "--watchlist", str(path))
    assert result.exit_code == 2
    said = " ".join(result.stderr.split())
    assert "term 2 of 2: a one-word term must have two letters or digits or more" in said
    assert "everyday word" in said
    assert len(Watchlist.load(path)) == 1  # nothing added, as for any refused term
    forced = run("watch", "add", term, "--common-words", "--watchlist", str(path))
    assert forced.exit_code == 2  # one word: never
    site = build_hugo_site(tmp_path / "site", [{"path": "posts/clean.md", "body": "A clean draft.\n",
                                                "front": {"title": "Why rotas matter"}}])
    clean = site / "content/posts/clean.md"
    assert run("watch", "check", str(clean), "--watchlist", str(path)).exit_code == 0


def test_a_term_of_everyday_words_alone_needs_the_flag_and_initials_do_not(tmp_path: Path) -> None:
    path = tmp_path / "wl.toml"
    refused = run("watch", "add", "of the", "--watchlist", str(path))
    assert refused.exit_code == 2 and "--common-words" in refused.stderr and not path.exists()
    assert run("watch", "add", "May Little", "--common-words", "--watchlist", str(path)).exit_code == 0
    assert run("watch", "add", "JM", "J Miller", "--watchlist", str(path)).exit_code == 0
    assert len(Watchlist.load(path)) == 3


def test_watch_list_notes_an_everyday_word_added_before_the_refusal(tmp_path: Path) -> None:
    wl = Watchlist()
    for term in ("a", "The", "Okafor"):  # as `watch add` stored them until 29 November 2026
        wl.add(term)
    path = tmp_path / "wl.toml"
    wl.save(path)
    listed = run("watch", "list", "--watchlist", str(path))
    assert listed.exit_code == 0
    assert "note: 2 term(s) are a single letter or an everyday word" in " ".join(listed.stderr.split())
    draft = tmp_path / "clean.md"
    draft.write_text("A clean draft about the rota.\n", encoding="utf-8")
    checked = run("watch", "check", str(draft), "--watchlist", str(path))
    assert checked.exit_code == 1  # the terms are still watched: only the user removes them
    said = " ".join(checked.stderr.split())
    assert "note: 2 watched term(s) are a single letter or an everyday word" in said
