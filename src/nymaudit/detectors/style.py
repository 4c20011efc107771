"""Style detector: locale candidates from dialect evidence and the most distinctive
writing habits, as STYLE findings plus a ``style`` report section.

Section shape (documented in docs/style.md)::

    style: {words, too_little_text, locale_candidates: [{locale, name, score, fits,
            against_score, part_of, evidence: [{kind, feature, count}],
            against: [{kind, feature, count}]}], spelling: {british, american},
            dates: {...}, times: {...}, habits: [{feature, kind, description, count,
            per_1000, typical_per_1000, ratio, examples}], shares: {...},
            phrases: [{phrase, posts}],
            function_words: [{word, per_1000, typical_per_1000, z}],
            language: {english_function_word_share, non_english_word_share, note,
                       dialect_judged, dialect_read_from, english_words,
                       non_english_share (when over half)}}
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from nymaudit.detectors import ScanContext
from nymaudit.model import DetectorResult, Finding, Origin
from nymaudit.rules import rule

MIN_WORDS_FOR_HABITS = 300
# A locale ranking is "separated" when the next candidate (not a region of the top one)
# scores this much lower: about three uses of a currency or of a region's words.
SEPARATED_BY = 2.0
OWN_RULE_HABITS = {
    "double_space_after_sentence": "STYLE010",
    "curly_apostrophe": "STYLE011",
    "curly_double_quote": "STYLE011",
    "misspelling": "STYLE013",
    "greeting": "STYLE014",
    "sign_off": "STYLE014",
}
VARIETY_NAMES = {"british": "British", "american": "American"}


def detect(ctx: ScanContext) -> DetectorResult:
    try:
        return _detect(ctx)
    except Exception as exc:  # noqa: BLE001 - a detector must not take the scan down
        return DetectorResult(sections={"style": {"error": f"style analysis failed: {exc}"}})


def _detect(ctx: ScanContext) -> DetectorResult:
    from nymaudit.style import dialect, habits
    from nymaudit.style.text import corpus_text

    text = corpus_text(ctx.corpus)
    origin = text.origins[0] if text.origins else Origin(
        path=ctx.corpus.inputs[0].path if ctx.corpus.inputs else "")
    origin = Origin(path=origin.path)

    def at(index: int | None) -> Origin:
        """The path of the text holding a finding's evidence (twelfth session: every style
        finding was located at the corpus's first text, "car park" at a draft without it)."""
        if index is None or not 0 <= index < len(text.origins):
            return origin
        return Origin(path=text.origins[index].path)

    words = text.words
    language = _language(text.texts)
    reading = _dialect_reading(language, ctx.corpus, text.texts)
    judged = reading.judged
    english_habits = _english_word_habits()
    english_hp = None
    if reading.parts is None:
        ev = dialect_ev = dialect.collect(text.texts)
        hp = habits.collect(text.texts, text.case_free)
        dialect_words = words
    else:
        # Some text reads as another language (its "centre", "color", "kilometer" are its own):
        # the dialect and the habits read from English words come from the English paragraphs
        # and sentences, the clock, currencies, units and other habits from the whole text.
        # Each part is read once: the whole is the English parts and the parts left out.
        parts = reading.parts
        dialect_ev, ev = dialect.with_language_free(dialect.collect(parts.texts),
                                                    dialect.collect(parts.other_texts))
        english_hp = habits.collect(parts.texts, text.case_free)
        hp = _merged_habits(english_hp, habits.collect(parts.other_texts, text.case_free))
        dialect_words = int(language["english_words"])
    candidates = dialect.locale_candidates(dialect_ev)
    findings: list[Finding] = []
    dialect_findings = _dialect_findings(dialect_ev, candidates, at, dialect_words, len(text.texts))
    if not judged:
        # Mostly another language with too little English: English spellings and words in it
        # are loanwords or the language's own ("kilometer", "Theater", "color").
        dialect_findings = [f for f in dialect_findings if f.rule not in _english_dialect_rules()]
        candidates = []
    findings += dialect_findings
    distinctive = habits.distinctive(hp, limit=10) if words >= MIN_WORDS_FOR_HABITS else []
    if english_hp is not None:
        # Habits read from English words (Swedish "i" is "in", Welsh "i" is "me": no lower-case
        # pronoun): from the English parts, when those are judged and long enough.
        distinctive = [h for h in distinctive if h["feature"] not in english_habits]
    findings += _habit_findings(hp, distinctive, at, words)
    if english_hp is not None and judged and dialect_words >= MIN_WORDS_FOR_HABITS:
        own = [h for h in habits.distinctive(english_hp, limit=10) if h["feature"] in english_habits]
        findings += _habit_findings(english_hp, own, at, english_hp.words)
        distinctive = sorted(distinctive + own, key=lambda h: -h["ratio"])[:10]
    phrases = habits.recurring_phrases(text.texts)
    for item in phrases[:3]:
        findings.append(rule("STYLE015").finding(
            f"The phrase '{item['phrase']}' recurs in {item['posts']} of {len(text.texts)} posts.",
            item["phrase"], at(habits.first_text_with_phrase(text.texts, item["phrase"])),
            clue_value=item["phrase"],
            confidence="medium" if item["posts"] >= 5 else "low"))
    brit, amer = dialect.variety_counts(ev)
    section: dict[str, Any] = {
        "words": words,
        "too_little_text": words < MIN_WORDS_FOR_HABITS,
        "locale_candidates": candidates[:_named_candidates(candidates)],
        "spelling": {"british": brit, "american": amer},
        "dates": dict(ev.dates),
        "times": dict(ev.times),
        "habits": distinctive,
        "shares": habits.shares(hp),
        "phrases": phrases,
        "function_words": _function_word_profile(text.texts) if words >= 1000 else [],
        "language": language,
    }
    return DetectorResult(findings=findings, sections={"style": section})


