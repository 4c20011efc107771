"""Dialect and locale: spelling families, regional vocabulary, date and time
conventions, currency and units, each counted, then a vote over locales.

Word lists live in heuristics/style.toml (``[dialect]``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from nymaudit.rules import load_file

LOCALE_NAMES = {
    "GB": "United Kingdom", "GB-SCT": "Scotland", "IE": "Ireland", "US": "United States",
    "CA": "Canada", "AU": "Australia", "NZ": "New Zealand", "IN": "India", "ZA": "South Africa",
    "NG": "Nigeria", "KE": "Kenya",
}

_WORD = re.compile(r"[a-zà-ÿā-ž]+(?:['’][a-z]+)*")
_ANY_DIGIT = re.compile(r"\d")  # the same \d (any script) as the patterns below
_NUM_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/-]|\.\d)")
# A date without its year ("closes on 25/04", "open through 4/30") counts only after a
# word that introduces a date: bare d/d is as often a fraction, a score or 24/7.
_SHORT_DATE = re.compile(
    r"(?i)\b(?:on|by|until|till|til|through|thru|from|before|after|due|since|deadline:?|"
    r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?,?)\s+"
    r"(\d{1,2})/(\d{1,2})(?![\d/])"
)
# "won by 21/7", "beaten by 27/3": after a result word, "by" introduces a score,
# not a date ("ended on 25/04" and "finished by 30/11" are dates).
_SCORE_BEFORE = re.compile(
    r"(?i)\b(?:won|win|wins|winning|lost|lose|loses|losing|beat|beaten|beating|"
    r"trailing|trailed|leading)\s*$"
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec"
)
_DAY_MONTH = re.compile(rf"(?i)\b(\d{{1,2}})(?:st|nd|rd|th)?(?: of)? ({_MONTHS})\b\.?(?:,? \d{{4}})?")
_MONTH_DAY = re.compile(rf"(?i)\b({_MONTHS})\.? (\d{{1,2}})(?:st|nd|rd|th)?\b(?!:)")
_TIME_AMPM = re.compile(r"(?i)\b(1[0-2]|0?[1-9])(?:[:.][0-5]\d)? ?([ap])\.?m\b\.?")
_TIME_24 = re.compile(r"(?<![\d:.])(1[3-9]|2[0-3]|0\d):([0-5]\d)(?![\d:]| ?[ap]\.?m\b)")
_MULTIPLIER = r"(?:\s?(?:k|m|bn|thousand|million|billion))?"
_UNITS = {
    "miles": (re.compile(r"(?i)\b\d+(?:\.\d+)? ?(?:miles?|mph)\b"), ["US", "GB", "GB-SCT"]),
    "kilometres": (re.compile(r"(?i)\b\d+(?:\.\d+)? ?(?:km|kms|kilomet(?:re|er)s?|km/h|kph)\b"),
                   ["CA", "AU", "NZ", "IN", "ZA", "IE", "NG", "KE"]),
    "fahrenheit": (re.compile(r"\b\d+ ?°? ?F\b|(?i:\bdegrees fahrenheit\b)"), ["US"]),
    "celsius": (re.compile(r"\b\d+ ?° ?C\b|(?i:\bdegrees (?:c|celsius)\b)"),
                ["GB", "GB-SCT", "IE", "CA", "AU", "NZ", "IN", "ZA", "NG", "KE"]),
    "stone (body weight)": (re.compile(r"(?i)\b\d+ ?(?:stone|st) \d+ ?(?:lb|lbs|pounds)\b|\b\d+ stone\b"),
                            ["GB", "GB-SCT", "IE"]),
    "pounds (weight)": (re.compile(r"(?i)\b\d+ ?(?:lbs?|pounds)\b(?! sterling)"), ["US"]),
}


@dataclass
class LocaleEvidence:
    """Counted evidence: (family or kind, variant) -> count, with examples."""

    spelling: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    vocabulary: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    dates: Counter = field(default_factory=Counter)  # day_first, month_first (+ "written")
    times: Counter = field(default_factory=Counter)  # 24_hour, am_pm
    currency: Counter = field(default_factory=Counter)
    units: Counter = field(default_factory=Counter)
    examples: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Distinct marked words and the texts holding one, per variety (2026-11-29, tenth
    # session): "plough" five times is one word, not five pieces of evidence.
    spelling_words: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    spelling_texts: Counter = field(default_factory=Counter)
    # The index of the first text holding each kind of evidence (keys as ``examples``), and
    # the text being read (twelfth session, 2026-11-30): a finding is located at a post that
    # holds its evidence, not at the corpus's first post ("car park" was located in a draft
    # without it).
    first_text: dict[str, int] = field(default_factory=dict)
    reading: int = 0

    def add_example(self, key: str, text: str) -> None:
        self.first_text.setdefault(key, self.reading)
        bucket = self.examples[key]
        if len(bucket) < 3 and text not in bucket:
            bucket.append(text)


@dataclass(frozen=True)
class _SpellingIndex:
    exact: dict[str, tuple[str, str]]  # word -> (family, variety)
    stems: dict[str, tuple[str, str]]
    exclude: tuple[str, ...]
    stem_lengths: tuple[int, ...]


@cache
def _spelling_index() -> _SpellingIndex:
    data = load_file("style").get("dialect", {})
    exact: dict[str, tuple[str, str]] = {}
    stems: dict[str, tuple[str, str]] = {}
    exclude: list[str] = []
    for fam in data.get("spelling", []):
        target = exact if fam.get("exact") else stems
        for variety in ("british", "american"):
            for word in fam.get(variety, []):
                target[word] = (fam["family"], variety)
        exclude.extend(fam.get("exclude", []))
    lengths = tuple(sorted({len(s) for s in stems}, reverse=True))
    return _SpellingIndex(exact, stems, tuple(exclude), lengths)


@cache
def _family_locales() -> dict[str, dict[str, list[str]]]:
    data = load_file("style").get("dialect", {})
    return {
        fam["family"]: {
            "british": fam.get("british_locales", []),
            "american": fam.get("american_locales", []),
        }
        for fam in data.get("spelling", [])
    }


def _joint(text: str) -> str:
    """A vocabulary item or a match as a lookup key: a hyphen is a space ("cousin-brother"
    is "cousin brother", "co brother" is "co-brother")."""
    return text.replace("-", " ")


@cache
def _vocabulary_regex() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """The vocabulary pattern; for each word, the locales that use it as one key: "GB",
    or "US+AU" for a word of [dialect.shared_vocabulary] (see ``locale_group``); and for
    each form the pattern matches (``_joint``), the listed word it counts as. Inflected
    forms come from [dialect.forms] ("preponed" is "prepone"); a space and a hyphen
    inside an item match each other. Until 2026-11-29 (seventh session) only the form
    as listed was counted: an Indian draft's "preponed" and "cousin-brother" were missed."""
    data = load_file("style").get("dialect", {})
    owner: dict[str, str] = {}
    for word, locales in data.get("shared_vocabulary", {}).items():
        owner[word.lower()] = "+".join(locales)
    for locale, items in data.get("vocabulary", {}).items():
        for item in items:
            owner.setdefault(item.lower(), locale)
    canonical: dict[str, str] = {_joint(word): word for word in owner}
    for word, forms in data.get("forms", {}).items():
        if word.lower() in owner:
            for form in forms:
                canonical.setdefault(_joint(form.lower()), word.lower())
    # re.escape writes a space as "\ " and a hyphen as "\-": either becomes "[ -]".
    alternation = "|".join(re.escape(w).replace("\\ ", "[ -]").replace("\\-", "[ -]")
                           for w in sorted(canonical, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w&-])(?:{alternation})(?![\w&-])") if owner else re.compile(r"(?!)")
    return pattern, owner, canonical


