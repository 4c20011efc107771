"""A git repository as an input: each commit's author time and the UTC offset git
stored with it (``+0100``), and its message.

Only the current writer's commits on local branches are read (others' commits say
nothing about the writer's clock), and only from this repository: ``GIT_DIR`` is
set, so git never walks up into a repository that contains the input.

Read through ``git log`` only (never ``git`` commands that write), with
``GIT_OPTIONAL_LOCKS=0`` so not even the index is refreshed, no pager, no
hooks, a time limit and a commit cap.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from nymaudit.model import Origin, Post
from nymaudit.rules import load_file
from nymaudit.sources.base import SourceResult
from nymaudit.sources.tree import FolderTree, Tree

MAX_COMMITS = 200_000
TIMEOUT_SECONDS = 120
RECORD = "\x1e"  # separators git will not find in a message's bytes
FIELD = "\x1f"
# Hash, author time (epoch, then ISO with the stored offset), author e-mail and
# name, committer e-mail and name, message (last: it may hold anything).
FORMAT = RECORD + FIELD.join(["%H", "%at", "%ai", "%ae", "%an", "%ce", "%cn", "%B"])
FIELDS = 8


def _offset_minutes(iso: str) -> int | None:
    """'2024-03-01 08:15:00 +0100' -> 60."""
    zone = iso.strip().rsplit(" ", 1)[-1]
    if len(zone) != 5 or zone[0] not in "+-" or not zone[1:].isdigit():
        return None
    minutes = int(zone[1:3]) * 60 + int(zone[3:5])
    return -minutes if zone[0] == "-" else minutes


def _git_settings() -> dict[str, Any]:
    return load_file("core").get("git", {})


def _is_bot(email: str, settings: dict[str, Any]) -> bool:
    return any(marker in email for marker in settings.get("bot_markers", ())) or email in set(
        settings.get("bot_addresses", ()))


def _identity(name: str, email: str) -> str:
    return f"{name.strip()} <{email.strip()}>"


def _writer(records: list[list[str]], settings: dict[str, Any]) -> str:
    """The e-mail of the writer whose clock the history shows.

    Only one person's commits are read: commits by others (merged contributions,
    the upstream history of a forked blog theme) say nothing about the writer's
    clock. The writer is the author of the newest commit that no bot made (git
    lists the newest first): the person at work on the repository now. The author
    with the most commits would be wrong for a site forked from a theme, where
    the theme's author has hundreds of commits under the writer's few.
    """
    emails = [parts[3].strip().lower() for parts in records]
    for email in emails:
        if not _is_bot(email, settings):
            return email
    return Counter(emails).most_common(1)[0][0] if emails else ""


class GitReader:
    name = "git"
    description = "git repository (commit times and UTC offsets, author names and addresses)"

    def sniff(self, tree: Tree) -> int:
        # Above loose text files (generic 40, plain Markdown 45), below a real
        # Jekyll/Hugo site (80): a blog kept in git is read as the blog, and its
        # history as a second input line (sources.detect).
        # A real repository, not an empty or stray .git folder: with one of those
        # git would walk up and read whatever repository contains the input.
        if isinstance(tree, FolderTree) and (tree.root / ".git" / "HEAD").is_file():
            return 60
        return 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        if not isinstance(tree, FolderTree):
            return
        git = shutil.which("git")
        if git is None:
            result.error("", "git is not installed, so the commit history cannot be read")
            return
        # Absolute: git applies ``-C`` before GIT_DIR, so a relative input path
        # ("nymaudit scan site") would name a folder inside itself.
        root = tree.root.absolute()
        env = {
            key: value
            for key, value in os.environ.items()
            if not key.startswith("GIT_") and key not in ("PAGER",)
        }
        env.update(
            {
                "GIT_OPTIONAL_LOCKS": "0",
                "GIT_PAGER": "cat",
                "PAGER": "cat",
                "GIT_TERMINAL_PROMPT": "0",
                "GIT_CONFIG_NOSYSTEM": "1",
                "LC_ALL": "C",
                # Read this repository and no other: no discovery upwards, no
                # user-wide config.
                "GIT_DIR": str(root / ".git"),
                "GIT_WORK_TREE": str(root),
                "GIT_CEILING_DIRECTORIES": str(root.parent),
                "GIT_CONFIG_GLOBAL": os.devnull,
            }
        )
        command = [
            git,
            "-C",
            str(root),
            # A hostile repository's own config must not make git run programs:
            # no fsmonitor, no pager, no signature checks (gpg.program).
            "-c",
            "core.fsmonitor=false",
            "-c",
            "core.pager=cat",
            "-c",
            "log.showSignature=false",
            "--no-pager",
            "log",
            "--no-show-signature",
            # Local branches only: stashes and remote-tracking branches hold other
            # people's commits (an upstream theme, a fork's history).
            "--branches",
            "HEAD",
            f"--max-count={MAX_COMMITS}",
            "--no-color",
            "--encoding=UTF-8",
            f"--format={FORMAT}",
        ]
        done = self._log(command, env, result)
        if done is not None and done.returncode != 0 and _unborn_head(done):
            # HEAD names a branch without commits (a fresh `git init`, or a default
            # branch renamed) while other local branches hold the history.
            done = self._log([part for part in command if part != "HEAD"], env, result)
        if done is None:
            return
        if done.returncode != 0:
            if _unborn_head(done):
                return  # no commits at all: nothing to read, and not an error
            lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
            # git's own words ("fatal: ..."), not the usage hint it may print after them.
            fatal = [line for line in lines if line.startswith(("fatal:", "error:"))]
            reason = (fatal or lines or [f"exit code {done.returncode}"])[0]
            result.error("", f"git log failed: {reason[:200]}")
            return
        records, bad = parse_log(done.stdout.decode("utf-8", "replace"))
        for _ in range(bad):
            result.error(".git", "unreadable commit record skipped")
        settings = _git_settings()
        main_author = _writer(records, settings)
        # Everyone else who authored commits here, for the identity rule (SELF004):
        # an old identity or a commit made from a work machine links the pseudonym.
        # One dict shared by every post of the writer (never copied).
        others: dict[str, dict[str, Any]] = {}
        for _, epoch, _, email, name, _, _, _ in records:
            if email.strip().lower() == main_author or _is_bot(email.strip().lower(), settings):
                continue
            entry = others.setdefault(_identity(name, email), {"commits": 0, "first": None, "last": None})
            entry["commits"] += 1
            day = _day(epoch)
            if day:
                entry["first"] = min(entry["first"] or day, day)
                entry["last"] = max(entry["last"] or day, day)
        for sha, epoch, iso, email, name, c_email, c_name, message in records:
            if email.strip().lower() != main_author:
                continue
            try:
                moment = datetime.fromtimestamp(int(epoch), tz=UTC)
            except (ValueError, OverflowError, OSError):
                result.error(f".git/{sha[:12]}", "commit has no valid author time")
                moment = None
            result.posts.append(
                Post(
                    id=sha,
                    timestamp=moment,
                    text=message.strip(),
                    origin=Origin(tree.display(".git"), record=sha[:12]),
                    kind="commit",
                    stated_offset_minutes=_offset_minutes(iso),
                    source=None,
                    extra={
                        "git_author": _identity(name, email),
                        "git_committer": _identity(c_name, c_email),
                        "git_other_identities": others,
                    },
                )
            )

    @staticmethod
    def _log(command: list[str], env: dict[str, str],
             result: SourceResult) -> subprocess.CompletedProcess[bytes] | None:
        try:
            return subprocess.run(
                command,
                shell=False,
                capture_output=True,
                timeout=TIMEOUT_SECONDS,
                env=env,
                stdin=subprocess.DEVNULL,
                check=False,
            )
        except subprocess.TimeoutExpired:
            result.error("", f"git log took longer than {TIMEOUT_SECONDS} s; history skipped")
        except OSError as exc:
            result.error("", f"cannot run git: {exc}")
        return None


def _unborn_head(done: subprocess.CompletedProcess[bytes]) -> bool:
    """HEAD names a branch that has no commit yet (git words it two ways)."""
    return b"does not have any commits" in done.stderr or b"ambiguous argument 'HEAD'" in done.stderr


def parse_log(text: str) -> tuple[list[list[str]], int]:
    """Records of ``git log --format=FORMAT`` output, and how many were unreadable.

    A message may hold the separator bytes themselves (a hostile repository): such
    a record splits into pieces without all fields, which are counted, not read.
    """
    records: list[list[str]] = []
    bad = 0
    for chunk in text.split(RECORD):
        if not chunk.strip():
            continue
        parts = chunk.split(FIELD, FIELDS - 1)
        if len(parts) != FIELDS:
            bad += 1
            continue
        records.append(parts)
    return records, bad


def _day(epoch: str) -> str | None:
    try:
        return datetime.fromtimestamp(int(epoch), tz=UTC).date().isoformat()
    except (ValueError, OverflowError, OSError):
        return None


READER = GitReader()