def _named_candidates(candidates: list[dict[str, Any]], least: int = 5) -> int:
    """How many candidates the section keeps: the first five, and every one STYLE006's
    message names (a tie names up to eleven). Since 2026-11-29 (tenth session): the
    section kept five, and `scan --redact`, which masks the names the section holds, left
    "Kenya, New Zealand, Nigeria, South Africa" of an eight-way tie readable."""
    from nymaudit.style import dialect

    summary = dialect.locale_summary(candidates)
    named = [i + 1 for i, c in enumerate(candidates) if c["name"] in summary]
    return max([least, *named])


# Texts read for the language note: enough to tell a mixed account, bounded for a big one.
LANGUAGE_TEXTS = 2000


def _language(texts: list[str]) -> dict[str, Any]:
    """How much of the text reads as English (added 2026-11-29, seventh session: a half
    Spanish account had no word of it in the scan, while compare warned). The share of
    the prose words that are English function words (English prose: 40-55%) and the
    share of words in posts or paragraphs that do not read as English; a note from 10%."""
    from nymaudit.style.linkage import language_measures

    english, foreign = language_measures(texts[:LANGUAGE_TEXTS])
    out: dict[str, Any] = {
        "english_function_word_share": None if english is None else round(english, 3),
        "non_english_word_share": round(foreign, 3),
        "note": None,
    }
    if foreign >= 0.1:
        out["note"] = (f"{foreign:.0%} of the words are in posts or paragraphs that do not read as "
                       "English: the spelling, vocabulary, habits and phrases above are read with "
                       "English lists, so they describe the English part best.")
    return out


def _language_settings() -> dict[str, Any]:
    from nymaudit.rules import load_file

    found = load_file("style").get("language", {})
    return found if isinstance(found, dict) else {}


def _english_dialect_rules() -> frozenset[str]:
    return frozenset(str(r) for r in _language_settings().get("dialect_rules", []))


def _english_word_habits() -> frozenset[str]:
    return frozenset(str(h) for h in _language_settings().get("english_word_habits", []))


def _merged_habits(first: Any, second: Any) -> Any:
    """One habit profile of two (the English parts' and the parts left out): counts and words
    added, the first's examples first, each habit's first text the earlier."""
    from nymaudit.style.habits import HabitProfile

    examples = {name: list(dict.fromkeys(first.examples.get(name, []) + second.examples.get(name, [])))[:3]
                for name in {*first.examples, *second.examples}}
    first_text = dict(second.first_text)
    for name, index in first.first_text.items():
        first_text[name] = min(index, first_text.get(name, index))
    return HabitProfile(
        words=first.words + second.words, counts=first.counts + second.counts, examples=examples,
        misspellings=first.misspellings + second.misspellings, greetings=first.greetings + second.greetings,
        sign_offs=first.sign_offs + second.sign_offs,
        sign_offs_named=first.sign_offs_named + second.sign_offs_named, first_text=first_text)


