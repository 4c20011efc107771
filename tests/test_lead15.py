"""Fifteenth session (30 November 2026), the lead: two report items left open by the fourteenth.

1. A message listing a Meta export's posts said the file's name twice
   ("posts_1.json#your_instagram_activity/media/posts_1.json#3"); the record alone says where.
2. Under ``--redact`` a full stop right after a masked record id was eaten with the id
   ("... tweets.js#***" where the message said "tweets.js#123.").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from archive_builders import write_tree

IG = "your_instagram_activity/media/posts_1.json"


def _moj(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")  # Meta writes UTF-8 as latin-1 escapes


def _instagram(tmp_path: Path) -> Path:
    posts = [{"media": [{"uri": f"media/posts/202503/1790000000{i}_n.jpg",
                         "creation_timestamp": 1740900000 + 86400 * i,
                         "title": _moj(f"Grey morning walking the dog by the river in Otley, day {i}"),
                         "backup_uri": ""}]} for i in range(4)]
    return write_tree(tmp_path / "instagram-foggyquill-2026-11-29-AbCdEf.zip", {
        IG: json.dumps(posts),
        "personal_information/personal_information/personal_information.json":
            json.dumps({"profile_user": []}),
        "start_here.html": "<html><body>Your information</body></html>",
    }, zip=True)


def _scan_json(path: Path, redact: bool) -> dict[str, Any]:
    from typer.testing import CliRunner

    from nymaudit.cli import app

    result = CliRunner().invoke(app, ["scan", str(path), "--format", "json",
                                      "--redact" if redact else "--no-redact"],
                                env={"NO_COLOR": "1", "COLUMNS": "200"})
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("redact", [False, True])
def test_a_meta_posts_record_is_named_once(tmp_path: Path, redact: bool) -> None:
    report = _scan_json(_instagram(tmp_path), redact)
    messages = [f["message"] for f in report["findings"] if "(first:" in f["message"]]
    assert messages, [f["message"] for f in report["findings"]]
    listed = [m for m in messages if IG in m]
    assert listed, messages
    for message in listed:
        assert "posts_1.json#your_instagram_activity" not in message, message
        assert f"(first: {IG}#0, {IG}#1" in message, message


@pytest.mark.parametrize(("text", "shown"), [
    ("Seen in tweets.js#1890000000001234567. Then more.", "Seen in tweets.js#***. Then more."),
    ("(first: tweets.js#20, tweets.js#21.)", "(first: tweets.js#***, tweets.js#***.)"),
    ("in data/comments.json#4.", "in data/comments.json#***."),
    ("at commits#913b42ad1949.", "at commits#***."),
    # A dot inside a record is the record's: a file record stays whole, a dotted id is masked whole.
    ("x.md#_drafts/x.md.", "x.md#_drafts/x.md."),
    ("posts.json#12.5", "posts.json#***"),
    (f"{IG}#70.", f"{IG}#70."),
])
def test_a_full_stop_after_a_masked_record_stays(text: str, shown: str) -> None:
    from nymaudit.report.redact import mask_record_ids

    assert mask_record_ids(text) == shown
