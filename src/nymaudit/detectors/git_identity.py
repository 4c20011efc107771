"""SELF003 (a real e-mail address on the writer's commits), SELF004 (other
identities in the same published history) and SELF005 (an address at an
organisation's own domain, which names the employer or school behind it).

The git reader puts each commit's author and committer ("Name <address>") in the
post's ``extra``, and a summary of everyone else's commits (shared by all the
writer's posts) under ``git_other_identities``.

Per commit the writer is its author; its committer only when it is the same person (the
same address or name, or one the repository's .mailmap joins to the writer's). A
maintainer who applied the writer's patch (``git am``), rebased it or merged it on the
forge (GitHub's "GitHub <noreply@github.com>") is someone else: listed as an identity
that committed the writer's commits (SELF004), never as the writer's own address
(SELF003) or employer (SELF005 high).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from nymaudit.detectors import ScanContext
from nymaudit.detectors.util import plural, where
from nymaudit.model import DetectorResult, Origin, Post
from nymaudit.rules import Rule, load_file, rule

# How many other identities a finding names before "and N more".
LISTED = 5
# (?<!\s): the name ends where its blanks start, so a name holding a long run of blanks is
# not quadratic (each blank a place to try "\s*<" from; 2026-11-29).
_IDENTITY = re.compile(r"^(?P<name>.*?)(?<!\s)\s*<(?P<email>[^<>]*)>$")


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


def _writer_emails(posts: list[Post]) -> set[str]:
    """The writer's addresses: those the writer's commits are authored under, and those the
    repository's .mailmap joins to them (the git reader's ``writer_emails``)."""
    emails = {email_of(str(p.extra.get("git_author") or "")) for p in posts}
    mailmap = posts[0].extra.get("git_mailmap") if posts else None
    if isinstance(mailmap, dict):
        emails |= {str(e).lower() for e in mailmap.get("writer_emails", ()) if e}
    return emails - {""}


def committer_is_writer(author: str, committer: str, writer_emails: set[str]) -> bool:
    """Whether a commit's committer is its author, the writer: the same address, the same
    name (a second machine: "qc <qc@laptop.local>"), or an address the .mailmap joins to the
    writer's. A bot or the forge itself (GitHub's web edits and merges) never is."""
    from nymaudit.sources.git import is_bot

    c_email = email_of(committer)
    if is_bot(c_email, _settings()):
        return False
    if c_email and (c_email == email_of(author) or c_email in writer_emails):
        return True
    c_name = _name_of(committer).lower()
    return bool(c_name) and c_name == _name_of(author).lower()


# A committer date this close to the author date is the same moment (a commit made with
# `git commit --date "$(date -u ...)"` or GIT_AUTHOR_DATE set by a script: the same second, or
# nearly); further apart, the commit was amended, rebased or cherry-picked later, or its author
# time was made up (a made-up time can fall this close by chance: kept short).
SAME_MOMENT_SECONDS = 120


def committed_at_author_time(post: Post) -> bool:
    """Whether a commit's committer time is its author time, give or take SAME_MOMENT_SECONDS:
    then the committer date's offset is the clock's offset at the author time too, and may
    stand for a +00:00 author date set by hand. An author time at midnight UTC with the
    committer time in the evening is no such moment: the offset belongs to the other time."""
    committed = post.extra.get("git_committer_time") if isinstance(post.extra, dict) else None
    if not isinstance(committed, int) or post.timestamp is None:
        return False
    try:
        authored = post.timestamp.timestamp()
    except (OverflowError, OSError, ValueError):
        return False
    # Exactly midnight UTC: a date written as a time (`--date 2024-03-01`), whatever the committer
    # time, even one that falls a minute after it by chance.
    return authored % 86400 != 0 and abs(committed - authored) <= SAME_MOMENT_SECONDS


def committer_offsets(posts: Iterable[Post]) -> dict[int, int]:
    """{id(post): offset minutes} for the writer's commits whose committer date stores a UTC
    offset other than their author date's, when the committer is the writer
    (``committer_is_writer``): a second stored offset of the writer's own clock, which
    ``git log --format=fuller`` and the forge's API show to anyone. A writer who set the
    author date to UTC (``git commit --date``, GIT_AUTHOR_DATE) but not the committer date
    still publishes the clock's offset there (walkthrough 14, item 1). A maintainer's,
    the forge's (GitHub's web-flow) or a bot's committer date is their clock, not the
    writer's: left out. Read by TIME007 (detectors/timing.py)."""
    commits = [post for post in posts if post.kind == "commit" and isinstance(post.extra, dict)]
    differing = [post for post in commits
                 if isinstance(offset := post.extra.get("git_committer_offset_minutes"), int)
                 and offset != post.stated_offset_minutes]
    if not differing:
        return {}
    writer_emails = _writer_emails(commits)
    # Decided once per (author, committer): a history holds a handful of pairs, 200,000 commits.
    decided: dict[tuple[str, str], bool] = {}
    found: dict[int, int] = {}
    for post in differing:
        pair = (str(post.extra.get("git_author") or ""), str(post.extra.get("git_committer") or ""))
        if pair not in decided:
            decided[pair] = bool(pair[1]) and committer_is_writer(pair[0], pair[1], writer_emails)
        if decided[pair]:
            found[id(post)] = int(post.extra["git_committer_offset_minutes"])
    return found