@dataclass
class _DialectReading:
    """Whether the dialect is judged, and the English parts it is read from (None: all the text)."""

    judged: bool
    parts: Any = None


def _dialect_reading(language: dict[str, Any], corpus: Any, texts: list[str]) -> _DialectReading:
    """Whether the dialect is judged, and from which text; fills ``language``'s ``dialect_judged``,
    ``dialect_read_from``, ``english_words`` and, when most of the text is not English,
    ``non_english_share`` and a note that says how the dialect was read.

    The share of the text not in English is the report's own estimate (``summary.language_note``:
    paragraphs, platform tags and short posts read in any language). Since 2026-11-30 (sixteenth
    session, rpt16) an account mostly in another language got no dialect: a Swedish account read
    "dialect US" from "kilometer", "liter" and "center". That also took a Welsh/English writer's
    British spellings for loanwords (rev16b 6, rpt16c): now the dialect is read from the
    paragraphs and sentences that read as English (``dialect.english_parts``) whenever some
    text reads as another language, and a mostly other-language account is judged when those
    hold `dialect_min_english_words` words; a mostly English account keeps its short posts too
    short to tell (its tweets), and loses only the parts that read as another language (a
    Spanish minority's "color", a French quotation's "centre")."""
    from nymaudit.style import dialect
    from nymaudit.summary import language_note

    try:
        note = language_note({"style": {"language": language}}, corpus)
    except Exception:  # noqa: BLE001 - the estimate failing must not cost the style section
        note = None
    share = note.get("non_english_share") if isinstance(note, dict) else None
    settings = _language_settings()
    least = float(settings.get("dialect_max_non_english_share", 0.5))
    mostly_other = isinstance(share, (int, float)) and share > least
    parts = dialect.english_parts(texts, keep_undecided=not mostly_other)
    enough = int(settings.get("dialect_min_english_words", 300))
    judged = not mostly_other or parts.english_words >= enough
    language["dialect_judged"] = judged
    # A word or two of another language in a long English account changes nothing: read whole.
    least_other = float(settings.get("dialect_min_other_share", 0.02))
    seen = parts.english_words + parts.undecided_words + parts.other_words
    mixed = mostly_other or (seen and parts.other_words >= least_other * seen)
    language["dialect_read_from"] = "english_parts" if mixed else "all"
    language["english_words"] = parts.english_words + (0 if mostly_other else parts.undecided_words)
    if mostly_other:
        language["non_english_share"] = share
    if not judged:
        language["note"] = (
            f"The writing is mostly in another language ({share:.0%} of the text is not in English) and "
            f"its English paragraphs and sentences hold {_plural(parts.english_words, 'word')} (under "
            f"{enough}), so the dialect was not judged: English spellings and words inside the other "
            "language ('center', 'color', 'Theater') are that language's own or loanwords, not a variety "
            "of English. No spelling, vocabulary, date-order or locale finding is made, and habits read "
            "from English words (a lower-case 'i', misspellings, greetings) are left out.")
    elif mostly_other:
        language["note"] = (
            f"{share:.0%} of the text is not in English: the dialect (spelling, vocabulary, date order, "
            f"locale) and the habits read from English words were read from the "
            f"{_plural(parts.english_words, 'word')} of its English paragraphs and sentences only; "
            "English-looking words inside the other language were not counted.")
    elif mixed:
        said = language.get("note") or ""
        language["note"] = (said + (" " if said else "") + (
            f"The dialect and the habits read from English words were read from the English paragraphs "
            f"and sentences: {_plural(parts.other_words, 'word')} that read as another language were "
            "left out (their 'centre', 'color' or 'kilometer' are that language's own)."))
    if language["dialect_read_from"] == "all":
        return _DialectReading(judged)
    return _DialectReading(judged, parts)


def _confidence(count: int) -> str:
    return "high" if count >= 10 else "medium" if count >= 4 else "low"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def spelling_confidence(major: int, distinct: int, texts_with: int, texts: int, words: int) -> str:
    """STYLE001's confidence from the evidence that is independent (2026-11-29, tenth
    session: "plough" five times in a 35-word text gave "medium" from a count of 5). One
    word repeated is one piece of evidence (a name, a quotation, a pasted line), and so
    are words that all stand in one post of many. High: 5 distinct words, 10 uses, in 3
    posts (or the only post); medium: 2 distinct words in 2 posts (or the only one); low
    otherwise, and always under MIN_WORDS_FOR_HABITS words, which the report marks
    too_little_text."""
    if words < MIN_WORDS_FOR_HABITS or distinct < 2 or texts_with < min(2, texts):
        return "low"
    if distinct >= 5 and major >= 10 and texts_with >= min(3, texts):
        return "high"
    return "medium"


