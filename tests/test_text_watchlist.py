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
    added = wl.add(term)
    hits = wl.matcher().find(text)
    assert len(hits) == 1 and hits[0].hint == added.ref


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
    jane_ref = wl.add("Jane Doe").ref
    wl.add("Acme")
    path = tmp_path / "w.toml"
    wl.save(path)
    posts = [Post("1", None, "Lunch with Jane Doe from Acme today", Origin("tweets.js", "1")),
             Post("2", None, "jane doe again", Origin("tweets.js", "2"))]
    result = detector.detect(ScanContext(Corpus(posts=posts), watchlist_path=str(path)))
    assert {f.rule for f in result.findings} == {"WATCH001"}
    jane = [f for f in result.findings if jane_ref in f.message][0]
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
    assert "J… (8)" not in listed.output and "Jane" not in listed.output
    stored = Watchlist.load(path).terms.values()
    assert stored and all(t.ref in listed.output for t in stored)
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


# --- sixth session: the watchlist holds nothing of a term (walkthrough item 2) -----------------

# A watchlist as nymaudit wrote it before 29 November 2026 (`watch add Wythenshawe Levenshulme`):
# each term with a hint, its first letter and length.
def _legacy_file(path: Path) -> Path:
    wl = Watchlist()
    for term in ("Wythenshawe", "Levenshulme"):
        wl.add(term)
    lines = ["version = 1", f'salt = "{wl.salt.hex()}"', ""]
    for t, hint in zip(sorted(wl.terms.values(), key=lambda t: t.hash), ("W… (11)", "L… (11)"), strict=True):
        lines += ["[[term]]", f'hash = "{t.hash}"', f"words = {t.words}", f'hint = "{hint}"',
                  f'first = "{t.first}"', ""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _watch_findings(draft: Path, watchlist: Path, *extra: str) -> list[dict]:
    import json

    from nymaudit.cli import app as main_app

    out = CliRunner().invoke(main_app, ["check", str(draft), "--format", "json", "--watchlist",
                                        str(watchlist), *extra]).stdout
    return [f for f in json.loads(out)["findings"] if f["category"] == "watchlist"]


def test_a_new_watchlist_and_its_reports_hold_no_letter_or_length_of_a_term(tmp_path: Path) -> None:
    """Walkthrough item 2: `check b1.txt --redact --format json` gave "******* **** W… (11)
    appears 1 time" (first letter and length readable, the tool's words masked), and the file
    stored hint = "W… (11)" in plain text."""
    path = tmp_path / "w.toml"
    env = {"NYMAUDIT_WATCHLIST": str(path)}
    assert CliRunner().invoke(app, ["add", "Wythenshawe", "Levenshulme"], env=env).exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "hint" not in text and "W…" not in text and "(11)" not in text
    refs = {t.ref for t in Watchlist.load(path).terms.values()}
    draft = tmp_path / "b1.txt"
    draft.write_text("I work in Wythenshawe most days.\n", encoding="utf-8")
    for extra in ((), ("--redact",)):
        (finding,) = _watch_findings(draft, path, *extra)
        assert finding["message"].startswith("Watched term ") and "appears 1 time" in finding["message"]
        ref = finding["message"].split()[2]
        assert ref in refs, finding["message"]
        everything = str(finding)
        assert "W…" not in everything and "(11)" not in everything and "Wythenshawe" not in everything


def test_a_label_the_user_chose_names_the_term(tmp_path: Path) -> None:
    path = tmp_path / "w.toml"
    added = CliRunner().invoke(app, ["add", "Didsbury", "--label", "my area", "--watchlist", str(path)])
    assert added.exit_code == 0 and "my area" in added.output and "Didsbury" not in added.output
    assert 'label = "my area"' in path.read_text(encoding="utf-8")
    listed = CliRunner().invoke(app, ["list", "--watchlist", str(path)])
    assert '"my area"' in listed.output
    draft = tmp_path / "d.md"
    draft.write_text("Back in Didsbury today.\n", encoding="utf-8")
    (plain,) = _watch_findings(draft, path)
    assert '"my area"' in plain["message"]
    (redacted,) = _watch_findings(draft, path, "--redact")
    assert "my area" not in str(redacted) and redacted["message"].startswith("Watched term ")
    checked = CliRunner().invoke(app, ["check", str(draft), "--watchlist", str(path)])
    assert checked.exit_code == 1 and '"my area"' in checked.output and "Didsbury" not in checked.output


def test_watch_check_prints_each_hit_on_one_line_however_long_the_path(tmp_path: Path) -> None:
    """`path:line: watched term TAG "label"` is read by grep, editors and CI logs: rich cut
    it at 100 columns off a terminal, so a long temporary path split the label over two
    lines (CI failed on exactly that). `watch list` names its file on one line too."""
    deep = tmp_path / ("drafts-for-the-branch-newsletter-" * 3) / "november"
    deep.mkdir(parents=True)
    path = deep / "watched-terms-of-the-branch.toml"
    assert CliRunner().invoke(app, ["add", "Didsbury", "--label", "my area", "--watchlist",
                                    str(path)]).exit_code == 0
    draft = deep / "a-long-draft-name-about-the-consultation.md"
    draft.write_text("Back in Didsbury today.\n", encoding="utf-8")
    checked = CliRunner().invoke(app, ["check", str(draft), "--watchlist", str(path)])
    assert checked.exit_code == 1
    (line,) = checked.output.splitlines()
    assert line.startswith(f"{draft}:1: watched term ") and line.endswith('"my area"')
    listed = CliRunner().invoke(app, ["list", "--watchlist", str(path)])
    assert listed.exit_code == 0
    assert listed.output.splitlines()[0] == f"1 term(s) in {path}"


def test_an_old_watchlist_still_works_its_hints_kept_but_never_reported(tmp_path: Path) -> None:
    """Files written before 29 November 2026 keep working; their hints are not migrated
    silently: kept in the file, shown by `watch list` with a note, never in a report, and
    removed on request (`watch drop-hints`)."""
    path = _legacy_file(tmp_path / "old.toml")
    draft = tmp_path / "b1.txt"
    draft.write_text("I work in Wythenshawe most days.\n", encoding="utf-8")
    for extra in ((), ("--redact",)):
        (finding,) = _watch_findings(draft, path, *extra)
        assert "W…" not in str(finding) and "(11)" not in str(finding)
    listed = CliRunner().invoke(app, ["list", "--watchlist", str(path)])
    assert "old hint W… (11)" in listed.output and "watch drop-hints" in listed.output
    # adding a term rewrites the file: the old hints stay as they were
    assert CliRunner().invoke(app, ["add", "Burton Road", "--watchlist", str(path)]).exit_code == 0
    assert path.read_text(encoding="utf-8").count("hint = ") == 2
    dropped = CliRunner().invoke(app, ["drop-hints", "--watchlist", str(path)])
    assert dropped.exit_code == 0 and "2 hint(s) removed" in dropped.output
    assert "hint" not in path.read_text(encoding="utf-8")
    (finding,) = _watch_findings(draft, path)  # still matched
    assert "appears 1 time" in finding["message"]


def test_terms_piped_in_are_read_one_per_line_without_a_password_warning(tmp_path: Path) -> None:
    """`pass show nym/terms | nymaudit watch add`: the hidden prompt printed "Warning:
    Password input may be echoed." and took only the first line. Piped terms are read one
    per line, quietly, and never echoed."""
    import subprocess
    import sys

    path = tmp_path / "watch.toml"
    done = subprocess.run([sys.executable, "-m", "nymaudit", "watch", "add", "--watchlist", str(path)],
                          input="Wythenshawe\n\nLevenshulme\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Password" not in done.stderr and "echo" not in done.stderr.lower()
    assert "Wythenshawe" not in done.stdout + done.stderr and "Levenshulme" not in done.stdout + done.stderr
    assert len(Watchlist.load(path)) == 2


def _old_tag(wl: Watchlist, word: str) -> str:
    """The first-word tag as files written before 29 November 2026 stored it (16 bits)."""
    import hashlib

    digest = hashlib.blake2b(word.encode("utf-8"), key=wl.salt, digest_size=8, person=b"nymfirst")
    return digest.hexdigest()[:4]


def test_a_first_word_cannot_be_confirmed_alone_from_a_list_of_guesses(tmp_path: Path) -> None:
    """Red-team 2026-11-29 item 12: with the salt in the file, the 16-bit tag of a term's first
    word let a list of guesses confirm that word alone ("priyanka" of "Priyanka Ramaswamy"),
    so a multi-word term was guessed word by word. With 8 bits, many guesses fit the tag."""
    path = tmp_path / "w.toml"
    assert CliRunner().invoke(app, ["add", "Priyanka Ramaswamy", "--watchlist", str(path)]).exit_code == 0
    wl = Watchlist.load(path)
    (term,) = wl.terms.values()
    assert len(term.first) <= 2  # 8 bits or fewer in the file
    guesses = ["priyanka"] + [f"name{i}" for i in range(3000)]
    fitting = [g for g in guesses if wl._first_tag(g) == term.first]
    assert "priyanka" in fitting and len(fitting) >= 3, fitting
    draft = tmp_path / "d.md"
    draft.write_text("My colleague Priyanka Ramaswamy says hello; Priyanka alone is no match.\n",
                     encoding="utf-8")
    (finding,) = _watch_findings(draft, path)
    assert "appears 1 time" in finding["message"]


def test_an_old_files_16_bit_tags_still_match_and_are_cut_on_request(tmp_path: Path) -> None:
    wl = Watchlist()
    wl.add("Burton Road")
    (term,) = wl.terms.values()
    path = tmp_path / "old.toml"
    path.write_text(f'version = 1\nsalt = "{wl.salt.hex()}"\n\n[[term]]\nhash = "{term.hash}"\nwords = 2\n'
                    f'first = "{_old_tag(wl, "burton")}"\n', encoding="utf-8")
    draft = tmp_path / "d.md"
    draft.write_text("We moved to Burton Road last spring.\n", encoding="utf-8")
    assert len(_watch_findings(draft, path)) == 1  # an old file keeps working
    listed = CliRunner().invoke(app, ["list", "--watchlist", str(path)])
    assert "16-bit tag" in listed.output and "watch drop-hints" in listed.output
    dropped = CliRunner().invoke(app, ["drop-hints", "--watchlist", str(path)])
    assert dropped.exit_code == 0 and "1 tag(s) cut to 8 bits" in dropped.output
    assert f'first = "{_old_tag(wl, "burton")[:2]}"' in path.read_text(encoding="utf-8")
    assert len(_watch_findings(draft, path)) == 1
    assert "16-bit" not in CliRunner().invoke(app, ["list", "--watchlist", str(path)]).output


def test_more_terms_than_the_pipe_limit_are_refused_not_cut(tmp_path: Path) -> None:
    """Review (sixth session): 7,000 piped lines added 3,641 terms in silence, the last cut
    mid-line. Past the limit nothing is added and the user is told."""
    from typer.testing import CliRunner

    from nymaudit.commands.watch import PIPED_LIMIT
    from nymaudit.commands.watch import app as watch_app

    path = tmp_path / "watch.toml"
    lines = "".join(f"street number {i}\n" for i in range(PIPED_LIMIT // 10))
    result = CliRunner().invoke(watch_app, ["add", "--watchlist", str(path)], input=lines)
    assert result.exit_code != 0 and "smaller batches" in result.output
    assert not path.exists() or len(Watchlist.load(path)) == 0