def _committers(posts: list[Post], writer_emails: set[str]) -> dict[str, dict[str, Any]]:
    """The identities that committed some of the writer's commits and are not the writer
    (a maintainer who applied or rebased them, or the writer's own other name on another
    machine: ``git commit --author``), with how many and when; bots and the forge left out."""
    from nymaudit.sources.git import is_bot

    settings = _settings()
    found: dict[str, dict[str, Any]] = {}
    for post in posts:
        author, committer = post.extra.get("git_author"), post.extra.get("git_committer")
        if not isinstance(committer, str) or not committer or is_bot(email_of(committer), settings):
            continue
        if committer_is_writer(str(author or ""), committer, writer_emails):
            continue
        entry = found.setdefault(committer, {"commits": 0, "first": None, "last": None, "posts": []})
        entry["commits"] += 1
        entry["posts"].append(post)
        if post.timestamp is not None:
            day = post.timestamp.date().isoformat()
            entry["first"] = min(entry["first"] or day, day)
            entry["last"] = max(entry["last"] or day, day)
    return found


def _own_identities(posts: list[Post], writer_emails: set[str] | None = None) -> dict[str, list[Post]]:
    """The writer's identities on their commits: each author, and the committer when it is
    the same person (``committer_is_writer``)."""
    writer_emails = _writer_emails(posts) if writer_emails is None else writer_emails
    found: dict[str, list[Post]] = defaultdict(list)
    for post in posts:
        for key in ("git_author", "git_committer"):
            identity = post.extra.get(key)
            if key == "git_committer" and not committer_is_writer(
                    str(post.extra.get("git_author") or ""), str(identity or ""), writer_emails):
                continue
            seen = found[identity] if isinstance(identity, str) and identity else None
            if seen is not None and (not seen or seen[-1] is not post):
                seen.append(post)
    return found