def _dialect_findings(ev: Any, candidates: list[dict[str, Any]], at: Callable[[int | None], Origin],
                      words: int = 0, texts: int = 1) -> list[Finding]:
    """``at``: the origin of the text of an index (the first text holding the evidence)."""
    from nymaudit.style import dialect

    out: list[Finding] = []
    brit, amer = dialect.variety_counts(ev)
    total = brit + amer
    if total >= 3:
        variety = "british" if brit >= amer else "american"
        major = max(brit, amer)
        if major / total >= 0.75:
            examples = [e for fam in ev.spelling for e in ev.examples.get(f"{fam}:{variety}", [])]
            name = VARIETY_NAMES[variety]
            distinct = len(ev.spelling_words.get(variety, ()))
            texts_with = ev.spelling_texts.get(variety, 0)
            # How many distinct words in how many posts: what the confidence rests on.
            basis = f"{_plural(distinct, 'distinct word')} in {_plural(texts_with, 'post')}"
            if texts_with == texts == 1:
                basis = _plural(distinct, "distinct word")
            message = (f"{major} of {total} marked spellings are {name} ({basis}; "
                       f"{', '.join(sorted(fam for fam in ev.spelling if ev.spelling[fam][variety]))}).")
            if words < MIN_WORDS_FOR_HABITS:
                message += (f" Too little text to say more than a hint: {words} words "
                            f"(under {MIN_WORDS_FOR_HABITS}).")
            elif distinct < 2:
                message += " One word repeated: a hint, not a habit."
            where = at(dialect.first_text(ev, [f"{fam}:{variety}" for fam in ev.spelling
                                               if ev.spelling[fam][variety]]))
            out.append(rule("STYLE001").finding(
                message, ", ".join(examples[:6]), where,
                clue_value=f"{name} English spelling",
                confidence=spelling_confidence(major, distinct, texts_with, texts, words)))
    for key, counts in ev.vocabulary.items():
        n = sum(counts.values())
        if n >= 2:
            # key: one locale, or the locales sharing the words ("United States or Australia").
            name = dialect.group_name(key)
            out.append(rule("STYLE002").finding(
                f"{n} uses of vocabulary typical of {name}.",
                ", ".join(w for w, _ in counts.most_common(6)),
                at(dialect.first_text(ev, [f"vocabulary:{key}"])),
                clue_value=f"vocabulary of {name}",
                # Words shared by three or more varieties only rule the others out; one
                # word repeated ("lorry" x5) is one piece of evidence (tenth session).
                confidence=("low" if len(dialect.locale_group(key)) >= 3 or len(counts) < 2
                            else _confidence(n + (2 if len(counts) >= 3 else 0)))))
    day = ev.dates["day_first"] + ev.dates["day_first_written"]
    month = ev.dates["month_first"] + ev.dates["month_first_written"]
    if day + month >= 2 and max(day, month) / (day + month) >= 0.8:
        order = "day-first" if day > month else "month-first"
        examples = ev.examples.get("date:day_first" if day > month else "date:month_first", []) + \
            ev.examples.get("date:day_first_written" if day > month else "date:month_first_written", [])
        out.append(rule("STYLE003").finding(
            f"{max(day, month)} dates written {order} and {min(day, month)} the other way.",
            ", ".join(examples[:4]), at(dialect.first_text(ev, dialect.DATE_KEYS[order])),
            clue_value=f"{order} dates ({'British/Commonwealth' if day > month else 'US'} convention)",
            confidence=_confidence(max(day, month))))
    h24, ampm = ev.times["24_hour"], ev.times["am_pm"]
    if h24 + ampm >= 3 and max(h24, ampm) / (h24 + ampm) >= 0.8:
        clock = "24-hour" if h24 > ampm else "12-hour (am/pm)"
        out.append(rule("STYLE004").finding(
            f"{max(h24, ampm)} times written on the {clock} clock.",
            ", ".join(ev.examples.get("time:24_hour" if h24 > ampm else "time:am_pm", [])),
            at(dialect.first_text(ev, ["time:24_hour" if h24 > ampm else "time:am_pm"])),
            clue_value=f"{clock} clock", confidence="low"))
    # One amount in a country's currency names the country (2026-11-29, eighth session:
    # "Fuel now costs ₦1,200 per litre and rent is KSh 30,000" gave nothing); a bare
    # "$" fits four countries and still needs two.
    money = [(code, n) for code, n in ev.currency.items()
             if n >= 2 or (n == 1 and code != "USD-or-other-dollar")]
    units = [(unit, n) for unit, n in ev.units.items() if n >= 2]
    if money or units:
        parts = [f"{code} x{n}" for code, n in money] + [f"{u} x{n}" for u, n in units]
        examples = [e for code, _ in money for e in ev.examples.get(f"currency:{code}", [])]
        examples += [e for u, _ in units for e in ev.examples.get(f"unit:{u}", [])]
        out.append(rule("STYLE005").finding(
            f"Currencies and units used: {', '.join(parts)}.", ", ".join(examples[:6]),
            at(dialect.first_text(ev, [f"currency:{code}" for code, _ in money]
                                  + [f"unit:{u}" for u, _ in units])),
            clue_value=", ".join(parts), confidence=_confidence(sum(n for _, n in money + units))))
    if candidates and out:
        top = candidates[0]
        # Tied at the top, regions of a tied country left out (Scotland is in the UK).
        tied = [c["locale"] for c in candidates if c["score"] == top["score"]]
        tied = [loc for loc in tied if dialect._regions().get(loc) not in tied]
        # The next candidate that is neither the top one nor one of its regions or its country.
        family = {top["locale"], top["part_of"]} | {c["locale"] for c in candidates
                                                    if c["part_of"] == top["locale"]}
        rival = next((c for c in candidates if c["locale"] not in family), None)
        separated = rival is None or rival["score"] <= top["score"] - SEPARATED_BY
        out.append(rule("STYLE006").finding(
            "Locale candidates from spelling, vocabulary, dates, clock, currency and units, "
            "ranked by the evidence (not probabilities): " + dialect.locale_summary(candidates) + ".",
            "; ".join(f"{e['kind']}: {e['feature']} x{e['count']}" for e in top["evidence"][:6]),
            at(dialect.locale_first_text(ev, top["locale"])), clue_value=" or ".join(tied),
            # Medium needs two pieces of evidence: one "₦1,200" alone is a low-confidence lead.
            confidence="medium" if (len(tied) == 1 and not top["against"] and separated
                                    and sum(e["count"] for e in top["evidence"]) >= 2) else "low"))
    return out