@cache
def _not_followed_by() -> dict[str, re.Pattern[str]]:
    """Vocabulary item -> the words after it that make it another sense
    ([dialect.not_followed_by], since 2026-11-29: "on seat 14C" is not Nigerian "on seat")."""
    data = load_file("style").get("dialect", {}).get("not_followed_by", {})
    return {word.lower(): re.compile(rx, re.I) for word, rx in data.items()}


def locale_group(key: str) -> list[str]:
    """The locales of a vocabulary key ("US+AU" -> ["US", "AU"])."""
    return key.split("+")


def group_name(key: str) -> str:
    """A vocabulary key in words: "United Kingdom", "United States or Australia"."""
    names = [LOCALE_NAMES.get(loc, loc) for loc in locale_group(key)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


def spelling_variant(word: str) -> tuple[str, str] | None:
    """(family, 'british'|'american') for a word, or None."""
    index = _spelling_index()
    word = word.lower()
    hit = index.exact.get(word)
    if hit:
        return hit
    if word.startswith(index.exclude):
        return None
    for length in index.stem_lengths:
        if len(word) >= length:
            hit = index.stems.get(word[:length])
            if hit:
                return hit
    return None


def collect(texts: list[str]) -> LocaleEvidence:
    ev = LocaleEvidence()
    vocab_re, owner, canonical = _vocabulary_regex()
    not_followed = _not_followed_by()
    seen: dict[str, tuple[str, str] | None] = {}  # each distinct word is looked up once
    for index, text in enumerate(texts):
        ev.reading = index
        lower = text.lower()
        # Distinct words in order of first use: the same counts and examples as word by word.
        varieties: set[str] = set()
        for word, count in Counter(_WORD.findall(lower)).items():
            hit = seen[word] if word in seen else seen.setdefault(word, spelling_variant(word))
            if hit:
                family, variety = hit
                ev.spelling[family][variety] += count
                ev.add_example(f"{family}:{variety}", word)
                ev.spelling_words[variety].add(word)
                varieties.add(variety)
        ev.spelling_texts.update(varieties)
        for m in vocab_re.finditer(lower):
            word = canonical[_joint(m.group(0))]
            unless = not_followed.get(word)
            if unless is not None and unless.match(lower, m.end()):
                continue  # "on seat 14C", "japa mala": not the variety's word
            locale = owner[word]
            ev.vocabulary[locale][word] += 1
            ev.add_example(f"vocabulary:{locale}", word)
        # Dates, times, amounts and measures all need a digit (two unit patterns also take
        # "degrees ..."): a text without one is not scanned for them, which is most prose.
        has_digit = _ANY_DIGIT.search(text) is not None
        if has_digit:
            _collect_dates(text, ev)
            for m in _TIME_AMPM.finditer(text):
                ev.times["am_pm"] += 1
                ev.add_example("time:am_pm", m.group(0))
            for m in _TIME_24.finditer(text):
                ev.times["24_hour"] += 1
                ev.add_example("time:24_hour", m.group(0))
            for code, shown in find_currency(text):
                ev.currency[code] += 1
                ev.add_example(f"currency:{code}", shown)
        for unit, (regex, _locales) in _UNITS.items():
            if not has_digit and not ("degree" in lower and "degrees" in regex.pattern):
                continue
            for m in regex.finditer(text):
                ev.units[unit] += 1
                ev.add_example(f"unit:{unit}", m.group(0))
    return ev


def _count_numeric_date(ev: LocaleEvidence, first: int, second: int, shown: str,
                        count_ambiguous: bool) -> None:
    """Day-first or month-first when one number is over 12 (the day)."""
    if not (1 <= first <= 31 and 1 <= second <= 31):
        return
    if first > 12 and second <= 12:
        ev.dates["day_first"] += 1
        ev.add_example("date:day_first", shown)
    elif second > 12 and first <= 12:
        ev.dates["month_first"] += 1
        ev.add_example("date:month_first", shown)
    elif count_ambiguous:
        ev.dates["ambiguous"] += 1


def _collect_dates(text: str, ev: LocaleEvidence) -> None:
    for m in _NUM_DATE.finditer(text):
        _count_numeric_date(ev, int(m.group(1)), int(m.group(3)), m.group(0), count_ambiguous=True)
    for m in _SHORT_DATE.finditer(text):
        first, second = int(m.group(1)), int(m.group(2))
        if (first, second) == (24, 7):  # "24/7" is round the clock, not 24 July
            continue
        if m.group(0)[:2].lower() == "by" and _SCORE_BEFORE.search(text, max(0, m.start() - 40),
                                                                   m.start()):
            continue
        _count_numeric_date(ev, first, second, m.group(0), count_ambiguous=False)
    for m in _DAY_MONTH.finditer(text):
        if 1 <= int(m.group(1)) <= 31:
            ev.dates["day_first_written"] += 1
            ev.add_example("date:day_first_written", m.group(0))
    for m in _MONTH_DAY.finditer(text):
        if 1 <= int(m.group(2)) <= 31 and m.group(1).lower() != "may":
            ev.dates["month_first_written"] += 1
            ev.add_example("date:month_first_written", m.group(0))


@dataclass(frozen=True)
class _CurrencyTable:
    before: re.Pattern[str]  # a symbol or code that ends where an amount starts
    after: re.Pattern[str]  # a word or code right after an amount
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    before_any_case: re.Pattern[str]
    sign_ends: frozenset[str]
    symbol_code: dict[str, str]  # symbol (lower case) or word (lower case) -> code
    iso_code: dict[str, str]  # ISO code as written (capitals) -> code
    locales: dict[str, list[str]]


@cache
def _currency_table() -> _CurrencyTable:
    """[[dialect.currency]] as two small patterns tried only around amounts. One pattern
    with every form as a branch (a lookbehind first, so no fast skip to candidate
    characters) made the locale evidence of 30,000 posts 2.8x slower (0.50 -> 1.38 s)."""
    entries = load_file("style").get("dialect", {}).get("currency", [])
    symbol_code: dict[str, str] = {}
    iso_code: dict[str, str] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    for cur in entries:
        for sym in cur.get("symbols", []):
            symbol_code[sym.lower()] = cur["code"]
        for word in cur.get("words", []):
            symbol_code[" ".join(word.lower().split())] = cur["code"]
        for iso in cur.get("codes", []):
            iso_code[iso] = cur["code"]
        patterns += [(re.compile(rx), cur["code"]) for rx in cur.get("patterns", [])]
    words = {" ".join(w.lower().split()) for cur in entries for w in cur.get("words", [])}
    symbols = {sym for cur in entries for sym in cur.get("symbols", [])}

    def alternation(items: set[str]) -> str:
        return "|".join(re.escape(x).replace("\\ ", r"\s+") for x in sorted(items, key=len, reverse=True))

    alpha = {x for x in symbols if x[:1].isalpha()}
    other = symbols - alpha
    before = []
    if alpha:
        # Letter symbols in their written case only ("KSh 500", "Rs. 50"): "TSH 4.5" is a
        # thyroid test, "ksh 93" a shell, "RS 3" an Audi (2026-11-29, eighth session).
        before.append(rf"(?<![A-Za-z])(?:{alternation(alpha)})")
    if iso_code:
        before.append(rf"(?<![A-Za-z])(?:{alternation(set(iso_code))})")
    if other:
        before.append(f"(?:{alternation(other)})")
    after = []
    if words:
        after.append(f"(?i:{alternation(words)})")
    if iso_code:
        after.append(f"(?:{alternation(set(iso_code))})")
    # The last character of every sign that can stand before an amount: an amount with
    # none of them just before it (most numbers) is not searched for a sign.
    ends = frozenset(x[-1] for x in symbols | set(iso_code)) | frozenset(
        c for x in alpha for c in (x[-1].lower(), x[-1].upper()))
    return _CurrencyTable(
        before=re.compile(rf"(?:{'|'.join(before) or '(?!)'})\s?\Z"),
        # In any case ("KSH 30,000", "rs 1,500") only before an amount grouped in thousands.
        before_any_case=re.compile(rf"(?<![A-Za-z])(?i:{alternation(alpha) if alpha else '(?!)'})\s?\Z"),
        sign_ends=ends,
        after=re.compile(rf"{_MULTIPLIER}\s?(?P<w>{'|'.join(after) or '(?!)'})\b"),
        patterns=tuple(patterns), symbol_code=symbol_code, iso_code=iso_code,
        locales={cur["code"]: list(cur.get("locales", [])) for cur in entries},
    )


# An amount: a run of digits with separators, not inside a longer number.
_AMOUNT_RE = re.compile(r"\d(?<![\d.,]\d)(?:[\d,.]*\d)?")
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def find_currency(text: str) -> list[tuple[str, str]]:
    """(code, the amount as written) for each amount in a currency of [[dialect.currency]]:
    a symbol or code before the amount ("₦1,200", "KSh 30,000"), a word or code after
    it ("500 naira", "5,000 KES"), or one of the currency's own patterns ("N1,200")."""
    table = _currency_table()
    out: list[tuple[str, str]] = []
    ends = table.sign_ends
    for m in _AMOUNT_RE.finditer(text):
        start, end = m.span()
        # A sign ends right before the amount or one space before it: most amounts have
        # neither, and are not searched (halves the time on number-dense text).
        prev = text[start - 1] if start else ""
        if prev.isspace() and start > 1:
            prev = text[start - 2]
        sign = table.before.search(text, max(0, start - 12), start) if prev in ends and prev else None
        if sign is None and prev in ends and prev and _GROUPED.fullmatch(m.group(0)):
            sign = table.before_any_case.search(text, max(0, start - 12), start)
        if sign is not None:
            token = sign.group(0).strip()
            code = table.iso_code.get(token) or table.symbol_code.get(token.lower())
            if code:
                out.append((code, text[sign.start():end].strip()))
                continue
        if start and text[start - 1].isalpha():
            continue  # "A4 paper", "mp3"
        nxt = text[end + 1:end + 2] if text[end:end + 1].isspace() else text[end:end + 1]
        if not nxt.isalpha():
            continue  # a word, code or multiplier starts with a letter, after one space at most
        word = table.after.match(text, end)
        if word is not None:
            token = word.group("w")
            code = table.iso_code.get(token) or table.symbol_code.get(" ".join(token.lower().split()))
            if code:
                out.append((code, text[start:word.end()]))
    for regex, code in table.patterns:
        out += [(code, m.group(0)) for m in regex.finditer(text)]
    return out


def _weight(count: int) -> float:
    """Diminishing returns: the 50th 'colour' adds less than the second."""
    import math

    return math.log1p(count)


@cache
def _regions() -> dict[str, str]:
    """Region -> the country it is part of ([dialect.regions]: GB-SCT -> GB)."""
    return dict(load_file("style").get("dialect", {}).get("regions", {}))


def _evidence_items(ev: LocaleEvidence) -> list[dict[str, Any]]:
    """Each piece of evidence: what it is, how often, which locales it fits, its weight."""
    data = load_file("style").get("dialect", {})
    weights = data.get("weights", {})
    items: list[dict[str, Any]] = []

    def add(locales: list[str], count: int, kind: str, feature: str, label: str, w: float,
            keys: tuple[str, ...] = ()) -> None:
        # keys: the ``examples`` keys of the evidence (where it was first seen: first_text).
        if count > 0 and locales:
            items.append({"locales": set(locales), "count": count, "kind": kind, "feature": feature,
                          "label": label, "weight": w * _weight(count), "keys": keys})

    fam_loc = _family_locales()
    for family, counts in ev.spelling.items():
        for variety, count in counts.items():
            add(fam_loc.get(family, {}).get(variety, []), count, "spelling",
                f"{family}: {variety} ({', '.join(ev.examples.get(f'{family}:{variety}', []))})",
                f"{variety.capitalize()} spelling", weights.get("spelling", 1.0), (f"{family}:{variety}",))
    for key, counts in ev.vocabulary.items():
        # A word shared by several locales fits them all and counts against the others.
        add(locale_group(key), sum(counts.values()), "vocabulary",
            ", ".join(w for w, _ in counts.most_common(5)), f"words of {group_name(key)}",
            weights.get("vocabulary", 1.5), (f"vocabulary:{key}",))
    british = data.get("british_locales", [])
    day_first = ev.dates["day_first"] + ev.dates["day_first_written"]
    month_first = ev.dates["month_first"] + ev.dates["month_first_written"]
    add(british, day_first, "date", "day-first dates", "day-first dates", weights.get("date", 1.2),
        DATE_KEYS["day-first"])
    add(["US", "CA"], month_first, "date", "month-first dates", "month-first dates",
        weights.get("date", 1.2), DATE_KEYS["month-first"])
    # The locales each clock fits: [dialect.clock] (in code until 2026-11-29, where am/pm
    # counted against the United Kingdom and Ireland).
    clock = data.get("clock", {})
    add(clock.get("am_pm", []), ev.times["am_pm"], "time", "12-hour clock (am/pm)",
        "am/pm times", weights.get("time", 0.3), ("time:am_pm",))
    add(clock.get("24_hour", []), ev.times["24_hour"], "time", "24-hour clock",
        "24-hour clock", weights.get("time", 0.3), ("time:24_hour",))
    for code, count in ev.currency.items():
        add(_currency_table().locales.get(code, []), count, "currency", code, code,
            weights.get("currency", 1.5), (f"currency:{code}",))
    for unit, count in ev.units.items():
        add(_UNITS[unit][1], count, "unit", unit, unit, weights.get("unit", 0.6), (f"unit:{unit}",))
    return items


DATE_KEYS = {"day-first": ("date:day_first", "date:day_first_written"),
             "month-first": ("date:month_first", "date:month_first_written")}


def first_text(ev: LocaleEvidence, keys: Any) -> int | None:
    """The index of the first text holding evidence of any of ``keys`` (``examples`` keys),
    or None: where a finding about that evidence is located (twelfth session)."""
    found = [ev.first_text[k] for k in keys if k in ev.first_text]
    return min(found) if found else None


def locale_first_text(ev: LocaleEvidence, locale: str) -> int | None:
    """The first text holding evidence that fits ``locale`` (or its country), or None."""
    parent = _regions().get(locale)
    keys = [k for item in _evidence_items(ev) if locale in item["locales"] or parent in item["locales"]
            for k in item["keys"]]
    return first_text(ev, keys)


def locale_candidates(ev: LocaleEvidence) -> list[dict[str, Any]]:
    """Locales ranked by the evidence, best first: a RANKING, not probabilities.

    Each piece of evidence fits some locales and counts against the others, with the
    same weight (log1p of its count times the kind's weight, [dialect.weights]): pounds
    fit the United Kingdom and count against Ireland and India. A region (Scotland) is
    fitted by its country's evidence too, and its own evidence (Scots words) is neutral
    for the country, which contains it; with equal scores the country comes first (the
    smaller claim). score = what fits - what counts against. Until 2026-11-29 only the
    fitting evidence was added up and shown as shares ("United Kingdom (17%), Scotland
    (15%), Ireland (13%), India (13%)" for 196 prices in pounds), so evidence that one
    country does not share never separated the candidates."""
    items = _evidence_items(ev)
    if not items:
        return []
    regions = _regions()
    locales = {loc for item in items for loc in item["locales"]}
    locales |= {child for child, parent in regions.items() if parent in locales}
    out = []
    for loc in locales:
        fit = against = 0.0
        fits: list[dict[str, Any]] = []
        contrary: dict[str, dict[str, Any]] = {}
        for item in items:
            if loc in item["locales"] or regions.get(loc) in item["locales"]:
                fit += item["weight"]
                fits.append({"kind": item["kind"], "feature": item["feature"], "count": item["count"]})
            elif any(regions.get(other) == loc for other in item["locales"]):
                continue  # evidence for a region of this country: neutral for the country
            else:
                against += item["weight"]
                entry = contrary.setdefault(item["label"], {"kind": item["kind"], "feature": item["label"],
                                                            "count": 0, "weight": 0.0})
                entry["count"] += item["count"]
                entry["weight"] += item["weight"]
        if fit <= 0:
            continue
        listed = sorted(contrary.values(), key=lambda e: -e["weight"])
        out.append({
            "locale": loc,
            "name": LOCALE_NAMES.get(loc, loc),
            "score": round(fit - against, 2),
            "fits": round(fit, 2),
            "against_score": round(against, 2),
            "part_of": regions.get(loc),
            "evidence": fits,
            "against": [{k: v for k, v in e.items() if k != "weight"} for e in listed],
        })
    out.sort(key=lambda c: (-c["score"], c["part_of"] is not None, c["locale"]))
    return out


def _the(name: str) -> str:
    return f"the {name}" if name.startswith("United ") else name


def _shadowed_region(c: dict[str, Any], candidates: list[dict[str, Any]]) -> bool:
    """A region whose country scores as well: nothing in the text singles it out."""
    return bool(c["part_of"]) and any(o["locale"] == c["part_of"] and o["score"] >= c["score"]
                                      for o in candidates)


def _why(c: dict[str, Any], candidates: list[dict[str, Any]]) -> str:
    if c["against"]:
        return "against it: " + ", ".join(f"{a['feature']} x{a['count']}" for a in c["against"][:2])
    if _shadowed_region(c, candidates):
        return (f"part of {_the(LOCALE_NAMES.get(c['part_of'], c['part_of']))}; "
                "nothing in the text singles it out")
    return "nothing against it"


def locale_summary(candidates: list[dict[str, Any]], limit: int = 4) -> str:
    """The ranking in words: what counts against each candidate, never a percentage.

    Candidates tied at the top are named together as a tie (2026-11-29, eighth session):
    ten varieties share British spelling, and a Lagos blog whose only evidence was "litre"
    read "Australia (nothing against it), Canada (nothing against it), ..." (the first
    four of the tie in code order), which an investigator reads as a lead to Australia."""
    if not candidates:
        return ""
    top = candidates[0]["score"]
    tied = [c for c in candidates if c["score"] == top and not _shadowed_region(c, candidates)]
    if len(tied) < 2:
        return ", ".join(f"{c['name']} ({_why(c, candidates)})" for c in candidates[:limit])
    named = sorted(tied, key=lambda c: c["name"])
    head = f"{len(tied)} tied, nothing in the text tells them apart: " + ", ".join(
        f"{c['name']} ({_why(c, candidates)})" if c["against"] else c["name"] for c in named)
    rest = [c for c in candidates if c["score"] < top and not _shadowed_region(c, candidates)]
    if rest:
        head += "; then " + ", ".join(f"{c['name']} ({_why(c, candidates)})" for c in rest[:limit - 2])
    return head


def variety_counts(ev: LocaleEvidence) -> tuple[int, int]:
    """(british, american) spelling counts over all families."""
    brit = sum(c["british"] for c in ev.spelling.values())
    amer = sum(c["american"] for c in ev.spelling.values())
    return brit, amer


# --- rule example matchers (see heuristics/style.toml) ------------------------------

def spelling_rule_example(rule: Any, example: str) -> bool:
    """True when the sentence holds a spelling marked British or American."""
    return any(spelling_variant(w) for w in _WORD.findall(example.lower()))


def vocabulary_rule_example(rule: Any, example: str) -> bool:
    return bool(collect([example]).vocabulary)


def date_rule_example(rule: Any, example: str) -> bool:
    ev = LocaleEvidence()
    _collect_dates(example, ev)
    return any(ev.dates[k] for k in ("day_first", "month_first", "day_first_written",
                                     "month_first_written"))


def time_rule_example(rule: Any, example: str) -> bool:
    return bool(_TIME_AMPM.search(example) or _TIME_24.search(example))


def currency_rule_example(rule: Any, example: str) -> bool:
    return bool(find_currency(example)) or any(r.search(example) for r, _ in _UNITS.values())


def locale_rule_example(rule: Any, example: str) -> bool:
    """STYLE006: the evidence names at least one locale with two or more items."""
    candidates = locale_candidates(collect([example]))
    return bool(candidates) and len(candidates[0]["evidence"]) >= 2


# --- the English parts of a mixed account (2026-11-30, sixteenth session, rpt16c) -------------
# The spelling families and word lists are English; other languages hold the same letters
# ("centre" is French, "color" Spanish, "kilometer" Swedish). The dialect is read from the
# paragraphs and sentences that read as English, so a Welsh/English writer keeps the British
# spellings of their English half and a French quotation's "centre" is no British mark.

_PART_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# Sentence ends: . ! ? … and a closing quote or bracket, then blank space.
_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+")
_NON_LATIN_WORD = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")


@dataclass
class EnglishParts:
    """The texts cut down to their English paragraphs and sentences (same order and length as
    the texts read, "" where nothing is kept); the prose words of the parts read as English, of
    the parts kept undecided (too short to tell), and of the parts left out as another language."""

    texts: list[str]
    other_texts: list[str] = field(default_factory=list)  # the parts left out, in the same order
    english_words: int = 0
    undecided_words: int = 0
    other_words: int = 0


@cache
def _part_settings() -> dict[str, Any]:
    found = load_file("style").get("language", {})
    return found if isinstance(found, dict) else {}


@cache
def _language_words() -> tuple[frozenset[str], frozenset[str]]:
    """(English function words, other languages' function words), from the lists the report's
    language estimate reads: the style function words and places.toml ``[foreign]``, report.toml
    ``[language.function_words]``. A word English shares ("in", "a", "so", "man") is English."""
    from nymaudit.style.text import function_words

    foreign = load_file("places").get("foreign", {})
    foreign = foreign if isinstance(foreign, dict) else {}
    english = frozenset(function_words()) | frozenset(str(w).lower() for w in foreign.get("english", []))
    other = {str(w).lower() for w in foreign.get("other", [])}
    lists = load_file("report").get("language", {}).get("function_words", {})
    if isinstance(lists, dict):
        for words in lists.values():
            other.update(str(w).lower() for w in words if isinstance(w, str))
    return english, frozenset(other - english)


def part_reading(text: str) -> tuple[str | None, int, int, int]:
    """(reading, prose words, English function words, other languages' function words) of a
    paragraph or sentence: "en" when it reads as English, "other" when it reads as another
    language, None when it is too short to tell. A part of `min_part_words` or more prose words is
    English when at least `min_english_function_share` of them are English function words and
    the other languages' function words (with, beside one, the accented words that are not
    English's) are at most `max_other_function_ratio` of those (an English sentence with "por
    favor" is English); a shorter part is read only from two or more
    function words of one side and none (English) or fewer (other) of the other."""
    english_fw, other_fw = _language_words()
    # The style texts are already without code, quotes and URLs: letter words are enough here.
    words = _PART_WORD.findall(text.lower().replace("’", "'"))
    n = len(words)
    if not n:
        return None, 0, 0, 0
    k = o = accented = script = 0
    for w in words:
        if w in english_fw:
            k += 1
        elif w in other_fw:
            o += 1
        elif not w.isascii():
            accented += 1
            script += 1 if _NON_LATIN_WORD.search(w) else 0
    if o:
        # Beside another language's function word, an accented word not among English's is that
        # language's too ("un curso de cerámica"); alone, accents make no language ("a café").
        o += accented
    settings = _part_settings()
    if script * 2 >= n:
        return "other", n, k, o
    if n >= int(settings.get("min_part_words", 6)):
        english = (k >= float(settings.get("min_english_function_share", 0.22)) * n
                   and o <= float(settings.get("max_other_function_ratio", 0.34)) * k)
        return ("en" if english else "other"), n, k, o
    if o >= 2 and o > k:
        return "other", n, k, o
    if k >= 2 and not o:
        return "en", n, k, o
    return None, n, k, o


def english_parts(texts: list[str], keep_undecided: bool = True) -> EnglishParts:
    """Each text cut down to the paragraphs and sentences that read as English (``part_reading``).
    A paragraph that reads as English without another language's function word is kept whole;
    any other is read sentence by sentence, a sentence too short to tell going with its
    paragraph. ``keep_undecided``: keep the parts too short to tell (a mostly English account's
    short posts); a mostly other-language account keeps only what reads as English."""
    out = EnglishParts(texts=[])
    for text in texts:
        kept: list[str] = []
        left: list[str] = []
        dropped = False
        for paragraph in text.split("\n\n"):
            if not paragraph.strip():
                continue
            reading, n, k, o = part_reading(paragraph)
            if (reading == "en" and not o) or (reading == "other" and not k) or n < 2:
                pieces = [(paragraph, reading, n)]
            else:
                pieces = _sentence_readings(paragraph, reading)
            sentences: list[str] = []  # the paragraph's kept sentences, as one paragraph
            for piece, piece_reading, words in pieces:
                if piece_reading == "en":
                    out.english_words += words
                    sentences.append(piece)
                elif piece_reading is None and keep_undecided:
                    out.undecided_words += words
                    sentences.append(piece)
                elif piece_reading is None:
                    out.undecided_words += words
                    dropped = True
                    left.append(piece)
                else:
                    out.other_words += words
                    dropped = True
                    left.append(piece)
            if sentences:
                kept.append(" ".join(sentences))
        # A text kept whole stays as written (its spacing and line breaks are habits too).
        out.texts.append("\n\n".join(kept) if dropped else text)
        out.other_texts.append("\n\n".join(left))
    return out


def _sentence_readings(paragraph: str, reading: str | None) -> list[tuple[str, str | None, int]]:
    """(sentence, reading, prose words) of a mixed paragraph. A sentence too short to tell ("Bore
    da pawb!", "Fair enough.") goes with the sentence before it, or after it at the start, and
    with the paragraph when no sentence of it can be told."""
    pieces = []
    for sentence in _SENTENCE_END.split(paragraph):
        own, words, _k, _o = part_reading(sentence)
        pieces.append((sentence, own, words))
    told = [own for _s, own, _n in pieces if own is not None]
    last = told[0] if told else reading
    out = []
    for sentence, own, words in pieces:
        last = own or last
        out.append((sentence, last, words))
    return out


_LANGUAGE_FREE_PREFIXES = ("time:", "currency:", "unit:")


def with_language_free(english: LocaleEvidence,
                       other: LocaleEvidence) -> tuple[LocaleEvidence, LocaleEvidence]:
    """(the dialect's evidence, the whole text's) from the evidence of the English parts and of the
    parts left out (``EnglishParts.other_texts``; each text read once). The dialect's is the
    English parts' spelling, vocabulary and dates with the whole text's clock, currencies and
    units (read in any language: "14:30", "₦1,200", "12 km" say the same in Swedish); the whole
    text's counts stay the section's raw counts."""
    whole = LocaleEvidence()
    for source in (english, other):
        for family, counts in source.spelling.items():
            whole.spelling[family].update(counts)
        for key, counts in source.vocabulary.items():
            whole.vocabulary[key].update(counts)
        for name in ("dates", "times", "currency", "units"):
            getattr(whole, name).update(getattr(source, name))
        for key, examples in source.examples.items():
            bucket = whole.examples[key]
            bucket.extend(e for e in examples if e not in bucket)
            del bucket[3:]
        for key, index in source.first_text.items():
            whole.first_text[key] = min(index, whole.first_text.get(key, index))
    merged = LocaleEvidence(spelling=english.spelling, vocabulary=english.vocabulary, dates=english.dates,
                            times=whole.times, currency=whole.currency, units=whole.units,
                            spelling_words=english.spelling_words, spelling_texts=english.spelling_texts)
    for source, free in ((english, False), (whole, True)):
        merged.examples.update({key: examples for key, examples in source.examples.items()
                                if key.startswith(_LANGUAGE_FREE_PREFIXES) == free})
        merged.first_text.update({key: index for key, index in source.first_text.items()
                                  if key.startswith(_LANGUAGE_FREE_PREFIXES) == free})
    return merged, whole
