"""Clues -> a dossier: what an investigator would write down about the writer.

This first version adds the clues up by kind (values, how often, which rules);
the anonymity-set estimate belongs to the dossier work and stays null until then.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

# One place's radius and the distance, shared with META001's groups (detectors.geotags, mta16c).
from nymaudit.geo import EARTH_M as _EARTH_M
from nymaudit.geo import PLACE_RADIUS_M
from nymaudit.geo import metres as _metres
from nymaudit.model import CLUE_KINDS, Confidence, Finding

# Rules whose clue is a list of several clues ("'always thought that', semicolons,
# 'luminous'": the habits MATCH002 finds shared with a known writer).
LIST_CLUE_RULES = frozenset({"MATCH002"})

# Free text in a file's metadata (META022) that carries a value the scan identified elsewhere
# is as serious as that value (walkthrough s11, defect 9): a PDF titled "Grievance - J Okafor -
# DWP Sheffield" was info, last in the report, beside "Joy Okafor" as the same file's Author
# (META012, high) and DWP as the employer (SELF011, high). Only the whole scan knows both, so
# the join is made here, over every detector's findings, before they are sorted.
FREE_TEXT_RULE = "META022"
# Clues of these rules are habits, comparisons or watched terms, not values a text can repeat.
_NOT_JOINED_PREFIXES = ("STYLE", "MATCH", "WATCH", "META022", "META023", "META024")
MAX_JOINED_VALUES = 20000
# The fields a META022 evidence shows (metadata.findings.MAX_EVIDENCE); a match in a later one
# says which field it is in.
MAX_SHOWN_FIELDS = 6
_METADATA_KEYED = re.compile(r"(?s)([^=;]{1,80})=(.*)")
# "Joy Okafor", "Jean-Luc de la Cruz": a person's name, whose initial and surname a document
# title uses ("J Okafor", "J. Okafor", "Okafor, J").
_PERSON_NAME = re.compile(r"[A-Z][\w'-]+(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'-]+){1,3}")


def build_profile(findings: list[Finding], *, sections: dict[str, Any] | None = None,
                  corpus: Any = None) -> dict[str, Any]:
    """Raw values: renderers mask them when the report is redacted. Besides the clues (each with
    the best confidence of the findings that give it), the report's summary parts, computed here
    so that renderers only print them (eleventh session): ``risk_basis`` (what the overall risk
    rests on), ``priorities`` (what to do first) and ``language`` (when much of the text is not
    English, which checks did not read it; from the style section and the posts' tags)."""
    grouped: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    rows = _dossier_rows(findings)
    for f, placed in zip(findings, rows, strict=True):
        if f.clue is None or placed is None:
            continue
        row, value = placed
        entry = grouped[row].setdefault(
            value.casefold(),
            {"value": value, "findings": 0, "rules": set(), "max_severity": f.severity,
             "max_confidence": f.confidence, "paths": set()},
        )
        entry["findings"] += f.clue.count
        if f.location.path:
            entry["paths"].add(f.location.path)
        entry["rules"].add(f.rule)
        entry["max_severity"] = max(entry["max_severity"], f.severity)
        entry["max_confidence"] = max(entry.get("max_confidence", f.confidence), f.confidence)
    for entries in grouped.values():
        _fold_into_lists(entries)
    if "location" in grouped:
        grouped["location"] = _group_positions(grouped["location"])
    clues: dict[str, list[dict[str, Any]]] = {}
    for kind in _ROW_ORDER:
        if kind not in grouped:
            continue
        # Surer clues first within a severity: a low-confidence guess no longer heads its row.
        entries = sorted(grouped[kind].values(), key=lambda e: (
            -e["max_severity"], -e.get("max_confidence", Confidence.LOW), -e["findings"]))
        clues[kind] = [
            {
                "value": e["value"],
                "findings": e["findings"],
                "rules": sorted(e["rules"]),
                "severity": e["max_severity"].label,
                # The best confidence of the findings giving the value (red team s11, item 7).
                "confidence": e.get("max_confidence", Confidence.LOW).label,
                **e.get("place", {}),
            }
            for e in entries
        ]
    # The kinds of clue about the writer: the rows of others' values (OTHER_ROWS) are not counted.
    profile: dict[str, Any] = {"clue_kinds": sum(1 for kind in clues if kind in CLUE_KINDS), "clues": clues}
    from nymaudit.summary import language_note, priorities, risk_basis

    basis = risk_basis(findings)
    if basis:
        profile["risk_basis"] = basis
    first = priorities(findings, corpus=corpus)
    if first:
        profile["priorities"] = first
    language = language_note(sections, corpus)
    if language:
        profile["language"] = language
    return profile


# Rows of values a file's metadata names that are not the writer's own (mta13 items 1, 2 and 6):
# a document's commenters and editors, its manager, a picture's names and device. They stand
# after the writer's identity, so the identity row names the writer alone. The names are the
# findings' clues still (identity or device), so --redact hides them wherever they stand.
OTHER_ROWS = ("commented or edited", "manager", "in pictures or files inside documents")
_ROW_ORDER = tuple(row for kind in CLUE_KINDS
                   for row in ((kind, *OTHER_ROWS) if kind == "identity" else (kind,)))
# A linkage clue of a shared name: "name Bob Reviewer" (metadata.linkage).
_LINKED_NAME = "name "


def _dossier_rows(findings: list[Finding]) -> list[tuple[str, str] | None]:
    """Each finding's (dossier row, value shown): its clue's kind and value, or for a metadata
    finding the row metadata.findings.dossier_row gives (None: not in the dossier). A name two
    files share (META023, META024) goes, as the name alone, where the files' own findings put it
    when they put it only outside the writer's identity (two drafts sharing a reviewer are
    linked, but the reviewer is not the writer)."""
    rows: list[tuple[str, str] | None] = [
        (f.clue.kind, f.clue.value) if f.clue is not None else None for f in findings]
    if not any(f.rule.startswith("META") for f in findings):
        return rows
    from nymaudit.metadata.findings import dossier_row

    writer: set[str] = set()
    others: dict[str, str] = {}
    for i, f in enumerate(findings):
        if not f.rule.startswith("META") or f.clue is None:
            continue
        row = dossier_row(f)
        rows[i] = (row, f.clue.value) if row is not None else None
        if f.rule == "META012" and row == "identity":
            writer.add(f.clue.value.casefold())
        elif f.rule == "META012" and row in OTHER_ROWS:
            others.setdefault(f.clue.value.casefold(), row)  # type: ignore[arg-type]
    for i, f in enumerate(findings):
        clue = f.clue
        if (others and f.rule in ("META023", "META024") and clue is not None
                and clue.value.startswith(_LINKED_NAME)):
            name = clue.value[len(_LINKED_NAME):]
            if name.casefold() in others and name.casefold() not in writer:
                rows[i] = (others[name.casefold()], name)
    return rows


def unjoined_comments(finding: Finding) -> bool:
    """A META022 made only so a document's comments reach the join (metadata.findings
    UNSHOWN_EVIDENCE) whose words named nothing: not a finding (META029 counted them)."""
    from nymaudit.metadata.findings import UNSHOWN_EVIDENCE

    return finding.rule == FREE_TEXT_RULE and finding.clue is None and finding.evidence == UNSHOWN_EVIDENCE


def join_free_text(findings: list[Finding], per_file: bool = False, *,
                   drop_unjoined: bool = True) -> list[Finding]:
    """META022 findings whose free text names a value another finding identified (a name,
    an employer, an e-mail address or phone number, an account), raised to that finding's
    severity and confidence, with its clue, and saying which value it matches and which
    rule found it; every other finding as it was. Pure: the list is returned, not changed.
    Files whose text names the same values are one finding, as the metadata detector groups
    a fact several files state (detectors/metadata.same_facts); ``per_file`` (`check`, whose
    SARIF annotates each file) keeps one a file."""
    if not any(f.rule == FREE_TEXT_RULE for f in findings):
        return findings
    try:
        joined = _join_free_text(findings)
        joined = joined if per_file else _group_joined(joined)
    except Exception:  # an extra, as metadata linkage: a bug in it must not lose the findings
        joined = findings
    # The fields carried for the join go no further (reports, --redact): the evidence says them.
    joined = [dataclasses.replace(f, texts=()) if f.texts else f for f in joined]
    # ``drop_unjoined`` False: one finding for each given (`meta` maps them back to its files).
    return [f for f in joined if not unjoined_comments(f)] if drop_unjoined else joined


def _join_free_text(findings: list[Finding]) -> list[Finding]:

    from nymaudit.rules import rule

    # The clue kinds joined and what the message calls them: heuristics/metadata.toml, META022.
    words: dict[str, str] = dict(rule(FREE_TEXT_RULE).data.get("joins", {}))
    sources = _join_sources(findings, words)
    if not sources.by_key:
        return findings
    out = []
    for f in findings:
        if f.rule != FREE_TEXT_RULE or f.clue is not None:  # a clue: joined already
            out.append(f)
            continue
        matched: dict[str, tuple[str, Finding]] = {}  # source value -> (text as written, finding)
        unshown: dict[str, str] = {}  # source value -> the field it is in, when the evidence cuts it
        named_in: dict[str, None] = {}  # the fields the matched values are in, in order
        # Every field the file carries, not only the six its evidence shows (rev11b D5).
        fields = _field_texts(f.texts) if f.texts else [("", t) for t in _free_texts(f.evidence)]
        for n, (name, text) in enumerate(fields):
            for value, written, source in _lookup(text, sources):
                if _read_as_comment(source, f, name):
                    continue  # doctext read this comment as "comment N": that finding says it (doc15)
                if value not in matched and n >= MAX_SHOWN_FIELDS and name:
                    unshown[value] = name
                matched.setdefault(value, (written, source))
                if name:
                    named_in[name] = None
        if not matched:
            out.append(f)
            continue
        ranked = sorted(matched.items(), key=lambda item: (-item[1][1].severity, -item[1][1].confidence))
        top = ranked[0][1][1]
        said = "; ".join(
            f"'{written}'" + (f" ('{value}')" if written.casefold() != value.casefold() else "")
            + (f" (in {unshown[value]}, one of the fields the evidence leaves out)"
               if value in unshown else "")
            + f", {words.get(src.clue.kind, 'a value')} {src.rule} found"  # type: ignore[union-attr]
            for value, (written, src) in ranked)
        matches = "; ".join(f"matches={value}" + (f" (as {written})" if written.casefold() != value.casefold()
                                                    else "") for value, (written, _) in ranked)
        message = f.message.rstrip()
        if named_in:
            # The message names the field the matched words are in, not the file's first free text
            # (walk13 item 14: "(UserComment)" for a path that was in a PNG's Comment).
            first_named = re.search(r" in its metadata \(([^()]*)\):", message)
            if first_named:
                fields_said = ", ".join(list(named_in)[:3])
                message = (message[:first_named.start(1)] + fields_said + message[first_named.end(1):])
        out.append(dataclasses.replace(
            f,
            severity=max(f.severity, top.severity),
            confidence=max(f.confidence, top.confidence),
            message=f"{message} It names {said}: anyone who opens the file's properties "
                    "reads them.",
            evidence=f"{f.evidence}; {matches}",
            clue=dataclasses.replace(top.clue, value=ranked[0][0], count=1),  # type: ignore[arg-type]
        ))
    return out


def _group_joined(findings: list[Finding]) -> list[Finding]:
    """One raised META022 for the files whose text names the same values alike (a caption
    "Photo: Joy Okafor" on 300 photos made 300 high findings), at the first one's place in the
    list, with the count and the first files."""
    import dataclasses

    from nymaudit.text.tally import where

    groups: dict[tuple, list[Finding]] = {}
    for f in findings:
        if f.rule == FREE_TEXT_RULE and f.clue is not None and " It names " in f.message:
            said = f.message[f.message.index(" It names "):]
            groups.setdefault((said, f.severity, f.confidence), []).append(f)
    if all(len(g) == 1 for g in groups.values()):
        return findings
    grouped: dict[int, Finding] = {}
    dropped: set[int] = set()
    for (said, _, _), group in groups.items():
        if len(group) == 1:
            continue
        first = group[0]
        seen = where(list(dict.fromkeys(f.location for f in group)), len(group), "file")
        names = said.replace(" the file's properties", " the files' properties")
        grouped[id(first)] = dataclasses.replace(
            first,
            message=f"{seen[0].upper()}{seen[1:]} free text in the metadata repeats what other findings "
                    f"identified.{names}",
            clue=dataclasses.replace(first.clue, count=len(group)))  # type: ignore[arg-type]
        dropped.update(id(f) for f in group[1:])
    return [grouped.get(id(f), f) for f in findings if id(f) not in dropped]


# Words as a value and a text are compared: letters, digits and the marks inside a name, a
# handle or an address ("O'Brien", "quiet_pen", "jane@example.org", "07700"). A dot joins
# only within a token ("example.org"), so "J. Okafor" is two words and "bob.jane@x.org" one.
_TOKEN = re.compile(r"[\w@+'’-]+(?:\.[\w@+'’-]+)*")
MAX_JOINED_WORDS = 8


@dataclass
class _Sources:
    by_key: dict[tuple[str, ...], tuple[str, Finding]]  # the value's words -> (value, its finding)
    first_words: set[str]
    lengths: list[int]  # the keys' lengths, longest first
    # One-word values that are also ordinary words ("Sky", "Boots"): the form a text must
    # write them in (a proper noun), else "blue sky" named the employer Sky (rev11b D3).
    proper: dict[tuple[str, ...], str] = field(default_factory=dict)


def _words(text: str) -> list[tuple[str, int, int]]:
    """(word, start, end): case-folded, without a handle's "@" or a possessive "'s"."""
    out = []
    for m in _TOKEN.finditer(text):
        word = m.group(0).casefold().lstrip("@")
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        word = word.strip("'’-")
        if word:
            out.append((word, m.start(), m.end()))
    return out


def _lookup(text: str, sources: _Sources) -> list[tuple[str, str, Finding]]:
    """The values ``text`` names, each with how it is written there: linear in the words of
    the text (a dict lookup per word that could start a value), whatever the number of values."""
    found = []
    words = _words(text)
    i = 0
    while i < len(words):
        if words[i][0] in sources.first_words:
            for n in sources.lengths:
                if i + n > len(words):
                    continue
                key = tuple(w for w, _, _ in words[i:i + n])
                hit = sources.by_key.get(key)
                if hit is not None and key in sources.proper and not _as_proper_noun(
                        text, words[i][1], words[i][2], sources.proper[key]):
                    continue
                if hit is not None:
                    found.append((hit[0], text[words[i][1]:words[i + n - 1][2]], hit[1]))
                    i += n - 1
                    break
        i += 1
    return found


def _as_proper_noun(text: str, start: int, end: int, form: str) -> bool:
    """Whether the word at ``text[start:end]`` is written as the value ``form`` (or in capitals)
    and not first in the text or a sentence, where any word is capitalised."""
    written = text[start:end]
    if not (written.startswith(form) or written.startswith(form.upper())) or not form[:1].isupper():
        return False
    if len(written) > 1 and written.isupper() and not text.isupper():
        return True  # "BOOTS staff party": capitals on purpose, wherever the word stands
    before = text[:start].rstrip(" \t\"'“‘([")
    return bool(before) and before[-1] not in ".!?…\n\r"


def _ordinary_word(word: str) -> bool:
    """A word of ordinary English prose: a function word, or in the reference novels'
    vocabulary table in at least ``join_common_min_chunks`` chunks."""
    from nymaudit.rules import rule
    from nymaudit.style.features import function_words, vocabulary

    least = int(rule(FREE_TEXT_RULE).data.get("join_common_min_chunks", 2))
    return word in function_words() or vocabulary().df.get(word, 0) >= least


def _read_as_comment(source: Finding, free: Finding, field_name: str) -> bool:
    """Whether ``source`` was found in a comment of the very file ``free`` is about, read as text
    ("comment 2", sources/doctext.py), and the words joined are that file's comments (the
    "Comment" texts metadata/office.py keeps unshown): joining the value to the comment's own words
    again is the same finding twice. A property of the file (a Description, a Title) that names the
    same value still joins (rev15a item 6: a Description naming the employer a comment gave fell to
    info, so deleting the comments left the properties naming the employer unsaid)."""
    record = source.location.record or ""
    return (record.startswith("comment ") and source.location.path == free.location.path
            and field_name == "Comment")


def _join_sources(findings: list[Finding], kinds: dict[str, str]) -> _Sources:
    from nymaudit.text.disclosure import fixed_values

    labels = fixed_values()
    sources = _Sources({}, set(), [])
    # Strongest first, so a value two rules found is joined to the more serious finding.
    for f in sorted(findings, key=lambda f: (-f.severity, -f.confidence)):
        clue = f.clue
        if (clue is None or clue.kind not in kinds or f.rule.startswith(_NOT_JOINED_PREFIXES)
                or f.category in ("style", "watchlist") or f.confidence == Confidence.LOW):
            continue  # a contact card's names are others' (low); a habit is no value
        value = clue.value.strip()
        if len(value) < 3 or value in labels or not re.search(r"[^\W\d_]{2}|\d{3}", value):
            continue
        forms = [value]
        if clue.kind == "account" and " " in value:
            forms.append(value.rpartition(" ")[2])  # "LinkedIn jane-doe-1234": the handle
        if clue.kind == "identity" and _PERSON_NAME.fullmatch(value):
            first, last = value.split()[0][0], value.split()[-1]
            # "J Okafor", "J. Okafor", "Okafor, J", and "J.Okafor" (one word).
            forms += [f"{first} {last}", f"{last} {first}", f"{first}.{last}"]
        for form in forms:
            key = tuple(w for w, _, _ in _words(form))
            if not key or len(key) > MAX_JOINED_WORDS or len(" ".join(key)) < 3 or key in sources.by_key:
                continue
            sources.by_key[key] = (value, f)
            sources.first_words.add(key[0])
            if len(key) == 1 and clue.kind in ("identity", "employer") and _ordinary_word(key[0]):
                sources.proper[key] = form.strip().lstrip("@")
        if len(sources.by_key) >= MAX_JOINED_VALUES:
            break
    sources.lengths = sorted({len(k) for k in sources.by_key}, reverse=True)
    return sources


def _field_texts(fields: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """A META022 finding's (field, value) pairs, as ``_free_texts`` reads its evidence (no earlier
    revision's value)."""
    return [(name, value) for name, value in fields if not (name.startswith("Revision") and ":" in name)]


def _free_texts(evidence: str) -> list[str]:
    """The values a META022 evidence quotes ("Title=...; Description=..."), not the field names."""
    out = []
    for part in evidence.split("; "):
        keyed = _METADATA_KEYED.fullmatch(part)
        if keyed and keyed.group(1) == "matches":
            continue  # what a join added (joined once; never its own source)
        if keyed and keyed.group(1).startswith("Revision") and ":" in keyed.group(1):
            continue  # an earlier revision's value: META021 reports it, at its own severity
        out.append(keyed.group(2) if keyed else part)
    return out


def _fold_into_lists(entries: dict[str, dict[str, Any]]) -> None:
    """A clue that a list clue of the same kind already names is shown once, in the
    list, with its rules and count: the dossier read "semicolons, 'luminous', semicolons"
    when STYLE012 and MATCH002 both gave it (walkthrough 9)."""
    lists = [e for e in entries.values() if e["rules"] & LIST_CLUE_RULES]
    if not lists:
        return
    for key, entry in list(entries.items()):
        if entry["rules"] & LIST_CLUE_RULES:
            continue
        target = next((e for e in lists if _names_item(e["value"], entry["value"])), None)
        if target is None:
            continue
        target["findings"] += entry["findings"]
        target["rules"] |= entry["rules"]
        target["max_severity"] = max(target["max_severity"], entry["max_severity"])
        target["max_confidence"] = max(target.get("max_confidence", Confidence.LOW),
                                       entry.get("max_confidence", Confidence.LOW))
        del entries[key]


def _names_item(listing: str, value: str) -> bool:
    """Whether ``value`` is a whole item of a ", "-joined list."""
    def bare(text: str) -> str:  # a phrase is quoted in the list, not in its own clue
        return text.strip().strip("'\"‘’“”").casefold()

    return bare(value) in {bare(item) for item in listing.split(", ")}


# The files a place lists in the dossier; the findings name every file.
MAX_PLACE_FILES = 20
# "51.467120, -2.601180 (near Bristol, GB, 1 km away)": META010's and META001's clue values.
_DECIMAL_PAIR = re.compile(r"\s*([+-]?\d{1,2}(?:\.\d+)?),\s*([+-]?\d{1,3}(?:\.\d+)?)(?![\d.])")
# A video's ISO 6709 position, as QuickTime stores it: "+53.8437-001.6376+081.200/".
_ISO6709 = re.compile(r"\s*([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)")


def _position(value: str) -> tuple[float, float] | None:
    """The latitude and longitude a location clue starts with, or None (a place name)."""
    found = _DECIMAL_PAIR.match(value) or _ISO6709.match(value)
    if not found:
        return None
    lat, lon = float(found.group(1)), float(found.group(2))
    if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
        return None
    return lat, lon


def _group_positions(entries: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """GPS positions within PLACE_RADIUS_M of a place's first reading are one clue: the
    dossier listed 17 location rows for 3 places (walkthrough 10). The most-seen reading
    opens a place and each later one joins the first place it is that close to, so a walk
    along a street never chains into one long "place" (no group is wider than twice the
    radius). The place is shown as its most central reading (the one nearest the mean of
    its readings, weighted by findings): a position a file really holds, which the findings
    quote and --redact masks alike, rather than a computed centroid no file holds. Place
    names and other clues pass through unchanged."""
    out: dict[str, dict[str, Any]] = {}
    readings: list[tuple[tuple[float, float], str, dict[str, Any]]] = []
    for key, entry in entries.items():
        pos = _position(entry["value"])
        if pos is None:
            out[key] = entry
        else:
            readings.append((pos, key, entry))
    readings.sort(key=lambda r: (-r[2]["findings"], r[2]["value"]))
    # Seeds by grid cell (degrees), so a library of thousands of positions stays linear.
    cell = math.degrees(PLACE_RADIUS_M / _EARTH_M)
    seeds: dict[tuple[int, int], list[int]] = defaultdict(list)
    places: list[tuple[tuple[float, float], list[tuple[tuple[float, float], dict[str, Any]]]]] = []
    for pos, _, entry in readings:
        row, col = math.floor(pos[0] / cell), math.floor(pos[1] / cell)
        # A degree of longitude shrinks towards the poles: more columns to look in.
        span = math.cos(math.radians(min(abs(pos[0]) + cell, 90.0)))
        cols = math.ceil(1 / span) if span > 1 / 360 else None
        home = None
        for r in (row - 1, row, row + 1):
            near = (seeds.get((r, c), []) for c in range(col - cols, col + cols + 1)) if cols is not None \
                else (ids for (rr, _), ids in seeds.items() if rr == r)
            for ids in near:
                home = next((i for i in ids if _metres(places[i][0], pos) <= PLACE_RADIUS_M), None)
                if home is not None:
                    break
            if home is not None:
                break
        if home is None:
            seeds[(row, col)].append(len(places))
            places.append((pos, [(pos, entry)]))
        else:
            places[home][1].append((pos, entry))
    for seed, members in places:
        central_pos, central = _central(seed, members)
        paths: set[str] = set().union(*(m[1]["paths"] for m in members))
        merged = {
            "value": central["value"],
            "findings": sum(m[1]["findings"] for m in members),
            "rules": set().union(*(m[1]["rules"] for m in members)),
            "max_severity": max(m[1]["max_severity"] for m in members),
            "max_confidence": max(m[1].get("max_confidence", Confidence.LOW) for m in members),
            "paths": paths,
            "place": {
                "positions": len(members),
                "radius_m": round(max(_metres(central_pos, m[0]) for m in members)),
                "files": sorted(paths)[:MAX_PLACE_FILES],
                "files_total": len(paths),
            },
        }
        out[central["value"].casefold()] = merged
    return out


def _central(seed: tuple[float, float],
             members: list[tuple[tuple[float, float], dict[str, Any]]]) -> tuple[tuple[float, float], Any]:
    """The reading nearest the place's centre (the mean of its readings, each weighted by its
    findings): linear, so a home photographed 5,000 times costs no more than its readings."""
    total = sum(m[1]["findings"] for m in members) or 1
    # Offsets from the seed (at most twice the radius, so flat geometry is exact enough);
    # a longitude across 180 degrees wraps.
    mean_lat = seed[0] + sum(m[1]["findings"] * (m[0][0] - seed[0]) for m in members) / total
    mean_lon = seed[1] + sum(m[1]["findings"] * ((m[0][1] - seed[1] + 180.0) % 360.0 - 180.0)
                             for m in members) / total
    centre = (mean_lat, (mean_lon + 180.0) % 360.0 - 180.0)
    return min(members, key=lambda m: (_metres(m[0], centre), -m[1]["findings"], m[1]["value"]))


def with_place_files(shown: dict[str, Any], raw: dict[str, Any], path: Any) -> dict[str, Any]:
    """``shown`` (a masked copy of the profile ``raw``) with each place's files given by
    ``path`` from the raw ones: a redacted report masks them exactly as it masks the
    findings' own paths, not as the words of any other string. The summary parts too
    (``summary.redacted_parts``: what to do first names its files as the findings do)."""
    from nymaudit.summary import redacted_parts

    shown = redacted_parts(shown, raw, path)
    clues, raw_clues = shown.get("clues"), raw.get("clues")
    if not isinstance(clues, dict) or not isinstance(raw_clues, dict):
        return shown
    places, raw_places = clues.get("location"), raw_clues.get("location")
    if not isinstance(places, list) or not isinstance(raw_places, list) or len(places) != len(raw_places):
        return shown
    fixed = [{**entry, "files": [path(p) for p in raw_entry["files"]]}
             if isinstance(entry, dict) and isinstance(raw_entry, dict)
             and isinstance(raw_entry.get("files"), list) else entry
             for entry, raw_entry in zip(places, raw_places, strict=True)]
    return {**shown, "clues": {**clues, "location": fixed}}