def _findings(own: dict[str, list[Post]], others: dict[str, dict[str, Any]], origin: Origin,
              mailmap: dict[str, Any] | None = None, committers: dict[str, dict[str, Any]] | None = None,
              other_committers: set[str] | None = None) -> list:
    settings = _settings()
    out = []
    mailmap = mailmap if isinstance(mailmap, dict) else {}
    # "own": looks like the writer's own other name, not a maintainer: it committed no one
    # else's commits here, and either authored nothing either or committed all or nearly all
    # of the writer's (``own_name_min_share``): `git commit --author` on a machine set up with
    # the real name, whose first commits may be its own. A maintainer applies several people's
    # work. Sets, not a scan per committer (a hostile history can hold 100,000 of each).
    applied = other_committers or set()
    authored = {email_of(i): v for i, v in others.items()}
    total = len({id(p) for posts in own.values() for p in posts}) or 1
    share = float(settings.get("own_name_min_share", 0.9))
    committers = {k: {**v, "own": email_of(k) not in applied and (
                      email_of(k) not in authored or int(v["commits"]) >= share * total),
                      "total": total, "authored": authored.get(email_of(k)) or others.get(k)}
                  for k, v in (committers or {}).items()}
    linked = _mailmap_linked(own, others, mailmap, settings)
    if linked:
        # Stated by the repository itself: out of the "if one of them is yours" findings.
        others = {k: v for k, v in others.items() if k not in linked}
        out.append(_stated(own, linked, mailmap))
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
    start = _writer_start(own)
    switched = _switched_in_place(others, start, settings)
    if switched:
        # The history begins with this identity and the writer's first commit is built on
        # it days later: how the writer's own name looks when they switched in place.
        identity, v = switched
        alongside = {k: w for k, w in alongside.items() if k != identity}
        commits, listed = _listing({identity: v})
        out.append(rule("SELF004").finding(
            f"The history begins with {plural(commits, 'commit')} by another identity, made "
            f"{_days_before(v, start)} before the writer's first commit, which is built directly "
            "on them: this is how your own name looks when you switched to the pseudonym in the "
            "same repository. If it is yours, it names the pseudonym.",
            evidence=listed,
            location=origin,
            clue_value=identity,
            severity="high",
        ))
    # A committer of the writer's commits is listed once, there, with the commits it authored.
    alongside = {k: v for k, v in alongside.items() if k not in committers}
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
    if committers:
        out.append(_committed_by_others(committers))
    named = _mailmap_named(others, inherited, linked, mailmap,
                           {email_of(i) for i in own} | {email_of(i) for i in committers})
    if named:
        out.append(rule("SELF004").finding(
            f"The mailmap file {_mailmap_where(mailmap)} also names "
            f"{plural(len(named), 'identity', 'identities')} that no commit read here carries"
            f"{_shallow_note(mailmap)}: if one of them is yours, it names the pseudonym.",
            evidence=_listing(named)[1],
            location=_mailmap_origin(mailmap, origin),
            clue_value=next(iter(named)),
        ))
    out.extend(_organisations(leaking, alongside, switched, origin, settings, linked, named,
                              _mailmap_origin(mailmap, origin), _shallow_note(mailmap),
                              committers))
    return out


def _committed_by_others(committers: dict[str, dict[str, Any]]):
    """SELF004 for the identities that committed the writer's commits, not being the writer:
    high when one of them looks like the writer's own other name (``own``: it committed no one
    else's commits, and authored none or committed nearly all of the writer's), as through
    `git commit --author` or a rebase on a machine set up with it; medium when all of them
    also committed other people's work (a maintainer who applies everyone's patches) or authored
    commits here and committed only a few of the writer's."""
    own = [i for i, v in committers.items() if v.get("own")]
    commits = sum(int(v["commits"]) for v in committers.values())

    def entry(identity: str, v: dict[str, Any]) -> str:
        mine = v.get("authored") or {}
        # No words of the message in the evidence: --redact masks the evidence's words in it too.
        return (f"{identity} ({plural(int(v['commits']), 'commit')}"
                + (f", {v['first']} to {v['last']}" if v.get("first") else "")
                + (f"; authored {plural(int(mine['commits']), 'commit')}"
                   + (f", {mine['first']} to {mine['last']}" if mine.get("first") else "")
                   if mine.get("commits") else "") + ")")

    listed = "; ".join(entry(identity, v) for identity, v in list(committers.items())[:LISTED])
    if len(committers) > LISTED:
        listed += f"; and {len(committers) - LISTED} more"
    posts = [p for v in committers.values() for p in v["posts"]]
    looks = "which is how the writer's own other name looks (a maintainer applies several people's work)"
    alone = ""
    if len(committers) == 1 and own:
        v = committers[own[0]]
        mine = v.get("authored") or {}
        alone = (f" It committed {'all' if int(v['commits']) >= int(v['total']) else 'nearly all'} "
                 f"{int(v['total'])} of the writer's commits and no one else's, besides "
                 f"{plural(int(mine['commits']), 'commit')} of its own, {looks}." if mine.get("commits")
                 else f" It committed nothing else here, {looks}.")
    elif own:
        alone = f" {len(own)} of them committed no one else's commits here, {looks}."
    return rule("SELF004").finding(
        f"{plural(commits, 'commit')} of the writer (records {where(posts)}) "
        f"{'was' if commits == 1 else 'were'} committed by "
        f"{plural(len(committers), 'other identity', 'other identities')}, not the writer's: a maintainer "
        "who applied, rebased or merged them, or the writer's own other name (`git commit --author`, or a "
        f"rebase on a machine set up with it).{alone} If one of them is yours, it names the pseudonym.",
        evidence=listed,
        location=posts[0].origin,
        clue_value=next(iter(committers)),
        severity="high" if own else "medium",
    )


