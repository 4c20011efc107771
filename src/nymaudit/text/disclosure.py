"""Self-disclosures: occupation, employer and workplace, family, age, health, pets,
routine, education, events, sports teams, handles, trade-union roles, colleagues (rules
SELF010-SELF022).

Every pattern lives in ``heuristics/disclosure.toml`` with the trigger words that
must appear in a text before the pattern runs: most posts trigger none, which
keeps 100,000 posts well inside a second or two.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from itertools import compress
from typing import Any

from nymaudit.rules import load_file

_TOKENS_ANY_CASE = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
_TOKENS_LOWER = re.compile(r"[a-z0-9][a-z0-9'-]*")  # the same words in an ASCII text lower-cased
_PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")
# Where a first-person pattern can start, whatever its own trigger words.
FIRST_PERSON = frozenset({"i", "we", "my", "our", "i'm", "im", "i've", "ive", "we're", "just"})


@dataclass(frozen=True, slots=True)
class Pattern:
    rule_id: str
    regex: re.Pattern[str]
    words: frozenset[str]
    value: str | None
    value_from: str | None
    value_template: str | None
    not_fact: frozenset[str]
    require: re.Pattern[str] | None
    severity: str | None
    fact_shape: re.Pattern[str] | None = None
    anchor: bool = True
    starts: frozenset[str] = frozenset()  # words where an anchored match may begin
    # Dropped when the sentence around the match says it is someone else's (a novel's hero).
    not_in_sentence: re.Pattern[str] | None = None
    # When set, not_in_sentence applies only to a match where this named group took part: SELF022's
    # sport veto is for a bare 'my manager', never for 'my line manager' or 'my colleague' (rev13c 1).
    not_in_sentence_if: str | None = None
    # Tried instead of `regex` on a text written all in lower case or in capitals (_recased): a name
    # there is only a guess, so a pattern that takes any capitalised word for one asks for more.
    caseless_regex: re.Pattern[str] | None = None
    # Dropped when the text around the match (not_near: _BLOCK_REACH characters either side) is an appeal
    # about someone else: a 'DOB: 12/03/85' line under 'MISSING ... Last seen' (fifteenth session, dsc15).
    not_near: re.Pattern[str] | None = None
    # Kept, but as possibly someone else's (lower severity, low confidence, "may be someone else's"), when
    # this is found on the match's line or the line before: 'Her DOB:', 'my son's details:\nDOB: ...'.
    # Before (dsc15b) a she or a 'my husband' anywhere in the paragraph dropped the writer's own DOB.
    doubt_on_line: re.Pattern[str] | None = None
    # Likewise when this is found in the match's block of lines (between blank lines): a 'Died:' or
    # 'Buried:' line under 'DOB: 12/03/1921' is a record of someone who has died (dsc15c, rev15d item 4).
    doubt_in_block: re.Pattern[str] | None = None
    # Likewise when this is found in the text's opening lines, before the match's line ends: 'Found
    # great-grandma's record at the archive today!' two lines above a 'DOB:' form (dsc15c).
    doubt_in_opening: re.Pattern[str] | None = None
    # A date of birth that makes the writer older than this in the post's year (or this year, for an undated
    # text) is not the writer's and is dropped: 'DOB: 12/03/1921' on a family-history post (dsc15c).
    max_age: int | None = None
    # A date of birth that makes its owner younger than this in the post's year (or this year, for an undated
    # text: the age then is the most it can have been) is kept, but as possibly someone else's: 'DOB:
    # 12/03/2019' or 'Born on 4 May 2018.' under a child's photo is the child's (sixteenth session, txt16).
    # Never dropped: a child's date of birth with a town still finds the family.
    min_age: int | None = None
    # A claim reported after it (", my mum says") leaves this pattern's finding alone: "I was born on
    # 12 March 1985, Mum says" is the writer's birth whoever remembers it (dsc15b).
    keep_when_reported: bool = False
    # The match's sentence must hold this (sentence_needs) or must not (sentence_not), wherever in it:
    # 'I support Chelsea' is a club only beside a sport word, 'I support Leeds because I live in Leeds' a
    # town (dsc15b).
    sentence_needs: re.Pattern[str] | None = None
    sentence_not: re.Pattern[str] | None = None
    # A pair (other reading, own reading): dropped when the other reading is found in the match's sentence
    # (and the next one, with sentence_not_next), unless the own reading is found there too. 'I support
    # Leeds, the council's sanctuary campaign' is the town and 'I support Mayo. Ketchup is for kids.' the
    # sauce, but 'I support Everton and do the food bank collection at every home game' is a fan's (dsc16c,
    # review rev16b item 7).
    sentence_not_unless: tuple[re.Pattern[str], re.Pattern[str]] | None = None
    sentence_not_next: bool = False
    # The fact is no common English word ([caseless] common_words): after 'as' a handle reads like any word
    # ("I'm on Bluesky as janedoe now", not "I'm on Twitter as well"; sixteenth session, txt16).
    fact_not_common: bool = False


@dataclass(frozen=True, slots=True)
class Disclosure:
    rule_id: str
    key: str
    value: str
    start: int
    end: int
    severity: str | None
    # "low" when the text leaves doubt that it is the writer's (a claim reported after it, another person
    # named on a DOB's line): the detector says so; None: the rule's own confidence.
    confidence: str | None = None


def _alternation(items: list[str]) -> str:
    ordered = sorted(set(items), key=len, reverse=True)
    return "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in ordered)


@cache
def _heuristics() -> dict[str, Any]:
    """heuristics/disclosure.toml, parsed once: it holds the caseless common words (some 150 kB)."""
    return load_file("disclosure")


@cache
def patterns() -> tuple[Pattern, ...]:
    return _load("patterns")


@cache
def _fiction_marks() -> re.Pattern[str] | None:
    words = _heuristics().get("lists", {}).get("PROFILE_NOT_THE_WRITER", [])
    return re.compile(r"(?i)(?<![\w-])(?:" + "|".join(words) + r")(?![\w-])") if words else None


def _not_the_writers_profile(text: str) -> bool:
    """A bio that says it is a character's, a parody's or a fan account's ("Nurse at Holby City
    Hospital. Fan account, RP."): its job is no fact about the writer (review rev12g 5)."""
    marks = _fiction_marks()
    return bool(marks and marks.search(text[:_PROFILE_CHARS]))


