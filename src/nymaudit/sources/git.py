"""A git repository as an input: each commit's author time and the UTC offset git
stored with it (``+0100``), and its message.

Read through ``git log`` only (never ``git`` commands that write), with
``GIT_OPTIONAL_LOCKS=0`` so not even the index is refreshed, no pager, no
hooks, a time limit and a commit cap.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import UTC, datetime

from nymaudit.model import Origin, Post
from nymaudit.sources.base import SourceResult
from nymaudit.sources.tree import FolderTree, Tree

MAX_COMMITS = 200_000
TIMEOUT_SECONDS = 120
RECORD = "\x1e"  # separators git will not find in a message's bytes
FIELD = "\x1f"
FORMAT = RECORD + FIELD.join(["%H", "%at", "%ai", "%B"])


def _offset_minutes(iso: str) -> int | None:
    """'2024-03-01 08:15:00 +0100' -> 60."""
    zone = iso.strip().rsplit(" ", 1)[-1]
    if len(zone) != 5 or zone[0] not in "+-" or not zone[1:].isdigit():
        return None
    minutes = int(zone[1:3]) * 60 + int(zone[3:5])
    return -minutes if zone[0] == "-" else minutes


class GitReader:
    name = "git"
    description = "git repository (commit author times and their stored UTC offsets)"

    def sniff(self, tree: Tree) -> int:
        # Above loose text files (generic 40, plain Markdown 45), below a real
        # Jekyll/Hugo site (80): a blog kept in git is read as the blog.
        if isinstance(tree, FolderTree) and (tree.root / ".git").exists():
            return 60
        return 0

    def read(self, tree: Tree, result: SourceResult) -> None:
        if not isinstance(tree, FolderTree):
            return
        git = shutil.which("git")
        if git is None:
            result.error("", "git is not installed, so the commit history cannot be read")
            return
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
            }
        )
        command = [
            git,
            "-C",
            str(tree.root),
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
            "--all",
            f"--max-count={MAX_COMMITS}",
            "--no-color",
            "--encoding=UTF-8",
            f"--format={FORMAT}",
        ]
        try:
            done = subprocess.run(
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
            return
        except OSError as exc:
            result.error("", f"cannot run git: {exc}")
            return
        if done.returncode != 0:
            message = done.stderr.decode("utf-8", "replace").strip().splitlines()
            reason = message[-1] if message else f"exit code {done.returncode}"
            if "does not have any commits" in reason:
                return
            result.error("", f"git log failed: {reason[:200]}")
            return
        text = done.stdout.decode("utf-8", "replace")
        for chunk in text.split(RECORD):
            if not chunk.strip():
                continue
            parts = chunk.split(FIELD, 3)
            if len(parts) != 4:
                result.error(".git", "unreadable commit record skipped")
                continue
            sha, epoch, iso, message = parts
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
                )
            )


READER = GitReader()