def _shallow_note(mailmap: dict[str, Any]) -> str:
    """Said of identities no commit carries when the history is a shallow clone's."""
    return (", but the history read here is shallow (a clone made with --depth holds only the "
            "newest commits, so theirs may have been cut off)" if mailmap.get("shallow") else "")


def _mailmap_where(mailmap: dict[str, Any] | None) -> str:
    """Where the .mailmap is: at HEAD, or deleted from it but in the history every clone holds
    (the git reader's ``deleted_in``, the deleting commit or "" when not found; walk13 item 8)."""
    deleted = (mailmap or {}).get("deleted_in")
    if deleted is None:
        return "the repository publishes at HEAD"
    return (f"the repository deleted{f' in commit {deleted}' if deleted else ''} but still holds in its "
            "history (`git log -p -- .mailmap` shows it)")


def _mailmap_origin(mailmap: dict[str, Any], origin: Origin) -> Origin:
    path = mailmap.get("path")
    return Origin(str(path), record=str(mailmap.get("record") or "")) if path else origin


def _mailmap_linked(own: dict[str, list[Post]], others: dict[str, dict[str, Any]],
                    mailmap: dict[str, Any], settings: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The identities the repository's .mailmap says are the writer's (the git reader's
    ``writer`` group), with their commits when they made some. An identity that adds
    nothing is left out: the writer's own, or one of the writer's addresses under no name
    or one of the writer's names, unless the address is a real one."""
    group = [i for i in mailmap.get("writer", ()) if isinstance(i, str)]
    emails = {str(e) for e in mailmap.get("writer_emails", ())}
    if not group:
        return {}
    own_emails = {email_of(i) for i in own}
    own_names = {_name_of(i).lower() for i in own}
    linked: dict[str, dict[str, Any]] = {}
    for identity, v in others.items():
        if email_of(identity) in emails:
            linked[identity] = v
    # A set, not a scan of ``linked`` per identity: a hostile .mailmap can join 50,000.
    seen = {(_name_of(k).lower(), email_of(k)) for k in linked}
    for identity in group:
        name, email = _name_of(identity), email_of(identity)
        if identity in own or (name.lower(), email) in seen:
            continue
        seen.add((name.lower(), email))
        if (not name or name.lower() in own_names) and (email in own_emails or is_private(email, settings)):
            continue
        linked[identity] = {"commits": 0, "mailmap": True}
    return linked


def _mailmap_named(others: dict[str, dict[str, Any]], inherited: dict[str, dict[str, Any]],
                   linked: dict[str, dict[str, Any]], mailmap: dict[str, Any],
                   own_emails: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """The .mailmap's other people, as identities no commit of the history carries (those
    that made commits are reported with them). A group that holds an address of history the
    writer started from (a forked theme's authors) is left out with it. An address on the
    writer's commits (a co-maintainer who committed them) made commits: not "no commits"."""
    inherited_emails = {email_of(i) for i in inherited}
    known = set(others) | set(linked)
    named: dict[str, dict[str, Any]] = {}
    for group in mailmap.get("others", ()):
        if not isinstance(group, list) or any(email_of(i) in inherited_emails for i in group):
            continue
        for identity in group:
            if isinstance(identity, str) and identity not in known and _name_of(identity) \
                    and email_of(identity) not in (own_emails or ()):
                named.setdefault(identity, {"commits": 0, "mailmap": True})
    return named


def _name_of(identity: str) -> str:
    m = _IDENTITY.match(identity.strip())
    return m.group("name").strip() if m else ""


def _stated(own: dict[str, list[Post]], linked: dict[str, dict[str, Any]], mailmap: dict[str, Any]):
    """SELF004, high: the repository's own .mailmap says the writer is these identities."""
    writer = next((i for i, posts in sorted(own.items(), key=lambda kv: -len(kv[1]))), "")
    none = all(not int(v.get("commits", 0)) for v in linked.values())
    # The identities in the evidence, which --redact masks, not in the message.
    return rule("SELF004").finding(
        f"The mailmap file {_mailmap_where(mailmap)} says these are one person: the writer's "
        f"identity and {plural(len(linked), 'other identity', 'other identities')}. Anyone who "
        "clones the repository reads it"
        # Not "any more": a mailmap line often names an address that never committed here.
        + (", though no commit here carries them." if none else "."),
        evidence=(f"{writer} = " if writer else "") + _listing(linked)[1],
        location=_mailmap_origin(mailmap, Origin(".mailmap")),
        clue_value=next(iter(linked)),
        severity="high",
        confidence="high",
        advice=str(_settings().get("mailmap_advice") or "") or None,
    )


def _writer_start(own: dict[str, list[Post]]) -> str | None:
    """The day of the writer's first commit (ISO), or None."""
    days = [post.timestamp.date().isoformat() for posts in own.values() for post in posts
            if post.timestamp is not None]
    return min(days) if days else None


def _days_before(v: dict[str, Any], start: str | None) -> str:
    from datetime import date

    try:
        gap = (date.fromisoformat(str(start)) - date.fromisoformat(str(v.get("last")))).days
    except ValueError:
        return "shortly"
    return "the same day" if gap <= 0 else plural(gap, "day")


def _switched_in_place(others: dict[str, dict[str, Any]], start: str | None,
                       settings: dict[str, Any]) -> tuple[str, dict[str, Any]] | None:
    """The identity the writer switched from in place, when the history reads that way:
    the only identity none of whose commits is built on the writer's work, it made
    the commit the writer's first one is built on (``handover``), its address is a
    real one, and its last commit came at most ``handover_days`` before the writer's
    first. A forked theme or tool is usually by several people, or was last touched
    long before the fork: it stays medium (SELF004) or low."""
    from datetime import date

    before = [(k, v) for k, v in others.items() if v.get("after_writer") is False]
    if len(before) != 1 or start is None:
        return None
    identity, v = before[0]
    if not v.get("handover") or is_private(email_of(identity), settings) or not v.get("last"):
        return None
    try:
        gap = (date.fromisoformat(start) - date.fromisoformat(str(v["last"]))).days
    except ValueError:
        return None
    return (identity, v) if 0 <= gap <= int(settings.get("handover_days", 30)) else None


def organisation_domain(email: str, name: str, settings: dict[str, Any]) -> tuple[str, str] | None:
    """(registered domain, clue kind) when ``email`` is at an organisation's own domain:
    not a free mail service, a forge's relay or a bot, not a reserved or machine-local
    name, and not the person's own domain (a part of their name in it: the address is
    then already the finding). ``education`` for academic suffixes (.edu, .ac.uk)."""
    from nymaudit.text.links import split_host

    if is_private(email, settings):
        return None
    host = email.rpartition("@")[2].strip().strip(".").lower()
    _, registered, suffix = split_host(host)
    if not registered or not suffix:
        return None  # "user@laptop.local", "(none)": a machine's default, no organisation
    free = set(settings.get("free_mail_domains", ()))
    label = registered.split(".")[0]
    if registered in free or label in set(settings.get("free_mail_labels", ())):
        return None
    if registered in set(settings.get("reserved_domains", ())) or suffix in set(
            settings.get("reserved_suffixes", ())):
        return None
    # The person's own domain: a word of the name inside it (jane@janesmith.dev), or a
    # word of it that is a word of the name or the address (qc@qc-blog.net). Never a
    # part of the address inside it: info@infosys.com is the company's.
    names = {w for w in re.split(r"[^a-z0-9]+", name.lower()) if len(w) >= 4}
    words = {w for w in re.split(r"[^a-z0-9]+", f"{name} {email.partition('@')[0]}".lower()) if len(w) >= 2}
    if any(word in label for word in names) or words & set(re.split(r"[^a-z0-9]+", label)):
        return None
    parts = suffix.split(".")
    return registered, "education" if "edu" in parts or "ac" in parts else "employer"


def _organisations(leaking: dict[str, list[Post]], alongside: dict[str, dict[str, Any]],
                   switched: tuple[str, dict[str, Any]] | None, origin: Origin,
                   settings: dict[str, Any], linked: dict[str, dict[str, Any]] | None = None,
                   named: dict[str, dict[str, Any]] | None = None,
                   mailmap_origin: Origin | None = None, shallow: str = "",
                   committers: dict[str, dict[str, Any]] | None = None) -> list:
    """SELF005, one finding per organisation domain: high on the writer's own commits or
    on the identity the writer switched from in place, medium on anyone else working
    alongside (a collaborator, a second account, a work laptop). History the writer
    forked from (low in SELF004) is not looked at: a theme author's employer says
    nothing of the writer. Other people's domains are summarised: those of identities only
    the .mailmap names (no commit here) in one medium finding at the .mailmap, and those of
    collaborators in one medium finding when there are more than ``other_domains_listed``. An
    identity that committed the writer's commits and no one else's (``committers`` marked
    ``own``) is high: most likely the writer's own other name."""
    by_domain: dict[str, dict[str, Any]] = {}
    candidates: list[tuple[str, str, Origin]] = [
        (i, "writer", posts[0].origin) for i, posts in leaking.items()]
    if switched:
        candidates.append((switched[0], "switched", origin))
    candidates.extend((i, "mailmap", mailmap_origin or origin) for i in linked or ())
    candidates.extend((i, "other", origin) for i in alongside)
    # One that committed others' work too is a maintainer: as another identity (medium).
    candidates.extend((i, "committer" if v.get("own") else "other", v["posts"][0].origin)
                      for i, v in (committers or {}).items())
    candidates.extend((i, "named", mailmap_origin or origin) for i in named or ())
    for identity, role, where_ in candidates:
        m = _IDENTITY.match(identity.strip())
        found = organisation_domain(email_of(identity), m.group("name") if m else "", settings)
        if found is None:
            continue
        # identities: an ordered set (a hostile history can give one domain 100,000 committers).
        entry = by_domain.setdefault(found[0], {"kind": found[1], "roles": [], "identities": {},
                                                "where": where_})
        entry["roles"].append(role)
        entry["identities"].setdefault(identity, None)
    out = []
    others = {d: e for d, e in by_domain.items()
              if not {"writer", "switched", "mailmap", "committer"} & set(e["roles"])
              and "other" in e["roles"]}
    named_only = {d: e for d, e in by_domain.items() if set(e["roles"]) == {"named"}}
    if len(others) > int(settings.get("other_domains_listed", 3)):
        out.append(_other_domains(others, origin, "identities in the history", "medium"))
    if named_only:
        out.append(_other_domains(named_only, mailmap_origin or origin,
                                  "named only in the mailmap file the repository publishes at HEAD, "
                                  "not as the writer", "medium",
                                  f" No commit read here carries them{shallow}." if shallow else ""))
    for domain, entry in by_domain.items():
        roles = entry["roles"]
        if domain in named_only or (domain in others and len(others) > int(
                settings.get("other_domains_listed", 3))):
            continue
        whose = ("The writer's own commits carry" if "writer" in roles else
                 "An identity that the repository's mailmap file says is the writer's has"
                 if "mailmap" in roles else
                 "The identity the history begins with (the writer's commits are built on it) has"
                 if "switched" in roles else
                 "An identity that committed the writer's commits and no one else's (the writer's "
                 "own other name, or a maintainer who applied them) has"
                 if "committer" in roles else "Another identity in the history has")
        what = "a school or university" if entry["kind"] == "education" else "an employer or organisation"
        out.append(rule("SELF005").finding(
            f"{whose} an address at an organisation's own domain, not at a free mail service: "
            f"the domain names {what}, and narrows who the writer is to the people who work or "
            "study there.",
            evidence="; ".join(list(entry["identities"])[:LISTED]),
            location=entry["where"] if {"writer", "mailmap", "committer"} & set(roles) else origin,
            clue_value=domain,
            clue_kind=entry["kind"],
            severity="high" if {"writer", "switched", "mailmap", "committer"} & set(roles) else "medium",
            advice=(str(settings.get("mailmap_advice") or "") or None) if set(roles) == {"mailmap"} else None,
        ))
    return out


def _other_domains(entries: dict[str, dict[str, Any]], where_: Origin, whose: str, severity: str,
                   tail: str = ""):
    """One SELF005 for other people's organisation domains: a fork's mailmap can name hundreds."""
    identities = [i for e in entries.values() for i in e["identities"]]
    listed = "; ".join(identities[:LISTED]) + (
        f"; and {len(identities) - LISTED} more" if len(identities) > LISTED else "")
    domain, entry = next(iter(entries.items()))
    at = ("an address at an organisation's own domain" if len(identities) == 1 else
          f"addresses at {plural(len(entries), 'organisation', 'organisations')}' own domains"
          if len(entries) > 1 else "addresses at an organisation's own domain")
    return rule("SELF005").finding(
        f"{plural(len(identities), 'other identity', 'other identities')} ({whose}) "
        f"{'has' if len(identities) == 1 else 'have'} {at}, not at a free mail service: "
        f"{'the domain says' if len(entries) == 1 else 'the domains say'} where people the writer "
        f"works with or builds on work or study, not where the writer does.{tail}",
        evidence=listed,
        location=where_,
        clue_value=domain,
        clue_kind=entry["kind"],
        severity=severity,
    )


def _listing(identities: dict[str, dict[str, Any]]) -> tuple[int, str]:
    """Total commits and "Name <addr> (N commits, first to last); ..." for the evidence."""
    commits = sum(int(v.get("commits", 0)) for v in identities.values())
    ranked = list(identities.items())
    listed = "; ".join(
        f"{identity} (no commits)" if v.get("mailmap") and not v.get("commits") else
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
    start = _writer_start(own)

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
        emails = _writer_emails(posts)
        applied = posts[0].extra.get("git_other_committers")
        applied = set(applied) if isinstance(applied, list | set | frozenset) else set()
        result.findings.extend(_findings(_own_identities(posts, emails), others, origin,
                                         posts[0].extra.get("git_mailmap"), _committers(posts, emails),
                                         applied))
    return result


def rule_example(found: Rule, example: str) -> bool:
    """Examples read "author=NAME <ADDR>; committer=NAME <ADDR>; other=NAME <ADDR> xN";
    "applies=ADDR" is an address that also committed others' commits (a maintainer);
    "before=NAME <ADDR> xN" is an identity the history begins with, whose last commit
    came 3 days before the writer's first, which is built on it; "mailmap=LINE" is a line
    of the .mailmap HEAD publishes."""
    from datetime import UTC, datetime

    from nymaudit.sources.git import mailmap_people, parse_mailmap

    extra: dict[str, Any] = {"git_other_identities": {}}
    lines = []
    applied: set[str] = set()
    for part in example.split(";"):
        key, _, value = part.strip().partition("=")
        if key == "mailmap":
            lines.append(value.strip())
        elif key == "applies":
            applied.add(value.strip().lower())
        elif key in ("author", "committer"):
            extra[f"git_{key}"] = value.strip()
        elif key in ("other", "before"):
            identity, _, count = value.strip().rpartition(" x")
            day = "2025-02-03" if key == "before" else None
            extra["git_other_identities"][identity] = {
                "commits": int(count), "first": day, "last": day, "after_writer": key != "before",
                "handover": key == "before"}
    post = Post(id="1", timestamp=datetime(2025, 2, 6, 21, tzinfo=UTC), text="", origin=Origin("repo/.git"),
                kind="commit", extra=extra)
    if lines:
        # As the git reader seeds it: the author, and the committer under the author's name.
        author, committer = str(extra.get("git_author", "")), str(extra.get("git_committer", ""))
        writer = {email_of(author)} | ({email_of(committer)} if _name_of(committer).lower()
                                       == _name_of(author).lower() else set())
        writer -= {""}
        extra["git_mailmap"] = mailmap_people(parse_mailmap("\n".join(lines)), writer, _settings()) | {
            "path": "repo/.mailmap", "record": "HEAD:.mailmap"}
    emails = _writer_emails([post])
    findings = _findings(_own_identities([post], emails), extra["git_other_identities"], Origin("repo/.git"),
                         extra.get("git_mailmap"), _committers([post], emails), applied)
    return any(f.rule == found.id for f in findings)