def _habit_findings(hp: Any, distinctive: list[dict[str, Any]], at: Callable[[int | None], Origin],
                    words: int) -> list[Finding]:
    out: list[Finding] = []
    by_rule: dict[str, list[dict[str, Any]]] = {}
    for h in distinctive:
        by_rule.setdefault(OWN_RULE_HABITS.get(h["feature"], "STYLE012"), []).append(h)
    for rule_id, items in sorted(by_rule.items()):
        targets = items if rule_id == "STYLE012" else items[:1]
        for h in targets[:5]:
            message = (f"You use {h['description']} {h['count']} times in {words} words: "
                       f"{h['per_1000']} per 1000 against a typical {h['typical_per_1000']} "
                       f"({h['ratio']}x).")
            if h.get("named"):
                # The name itself stays in the evidence (masked under --redact), not here.
                message += (f" {h['named']} of them are followed by a name or initial, the most "
                            "identifying form: anyone who knows the name links the posts to you.")
            out.append(rule(rule_id).finding(
                message, " | ".join(str(e) for e in h["examples"][:2]), at(hp.first_text.get(h["feature"])),
                clue_value=h["description"], confidence=_confidence(h["count"])))
    return out


def _function_word_profile(texts: list[str], limit: int = 8) -> list[dict[str, Any]]:
    """Function words used most above or below the reference rate."""
    from nymaudit.style import features as F

    space = F.feature_space()
    seg = F.segment_counts(texts, space)
    if not len(seg):
        return []
    rates = F.profile(seg, space=space)
    z = F.zscores(rates, space)
    counts = seg.counts.sum(axis=0)
    items = []
    for word, col in space.words.items():
        if counts[col] >= 5 or space.mean[col] >= 1.0:
            items.append((abs(float(z[col])), word, col))
    items.sort(reverse=True)
    return [{"word": w, "per_1000": round(float(rates[c]), 2),
             "typical_per_1000": round(float(space.mean[c]), 2), "z": round(float(z[c]), 2)}
            for _s, w, c in items[:limit]]