def profile_patterns() -> tuple[Pattern, ...]:
    """Patterns tried only on an account's profile (a bio, a profile field: Post.extra["profile"]),
    where a verbless description has the writer as its subject ('Staff nurse at St Thomas'
    Hospital'); heuristics/disclosure.toml `profile_patterns` (twelfth session). Profiles are a few
    records an account, so they run over the whole text, not from trigger words."""
    return _load("profile_patterns")


def _expand(regex: str, lists: dict[str, list[str] | str], depth: int = 0) -> str:
    """``regex`` with each {LIST} placeholder of heuristics/disclosure.toml [lists] filled in."""
    # A list becomes an alternation of its words; a string (a regex such as CIVIL_CONTEXT) goes in
    # with its own placeholders expanded (STAFF_CUE names {OCC}), a few levels deep at most so a
    # list naming itself cannot loop.
    def one(m: re.Match[str]) -> str:
        item = lists[m.group(1)]
        if isinstance(item, str):
            return f"(?:{_expand(item, lists, depth + 1) if depth < 3 else item})"
        return f"(?:{_alternation(item)})"
    return _PLACEHOLDER.sub(one, regex)


def _load(key: str) -> tuple[Pattern, ...]:
    raw = _heuristics()
    lists: dict[str, list[str] | str] = raw.get("lists", {})
    name_stop = frozenset(w.lower() for w in lists.get("NAME_STOP", []))

    def expand(regex: str) -> str:
        return _expand(regex, lists)

    out: list[Pattern] = []
    # Patterns with the same start words share one set, so find() works out their positions once.
    shared: dict[frozenset[str], frozenset[str]] = {}
    for table in raw.get("rule", []):
        for entry in table.get(key, []):
            words: set[str] = set()
            for w in entry.get("words", []):
                holder = _PLACEHOLDER.fullmatch(w)
                inside = None if holder else _PLACEHOLDER.search(w)
                if holder:
                    words.update(x.lower() for x in lists[holder.group(1)])
                elif inside:
                    # "ex-{OCC}": the token each item makes with the words around it ("ex-teacher",
                    # "ex-civil" of "ex-civil servant"): a hyphenated word is one token of a text.
                    head, tail = w[:inside.start()], w[inside.end():]
                    words.update((head + x.split()[0] + tail).lower()
                                 for x in lists[inside.group(1)] if x.split())
                else:
                    words.add(w.lower())
            not_fact = frozenset(x.lower() for x in entry.get("not_fact", [])) | name_stop
            require = entry.get("require")
            not_in = entry.get("not_in_sentence")
            doubt_on_line = entry.get("doubt_on_line")
            doubt_in_block = entry.get("doubt_in_block")
            doubt_in_opening = entry.get("doubt_in_opening")
            not_near = entry.get("not_near")
            # "starts": more words where a match may begin without waking the
            # pattern (it runs only on texts holding one of its trigger words).
            starts = frozenset(words) | FIRST_PERSON | frozenset(w.lower() for w in entry.get("starts", []))
            regex = re.compile(expand(entry["re"]), re.I)
            # Only the start words whose first letter the pattern can begin with: "my" is no start
            # of "(?:as|being) a ..." (a match tried there fails; twelfth session, for speed).
            first = _first_letters(regex)
            if first is not None:
                starts = frozenset(w for w in starts if w[:1] in first)
            out.append(Pattern(
                rule_id=table["id"],
                regex=regex,
                words=frozenset(words),
                value=entry.get("value"),
                value_from=entry.get("value_from"),
                value_template=entry.get("value_template"),
                not_fact=not_fact,
                require=re.compile(expand(require)) if require else None,
                severity=entry.get("severity"),
                fact_shape=re.compile(entry["fact_shape"]) if entry.get("fact_shape") else None,
                anchor=bool(entry.get("anchor", True)),
                starts=shared.setdefault(starts, starts),
                not_in_sentence=re.compile(expand(not_in)) if not_in else None,
                not_in_sentence_if=entry.get("not_in_sentence_if"),
                caseless_regex=(re.compile(expand(entry["caseless_re"]), re.I)
                                if "caseless_re" in entry else None),
                not_near=re.compile(expand(not_near)) if not_near else None,
                doubt_on_line=re.compile(expand(doubt_on_line)) if doubt_on_line else None,
                doubt_in_block=re.compile(expand(doubt_in_block)) if doubt_in_block else None,
                doubt_in_opening=re.compile(expand(doubt_in_opening)) if doubt_in_opening else None,
                max_age=int(entry["max_age"]) if "max_age" in entry else None,
                min_age=int(entry["min_age"]) if "min_age" in entry else None,
                keep_when_reported=bool(entry.get("keep_when_reported", False)),
                sentence_needs=(re.compile(expand(entry["sentence_needs"]))
                                if entry.get("sentence_needs") else None),
                sentence_not=re.compile(expand(entry["sentence_not"])) if entry.get("sentence_not") else None,
                sentence_not_unless=_pair(entry.get("sentence_not_unless"), expand),
                sentence_not_next=bool(entry.get("sentence_not_next", False)),
                fact_not_common=bool(entry.get("fact_not_common", False)),
            ))
    return tuple(out)


