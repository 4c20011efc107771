"""The private watchlist: hashed storage, robust matching, `nymaudit watch`."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.commands.watch import app
from nymaudit.detectors import ScanContext
from nymaudit.detectors import watchlist as detector
from nymaudit.model import Corpus, Origin, Post
from nymaudit.text.watchlist import Watchlist, WatchlistError, default_path

TERMS = ["Jane Doe", "Acme Corp", "Biscuit", "Zoë Ó'Brien", "Acacia Avenue"]


def test_file_holds_no_readable_term_and_is_private(tmp_path: Path) -> None:
    wl = Watchlist()
    for term in TERMS:
        wl.add(term)
    path = tmp_path / "sub" / "watch.toml"
    wl.save(path)
    content = path.read_text(encoding="utf-8").lower()
    for term in TERMS:
        for word in term.lower().replace("'", " ").split():
            if len(word) > 2:
                assert word not in content
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    again = Watchlist.load(path)
    assert len(again) == len(TERMS)
    # A second file gets another salt, so hashes cannot be compared across files.
    other = Watchlist()
    other.add("Jane Doe")
    assert not set(other.terms) & set(again.terms)


@pytest.mark.parametrize(("term", "text"), [
    ("Jane Doe", "ran into JANE   doe's sister"),
    ("Jane Doe", "Jane\nDoe"),
    ("Acme Corp", "acme-corp announced"),
    ("Zoë Ó'Brien", "zoe obrien came round"),
    ("James", "James' car"),
    ("Biscuit", "biscuit’s bowl"),
])
def test_matching_copes_with_case_accents_space_possessives(term: str, text: str) -> None:
    wl = Watchlist()
    wl.add(term)
    hits = wl.matcher().find(text)
    assert len(hits) == 1 and hits[0].hint.startswith(term[0].upper() + "…")


def test_partial_words_do_not_match() -> None:
    wl = Watchlist()
    wl.add("Jane Doe")
    wl.add("Ann")
    assert wl.matcher().find("Jane Dobson and Annie") == []


words = st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzéöñ", min_size=1, max_size=8),
                 min_size=1, max_size=4)


@settings(max_examples=150, deadline=None)
@given(words, st.sampled_from([" ", "  ", "\n", " - "]), st.booleans())
def test_term_always_matches_itself(parts: list[str], sep: str, upper: bool) -> None:
    term = " ".join(parts)
    wl = Watchlist()
    wl.add(term)
    text = "before " + sep.join(p.upper() if upper else p for p in parts) + "'s after"
    assert wl.matcher().find(text)


def test_bad_files_raise_clean_errors(tmp_path: Path) -> None:
    for content in ("not toml [[", "version = 1", 'version = 9\nsalt = "00112233445566778899"'):
        path = tmp_path / "w.toml"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(WatchlistError):
            Watchlist.load(path)
    with pytest.raises(WatchlistError):
        Watchlist.load(tmp_path / "missing.toml")


def test_default_path_respects_environment(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("NYMAUDIT_WATCHLIST", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert default_path() == tmp_path / "nymaudit" / "watchlist.toml"
    monkeypatch.setenv("NYMAUDIT_WATCHLIST", str(tmp_path / "x.toml"))
    assert default_path() == tmp_path / "x.toml"


def test_detector_masks_the_term(tmp_path: Path) -> None:
    wl = Watchlist()
    wl.add("Jane Doe")
    wl.add("Acme")
    path = tmp_path / "w.toml"
    wl.save(path)
    posts = [Post("1", None, "Lunch with Jane Doe from Acme today", Origin("tweets.js", "1")),
             Post("2", None, "jane doe again", Origin("tweets.js", "2"))]
    result = detector.detect(ScanContext(Corpus(posts=posts), watchlist_path=str(path)))
    assert {f.rule for f in result.findings} == {"WATCH001"}
    jane = [f for f in result.findings if "J… (8)" in f.message][0]
    assert "2 times" in jane.message
    for f in result.findings:
        text = f"{f.message} {f.evidence} {f.clue.value if f.clue else ''}".lower()
        assert "jane" not in text and "doe" not in text and "acme" not in text


def test_detector_reports_unreadable_watchlist(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    path.write_text("garbage [[", encoding="utf-8")
    result = detector.detect(ScanContext(Corpus(), watchlist_path=str(path)))
    assert [f.rule for f in result.findings] == ["WATCH002"]


def test_no_watchlist_means_no_findings(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NYMAUDIT_WATCHLIST", str(tmp_path / "none.toml"))
    assert detector.detect(ScanContext(Corpus())).findings == []


def test_watch_command_add_list_check_remove(tmp_path: Path) -> None:
    runner = CliRunner()
    path = tmp_path / "w.toml"
    env = {"NYMAUDIT_WATCHLIST": str(path)}
    added = runner.invoke(app, ["add", "Jane Doe", "Acme Corp"], env=env)
    assert added.exit_code == 0
    assert "jane" not in path.read_text(encoding="utf-8").lower()
    listed = runner.invoke(app, ["list"], env=env)
    assert listed.exit_code == 0 and "2 term(s)" in listed.output
    assert "J… (8)" in listed.output and "Jane" not in listed.output
    draft = tmp_path / "draft.md"
    draft.write_text("Nothing here\nSaw jane DOE's car\n", encoding="utf-8")
    checked = runner.invoke(app, ["check", str(draft)], env=env)
    assert checked.exit_code == 1 and "draft.md:2" in checked.output
    assert "jane" not in checked.output.lower()
    removed = runner.invoke(app, ["remove", "jane doe", "--watchlist", str(path)])
    assert removed.exit_code == 0
    assert len(Watchlist.load(path)) == 1
    hidden = runner.invoke(app, ["add", "--watchlist", str(path)], input="Biscuit\n")
    assert hidden.exit_code == 0 and "Biscuit" not in hidden.output
    assert len(Watchlist.load(path)) == 2
    missing = runner.invoke(app, ["list", "--watchlist", str(tmp_path / "nope.toml")])
    assert missing.exit_code == 2
