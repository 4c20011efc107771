"""SELF003 (a real e-mail address on the writer's commits) and SELF004 (other
identities in the same published history).

The git reader puts each commit's author and committer ("Name <address>") in the
post's ``extra``, and a summary of everyone else's commits (shared by all the
writer's posts) under ``git_other_identities``.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from nymaudit.detectors import ScanContext
from nymaudit.detectors.util import plural, where
from nymaudit.model import DetectorResult, Origin, Post
from nymaudit.rules import Rule, load_file, rule

# How many other identities a finding names before "and N more".
LISTED = 5
_IDENTITY = re.compile(r"^(?P<name>.*?)\s*<(?P<email>[^<>]*)>$")


def _settings() -> dict[str, Any]:
    return load_file("core").get("git", {})


def email_of(identity: str) -> str:
    m = _IDENTITY.match(identity.strip())
    return (m.group("email") if m else "").strip().lower()


def is_private(email: str, settings: dict[str, Any]) -> bool:
    """A forge's no-reply relay, a bot or the forge itself (GitHub commits web edits
    and merges as noreply@github.com), or no address: nothing that leads to a person."""
    from nymaudit.sources.git import is_bot

    endings = tuple(settings.get("private_email_endings", ()))
    return not email or "@" not in email or email.endswith(endings) or is_bot(email, settings)


def _own_identities(posts: list[Post]) -> dict[str, list[Post]]:
    found: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        for key in ("git_author", "git_committer"):
            identity = post.extra.get(key)
            seen = found[identity] if isinstance(identity, str) and identity else None
            if seen is not None and (not seen or seen[-1] is not post):
                seen.append(post)
    return found


def _findings(own: dict[str, list[Post]], others: dict[str, dict[str, Any]], origin: Origin) -> list:
    settings = _settings()
    out = []
    leaking = {identity: posts for identity, posts in own.items()
               if not is_private(email_of(identity), settings)}
    for identity, posts in leaking.items():
        verb = "carries" if len(posts) == 1 else "carry"
        out.append(rule("SELF003").finding(
            f"{plural(len(posts), 'commit')} of the writer {verb} a real e-mail address "
            f"(records {where(posts)}): anyone who clones the repository reads it.",
            evidence=identity,
            location=posts[0].origin,
            clue_value=email_of(identity),
        ))
    inherited, alongside = _split_inherited(own, others, settings)
    if alongside:
        commits, listed = _listing(alongside)
        out.append(rule("SELF004").finding(
            f"The history also holds {plural(commits, 'commit')} by "
            f"{plural(len(alongside), 'other identity', 'other identities')}: if one of them is "
            "yours, it names the pseudonym.",
            evidence=listed,
            location=origin,
            clue_value=next(iter(alongside)),
        ))
    if inherited:
        commits, listed = _listing(inherited)
        out.append(rule("SELF004").finding(
            f"The history holds {plural(commits, 'commit')} by "
            f"{plural(len(inherited), 'other identity', 'other identities')} that the writer "
            "started from or merged in, none built on the writer's own commits, as when a site "
            "is forked from a theme or a template: if one of them is yours, it names the pseudonym.",
            evidence=listed,
            location=origin,
            clue_value=next(iter(inherited)),
            # Most likely a stranger's project the writer built on; still listed, since
            # an old identity of the writer's own looks the same.
            severity="low",
        ))
    return out


def _listing(identities: dict[str, dict[str, Any]]) -> tuple[int, str]:
    """Total commits and "Name <addr> (N commits, first to last); ..." for the evidence."""
    commits = sum(int(v.get("commits", 0)) for v in identities.values())
    ranked = list(identities.items())
    listed = "; ".join(
        f"{identity} ({plural(int(v.get('commits', 0)), 'commit')}"
        + (f", {v['first']} to {v['last']}" if v.get("first") else "") + ")"
        for identity, v in ranked[:LISTED])
    if len(ranked) > LISTED:
        listed += f"; and {len(ranked) - LISTED} more"
    return commits, listed


def _split_inherited(own: dict[str, list[Post]], others: dict[str, dict[str, Any]],
                     settings: dict[str, Any]) -> tuple[dict, dict]:
    """(inherited, alongside), each ranked by commits. Inherited: identities none of
    whose commits is built on the writer's work (the reader follows the commit graph:
    ``after_writer``; by date when that is missing) and who did not make the commit
    the writer's first one was built on (``handover``), when there are several of
    them: a forked theme or template, with its later updates merged in. Anything
    else stays "alongside": an old identity of the writer's own, the case the rule
    is for, looks like one identity handing over to the pseudonym."""
    ranked = dict(sorted(others.items(), key=lambda kv: -int(kv[1].get("commits", 0))))
    days = [post.timestamp.date().isoformat() for posts in own.values() for post in posts
            if post.timestamp is not None]
    start = min(days) if days else None

    def inherited(v: dict[str, Any]) -> bool:
        if v.get("handover"):
            return False  # the commit the writer took over from: possibly their own old name
        if isinstance(v.get("after_writer"), bool):
            return not v["after_writer"]
        return bool(start and v.get("last") and str(v["last"]) < start)

    before = {k: v for k, v in ranked.items() if inherited(v)}
    # Several people, never one: one identity's earlier commits, however many, is how
    # the writer's own old identity looks (a false alarm can be baselined, a missed
    # real name cannot).
    if len(before) < int(settings.get("template_min_identities", 3)):
        return {}, ranked
    return before, {k: v for k, v in ranked.items() if k not in before}


def detect(ctx: ScanContext) -> DetectorResult:
    result = DetectorResult()
    commits = [p for p in ctx.corpus.posts if p.kind == "commit" and isinstance(p.extra, dict)]
    if not commits:
        return result
    # One history per repository: the summary dict is shared by its commits.
    by_repo: dict[int, list[Post]] = defaultdict(list)
    for post in commits:
        by_repo[id(post.extra.get("git_other_identities"))].append(post)
    for posts in by_repo.values():
        others = posts[0].extra.get("git_other_identities")
        others = others if isinstance(others, dict) else {}
        origin = Origin(posts[0].origin.path)
        result.findings.extend(_findings(_own_identities(posts), others, origin))
    return result


def rule_example(found: Rule, example: str) -> bool:
    """Examples read "author=NAME <ADDR>; committer=NAME <ADDR>; other=NAME <ADDR> xN"."""
    extra: dict[str, Any] = {"git_other_identities": {}}
    for part in example.split(";"):
        key, _, value = part.strip().partition("=")
        if key in ("author", "committer"):
            extra[f"git_{key}"] = value.strip()
        elif key == "other":
            identity, _, count = value.strip().rpartition(" x")
            extra["git_other_identities"][identity] = {"commits": int(count), "first": None,
                                                        "last": None}
    post = Post(id="1", timestamp=None, text="", origin=Origin("repo/.git"), kind="commit", extra=extra)
    findings = _findings(_own_identities([post]), extra["git_other_identities"], Origin("repo/.git"))
    return any(f.rule == found.id for f in findings)