def _pair(entry: list[str] | None,
          expand: Callable[[str], str]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """A pattern's sentence_not_unless: two regexes, [other reading, own reading]."""
    if not entry:
        return None
    if len(entry) != 2:
        raise ValueError(f"sentence_not_unless takes two regexes, not {len(entry)}")
    return re.compile(expand(entry[0])), re.compile(expand(entry[1]))


def _first_letters(regex: re.Pattern[str]) -> frozenset[str] | None:
    """The lower-case ASCII characters a match of ``regex`` (compiled with re.I) can begin with,
    or None when that cannot be told (a class such as \\w, a non-ASCII letter, which re.I may
    fold onto an ASCII one, or a pattern that may match nothing)."""
    try:
        from re import _constants as c
        from re import _parser as parser

        found = _first_of(list(parser.parse(regex.pattern, regex.flags)), c)
    except Exception:  # noqa: BLE001 - another Python's parser: no filter, same results
        return None
    if found is None or not all(ch.isascii() for ch in found):
        return None
    return frozenset(found)


def _first_of(items: list[Any], c: Any) -> set[str] | None:
    out: set[str] = set()
    for op, av in items:
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue  # zero-width: the next item says what comes first
        if op is c.LITERAL:
            return out | {chr(av).lower()}
        if op is c.IN:
            for kind, arg in av:
                if kind is c.LITERAL:
                    out.add(chr(arg).lower())
                elif kind is c.RANGE and arg[1] - arg[0] <= 128:
                    out.update(chr(x).lower() for x in range(arg[0], arg[1] + 1))
                else:
                    return None
            return out
        if op is c.SUBPATTERN:
            sub = _first_of(list(av[-1]), c)
            return None if sub is None else out | sub
        if op is c.BRANCH:
            for alternative in av[1]:
                sub = _first_of(list(alternative), c)
                if sub is None:
                    return None
                out |= sub
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _, body = av
            sub = _first_of(list(body), c)
            if sub is None:
                return None
            out |= sub
            if low >= 1:
                return out
            continue  # optional: what follows may come first too
        return None
    return None  # the pattern may match nothing here


@cache
def fixed_values() -> frozenset[str]:
    """The clue values that are the tool's own description of a disclosure ("describes
    their workplace"), the same for every writer: no user text in them; and each said as possibly someone
    else's (MAYBE_SOMEONE_ELSES, dsc15b)."""
    values = frozenset(p.value for p in patterns() if p.value)
    return values | frozenset(v + MAYBE_SOMEONE_ELSES for v in values)


# Words before a job title that describe the person, not the job ("a better officer").
_NOT_PART_OF_JOB = frozenset({
    "better", "worse", "good", "bad", "great", "terrible", "proper", "real", "decent",
    "happier", "tired", "exhausted", "burnt-out", "overworked", "underpaid", "proud", "lucky",
    "very", "bit",
})


@cache
def _triggers() -> dict[str, tuple[int, ...]]:
    """Trigger word -> the patterns it wakes (index into patterns())."""
    table: dict[str, list[int]] = {}
    for number, p in enumerate(patterns()):
        for word in p.words:
            table.setdefault(word, []).append(number)
    return {w: tuple(v) for w, v in table.items()}


@cache
def _context() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    ctx = _heuristics().get("context", {})
    before = re.compile(ctx["not_before"]) if ctx.get("not_before") else None
    quotes = re.compile(ctx["quotes"]) if ctx.get("quotes") else None
    return before, quotes


@cache
def _other_quotes() -> tuple[re.Pattern[str] | None, ...]:
    ctx = _heuristics().get("context", {})
    return tuple(re.compile(ctx[key]) if ctx.get(key) else None for key in (
        "single_open", "single_close", "blockquote", "own_quote_before", "own_quote_after",
        "single_close_weak", "attributed"))


_MAX_QUOTE = 400
_QUOTE_MARK = re.compile("['‘]")  # what heuristics/disclosure.toml single_open opens with


def _single_quoted(text: str) -> list[tuple[int, int]]:
    """Single-quoted stretches: each opening mark with the first closing mark after it on its
    line, within _MAX_QUOTE characters (a pass over the marks, so a text of many apostrophes
    costs no more than its length)."""
    opening, closing = _other_quotes()[:2]
    if opening is None or closing is None:
        return []
    # Every opening mark is a quote mark: trying the opening pattern at each of them finds the
    # same marks as a scan of the whole text, without testing its lookbehinds at every character;
    # most texts have apostrophes and no opening mark, and end here.
    opens = [m.start() for m in _QUOTE_MARK.finditer(text) if opening.match(text, m.start())]
    if not opens:
        return []
    closes = [m.start() for m in closing.finditer(text)]
    weak_re = _other_quotes()[5]
    # A mark that may be a plural possessive ("St Thomas' Hospital") closes only when no other
    # closing mark follows on the line before the next opening one.
    weak = {m.start() for m in weak_re.finditer(text)} if weak_re is not None else set()
    spans: list[tuple[int, int]] = []
    done = 0
    for start in opens:
        if start < done:
            continue
        i = bisect.bisect_right(closes, start)
        if i == len(closes):
            break
        while closes[i] in weak and i + 1 < len(closes):
            later = closes[i + 1]
            j = bisect.bisect_right(opens, closes[i])
            if (later - start > _MAX_QUOTE or (j < len(opens) and opens[j] < later)
                    or "\n" in text[closes[i]:later]):
                break
            i += 1
        end = closes[i] + 1
        if end - start > _MAX_QUOTE or "\n" in text[start:end]:
            continue
        # A quotation holds words; 'nurse' in scare quotes is the writer's own word.
        if len(text[start:end].split()) >= 2:
            spans.append((start, end))
        done = end
    return spans


def _own_quote(text: str, start: int, end: int) -> bool:
    """True when the writer says the quotation is their own ("'I'm a nurse,' I said")."""
    before, after = _other_quotes()[3:5]
    return bool((before is not None and before.search(text, max(0, start - 40), start))
                or (after is not None and after.match(text[end:end + 40])))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes someone else: double quotes, single quotes that read as a
    quotation (not apostrophes: heuristics/disclosure.toml [context]) around two words
    or more, Markdown/e-mail quote lines ('> ...', 'Morag Baird > ...') and the rest of a
    line after a name and a verb of saying ('Morag Baird wrote: ...')."""
    _, double = _context()
    block = _other_quotes()[2]
    spans: list[tuple[int, int]] = []
    if double is not None and ('"' in text or "“" in text):
        spans += [m.span() for m in double.finditer(text)]
    if "'" in text or "‘" in text:
        spans += _single_quoted(text)
    spans = [(s, e) for s, e in spans if not _own_quote(text, s, e)]
    if block is not None and ">" in text:
        spans += [m.span() for m in block.finditer(text)]
    attributed = _other_quotes()[6]
    if attributed is not None and ":" in text:
        # "Morag Baird wrote: I work at Tesco Lochee": the words after the colon are hers.
        spans += [m.span("quote") for m in attributed.finditer(text)]
    return spans


Merged = tuple[list[int], list[int]]


def merge_spans(spans: list[tuple[int, int]]) -> Merged:
    """``spans`` (which may overlap: a quote line holding a quotation) as sorted, disjoint starts and
    ends, for within()."""
    starts: list[int] = []
    ends: list[int] = []
    for s, e in sorted(spans):
        if ends and s <= ends[-1]:
            ends[-1] = max(ends[-1], e)
        else:
            starts.append(s)
            ends.append(e)
    return starts, ends


def within(merged: Merged, position: int) -> bool:
    """True when ``position`` lies inside one of the merged spans: a binary search. Until 2026-11-30
    (thirteenth session, dfx13) each match was checked against every quotation in turn, and a
    1,050,000-character text of 70,000 quoted '"I am a nurse"' took 164 seconds."""
    starts, ends = merged
    i = bisect.bisect_right(starts, position) - 1
    return i >= 0 and position < ends[i]


def _not_the_writers(text: str, start: int, quoted: Merged) -> bool:
    """True when the words at ``start`` are quoted or hypothetical."""
    before, _ = _context()
    if within(quoted, start):
        return True
    return before is not None and before.search(text, max(0, start - 60), start) is not None


_QUOTE_CLOSED = re.compile("[.!?]['’\"”]")


_SENTENCE_END = re.compile(r"[.!?\n]")


_CLAUSE_MARKS = ",;:()–—"


@cache
def _writer_in_clause() -> re.Pattern[str] | None:
    ctx = _heuristics().get("context", {})
    return re.compile(ctx["writer_in_clause"]) if ctx.get("writer_in_clause") else None


def _sentence_has(regex: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """True when ``regex`` is found anywhere in the sentence that holds text[start:end] (300 characters
    at most either side), the match's own clause or not."""
    floor = max(0, start - 300)
    lo = max(max(text.rfind(c, floor, start) for c in ".!?\n") + 1, floor)
    found = _SENTENCE_END.search(text, end, end + 300)
    hi = found.start() if found else min(len(text), end + 300)
    return regex.search(text, lo, hi) is not None


def _other_reading(pair: tuple[re.Pattern[str], re.Pattern[str]], text: str, start: int, end: int,
                   next_too: bool) -> bool:
    """True when the first regex of ``pair`` (another reading of the match: a civic cause, food, wildlife) is
    found in the sentence that holds text[start:end] (or in the next one, with ``next_too``), and the second
    (the match's own reading: a fan's words) is not ('I support Wolves. Reintroduce them to Scotland!')."""
    floor = max(0, start - 300)
    lo = max(max(text.rfind(c, floor, start) for c in ".!?\n") + 1, floor)
    limit = min(len(text), end + 300)
    found = _SENTENCE_END.search(text, end, limit)
    if found is None:
        hi = limit
    elif not next_too:
        hi = found.start()
    else:
        # the next sentence: past this one's closing marks ('!!', '?!', '.\n'), up to its own end
        after = found.end()
        while after < limit and text[after] in ".!?\n \t":
            after += 1
        following = _SENTENCE_END.search(text, after, limit)
        hi = following.start() if following is not None else limit
    other, own = pair
    return other.search(text, lo, hi) is not None and own.search(text, lo, hi) is None


def _in_sentence(regex: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """True when ``regex`` is found in the sentence that holds text[start:end], unless the match's
    own clause has a first-person word and not ``regex`` ('Every morning I walk past the Crucible,
    like the hero of my novel does')."""
    floor = max(0, start - 300)
    lo = max(max(text.rfind(c, floor, start) for c in ".!?\n") + 1, floor)
    found = _SENTENCE_END.search(text, end, end + 300)
    hi = found.start() if found else min(len(text), end + 300)
    if regex.search(text, lo, hi) is None:
        return False
    own = _writer_in_clause()
    if own is None:
        return True
    c_lo = max(max(text.rfind(c, lo, start) for c in _CLAUSE_MARKS) + 1, lo)
    c_hi = min([i for i in (text.find(c, end, hi) for c in _CLAUSE_MARKS) if i >= 0] or [hi])
    return not (own.search(text, c_lo, c_hi) and regex.search(text, c_lo, c_hi) is None)


@cache
def _subject_regexes() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """heuristics/disclosure.toml [lists] AS_SUBJECT (who is named before a bare 'as a <job>'), with
    the end of a sentence as a group of its own (`stop`); AS_WRITER_NEXT and AS_OTHER_NEXT (the writer,
    or she or he, as the subject right after the job)."""
    lists: dict[str, list[str] | str] = _heuristics().get("lists", {})
    subject = lists.get("AS_SUBJECT")
    writer, other = lists.get("AS_WRITER_NEXT"), lists.get("AS_OTHER_NEXT")
    return (re.compile(f"(?P<stop>[{_SUBJECT_BOUNDARY}])|" + _expand(subject, lists))
            if isinstance(subject, str) else None,
            re.compile(_expand(writer, lists), re.I) if isinstance(writer, str) else None,
            re.compile(_expand(other, lists), re.I) if isinstance(other, str) else None)


# Where a sentence ends for the subject of a bare 'as a' (a ';' too: 'I love my sister; as a nurse I').
_SUBJECT_BOUNDARY = ".!?;\n"
_SUBJECT_REACH = 300  # characters before the match: a sentence, not a paragraph


class _Subjects:
    """The people named in one text (heuristics AS_SUBJECT) and its sentence ends, read once: each
    question reads on from where the last one stopped, and a pattern's matches come in order, so a
    megabyte of 'she as a nurse' is read once per pattern, not once per match."""

    __slots__ = ("text", "regex", "lo", "hi", "ends", "entries")

    def __init__(self, text: str, regex: re.Pattern[str]) -> None:
        self.text = text
        self.regex = regex
        self.lo = self.hi = 0
        self.ends: list[int] = []
        self.entries: list[tuple[int, bool | None]] = []  # (start, someone else; None: a sentence end)

    def last_before(self, start: int) -> bool | None:
        """Whether the last person named in the sentence before ``start`` is someone else (True),
        the writer (False) or nobody is named (None)."""
        lo = max(0, start - _SUBJECT_REACH)
        if not (self.lo <= lo <= self.hi):  # another pattern's matches start again: a new stretch
            self.lo = self.hi = lo
            self.ends, self.entries = [], []
        if start > self.hi:
            for m in self.regex.finditer(self.text, self.hi, start):
                self.ends.append(m.end())
                self.entries.append((m.start(), None if m.group("stop") else m.group("other") is not None))
            self.hi = start
        i = bisect.bisect_right(self.ends, start) - 1
        if i < 0 or self.entries[i][0] < lo:
            return None
        return self.entries[i][1]


def _someone_else_as(text: str, start: int, end: int, subjects: _Subjects) -> bool:
    """True when a job after a bare 'as a' or 'being a' (a pattern's ``bare`` group, which names no
    subject) is someone else's: the last person named before it in its sentence is not the writer
    ('My sister works at Ninewells Hospital as a nurse', 'She started as a nurse', 'Morag works at
    Tesco as a manager') and the writer does not follow ('Thank you, as a nurse I know ...'). The
    writer named last keeps it ('My husband thinks I work at Tesco as a manager', 'They hired me
    as a nurse'), and so does a sentence with nobody named ('Worked at Ninewells as a nurse for ten
    years') or one that 'As' opens ('... wants the car back As a 52-year-old woman'). She or he right
    after the job makes it someone else's whoever comes before ('As a nurse, she knows best'). Red
    team red13 item 8, 2026-11-30, thirteenth session, dfx13."""
    _, writer_next, other_next = _subject_regexes()
    if other_next is not None and other_next.match(text, end, end + _SUBJECT_REACH):
        return True  # 'As a nurse, she knows best'
    if text[start:start + 1].isupper() and text[start + 1:start + 2].islower():
        return False  # 'As a' or 'Being a' in capitals opens a sentence, the full stop left out
    if not subjects.last_before(start):
        return False
    return not (writer_next is not None and writer_next.match(text, end, end + _SUBJECT_REACH))


@cache
def _ing_names() -> frozenset[str]:
    """Names in -ing a caseless text still capitalises ('i work at boeing'; [caseless] ing_names)."""
    return frozenset(w.lower() for w in _heuristics().get("caseless", {}).get("ing_names", []))


@cache
def _common_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The words a caseless text leaves in lower case (heuristics/disclosure.toml [caseless]
    common_words, and every word of the lower-case entries of [lists]: the jobs, relatives, pets and
    events the patterns name); those that never join two names into one (NAME_STOP, of, or); and
    those that go on a name ('city council', 'rovers': ORG_WORD and [caseless] name_tail) or open one
    after 'the' ('the great north run': name_head)."""
    raw = _heuristics()
    words = set(raw.get("caseless", {}).get("common_words", "").split())
    lists = raw.get("lists", {})
    for items in lists.values():
        if isinstance(items, list):
            words.update(w for item in items if isinstance(item, str) and item.islower()
                         for w in _CASELESS_WORD.findall(item))
    joins_no_names = frozenset(w.lower() for w in lists.get("NAME_STOP", [])) | {"of", "or", "a", "an"}
    org_words = lists.get("ORG_WORD", "")
    tails = {w.lower() for w in (org_words.split("|") if isinstance(org_words, str) else []) if w.isalpha()}
    tails.update(raw.get("caseless", {}).get("name_tail", []))
    heads = frozenset(raw.get("caseless", {}).get("name_head", []))
    # Chat words, times, days and months are no names and join none ('asda every january', 'lol jk'); the
    # modern words the novels lack that name no organisation on their own ('crypto', 'peanuts') are common.
    not_names = {w.lower() for w in raw.get("caseless", {}).get("not_names", [])}
    words |= not_names | {w.lower() for w in raw.get("caseless", {}).get("modern_words", [])}
    return frozenset(words), joins_no_names | not_names, frozenset(tails), heads


_CASELESS_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# A sentence starts a text, follows . ! ? and a space, or a blank line; not a line break alone (a hard-wrapped
# line) nor a full stop inside a word ('leeds.gov.uk').
_SENTENCE_STARTS = re.compile(r"(?:^|[.!?][\"'’)\]]*\s|\n[^\S\n]*\n)[\s\"'(\[]*")


def _recased(text: str) -> str | None:
    """A text written all in lower case or all in capitals as a careful writer would have cased it,
    of the same length, or None when ``text`` has case of its own. The patterns find a name by its
    capitals ('I work for Lockheed Martin'): in 'i work for lockheed martin' or 'I WORK FOR LOCKHEED
    MARTIN' nothing tells a name from a word, so every word that is not a common English word
    (heuristics [caseless]) gets a capital, and so do 'i', each sentence's first word and a common
    word between two names ('jaipur literature festival'). Only such texts are recased, once, so a
    text with case of its own costs an islower() and an isupper() (fourteenth session, dsc14). Words
    in -ing, chat words, times, days and months are no names (dxf14: 'i work at procrastinating')."""
    if not text.islower():
        if not text.isupper():
            return None
        lowered = text.lower()
        if len(lowered) != len(text):  # 'İ' lower-cases to two characters: positions would move
            return None
        text = lowered
    common, joins_no_names, tails, heads = _common_words()
    found = list(_CASELESS_WORD.finditer(text))
    words = [m.group() for m in found]
    at = [m.start() for m in found]
    count = len(words)
    present = set(words)
    # A word of one letter ('i', 'a', 'x') is no name; 'i' gets its capital below. Nor is a word in -ing
    # ('i work at procrastinating', 'doomscrolling'): a verb the novels lack, not a name, unless a word
    # that goes on a name follows ('ealing council', 'reading festival': below). Decided once per word
    # of the text, not once per place (review rev14a item 11: 1 MB of 'happy 40th to me!').
    ing_names = _ing_names()
    if len(present) * 2 > count:  # mostly distinct words (a word list): one test per place costs less
        capital = [len(w) > 1 and (w if "'" not in w else w.split("'", 1)[0]) not in common
                   and not (len(w) > 4 and w.endswith("ing") and w not in ing_names) for w in words]
    else:
        names = {w for w in present.difference(common) if len(w) > 1 and "'" not in w
                 and not (w.endswith("ing") and len(w) > 4 and w not in ing_names)}
        if "'" in text:  # "tesco's" is a name by 'tesco', "mum's" none: by the word before the apostrophe
            names.update(w for w in present if "'" in w and w.split("'", 1)[0] not in common
                         and not (len(w) > 4 and w.endswith("ing") and w not in ing_names))
        capital = [w in names for w in words]

    def spaced(i: int) -> bool:  # one space between word i - 1 and word i
        return at[i] - found[i - 1].end() == 1 and text[at[i] - 1] == " "

    if not tails.isdisjoint(present):
        for i in [i for i, w in enumerate(words) if w in tails]:
            if i == 0:
                continue
            before = words[i - 1]
            if (not capital[i - 1] and len(before) > 4 and before.endswith("ing") and before not in common
                    and spaced(i)):
                capital[i - 1] = True  # 'ealing council'
            if capital[i]:
                continue
            if capital[i - 1] and spaced(i):
                capital[i] = True  # 'Leeds city council' goes on as 'Leeds City Council'
            elif (i >= 2 and capital[i - 2] and words[i - 1] not in joins_no_names
                    and spaced(i - 1) and spaced(i)):
                capital[i - 1] = capital[i] = True  # 'Jaipur literature festival' is one name
    if not heads.isdisjoint(present):
        for i in [i for i, w in enumerate(words) if w in heads]:
            if (i + 1 < count and not capital[i] and capital[i + 1] and spaced(i + 1)
                    and (i == 0 or words[i - 1] == "the")):
                capital[i] = True  # 'the royal hallamshire' is 'the Royal Hallamshire'
    # A common word between two names: 'Jaipur literature Festival' is one name; not across a comma. No
    # such word can make another (it would need a name on each side), so all are found at once.
    triples = zip(capital, capital[1:], capital[2:], strict=False)
    between = [i for i, (left, middle, right) in enumerate(triples, 1) if left and right and not middle]
    for i in between:
        if words[i] not in joins_no_names and spaced(i) and spaced(i + 1):
            capital[i] = True
    # Each sentence's first word and 'i' get a capital too (not as names: they join none above).
    for m in _SENTENCE_STARTS.finditer(text):
        i = bisect.bisect_left(at, m.end())
        if i < count and at[i] == m.end():
            capital[i] = True
    if "i" in present or "i'" in text:
        for i in [i for i, w in enumerate(words) if w == "i" or w.startswith("i'")]:
            capital[i] = True
    pieces: list[str] = []
    done = 0
    for start in compress(at, capital):
        first = text[start].upper()
        if len(first) == 1:  # 'ŉ' has a capital of two characters: left as it is
            pieces += (text[done:start], first)
            done = start + 1
    pieces.append(text[done:])
    return "".join(pieces)


@cache
def _reported_after() -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """A claim reported after it ('I work nights at the Royal Infirmary, says my brother.': [context]
    reported_after, fifteenth session, dsc15), read from the end of a match, and the words it needs
    (reported_words): a text with none of them is not read for it."""
    raw = _heuristics()
    ctx = raw.get("context", {})
    regex = ctx.get("reported_after")
    return (re.compile(_expand(regex, raw.get("lists", {}))) if isinstance(regex, str) else None,
            frozenset(w.lower() for w in ctx.get("reported_words", [])))


# An appeal reaches this far at most either side of a match (a heading and a few short lines; a long text
# costs no more than a short one).
_BLOCK_REACH = 400
# How much of the match's line and the line before doubt_on_line reads ('Her details:\nDOB: ...').
_LINE_REACH = 200


class _Near:
    """Where one regex is found in a text, found once (finditer) and then asked by position (bisect): before
    (dsc15b, rev15b item 5b) the regex ran over 800 characters at every match, 36 times slower on a text of
    224,000 'DOB:' lines."""

    __slots__ = ("starts", "ends")

    def __init__(self, regex: re.Pattern[str], text: str) -> None:
        spans = [m.span() for m in regex.finditer(text)]
        self.starts = [s for s, _ in spans]
        self.ends = [e for _, e in spans]

    def near(self, start: int, end: int) -> bool:
        """True when a find overlaps text[start - _BLOCK_REACH : end + _BLOCK_REACH]."""
        # finditer's matches never overlap, so their ends rise with their starts: the last one to start
        # before the window's end is the one that reaches furthest into it.
        i = bisect.bisect_left(self.starts, end + _BLOCK_REACH) - 1
        return i >= 0 and self.ends[i] > start - _BLOCK_REACH


def _on_line(regex: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """True when ``regex`` is found on the line of text[start:end] or on the line before it."""
    lo = max(0, start - _LINE_REACH)
    line_start = text.rfind("\n", lo, start)
    if line_start >= 0:
        before = text.rfind("\n", lo, line_start)
        lo = before + 1 if before >= 0 else lo
    line_end = text.find("\n", end, end + _LINE_REACH)
    hi = line_end if line_end >= 0 else min(len(text), end + _LINE_REACH)
    return regex.search(text, lo, hi) is not None


def _in_block(finds: _Near, text: str, start: int, end: int) -> bool:
    """True when one of ``finds`` starts in the block of lines around text[start:end]: the lines between the
    blank lines before and after it, _BLOCK_REACH characters either side at most."""
    lo = max(0, start - _BLOCK_REACH)
    blank = text.rfind("\n\n", lo, start)
    lo = blank + 2 if blank >= 0 else lo
    hi = min(len(text), end + _BLOCK_REACH)
    blank = text.find("\n\n", end, hi)
    hi = blank if blank >= 0 else hi
    i = bisect.bisect_left(finds.starts, lo)
    return i < len(finds.starts) and finds.starts[i] < hi


# A text's opening: its first three non-blank lines, this many characters at most.
_OPENING_LINES = 3
_OPENING_CHARS = 300


def _first_in_opening(regex: re.Pattern[str], text: str) -> int:
    """Where ``regex`` is first found in the opening lines of ``text``, or -1."""
    end = min(len(text), _OPENING_CHARS)
    seen = 0
    at = 0
    while at < end:
        line_end = text.find("\n", at, end)
        if line_end < 0:
            break
        if text[at:line_end].strip():
            seen += 1
            if seen == _OPENING_LINES:
                end = line_end
                break
        at = line_end + 1
    m = regex.search(text, 0, end)
    return m.start() if m else -1


# The year in a date of birth ('12/03/1921', '1921-03-12'); two digits ('12/03/21') say no century.
_BIRTH_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _too_old(fact: str, most: int, year: int | None) -> bool:
    """True when the date of birth ``fact`` makes its owner older than ``most`` in ``year`` (this year when
    the text has no date): not the writer ('DOB: 12/03/1921' on a family-history post, dsc15c)."""
    found = _BIRTH_YEAR.search(fact)
    if found is None:
        return False
    return (year or datetime.date.today().year) - int(found.group()) > most


def _too_young(fact: str, least: int, year: int | None) -> bool:
    """True when the date of birth ``fact`` makes its owner certainly younger than ``least`` in ``year`` (this
    year when the text has no date, which can only make them older): a child's ('DOB: 12/03/2019' on a 2025
    post), or a birth still to come. A year with no century ('12/03/19') tells nothing."""
    found = _BIRTH_YEAR.search(fact)
    if found is None:
        return False
    return (year or datetime.date.today().year) - int(found.group()) < least


_LOWER_SEVERITY = {"critical": "high", "high": "medium", "medium": "low", "low": "low", "info": "info"}


@cache
def _rule_severity(rule_id: str) -> str:
    for table in _heuristics().get("rule", []):
        if table.get("id") == rule_id:
            return str(table.get("severity", "medium"))
    return "medium"


def _doubtful(p: Pattern) -> str:
    """The severity a finding of ``p`` keeps when it may be someone else's: one step down."""
    return _LOWER_SEVERITY.get(p.severity or _rule_severity(p.rule_id), "low")


# Said after a value the writer may not own (a DOB beside another person, a claim reported after it).
MAYBE_SOMEONE_ELSES = " (may be someone else's)"


@cache
def _joke_after() -> re.Pattern[str] | None:
    """A joke taken back after a match ('i work for onlyfans lol jk': [lists] JOKE_AFTER, dxf14)."""
    regex = _heuristics().get("lists", {}).get("JOKE_AFTER")
    return re.compile(regex, re.I) if isinstance(regex, str) else None


# Where a sentence ends inside a name read from a caseless text ('i support ukraine. slava ukraini').
_NAME_SENTENCE_END = re.compile(r"[.!?][\"'’)\]]*\s")


def _clean(fact: str) -> str:
    # A name runs to the end of a quotation at most ("Me: 'I'm a nurse at St Mary's.' Him: ...").
    fact = _QUOTE_CLOSED.split(" ".join(fact.split()), maxsplit=1)[0]
    return fact.strip(" .,:;-'’")


def find(text: str, year: int | None = None, anchored: bool = True,
         profile: bool = False) -> list[Disclosure]:
    """Self-disclosures in one plain text. ``year`` (of the post) turns an age into
    a birth year. ``profile``: the text is an account's profile, where profile_patterns()
    are tried too.

    Anchored (the default): each pattern is tried only where one of its trigger
    words starts, which is what makes 100,000 posts fast; every pattern begins with
    one of its trigger words (a test checks anchored and full scans agree).
    """
    if not text:
        return []
    index: dict[str, list[int]] = {}
    if text.isascii():  # lower-cased whole, an ASCII text keeps its positions: no lower() per word
        tokens = _TOKENS_LOWER.finditer(text.lower())
        lower = False
    else:
        tokens = _TOKENS_ANY_CASE.finditer(text)
        lower = True
    for m in tokens:
        word = m.group().lower() if lower else m.group()
        at = index.get(word)
        if at is None:
            index[word] = [m.start()]  # no empty list made and dropped for every repeated word
        else:
            at.append(m.start())
    found: list[Disclosure] = []
    taken: list[tuple[str, int, int]] = []
    quoted: Merged | None = None  # found when the first match needs them
    reported: re.Pattern[str] | None = None  # likewise: reported_after, when the text has a verb of saying
    near: dict[int, _Near] = {}  # each not_near regex's finds in this text, when a match first needs them
    opening: dict[int, int] = {}  # likewise, where each doubt_in_opening regex is first found in the opening
    subjects: _Subjects | None = None  # likewise, for a bare 'as a'
    # Where each set of start words begins in the text; a dozen patterns share "my"/"our".
    positions: dict[frozenset[str], list[int]] = {}
    all_patterns = patterns()
    triggers = _triggers()
    wanted: set[int] = set()
    for word in index.keys() & triggers.keys():  # the text's trigger words, found in C
        wanted.update(triggers[word])
    todo: list[Pattern] = [all_patterns[number] for number in sorted(wanted)]
    if profile and not _not_the_writers_profile(text):
        todo += profile_patterns()
    if not todo:
        return found
    # Recased only now: most texts wake no pattern, and the trigger words are the same in any case.
    as_written = text
    recased = _recased(text)
    if recased is not None:
        text = recased  # same length: every position stays the writer's
    for p in todo:
        if p.require is not None and not p.require.search(text):
            continue
        regex = p.regex if recased is None or p.caseless_regex is None else p.caseless_regex
        if anchored and p.anchor and p.words:
            starts = positions.get(p.starts)
            if starts is None:
                # Each position is one word's: the lists are disjoint, so no set is needed.
                starts = []
                for w in p.starts.intersection(index):
                    starts += index[w]
                starts.sort()
                positions[p.starts] = starts
            matches = _anchored(regex, text, starts)
        elif p.words:
            matches = regex.finditer(text)
        else:  # a profile pattern: a profile's first characters are its description
            matches = regex.finditer(text, 0, _PROFILE_CHARS)
        for m in matches:
            groups = m.groupdict()
            if recased is not None:  # the clue in the writer's own letters ('works at lockheed martin')
                groups = {k: None if v is None else as_written[m.start(k):m.end(k)]
                          for k, v in groups.items()}
            if recased is not None and groups.get("fact"):
                # A name never runs into the next sentence, which a caseless text starts with a capital too.
                groups["fact"] = _NAME_SENTENCE_END.split(groups["fact"], maxsplit=1)[0]
            fact = _clean(groups.get("fact") or "")
            if fact and fact.lower() in p.not_fact:
                continue
            if p.fact_not_common and fact.lower() in _common_words()[0]:
                continue  # "I'm on Twitter as well": a word, not a handle
            if p.fact_shape is not None and fact:
                lead = text[max(m.start("fact") - 3, m.start()) : m.end("fact")]
                if not p.fact_shape.search(lead):
                    continue
            if quoted is None:
                quoted = merge_spans(quoted_spans(text))
                reported, saying = _reported_after()
                if reported is not None and saying and index.keys().isdisjoint(saying):
                    reported = None  # no verb of saying in the text: no claim reported after a match
            if _not_the_writers(text, m.start(), quoted):
                continue
            if p.not_near is not None:
                finds = near.get(id(p.not_near))
                if finds is None:
                    finds = near[id(p.not_near)] = _Near(p.not_near, text)
                if finds.near(m.start(), m.end()):
                    continue  # 'MISSING ... DOB: 12/03/85 ... Last seen in Leeds': someone else's DOB
            if p.max_age is not None and _too_old(fact, p.max_age, year):
                continue  # 'DOB: 12/03/1921' on a 2025 post: an ancestor's, far likelier than a writer of 104
            # 'I'm 52 and still renting, my mum says.' (the writer, paraphrased, as often as someone else's
            # words) or 'Her details:\nDOB: 12/03/85': kept, said to be possibly someone else's (dsc15b;
            # dsc15 dropped them, and with them the writer's own date of birth).
            doubt = ((reported is not None and not p.keep_when_reported and reported.match(text, m.end()))
                     or (p.doubt_on_line is not None and _on_line(p.doubt_on_line, text, m.start(), m.end()))
                     or (p.min_age is not None and _too_young(fact, p.min_age, year)))  # a child's DOB
            if not doubt and p.doubt_in_block is not None:
                finds = near.get(id(p.doubt_in_block))
                if finds is None:
                    finds = near[id(p.doubt_in_block)] = _Near(p.doubt_in_block, text)
                doubt = _in_block(finds, text, m.start(), m.end())  # 'DOB: 12/03/1921\nDied: 04/11/1999'
            if not doubt and p.doubt_in_opening is not None:
                first = opening.get(id(p.doubt_in_opening))
                if first is None:
                    first = opening[id(p.doubt_in_opening)] = _first_in_opening(p.doubt_in_opening, text)
                if first >= 0:
                    line_end = text.find("\n", m.end())
                    # 'Grandad's army papers.\n\n...\nDOB: 30/01/1925': said before the match's line ends
                    doubt = first < (line_end if line_end >= 0 else len(text))
            if (p.not_in_sentence is not None
                    and (p.not_in_sentence_if is None or groups.get(p.not_in_sentence_if) is not None)
                    and _in_sentence(p.not_in_sentence, text, m.start(), m.end())):
                continue
            if p.sentence_needs is not None and not _sentence_has(p.sentence_needs, text, m.start(), m.end()):
                continue  # 'I support Kerry and her family': a first name, with no sport in the sentence
            if p.sentence_not is not None and _sentence_has(p.sentence_not, text, m.start(), m.end()):
                continue  # 'I support Leeds because I live in Leeds': the town, not its club
            if (p.sentence_not_unless is not None
                    and _other_reading(p.sentence_not_unless, text, m.start(), m.end(), p.sentence_not_next)):
                continue  # 'I support Mayo. Ketchup is for kids.': the sauce, not the county's team
            if groups.get("bare") is not None and (subject_re := _subject_regexes()[0]) is not None:
                if subjects is None:
                    subjects = _Subjects(text, subject_re)
                if _someone_else_as(text, m.start("bare"), m.end(), subjects):
                    continue  # 'My sister works at Ninewells as a nurse': her job, not the writer's
            if (joke := _joke_after()) is not None and joke.match(text, m.end(), m.end() + 60):
                continue  # 'i work for onlyfans lol jk': taken back at once
            if any(r == p.rule_id and s <= m.start() < e for r, s, e in taken):
                continue  # one disclosure per place in the text and rule
            value = _value(p, fact, groups, year)
            if not value:
                continue
            if doubt:
                value += MAYBE_SOMEONE_ELSES
            key = value.lower()
            found.append(Disclosure(p.rule_id, key, value, m.start(), m.end(),
                                    _doubtful(p) if doubt else p.severity, "low" if doubt else None))
            taken.append((p.rule_id, m.start(), m.end()))
            if len(found) >= 200:
                return found
    return found


# How much of a profile record the profile patterns read: bios are 160 (X) to 500 (Mastodon)
# characters; a pasted 100,000-character "bio" costs no more than a real one.
_PROFILE_CHARS = 2_000


# How far one try of a pattern reads from its start word: a disclosure is a sentence, and the bound
# keeps every start word of a long text affordable. Until 2026-11-30 (twelfth session, rev12d) a
# pattern was tried at only its first 2,000 start words, silently: "I work as a nurse" at the end of a
# 47,641-word memoir was never looked for.
_WINDOW = 1_000


def _anchored(regex: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    out = []
    last_end = -1
    match = regex.match
    size = len(text)
    for pos in starts:
        if pos < last_end:
            continue
        m = match(text, pos, pos + _WINDOW) if size - pos > _WINDOW else match(text, pos)
        if m:
            out.append(m)
            last_end = m.end()
    return out


# A birthday said as a word ('my fortieth birthday'): the age it is.
_ORDINAL_AGES = {
    "eighteenth": 18, "twenty-first": 21, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80,
}


def _birthday(fact: str, now: str | None, year: int | None) -> str:
    """'40th birthday', and with a now ('today', 'on Saturday', 'to me') on a dated post the birth year it
    gives: a 40th birthday in 2026 is a birth in 1986 (fourteenth session, dsc14b)."""
    digits = re.match(r"\d+", fact)
    age = int(digits.group()) if digits else _ORDINAL_AGES.get(fact.lower())
    if age is None:
        return f"{fact.lower()} birthday"
    suffix = "th" if 10 <= age % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(age % 10, "th")
    label = f"{age}{suffix} birthday"
    if now and year:
        return f"{label} in {year} (born in {year - age})"
    return label


def _value(p: Pattern, fact: str, groups: dict[str, Any], year: int | None) -> str:
    if p.value:
        return p.value
    if p.rule_id == "SELF013" and "now" in groups and fact:
        return _birthday(fact, groups.get("now"), year)
    if p.value_template:
        if not fact:
            return ""
        # Other named groups as written ("{inst}": UNILAG), the fact in lower case as
        # before; "{born}": the birth years a first degree finished that year implies.
        fields = {k: _clean(v or "") for k, v in groups.items()}
        if fields.get("years"):
            fields["years"] = fields["years"].lower()  # "Twenty years in ..." at a bio's start
        # "{as_written}": the fact in its own case, for a name ("volunteers for Oxfam").
        fields["as_written"] = fact
        fields["fact"] = fact.lower()
        if "{born}" in p.value_template:
            if not (fact.isdigit() and len(fact) == 4):
                return ""
            fields["born"] = f"{int(fact) - 24}-{int(fact) - 21}"
        return p.value_template.format(**fields)
    if p.value_from:
        what = _clean(groups.get(p.value_from) or "")
        return f"{what.lower()}: {fact}" if fact else ""
    if p.rule_id == "SELF013" and fact.isdigit():
        age = int(fact)
        if len(fact) == 4:
            return f"born in {fact}"
        if year:
            return f"age {age} in {year} (born {year - age - 1} or {year - age})"
        return f"age {age}"
    if p.rule_id == "SELF015":
        animal = _clean(groups.get("animal") or "pet").lower()
        return f"{animal} named {fact}" if fact else ""
    if p.rule_id in ("SELF012", "SELF014"):
        return fact.lower()
    if p.rule_id == "SELF010":
        words = fact.split()
        while len(words) > 1 and words[0].lower() in _NOT_PART_OF_JOB:
            words.pop(0)
        return " ".join(words)
    return fact


def rule_example(rule: Any, example: str) -> bool:
    """Matcher for the examples in heuristics/disclosure.toml."""
    from nymaudit.text.normalize import normalize

    # "profile bio: ..." is an account's profile record ("bio: ...", as the readers write it).
    profile = example.startswith(PROFILE_EXAMPLE)
    text, _ = normalize(example.removeprefix("profile "))
    return any(d.rule_id == rule.id for d in find(text, profile=profile))


PROFILE_EXAMPLE = "profile "
