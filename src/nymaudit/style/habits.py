"""Writing habits: punctuation, typography, emoji, capitalisation, hashtags,
misspellings, greetings and sign-offs, counted per 1000 words and set against a
typical rate from heuristics/style.toml (``[habits]``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from nymaudit.rules import load_file
from nymaudit.style.text import count_words, function_words

# Each habit: (kind, description for people, regex). Regexes are linear: no nested
# quantifiers, bounded repeats. Patterns start with their literal character and look
# behind from there ("’(?<=\w’)" rather than "(?<=\w)’"): the regex engine then jumps
# from one ’ to the next instead of trying every position.
HABITS: dict[str, tuple[str, str, re.Pattern[str]]] = {
    "double_space_after_sentence": (
        "typography", "two spaces after a full stop", re.compile(r"[.!?][\"'”’)]?  (?=[A-Z\"“(])")),
    "ellipsis_three_dots": ("punctuation", 'three dots "..."', re.compile(r"\.\.\.(?<!\.\.\.\.)(?!\.)")),
    "ellipsis_character": ("typography", 'the ellipsis character "…"', re.compile("…")),
    "curly_apostrophe": ("typography", "curly apostrophes (’), often set by a phone or word processor",
                         re.compile(r"’(?<=\w’)(?=\w)")),
    "straight_apostrophe": ("typography", "straight apostrophes (')", re.compile(r"'(?<=\w')(?=\w)")),
    "curly_double_quote": ("typography", "curly double quotes (“ ”)", re.compile("[“”]")),
    "straight_double_quote": ("typography", 'straight double quotes (")', re.compile('"')),
    "em_dash": ("punctuation", "em dashes (—)", re.compile("—")),
    "spaced_en_dash": ("punctuation", "spaced en dashes ( – )", re.compile(" – ")),
    # As a dash ("so -- there", "so--there", 'he said,--"'); "--seed" at the start of a
    # word is a command-line option, not a dash.
    "double_hyphen": ("punctuation", "double hyphens (--) as a dash",
                      re.compile(r"--(?<!---)(?!-)(?!(?<![^\s(]--)[A-Za-z])")),
    "spaced_hyphen": ("punctuation", "spaced hyphens ( - ) as a dash", re.compile(r" - (?<=\w - )(?=\w)")),
    "oxford_comma": ("punctuation", "the Oxford comma (a, b, and c)",
                     re.compile(r"\b\w+, \w+(?: \w+)?, (?:and|or) \w+")),
    "list_without_oxford_comma": ("punctuation", "lists without the Oxford comma (a, b and c)",
                                  re.compile(r"\b\w+, \w+(?: \w+)? (?:and|or) \w+")),
    "exclamation_mark": ("punctuation", "exclamation marks", re.compile(r"!")),
    "repeated_exclamation": ("punctuation", "repeated exclamation marks (!!)", re.compile(r"!{2,}")),
    "interrobang": ("punctuation", "?! or !? combinations", re.compile(r"\?!|!\?")),
    "emoji": ("emoji", "emoji",
              re.compile("[\U0001F300-\U0001FAFF\U00002600-\U000027BF\U0001F000-\U0001F2FF]")),
    "emoticon": ("emoji", "text emoticons like :) ;-) :D",
                 re.compile(r"(?<![\w:])(?:[:;=]-?[)(DPp/\\|]|<3|\^_\^|xD|XD)(?![\w)(])")),
    # A run of blank lines always matches, whole and once (group 1 empty unless a lower-case
    # letter follows): "\n\s*\n[a-z]" tried each newline of a run and let "\s*" eat the
    # rest, so 30,000 blank lines cost 6 s and 100,000 a minute (2026-11-29). Only matches
    # with group 1 are counted (see collect); the counts are those of the old pattern.
    "lowercase_sentence_start": ("capitalisation", "sentences starting in lower case",
                                 re.compile(r"(?:\A|\n(?:[^\S\n]*+\n)++|[.!?] +)(?:([a-z])|(?<=\n))")),
    "lowercase_i": ("capitalisation", 'a lower-case "i" as a pronoun', re.compile(r"i(?<![\w'’]i)(?= |'|’)")),
    "all_caps_word": ("capitalisation", "words in ALL CAPS for emphasis",
                      re.compile(r"\b[A-Z]{3,}\b")),
    "camelcase_hashtag": ("hashtag", "CamelCase hashtags (#LikeThis)",
                          re.compile(r"#(?<![\w#]#)[A-Z][a-z]+[A-Z]\w*")),
    "lowercase_hashtag": ("hashtag", "lower-case hashtags (#likethis)",
                          re.compile(r"#(?<![\w#]#)[a-z][a-z0-9_]*\b")),
    "semicolon": ("punctuation", "semicolons", re.compile(";")),
    "parenthesis": ("punctuation", "brackets (asides in parentheses)", re.compile(r"\(")),
}

# Habits that only mean something next to their alternative: reported as shares.
PAIRS = (
    ("curly_apostrophe", "straight_apostrophe"),
    ("curly_double_quote", "straight_double_quote"),
    ("ellipsis_character", "ellipsis_three_dots"),
    ("oxford_comma", "list_without_oxford_comma"),
)


@dataclass
class HabitProfile:
    words: int = 0
    counts: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=dict)
    misspellings: Counter = field(default_factory=Counter)
    greetings: Counter = field(default_factory=Counter)
    sign_offs: Counter = field(default_factory=Counter)
    # Sign-offs followed by a name or initial ("Cheers, J"): the most identifying form.
    sign_offs_named: Counter = field(default_factory=Counter)
    # The index of the first text showing each habit (twelfth session, 2026-11-30): a finding
    # is located at a post that shows it, not at the corpus's first post.
    first_text: dict[str, int] = field(default_factory=dict)

    def per_1000(self, name: str) -> float:
        return self.counts[name] * 1000.0 / self.words if self.words else 0.0


@cache
def typical_rates() -> dict[str, float]:
    return dict(load_file("style").get("habits", {}).get("typical_per_1000", {}))


@cache
def _misspelling_regex() -> re.Pattern[str]:
    words = load_file("style").get("habits", {}).get("misspellings", {}).get("words", [])
    if not words:
        return re.compile(r"(?!)")
    # Matched against lower-cased text: a case-insensitive alternation of a few hundred
    # words is four times slower on a 200,000-word corpus.
    lowered = {w.lower() for w in words}
    alternation = "|".join(re.escape(w) for w in sorted(lowered, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")


@cache
def _formulas() -> tuple[tuple[str, ...], tuple[str, ...]]:
    data = load_file("style").get("habits", {}).get("formulas", {})
    return tuple(data.get("greetings", ())), tuple(data.get("sign_offs", ()))


@cache
def emphasis_words() -> frozenset[str]:
    """Lower-case words whose ALL CAPS form is emphasis ("NEVER", "REALLY"): the English
    function words, the content words of the shipped rarity table found in at least
    ``min_reference_chunks`` of its reference chunks, and the modern words of
    ``[habits.all_caps] words`` that the novels lack. A word in capitals that is none
    of them (NHS, CBD, MTA, README, JSON) is an acronym or initialism, not emphasis."""
    from nymaudit.style.features import _shipped_vocabulary

    cfg = load_file("style").get("habits", {}).get("all_caps", {})
    floor = int(cfg.get("min_reference_chunks", 3))
    table = _shipped_vocabulary().df
    return frozenset({w for w, n in table.items() if n >= floor} | set(function_words())
                     | {w.lower() for w in cfg.get("words", [])})


def _remember(profile: HabitProfile, name: str, text: str) -> None:
    bucket = profile.examples.setdefault(name, [])
    # The same excerpt twice (a post made twice, a template) shows nothing new.
    if len(bucket) < 3 and text not in bucket:
        bucket.append(text)


def _excerpt(joined: str, start: int, end: int, first: int, last: int) -> str:
    """About 25 characters either side of a match, within [first, last), cut at
    word boundaries ("the GP b" was shown): a partial word at either end is left out
    when a space lies between it and the match."""
    low, high = max(start - 25, first), min(end + 25, last)
    if low > first and not joined[low - 1].isspace():
        space = next((k for k in range(low, start) if joined[k].isspace()), None)
        if space is not None:
            low = space + 1
    if high < last and not joined[high].isspace():
        space = next((k for k in range(high - 1, end - 1, -1) if joined[k].isspace()), None)
        if space is not None:
            high = space
    return joined[low:high].replace("\n", " ").strip()


# Texts are joined with a blank line and every habit pattern runs once over the
# whole: a hundred thousand posts are one regex pass each instead of a hundred
# thousand (with the literal-first patterns above: 9.8 -> 4.3-4.5 s on 100,000
# tweet-sized posts, identical counts and examples). No pattern matches across a
# blank line except at its far side, where "sentence starting in lower case" must
# match, as it did at the start of each text (tests check that the totals equal the
# sums over single texts). Texts are expected stripped, as clean_text leaves them: a
# later text that began with one newline and a lower-case letter would count as a
# lower-case sentence start here, and did not when scanned alone.
SEPARATOR = "\n\n"
MAX_EXAMPLE_TEXTS = 30


def collect(texts: list[str], case_free: Collection[int] = ()) -> HabitProfile:
    """Habit counts and examples of ``texts``. ``case_free``: indices of texts whose
    first letter's case is a platform's convention, not the writer's (git commit
    subjects are written in lower case by convention): their first letter is not
    counted as a sentence starting in lower case."""
    profile = HabitProfile()
    if not texts:
        return profile
    joined = SEPARATOR.join(texts)
    starts: list[int] = []
    position = 0
    for text in texts:
        starts.append(position)
        position += len(text) + len(SEPARATOR)
    profile.words = count_words(joined)  # the blank lines hold no word
    free = {starts[i] for i in case_free if 0 <= i < len(starts)}
    # Matches that are not the habit: acronyms in capitals, a convention's lower case.
    # (The word table is read on the first word in capitals, not for every text.)
    accept: dict[str, Callable[[re.Match[str]], bool]] = {
        "all_caps_word": lambda m: m.group(0).lower() in emphasis_words(),
        "lowercase_sentence_start": lambda m: m.group(1) is not None,
    }
    if free:
        accept["lowercase_sentence_start"] = lambda m: m.group(1) is not None and m.end() - 1 not in free
    for name, (_kind, _desc, regex) in HABITS.items():
        found = 0
        last_text = -1
        looked = 0  # texts looked at for an example
        keep = accept.get(name)
        for m in regex.finditer(joined):
            if keep is not None and not keep(m):
                continue
            found += 1
            # One example from each of the first texts that show the habit. The text is
            # the one holding the match's last character: a sentence starting in lower
            # case matches from the blank line before it.
            index = bisect_right(starts, m.end() - 1) - 1
            profile.first_text.setdefault(name, index)
            if index != last_text:
                last_text = index
                looked += 1
                _remember(profile, name, _excerpt(joined, m.start(), m.end(), starts[index],
                                                  starts[index] + len(texts[index])))
                # Three examples, or MAX_EXAMPLE_TEXTS texts looked at: posts made many
                # times over give the same excerpt, and looking further is slow (Python).
                if len(profile.examples[name]) >= 3 or looked >= MAX_EXAMPLE_TEXTS:
                    # The rest only counted, in C: finditer would go on from m.end() too.
                    if keep is None:
                        found += len(regex.findall(joined, m.end()))
                    elif name == "all_caps_word":
                        # Counted by distinct word (Counter counts in C): a match object
                        # per word in capitals made collect() half as slow again.
                        caps = Counter(regex.findall(joined, m.end()))
                        table = emphasis_words()
                        found += sum(n for w, n in caps.items() if w.lower() in table)
                    elif name == "lowercase_sentence_start" and not free:
                        # findall gives group 1: "" for a run of blank lines not counted.
                        rest = regex.findall(joined, m.end())
                        found += len(rest) - rest.count("")
                    else:
                        found += sum(1 for r in regex.finditer(joined, m.end()) if keep(r))
                    break
        profile.counts[name] += found
    for m in _misspelling_regex().finditer(joined.lower()):
        profile.misspellings[m.group(0)] += 1
    if profile.misspellings:
        word = profile.misspellings.most_common(1)[0][0]
        # The word alone, as counted: "wich" is in "sandwich" (rev12d, twelfth session).
        alone = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
        found = next((i for i, text in enumerate(texts) if alone.search(text.lower())), None)
        if found is not None:
            profile.first_text["misspelling"] = found
    greetings, sign_offs = _formulas()
    for index, text in enumerate(texts):
        first = text.lstrip()[:40].lower()
        for g in greetings:
            if first.startswith(g) and (len(first) == len(g) or not first[len(g)].isalpha()):
                profile.greetings[g] += 1
                profile.first_text.setdefault("greeting", index)
                break
        closing = sign_off(text, sign_offs)
        if closing is not None:
            profile.first_text.setdefault("sign_off", index)
            formula, named, shown = closing
            profile.sign_offs[formula] += 1
            if named:
                profile.sign_offs_named[formula] += 1
            _remember(profile, "sign_off", shown)
    profile.counts["misspelling"] = sum(profile.misspellings.values())
    profile.counts["greeting"] = sum(profile.greetings.values())
    profile.counts["sign_off"] = sum(profile.sign_offs.values())
    return profile


# A name or initial after a sign-off: one or two capitalised words ("J", "Jo", "J.B.",
# "Jo Bloggs"), perhaps with kisses ("Jo x").
_NAME_TAIL = re.compile(r"[A-Z][\w.'’-]{0,19}(?: [A-Z][\w.'’-]{0,19})?(?: ?x{1,3})?")
# A signature line: a dash and a name ("-- J", "—Jo"); a single hyphen only without a
# space, since "- Apples" is a list item.
_DASH_SIGNATURE = re.compile(r"(?:(?:--|—|–) ?|-(?=\S))(" + _NAME_TAIL.pattern + ")")
_AFTER_FORMULA = " ,!.:;~-–—"
SIGNATURE = "--"


def _formula_line(line: str, formulas: tuple[str, ...]) -> tuple[str, str] | None:
    """(formula, what follows it on the line, punctuation stripped) when ``line`` opens
    with a sign-off formula; None otherwise. A formula listed with its punctuation
    ("best,", "thanks!") needs it; a bare word after the formula is kept as before
    ("cheers mate" is a sign-off)."""
    lower = line.lower()
    for s in formulas:
        base = s.rstrip(",!")
        if not lower.startswith(base):
            continue
        rest = line[len(base):]
        if rest and (rest[0].isalnum() or rest[0] in "'’"):
            continue  # "cheersful", "best'"
        if base != s and not rest.startswith(s[len(base):]):
            continue  # "best," needs its comma
        return s, rest.lstrip(_AFTER_FORMULA).strip()
    return None


def sign_off(text: str, formulas: tuple[str, ...]) -> tuple[str, bool, str] | None:
    """(formula, followed by a name or initial, the closing as written) of the sign-off
    closing a post: on its last line ("Cheers", "Cheers!", "Cheers, J"), on the line
    before a name ("Best wishes,\nJo"), or a dash and a name ("-- J", formula "--")."""
    lines = [ln.strip() for ln in text.rstrip()[-200:].splitlines() if ln.strip()]
    if not lines:
        return None
    last = lines[-1]
    found = _formula_line(last, formulas)
    if found is not None:
        formula, rest = found
        return formula, bool(rest) and _NAME_TAIL.fullmatch(rest) is not None, last
    if len(last) <= 30 and len(lines) >= 2 and _NAME_TAIL.fullmatch(last):
        before = _formula_line(lines[-2], formulas)
        if before is not None and not before[1]:
            return before[0], True, f"{lines[-2]} / {last}"
    if len(last) <= 30 and _DASH_SIGNATURE.fullmatch(last):
        return SIGNATURE, True, last
    return None


_OTHER_HABITS = {
    "misspelling": ("misspelling", "recurring misspellings"),
    "greeting": ("formula", "a greeting formula opening posts"),
    "sign_off": ("formula", "a sign-off formula closing posts"),
}


def describe(name: str) -> tuple[str, str]:
    """(kind, description) of a habit name."""
    if name in HABITS:
        return HABITS[name][0], HABITS[name][1]
    return _OTHER_HABITS.get(name, ("habit", name))


def descriptions() -> frozenset[str]:
    """Every habit's description: the tool's own words, the same for every writer
    (``--redact`` masks them as a clue but does not hunt their words in messages)."""
    return frozenset([entry[1] for entry in HABITS.values()] + [d for _, d in _OTHER_HABITS.values()])


def distinctive(profile: HabitProfile, limit: int = 8, min_count: int = 3) -> list[dict[str, Any]]:
    """Habits used well above their typical rate (or the marked side of a pair),
    most distinctive first."""
    typical = typical_rates()
    out = []
    for name, count in profile.counts.items():
        if count < min_count or not profile.words:
            continue
        rate = profile.per_1000(name)
        base = typical.get(name)
        if not base:
            continue
        ratio = rate / base
        if ratio < 2.0:
            continue
        kind, desc = describe(name)
        item = {
            "feature": name, "kind": kind, "description": desc, "count": count,
            "per_1000": round(rate, 2), "typical_per_1000": base, "ratio": round(ratio, 1),
            "examples": profile.examples.get(name, [])[:2],
        }
        if name == "misspelling":
            item["examples"] = [w for w, _ in profile.misspellings.most_common(3)]
        elif name == "greeting":
            item["examples"] = [w for w, _ in profile.greetings.most_common(3)]
        elif name == "sign_off":
            # The closings as written ("Cheers, J"): user text, masked under --redact.
            item["examples"] = profile.examples.get("sign_off", [])[:3] or [
                w for w, _ in profile.sign_offs.most_common(3)]
            item["formulas"] = [w for w, _ in profile.sign_offs.most_common(3)]
            item["named"] = sum(profile.sign_offs_named.values())
        out.append(item)
    out.sort(key=lambda h: (-h["ratio"], h["feature"]))
    return out[:limit]


def shares(profile: HabitProfile) -> dict[str, float | None]:
    """For each pair (curly vs straight ...), the share of the first form."""
    out: dict[str, float | None] = {}
    for a, b in PAIRS:
        total = profile.counts[a] + profile.counts[b]
        out[f"{a}_share"] = round(profile.counts[a] / total, 3) if total >= 5 else None
    return out


MAX_PHRASE_TEXTS = 20_000
PHRASE_WORDS = 3


# A phrase is said without a break: punctuation between words (a comma, a full stop, a
# bracket, a dash, a line break) ends one. "East River, 5 miles" gave "east river miles"
# (the digits are no word) until 2026-11-29. Apostrophes stay inside words, and so do
# letters of any script (since 2026-11-29, seventh session: "así que me" was 'as que me',
# "mañana" 'ana', "café" 'caf'). One pass per text: the words and the breaks, each break
# a token "|".
_PHRASE_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*|[.,;:!?()\[\]{}\"“”«»…—–/|*\n\d]+|\s-+\s")


def phrase_counts(texts: list[str], joined: list[str] | None = None) -> tuple[Counter, Counter]:
    """Word 3-grams holding at least one non-function word, never across punctuation
    or a number: (occurrences, texts that hold them). Limited to the first
    MAX_PHRASE_TEXTS texts. ``joined``: filled with each text as " token token | token "
    (every break "|"), for growing a phrase into its run (recurring_phrases)."""
    from nymaudit.style.text import normalise_apostrophes

    fw = function_words()
    occurrences: Counter = Counter()
    in_texts: Counter = Counter()
    for text in texts[:MAX_PHRASE_TEXTS]:
        lower = text.lower()
        if not lower.isascii():  # "cafe" + a combining accent is one word, as "café" is
            lower = unicodedata.normalize("NFC", lower)
        tokens = _PHRASE_TOKEN.findall(normalise_apostrophes(lower))
        # A break is any token not starting with a letter: it belongs to no 3-gram.
        content = [t not in fw for t in tokens]  # looked up once per token, not per 3-gram
        word = [t[0].isalpha() for t in tokens]
        grams = [" ".join(tokens[i : i + PHRASE_WORDS]) for i in range(len(tokens) - PHRASE_WORDS + 1)
                 if all(word[i : i + PHRASE_WORDS]) and any(content[i : i + PHRASE_WORDS])]
        occurrences.update(grams)
        in_texts.update(set(grams))
        if joined is not None:
            joined.append(" " + " ".join([t if w else "|" for t, w in zip(tokens, word, strict=True)]) + " ")
    return occurrences, in_texts


def stock_phrases() -> tuple[str, ...]:
    """Greeting and condolence formulas never offered as a tic (heuristics/style.toml)."""
    from nymaudit.rules import load_file

    return tuple(str(p).lower() for p in load_file("style").get("stock_phrases", {}).get("phrases", []))


def recurring_phrases(texts: list[str], min_texts: int = 3, limit: int = 8,
                      min_posts: int = 10) -> list[dict[str, Any]]:
    """Phrases the writer repeats across separate posts (verbal tics, catchphrases).
    Needs ``min_posts`` posts: within a few long texts repetition says little."""
    if len(texts) < min_posts:
        return []
    joined: list[str] = []
    _occ, in_texts = phrase_counts(texts, joined)
    floor = max(min_texts, int(0.02 * min(len(texts), MAX_PHRASE_TEXTS)))
    found = [(n, phrase) for phrase, n in in_texts.items() if n >= floor]
    found.sort(key=lambda item: (-item[0], item[1]))
    out: list[dict[str, Any]] = []
    seeds: list[str] = []
    runs: list[str] = []  # each reported phrase's whole run (the phrase may be shortened)
    stock = stock_phrases()
    for n, phrase in found:
        # skip a phrase that only overlaps one already reported ("at the end", "the end of")
        if any(_overlaps(phrase, seed) for seed in seeds):
            continue
        if any(f" {phrase} " in f" {s} " for s in stock):
            continue  # a fragment of a set formula ("a lovely day")
        # A fragment of a longer run already reported, in about the same posts, is that run
        # (2026-11-29, tenth session: one sentence repeated in 19 posts gave three findings,
        # 'discovered emoji reactions', 'is no going', 'lead has discovered').
        if any(f" {phrase} " in f" {run} " and n <= RUN_SAME_POSTS * o["posts"]
               for run, o in zip(runs, out, strict=True)):
            continue
        run, posts = _longest_run(phrase, joined, floor)
        seeds.append(phrase)
        # A set formula everyone writes (heuristics/style.toml [stock_phrases]): the run is the
        # formula, or the formula and at most two words more ("have a lovely day x"). A sign-off
        # that only opens with one ("thanks so much for reading my ramblings from the fens") is
        # the writer's own and stays (review rev12f 6).
        if any(f" {run} " in f" {s} " or (f" {s} " in f" {run} " and len(run.split()) - len(s.split()) <= 2)
               for s in stock):
            continue
        # A phrase whose own words are a name ("at Roundhay School", "Leeds City Council") is a
        # place or an organisation the writer keeps naming: its rule reports the leak (the school,
        # the employer), and "vary the phrase" would be the wrong advice (walk16 8, rpt16b).
        if _is_a_name(run, texts):
            continue
        runs.append(run)
        words = run.split()
        shown = run if len(words) <= SHOWN_RUN_WORDS else " ".join(words[:SHOWN_RUN_WORDS]) + " …"
        out.append({"phrase": shown, "posts": posts})
        if len(out) >= limit:
            break
    return out


# A fragment in up to this many times the posts of a run that holds it is part of that run.
RUN_SAME_POSTS = 1.25
# A run grows while this share of the posts holding its phrase hold the longer run too.
RUN_KEEP_SHARE = 0.8
MAX_RUN_WORDS = 40
SHOWN_RUN_WORDS = 15


def _longest_run(phrase: str, joined: list[str], floor: int) -> tuple[str, int]:
    """The phrase grown word by word, left and right, while most of the posts holding it
    hold the longer run (never across punctuation or a number, at most MAX_RUN_WORDS
    words): a sentence repeated whole is reported once, as itself. ``joined``: each post
    as " token token | token "."""
    holding = [s for s in joined if f" {phrase} " in s]
    need = max(floor, math.ceil(RUN_KEEP_SHARE * len(holding)))
    run, posts = phrase, len(holding)
    while len(run.split()) < MAX_RUN_WORDS:
        grown = False
        for right in (True, False):
            nexts: Counter = Counter()
            for s in holding:
                at = s.find(f" {run} ")
                token = (s[at + len(run) + 2:].split(" ", 1)[0] if right
                         else s[:at].rsplit(" ", 1)[-1]) if at >= 0 else ""
                if token and token[0].isalpha():
                    nexts[token] += 1
            if not nexts:
                continue
            token = nexts.most_common(1)[0][0]
            longer = f"{run} {token}" if right else f"{token} {run}"
            count = sum(1 for s in holding if f" {longer} " in s)
            if count >= need and len(longer.split()) <= MAX_RUN_WORDS:
                run, posts, grown = longer, count, True
        if not grown:
            break
    return run, posts


# A run is a name when its words other than function words are capitalised, where not the first
# word of a sentence, in at least this share of its uses (and it has such a word to judge by).
NAME_CAPITALISED_SHARE = 0.8
_SENTENCE_START = re.compile(r"[.!?…:\n\"“(]\s*$")


def _is_a_name(run: str, texts: list[str]) -> bool:
    """Whether a recurring run is a proper name with at most function words around it ("at
    roundhay school" written "at Roundhay School"): every other word capitalised wherever it
    does not open a sentence, in NAME_CAPITALISED_SHARE of the run's uses. A catchphrase that
    holds a name ("happy friday everyone") has a lower-case word and stays a tic."""
    fw = function_words()
    words = run.split()
    if len(words) > 8 or not any(w not in fw for w in words):
        return False
    pattern = re.compile(r"(?<![\w'’])" + r"\s+".join(re.escape(w).replace("'", "['’]") for w in words)
                         + r"(?![\w'’])", re.IGNORECASE)
    uses = named = 0
    for text in texts[:MAX_PHRASE_TEXTS]:
        for found in pattern.finditer(text):
            uses += 1
            judged = 0
            name = True
            for index, token in enumerate(found.group(0).split()):
                if words[index] in fw:
                    continue
                if index == 0 and (found.start() == 0
                                   or _SENTENCE_START.search(text[max(0, found.start() - 3):found.start()])):
                    continue  # capitalised at a sentence's start whatever it is
                judged += 1
                if not token[:1].isupper():
                    name = False
                    break
            named += bool(name and judged)
            if uses >= 200:
                break
        if uses >= 200:
            break
    return uses > 0 and named >= NAME_CAPITALISED_SHARE * uses


def first_text_with_phrase(texts: list[str], phrase: str) -> int | None:
    """The index of the first text holding ``phrase`` as ``recurring_phrases`` reports it (its
    words as ``phrase_counts`` reads them; a shown run cut with " …" by its start), or None."""
    words = phrase.removesuffix(" …").strip()
    if not words:
        return None
    for index in range(min(len(texts), MAX_PHRASE_TEXTS)):
        joined: list[str] = []
        phrase_counts([texts[index]], joined)
        if f" {words} " in joined[0]:
            return index
    return None


def _overlaps(a: str, b: str) -> bool:
    wa, wb = a.split(), b.split()
    return wa[1:] == wb[:-1] or wb[1:] == wa[:-1]


# --- rule example matchers -----------------------------------------------------------


def phrase_rule_example(rule: Any, example: str) -> bool:
    """Posts separated by ' | ': a phrase recurs in at least three of them."""
    posts = [p for p in example.split(" | ") if p.strip()]
    return bool(recurring_phrases(posts, min_texts=3, min_posts=0))

def habit_rule_example(rule: Any, example: str) -> bool:
    """An example matches when one of the rule's habits is counted in it (an acronym
    in capitals is not emphasis)."""
    names = [n for n in rule.data.get("habits", []) if n in HABITS]
    profile = collect([example])
    return any(profile.counts[n] for n in names)


def misspelling_rule_example(rule: Any, example: str) -> bool:
    return _misspelling_regex().search(example.lower()) is not None


def formula_rule_example(rule: Any, example: str) -> bool:
    profile = collect([example])
    return bool(profile.greetings or profile.sign_offs)
