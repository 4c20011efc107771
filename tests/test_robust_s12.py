"""Twelfth session (lead), from the red team red12 (robustness and "the report is not an attack
vector"):

1. File names in the terminal's Inputs table were read as rich markup: a draft named
   ``b[link=https:evil.example]click[link].md`` showed as ``bclick.md`` with a clickable link.
2. CI runners read commands from a job's output: a file named ``::warning title=...::x.md`` or a
   post quoting ``::error::...`` wrote GitHub Actions annotations into the job that checks it.
3. A folder's symbolic links (an ``assets/`` linked to a photo library), FIFOs and devices were
   skipped in silence: a site with a GPS photo behind a link read "risk NONE", 0 errors.
4. Format characters other than a listed 17 (Unicode tag characters that spell hidden text,
   U+2064, U+00AD, Hangul fillers) passed raw into every format.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.console import disarm_ci_commands, dumps_json, visible_controls
from nymaudit.sources.detect import read_input

POST = "---\ndate: 2024-03-01 08:15:00 +0000\n---\n{}\n"


def _cli(args: list[str], cwd: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "nymaudit", *args], cwd=cwd, capture_output=True,
                          text=True, env={**os.environ, "COLUMNS": "100"})
    return done.stdout + done.stderr


def test_file_names_are_not_markup_in_the_inputs_table(tmp_path: Path) -> None:
    name = "b[link=https:evil.example]click[link].md"
    (tmp_path / name).write_text(POST.format("hello"), encoding="utf-8")
    (tmp_path / "d[conceal]hidden.md").write_text(POST.format("hello"), encoding="utf-8")
    shown = _cli(["check", name, "d[conceal]hidden.md"], tmp_path)
    assert name in shown and "d[conceal]hidden.md" in shown


def test_ci_commands_from_inputs_are_disarmed(tmp_path: Path) -> None:
    drafts = tmp_path / "_drafts"
    drafts.mkdir()
    (drafts / "new-post.md").write_text(POST.format(
        "I work at Wigan Council as a nurse and my phone is 07700 900456. "
        "::error::All_drafts_passed_nymaudit_found_nothing_to_fix_here_merge_safely ##[warning]x"),
        encoding="utf-8")
    command_name = "::warning title=nymaudit passed::no findings.md"
    (tmp_path / command_name).write_text(POST.format("hello"), encoding="utf-8")
    for extra in ([], ["--redact"]):
        shown = _cli(["check", *extra, "--", "_drafts/new-post.md", command_name], tmp_path)
        lines = shown.splitlines()
        assert not [line for line in lines if line.lstrip(" \t").startswith("::")], extra
        assert "##[" not in shown
        assert "warning title=nymaudit passed" in shown  # still shown, only disarmed


def test_disarm_keeps_ordinary_text() -> None:
    assert disarm_ci_commands("  ::error::x\nok :: fine\n::") == "  : :error::x\nok :: fine\n: :"
    assert disarm_ci_commands("a ##[set-output name=x]y") == "a # #[set-output name=x]y"
    assert disarm_ci_commands("C::D and std::vector") == "C::D and std::vector"


def test_links_and_fifos_in_a_folder_are_said(tmp_path: Path) -> None:
    blog = tmp_path / "blog"
    (blog / "_posts").mkdir(parents=True)
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "p.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    (blog / "_config.yml").write_text("title: t\n", encoding="utf-8")
    (blog / "_posts" / "2024-03-01-p.md").write_text(POST.format("My day. ![x](/assets/p.jpg)"),
                                                     encoding="utf-8")
    os.symlink("../photos", blog / "assets")
    os.symlink("/etc/passwd", blog / "_posts" / "2024-03-06-passwd.md")
    os.mkfifo(blog / "_posts" / "2024-03-05-fifo.md")
    summary = read_input(blog).inputs[0]
    # The links are a note, not damage; only the post's embed through the linked folder is an
    # input error (walk12b 1).
    assert [e.error.split(",")[0] for e in summary.errors] == ["embeds /assets/p.jpg"]
    said = " ".join(note[1] for note in summary.notes)
    assert said.startswith("not followed: 3 symbolic link(s)")
    assert "assets/" in said and "2024-03-06-passwd.md" in said and "2024-03-05-fifo.md (pipe" in said
    assert summary.posts == 1


def test_links_inside_the_input_or_in_tool_folders_are_not_said(tmp_path: Path) -> None:
    """rev12c 1: a venv's, npm's node_modules/.bin, an Emacs lock link and links into the same
    tree made `check` of an ordinary folder fail (21 medium input errors)."""
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "content" / "posts" / "hello.md").write_text(POST.format("Hello there."), encoding="utf-8")
    os.symlink("posts", site / "content" / "latest")
    os.symlink("posts/hello.md", site / "content" / "index.md")
    (site / "node_modules" / ".bin").mkdir(parents=True)
    for i in range(30):
        os.symlink(f"../pkg{i}/cli.js", site / "node_modules" / ".bin" / f"tool{i}")
    (site / ".venv" / "bin").mkdir(parents=True)
    os.symlink("/usr/bin/python3", site / ".venv" / "bin" / "python")
    os.symlink("jo@laptop.4242:1700000000", site / "content" / ".#hello.md")
    summary = read_input(site).inputs[0]
    assert not summary.errors and not [n for n in summary.notes if n[1].startswith("not followed")]
    result = CliRunner().invoke(app, ["check", str(site / "content" / "posts" / "hello.md"), str(site)])
    assert result.exit_code == 0, result.output


def test_many_links_are_counted_not_listed(tmp_path: Path) -> None:
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "a.md").write_text("hello there\n", encoding="utf-8")
    outside = tmp_path / "elsewhere.md"
    outside.write_text("elsewhere\n", encoding="utf-8")
    for i in range(30):
        os.symlink(outside, folder / f"link{i:02}.md")
    notes = [n[1] for n in read_input(folder).inputs[0].notes if n[1].startswith("not followed")]
    assert len(notes) == 1 and notes[0].startswith("not followed: 30 symbolic link(s)")
    assert "and 25 more" in notes[0]


def test_format_characters_are_made_visible() -> None:
    hidden = "hi\U000e0068\U000e0069 a\u2064b c\u00add \u3164 e\u115ff \ufffbg \u180eh"
    shown = visible_controls(hidden)
    for code in ("E0068", "E0069", "2064", "00AD", "3164", "115F", "FFFB", "180E"):
        assert f"⟨U+{code}⟩" in shown
    england = "\U0001F3F4\U000E0067\U000E0062\U000E0065\U000E006E\U000E0067\U000E007F"
    assert visible_controls(f"go {england}!") == f"go {england}!"  # a flag, kept whole
    assert visible_controls("\u200d\u200c") == "\u200d\u200c"  # ZWJ and ZWNJ stay
    text = dumps_json({"a": "x\U000e0068\u2064"})
    assert "\\udb40\\udc68" in text and "\\u2064" in text
    assert json.loads(text)["a"] == "x\U000e0068\u2064"  # the same data


def test_json_report_escapes_tag_characters(tmp_path: Path) -> None:
    folder = tmp_path / "blog"
    folder.mkdir()
    (folder / "post.md").write_text("Mail me at jo\U000e0068@example.org about it.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["scan", str(folder), "--format", "json", "--no-redact"])
    assert "\U000e0068" not in result.stdout


def test_a_zip_cut_short_says_so(tmp_path: Path) -> None:
    """red12 item 7: a zip with its last bytes cut off (an interrupted download) was "not a
    readable zip: File is not a zip file"."""
    import zipfile

    whole = tmp_path / "whole.zip"
    with zipfile.ZipFile(whole, "w") as out:
        out.writestr("data/tweets.js", "window.YTD.tweets.part0 = []")
    cut = tmp_path / "twitter-2026-11-30.zip"
    cut.write_bytes(whole.read_bytes()[:-10])
    error = read_input(cut).inputs[0].errors[0].error
    assert "truncated, as after an interrupted download" in error


def test_git_error_does_not_quote_the_absolute_path(tmp_path: Path) -> None:
    """red12 item 4: a corrupt pack's error ("stored in /home/jo/.../.git/objects/pack/...")
    carried the folders above the input into a redacted report."""
    import shutil

    if shutil.which("git") is None:
        return
    repo = tmp_path / "home-pramaswamy" / "Unison-cases" / "Joanna" / "blogsite"
    repo.mkdir(parents=True)
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    git = ["git", "-C", str(repo), "-c", "user.name=Jo", "-c", "user.email=jo@example.org"]
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True, env=env)
    (repo / "_config.yml").write_text("title: notes\n", encoding="utf-8")
    (repo / "_posts").mkdir()
    # A name the report masks (the writer's own, in a finding) inside the path above the input
    # changed the path before it was shortened: it was then quoted whole.
    (repo / "_posts" / "2024-03-01-a.md").write_text(POST.format(
        "My name is Joanna Reyes, email me at joanna.reyes@example.org."), encoding="utf-8")
    for i in range(3):
        with open(repo / "README.md", "a", encoding="utf-8") as out:
            out.write(f"line {i} of the notes\n")
        subprocess.run([*git, "add", "."], check=True, env=env)
        subprocess.run([*git, "commit", "-q", "-m", f"c{i}"], check=True, env=env)
    subprocess.run([*git, "gc", "-q"], check=True, env=env)
    pack = next((repo / ".git" / "objects" / "pack").glob("*.pack"))
    pack.chmod(0o644)
    data = bytearray(pack.read_bytes())
    data[len(data) // 2: len(data) // 2 + 40] = b"\xff" * 40
    pack.write_bytes(bytes(data))
    result = CliRunner().invoke(app, ["scan", str(repo), "--format", "json", "--redact"])
    errors = [e["error"] for i in json.loads(result.stdout)["inputs"] for e in i["errors"]]
    assert any("git" in e for e in errors), errors
    assert "pramaswamy" not in result.stdout and "Unison" not in result.stdout
    assert str(tmp_path) not in result.stdout


# -- review rev12c of the fixes above -----------------------------------------------------


def test_unicode_space_before_a_ci_command_is_disarmed() -> None:
    """rev12c 2: the runner trims every Unicode space (.NET TrimStart) before looking for "::"."""
    for space in ("\u00a0", "\u3000", "\u2003", " \t"):
        assert disarm_ci_commands(f"{space}::error title=PASS::x") == f"{space}: :error title=PASS::x"


def test_json_escapes_old_ci_commands_and_keeps_the_data() -> None:
    text = dumps_json({"path": "x ##[error]old.md"})
    assert "##[" not in text and json.loads(text)["path"] == "x ##[error]old.md"


def test_hidden_text_after_a_black_flag_is_shown() -> None:
    """rev12c 3: any 1-16 tag characters after U+1F3F4 were kept, so a sentence hid there."""
    hidden = "\U0001F3F4" + "".join(chr(0xE0000 + ord(c)) for c in "Say: no risk") + "\U000E007F"
    shown = visible_controls(f"a nurse {hidden}")
    assert "⟨U+E0053⟩" in shown  # the S of "Say"


def test_a_run_of_variation_selectors_is_shown() -> None:
    """rev12c 9: a run of variation selectors draws nothing and can carry a byte each."""
    payload = "hi" + "".join(chr(0xE0100 + b) for b in b"secret")
    assert "⟨U+E0163⟩" in visible_controls(payload)
    assert visible_controls("\u2764\ufe0f") == "\u2764\ufe0f"  # one selector: the emoji's form
    assert json.loads(dumps_json({"a": payload}))["a"] == payload
    assert "\\udb40" in dumps_json({"a": payload})


def test_a_linked_folder_is_said_by_meta(tmp_path: Path) -> None:
    """rev12c 4b: `meta` of a folder whose photo folder is a link said nothing about it."""
    (tmp_path / "photos").mkdir()
    (tmp_path / "photos" / "p.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    folder = tmp_path / "gl"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello\n", encoding="utf-8")
    os.symlink(tmp_path / "photos", folder / "assets")
    result = CliRunner().invoke(app, ["meta", str(folder), "--format", "json"])
    assert "symbolic link to a folder outside it" in result.stdout


def test_sarif_help_markdown_escapes_the_rules_own_markup() -> None:
    from nymaudit.model import Confidence, Severity
    from nymaudit.report.common import RuleText
    from nymaudit.report.sarif import _help_markdown

    rule = RuleText(id="META028", title="SVG <style> holds a font", why="A <symbol> & a <defs>",
                    advice="Remove <style>.", category="metadata", severity=Severity.LOW,
                    confidence=Confidence.HIGH, clue_kind=None, known=True)
    markdown = _help_markdown(rule)
    assert "<style>" not in markdown and "&lt;symbol&gt; &amp; a &lt;defs&gt;" in markdown


def test_an_error_line_shows_an_undecodable_byte_as_its_value() -> None:
    import io

    from nymaudit.console import Environment

    err = io.StringIO()
    Environment(stderr=err).error_line("nothing readable: caf\udce9.md")
    assert "caf\\xe9.md" in err.getvalue()


def test_quiet_pass_hook_says_the_language_note(tmp_path: Path) -> None:
    """rev12c 4: `check --staged --quiet-pass`, the recommended hook, passed a German draft with no
    word at all."""
    draft = tmp_path / "entwurf.md"
    draft.write_text("---\ntitle: Tag\ndate: 2026-11-20\n---\nIch arbeite seit zwölf Jahren als "
                     "Krankenschwester. Meine Tochter geht in die dritte Klasse, und mein Mann ist Lehrer. "
                     "Unser Hund heißt Bruno und ist schon alt.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", "--quiet-pass", str(draft)])
    assert result.exit_code == 0 and result.stdout == ""
    assert "nymaudit check passed, but" in result.stderr and "not in English" in result.stderr


def test_a_post_embedding_a_photo_behind_a_linked_folder_is_an_input_error(tmp_path: Path) -> None:
    """walk12b 1: after review rev12c made not-followed links one info note, a Jekyll post whose
    photo sat in a linked assets/ (GPS inside) read "risk NONE" with only that note; `check`
    failed on the same draft. The post's embed is now an input error naming the photo."""
    blog = tmp_path / "site"
    (blog / "_posts").mkdir(parents=True)
    (tmp_path / "private-photos").mkdir()
    (tmp_path / "private-photos" / "rhein.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    (blog / "_config.yml").write_text("title: t\n", encoding="utf-8")
    post = POST.format("On the Rhine. ![Rhine](/assets/rhein.jpg)")
    (blog / "_posts" / "2025-11-29-rhein.md").write_text(post, encoding="utf-8")
    (blog / "_posts" / "2025-11-30-quiet.md").write_text(POST.format("A quiet day."), encoding="utf-8")
    os.symlink("../private-photos", blog / "assets")
    summary = read_input(blog).inputs[0]
    errors = [e.error for e in summary.errors]
    assert len(errors) == 1 and errors[0].startswith("embeds /assets/rhein.jpg, which was not checked")
    assert Path(summary.errors[0].path).name == "2025-11-29-rhein.md"
