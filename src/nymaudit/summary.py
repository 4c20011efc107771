"""The report's summary parts, computed from the findings (and the style section and posts for
the language note) so that every renderer only prints them: what the overall risk rests on,
what to do first, and which checks did not read text that is not English.

Added 2026-11-29 (eleventh session): the walkthrough's Spanish account read "MEDIUM" with no
word that the disclosure checks read English only; the red team's dossier showed guesses as
facts and a "high" risk with no basis; a member with 39 findings had no "what to do first".
``profile.build_profile`` puts them in the profile (an open object in the JSON contract).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import cache
from typing import Any

from nymaudit.model import Confidence, Finding, Severity


def _settings(table: str) -> dict[str, Any]:
    from nymaudit.rules import load_file

    found = load_file("report").get(table, {})
    return found if isinstance(found, dict) else {}


def risk_basis(findings: list[Finding]) -> dict[str, Any] | None:
    """The findings the overall risk comes from (the highest severity of any finding that is
    not an input problem, as ``Report.risk``), how many, of which rules, and the best
    confidence among them: a "high" from one low-confidence guess reads as such. None when
    the risk is "none"."""
    scored = [f for f in findings if f.category != "input"]
    top = max((f.severity for f in scored), default=Severity.INFO)
    if top == Severity.INFO:
        return None
    at_top = [f for f in scored if f.severity == top]
    best = max(f.confidence for f in at_top)
    sure = sum(1 for f in at_top if f.confidence == best)
    by_rule = Counter(f.rule for f in at_top)
    rules = [rule for rule, _ in sorted(by_rule.items(), key=lambda item: (-item[1], item[0]))]
    n = len(at_top)
    said = ", ".join(rules[:4]) + (f" and {len(rules) - 4} more rules" if len(rules) > 4 else "")
    head = f"{top.label.upper()} from {n} {top.label} finding{'s' if n != 1 else ''} ({said})"
    if best == Confidence.LOW:
        tail = (f", {'all ' if n > 1 else ''}of low confidence: a lead an investigator would check, "
                "not an established fact.")
    elif n == 1:
        tail = f", of {best.label} confidence."
    elif sure == n:
        tail = f", all of {best.label} confidence."
    else:
        tail = f", {sure} of them of {best.label} confidence."
    return {
        "risk": top.label,
        "findings": n,
        "rules": rules,
        "confidence": best.label,
        "note": head + tail + " The risk is the most serious finding's severity, not a sum.",
    }


# The end of an advice's first sentence: ". " or ".\n" outside a `command`.
_SENTENCE_END = re.compile(r"`[^`]*`|\.(?=\s|$)")


def short_advice(text: str, budget: int = 330) -> str:
    """The advice's first sentences, as many as fit in ``budget`` characters and at least one
    (a command in backticks is never cut): the first alone can be a warning, not the action
    ("Removing the author in place does not help, ... Rewrite the whole file instead: ...")."""
    text = " ".join(text.split())
    end = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group(0) != ".":
            continue
        if end and match.end() > budget:
            break
        end = match.end()
        if end >= budget:
            break
    return text[:end] if end else text


def _fix_first_rank(settings: dict[str, Any]) -> dict[str, int]:
    """Each rule's place in the adviser's order (report.toml [priorities] fix_first): 0 for the
    rules of the first kind (a real name), 1 for the next, ...; rules not listed come after them,
    and the rules of ``fix_last`` (softer signals: style, posting times) after those."""
    order: dict[str, int] = {}
    tiers = settings.get("fix_first", [])
    for rank, tier in enumerate(tiers if isinstance(tiers, list) else []):
        for rule_id in tier.get("rules", []) if isinstance(tier, dict) else []:
            order.setdefault(str(rule_id), rank)
    return order


def _tier_said(settings: dict[str, Any]) -> dict[str, str]:
    tiers = settings.get("fix_first", [])
    return {str(rule_id): str(tier.get("why", "")) for tier in (tiers if isinstance(tiers, list) else [])
            if isinstance(tier, dict) for rule_id in tier.get("rules", [])}


_HANDLE = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{1,38}")


def own_handles(corpus: Any) -> frozenset[str]:
    """The account's own handles, lower-cased, from the profile addresses its exports state
    (``Corpus.own_urls``: "https://fosstodon.org/@nullkestrel", ".../users/nullkestrel")."""
    found: set[str] = set()
    for url in getattr(corpus, "own_urls", None) or []:
        last = str(url).rstrip("/").rsplit("/", 1)[-1].lstrip("@").split("@", 1)[0]
        if _HANDLE.fullmatch(last):
            found.add(last.lower())
    return frozenset(found)


def _own_handle_link(f: Finding, handles: frozenset[str]) -> bool:
    """A LINK007 link to a profile under the account's own handle ("GitHub nullkestrel" from
    @nullkestrel): the same pseudonym elsewhere, which the shared handle already ties together;
    worth a look (that account must carry nothing of you), not a first fix (walk16 9, user C)."""
    if f.rule != "LINK007" or f.clue is None or not handles:
        return False
    handle = f.clue.value.split(" (", 1)[0].rsplit(" ", 1)[-1].lstrip("@").split("@", 1)[0]
    return handle.lower() in handles


def priorities(findings: list[Finding], corpus: Any = None) -> list[dict[str, Any]]:
    """What to do first: the most serious actions, one per fix, ranked as an adviser would.

    A fix is a rule (its findings ask the same thing, if in words fitted to each platform or
    file: Facebook's and Instagram's location tags are one "remove the location tags"), and
    findings of other rules with the same advice join it (one command clears both). Ranked by the
    severity of the finding each line shows, with a low-confidence lead after the sure ones; at
    the same severity by the adviser's order (report.toml [priorities] fix_first: a real name,
    then contact details, then a precise position, before softer signals), then confidence and
    the number of findings. Three location tags took three of five slots while the e-mail, the
    phone number and the real name in a photo's EXIF were left out (walk16 9). A link to the
    account's own handle on another platform (``corpus``: its profile addresses) comes last.
    Each line names the first file or post to fix and how many more there are. Input problems
    and info findings are left out (they ask for no change to what was published)."""
    settings = _settings("priorities")
    limit = int(settings.get("max_items", 5))
    rank = _fix_first_rank(settings)
    said = _tier_said(settings)
    last = {str(r) for r in settings.get("fix_last", []) if isinstance(r, str)}
    prefixes = tuple(str(r) for r in settings.get("fix_last_prefixes", []) if isinstance(r, str))
    handles = own_handles(corpus)
    # One group per rule, and a rule whose advice another rule's finding shares joins that group.
    group_of_rule: dict[str, int] = {}
    group_of_advice: dict[str, int] = {}
    groups: list[list[Finding]] = []
    for f in findings:
        if f.category == "input" or f.severity == Severity.INFO or not f.advice.strip():
            continue
        mine = ":own" if _own_handle_link(f, handles) else ""
        advice = " ".join(f.advice.split()) + mine
        key = f.rule + mine
        index = group_of_rule.get(key, group_of_advice.get(advice))
        if index is None:
            index = len(groups)
            groups.append([])
        groups[index].append(f)
        group_of_rule.setdefault(key, index)
        group_of_advice.setdefault(advice, index)
    tier_count = len(settings.get("fix_first", []) or [])

    def adviser_rank(f: Finding, group: list[Finding]) -> int:
        if _own_handle_link(f, handles):
            return tier_count + 2
        if f.rule in last or (prefixes and f.rule.startswith(prefixes)):
            return tier_count + 1
        return rank.get(f.rule, tier_count)

    # Each group is shown by its best single finding (severity, then confidence): the labels the
    # reader sees are that finding's (walk15 2).
    shown = [(max(group, key=lambda f: (f.severity, f.confidence)), group) for group in groups]
    ranked = sorted(shown, key=lambda pair: (
        adviser_rank(pair[0], pair[1]) == tier_count + 2,
        -pair[0].severity, pair[0].confidence == Confidence.LOW, adviser_rank(pair[0], pair[1]),
        -pair[0].confidence, -len(pair[1]), pair[0].rule))
    out = []
    for best, group in ranked[:limit]:
        paths = list(dict.fromkeys(f.location.path for f in group if f.location.path))
        # The counts of the rule the title names, and the other rules the same fix covers: the
        # counts of the whole action under one rule's title said "GPS position ...: a.docx and 1
        # more file" when one file had GPS and the other the same fix for its author (walk13 7).
        own = [f for f in group if f.rule == best.rule]
        others = [f for f in group if f.rule != best.rule]
        do = short_advice(best.advice, int(settings.get("advice_chars", 330)))
        # The rule's findings whose advice is fitted to another platform or kind of file: the line
        # quotes the first's, and says where the others' own steps are.
        fitted = sum(1 for f in own if " ".join(f.advice.split()) != " ".join(best.advice.split()))
        if fitted:
            gives = "gives steps for its" if fitted == 1 else "give steps for their"
            do += (f" ({fitted} of the {len(own)} findings {gives} own platform or file: "
                   "see them under Findings.)")
        entry: dict[str, Any] = {
            "severity": best.severity.label,
            "confidence": best.confidence.label,
            "rule": best.rule,
            "title": best.title,
            "do": do,
            "path": best.location.path,
            "record": best.location.record,
            "line": best.location.line,
            "findings": len(group),
            "files": len(paths),
            "rule_findings": len(own),
            "rule_files": len({f.location.path for f in own if f.location.path}),
            "also_rules": sorted({f.rule for f in others}),
            "also_findings": len(others),
            "also_files": len({f.location.path for f in others if f.location.path}),
        }
        why = ("a link to this account's own handle on another platform: the shared handle already "
               "ties them; check that account carries nothing of you"
               if _own_handle_link(best, handles) else said.get(best.rule, ""))
        if why:
            entry["why"] = why
        out.append(entry)
    return out


def _measured_words(corpus: Any, least: int, limit: int) -> tuple[int, int]:
    """(prose words of the authored posts, those in parts of ``least`` or more prose words: the
    ones the style section's paragraph measure reads), over the first ``limit`` posts."""
    from nymaudit.style.linkage import prose_only
    from nymaudit.style.text import count_words

    total = measured = 0
    posts = [p for p in getattr(corpus, "posts", None) or [] if p.is_post and p.authored]
    for post in posts[:limit]:
        # Shares are read: the start of a huge post is enough (a 1 MB post was read whole).
        for part in (post.text or "")[:_MAX_POST_CHARS].split("\n\n"):
            n = count_words(prose_only(part)) if part.strip() else 0
            total += n
            measured += n if n >= least else 0
    return total, measured


# Words in any script, with an inner apostrophe ("c'est", "j'ai"): the other languages' function
# words hold accents ("über", "très", "está"), which the English word pattern splits.
_ANY_LETTER_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_MAX_POST_CHARS = 20_000
# A letter outside the Latin script (Cyrillic, Greek, Arabic, Hebrew, CJK, Devanagari ...): a
# word holding one is not English, whatever its length.
_NON_LATIN = re.compile(r"[^\W\d_A-Za-z\u00C0-\u024F\u1E00-\u1EFF]")
_NON_ASCII = re.compile(r"[^\x00-\x7F]")
# English endings tried when a word is not in the lexicon as written ("networks", "forecasting",
# "tomatoes"): (ending, what replaces it).
_ENGLISH_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                    ("d", ""), ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("ers", ""),
                    ("est", ""), ("'s", ""))


@cache
def _word_lists() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(English function words, other languages' function words, English lexicon), from data:
    the style section's function words and places.toml ``[foreign] english``; places.toml
    ``[foreign] other`` (DE/FR/ES/IT/NL/PT) and report.toml ``[language.function_words]`` (more
    languages); the lexicon is the style reference's vocabulary table (21,000 words of 15 novels,
    heuristics/linkage.toml ``[vocabulary.df]``) with report.toml ``english_words`` (modern words
    the novels lack). A word English shares ("i", "to", "do", "a", "men") is English."""
    from nymaudit.rules import load_file
    from nymaudit.style.features import _shipped_vocabulary
    from nymaudit.style.text import function_words

    foreign = load_file("places").get("foreign", {})
    foreign = foreign if isinstance(foreign, dict) else {}
    english = frozenset(function_words()) | frozenset(str(w) for w in foreign.get("english", []))
    settings = _settings("language")
    lists = settings.get("function_words", {})
    other = {str(w) for w in foreign.get("other", [])}
    if isinstance(lists, dict):
        for words in lists.values():
            other.update(str(w).lower() for w in words if isinstance(w, str))
    lexicon = frozenset(_shipped_vocabulary().df) | english | frozenset(
        str(w).lower() for w in settings.get("english_words", []))
    return english, frozenset(other - english), lexicon


def _in_lexicon(word: str, lexicon: frozenset[str]) -> bool:
    if word in lexicon:
        return True
    return any(word.endswith(end) and len(word) - len(end) >= 3
               and word[: len(word) - len(end)] + new in lexicon for end, new in _ENGLISH_ENDINGS)


def _post_words(prose: str, lists: tuple[frozenset[str], frozenset[str], frozenset[str]],
                is_place: Any, seen: dict[str, str]) -> tuple[int, int, int, int]:
    """(English, foreign, unknown words, English function words) of one post's prose.
    English: function words and lexicon words. Foreign: words in another script, other languages'
    function words and, in a post holding one of those, words with accents that are not in the
    lexicon even without them ("dzień", "çok"). Unknown: other words not in the lexicon, and the
    accented ones of a post without such a word: accents alone make no language ("crème brûlée",
    "jalapeño", "björk at the apollo"; rpt15c, rev15d 3). Names say nothing either way: a word
    capitalised inside a sentence, or a capitalised place name ("Leeds. Bradford."). ``seen``
    keeps each word's kind (``_word_kind``) across posts."""
    english = foreign = unknown = function = accented = 0
    for match in _ANY_LETTER_WORD.finditer(prose):
        raw = match.group()
        kind = seen.get(raw)
        if kind is None:
            kind = seen[raw] = _word_kind(raw, lists, is_place)
        if kind == "n":
            before = prose[max(0, match.start() - 3):match.start()].rstrip()  # tokens are space-joined
            if before and before[-1] not in ".!?:;…\"“(":
                continue  # a name inside a sentence
            lower = raw.lower()
            kind = seen.get(lower) or seen.setdefault(lower, _word_kind(lower, lists, is_place))
        if kind == "f":
            english += 1
            function += 1
        elif kind == "e":
            english += 1
        elif kind == "x":
            foreign += 1
        elif kind == "a":
            accented += 1
        elif kind == "u":
            unknown += 1
    if foreign:
        foreign += accented
    else:
        unknown += accented
    return english, foreign, unknown, function


def _word_kind(raw: str, lists: tuple[frozenset[str], frozenset[str], frozenset[str]], is_place: Any) -> str:
    """One word as written: "f" an English function word, "e" an English lexicon word, "x" foreign
    (another script, another language's function word), "a" accented and not in the lexicon even
    without its accents (foreign only beside an "x" word of the same post), "u" unknown (an
    accented word whose plain form is English, "café", "purée", is unknown too), "p" a capitalised
    place name (no language), "n" capitalised: a name inside a sentence, else read as its lower case."""
    english_fw, other_fw, lexicon = lists
    if _NON_LATIN.search(raw):
        return "x"
    word = raw.lower().replace("’", "'")
    if word in english_fw:
        return "f"
    if word in other_fw:
        return "x"
    if raw[0].isupper():
        return "p" if is_place(word) else "n"
    if _in_lexicon(word, lexicon):
        return "e"
    if not _NON_ASCII.search(word):
        return "u"
    plain = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return "u" if _in_lexicon(plain, lexicon) else "a"


def _post_languages(corpus: Any, limit: int, settings: dict[str, Any]) -> tuple[int, int, int, int]:
    """(prose words, words of posts read as another language, words of posts read as English,
    English function words: whole words of any script) of the authored posts, over the first
    ``limit`` posts. A post is another language when it has a foreign word and its foreign and
    unknown words are at least `foreign_post_share` of its English, foreign and unknown words,
    or without a foreign word when its unknown words are at least `unknown_post_share` of them
    and `min_unknown_words` (a headline's jargon, "Our group's new dataset: annotated satellite
    imagery of coastal erosion", or a dish list, "Tagliatelle ragu, parmesan, basil", are not);
    English when its English words are the majority; neither otherwise (names only)."""
    from nymaudit.style.linkage import prose_only
    from nymaudit.text.gazetteer import key_of
    from nymaudit.text.gazetteer import load as load_gazetteer

    try:
        gazetteer: Any = load_gazetteer()
    except Exception:  # noqa: BLE001 - a missing or broken gazetteer only loses the name test
        gazetteer = ()
    lists = _word_lists()
    least = float(settings.get("foreign_post_share", 0.6))
    least_unknown = int(settings.get("min_unknown_words", 5))
    unknown_share = float(settings.get("unknown_post_share", 0.8))

    def is_place(word: str) -> bool:
        return key_of(word) in gazetteer

    total = foreign_words = english_words = function_words = 0
    seen: dict[str, str] = {}
    budget = int(settings.get("max_estimate_words", 100_000))
    posts = [p for p in getattr(corpus, "posts", None) or [] if p.is_post and p.authored]
    for post in posts[:limit]:
        if total >= budget:
            break  # shares: a hundred thousand words are plenty, and keep a huge input bounded
        # Shares, not totals, are read: the start of a huge post is enough, and keeps this bounded.
        prose = prose_only((post.text or "")[:_MAX_POST_CHARS])
        n = len(_ANY_LETTER_WORD.findall(prose))
        if not n:
            continue
        total += n
        english, foreign, unknown, function = _post_words(prose, lists, is_place, seen)
        function_words += function
        counted = english + foreign + unknown
        if counted and ((foreign and foreign + unknown >= least * counted)
                        or (unknown >= least_unknown and unknown >= unknown_share * counted)):
            foreign_words += n
        elif english * 2 > counted:
            english_words += n
    return total, foreign_words, english_words, function_words


# The last note and what it was computed from: the style detector asks first (whether to judge the
# dialect, rpt16) and profile.build_profile asks again with the same corpus and style measures. The
# tags' word counts cost about 2 s for 100,000 tagged posts: read once. One entry, handed out once
# (a Corpus has slots: no weak reference), so at most one corpus is kept until the next call.
_LAST_NOTE: dict[str, tuple[Any, tuple[Any, ...], dict[str, Any] | None]] = {}


def language_note(sections: dict[str, Any] | None, corpus: Any) -> dict[str, Any] | None:
    """``_language_note``, computed once for a corpus and its style measures."""
    import copy

    style = (sections or {}).get("style")
    language = style.get("language") if isinstance(style, dict) else None
    measures = tuple(language.get(key) if isinstance(language, dict) else None
                     for key in ("non_english_word_share", "english_function_word_share"))
    posts = getattr(corpus, "posts", None)
    key = (measures, id(posts), len(posts) if isinstance(posts, list) else None)
    last = _LAST_NOTE.pop("note", None)
    if last is not None and last[0] is corpus and last[1] == key:
        return last[2]
    note = _language_note(sections, corpus)
    _LAST_NOTE["note"] = (corpus, key, copy.deepcopy(note))
    return note


def _language_note(sections: dict[str, Any] | None, corpus: Any) -> dict[str, Any] | None:
    """When a large share of the text is not English: how large, and which checks read English
    only. The share is the larger of the style section's (words in posts or paragraphs that do
    not read as English) and the share of the words of the posts the platform tagged with
    another language (Mastodon, X and Bluesky posts carry one); None under the threshold.

    Since 2026-11-29 (eleventh session, review rev11d D3, D5): tags are weighted by words and a
    post under ``min_tag_words`` is not counted (X tags "lol same" ``tl``); the function-word
    estimate is used only when too few posts are tagged and the paragraph measure read too little
    of the text (headlines tagged ``en`` read as 72% foreign from their few function words).

    Since 2026-11-30 (fifteenth session, rpt15; walk15 7) that estimate must be borne out by the
    other languages' own function words (``_short_text_estimate``): untagged terse English is no
    longer "64% not in English"; text with hardly a function word of any language gets a note
    that says the tool could not tell (``undetermined``).

    Since 2026-11-30 (rpt15b; rev15b 2) each post is read on its own, in any language: words in
    another script, other languages' function words (more languages, report.toml) and words
    outside an English lexicon count, and the English deficit is never dropped silently
    (Polish, Swedish and Turkish accounts had no note, Russian "could not tell")."""
    from nymaudit.style.text import count_words

    settings = _settings("language")
    word_share = None
    style = (sections or {}).get("style")
    language = style.get("language") if isinstance(style, dict) else None
    if isinstance(language, dict) and isinstance(language.get("non_english_word_share"), (int, float)):
        word_share = float(language["non_english_word_share"])
    function = language.get("english_function_word_share") if isinstance(language, dict) else None
    tags: Counter[str] = Counter()
    tagged = tagged_words = foreign_words = 0
    least_words = int(settings.get("min_tag_words", 4))
    # A media-only or hashtag-only tweet ("qme", "qht") is in no language: not counted.
    no_language = {str(t).lower() for t in settings.get("no_language_tags", [])}
    for post in getattr(corpus, "posts", None) or []:
        if not post.is_post or not post.authored or not post.language:
            continue
        code = str(post.language).strip().lower()
        if code in no_language:
            continue
        # A reply of a word or two is often mis-tagged and is hardly any of the text.
        n = count_words(post.text or "")
        if n < least_words:
            continue
        tagged += 1
        tagged_words += n
        if code != "en" and not code.startswith("en-"):
            tags[code] += 1
            foreign_words += n
    enough_tags = tagged >= int(settings.get("min_tagged_posts", 10))
    tag_share = foreign_words / tagged_words if enough_tags and tagged_words else None
    least = float(settings.get("min_english_function_share", 0.22))
    undetermined = False
    if isinstance(function, (int, float)) and function < least and not enough_tags:
        # Short posts the paragraph measure skips (12+ prose words a part): estimated from the
        # function words, when that measure read under `max_measured_share` of the prose words
        # and there are `min_estimate_words` of them.
        limit = int(settings.get("max_estimate_posts", 2000))
        total, measured = _measured_words(corpus, 12, limit)
        if (total >= int(settings.get("min_estimate_words", 50))
                and measured < float(settings.get("max_measured_share", 0.5)) * total):
            estimate, undetermined = _short_text_estimate(float(function), corpus, limit, settings)
            word_share = max(word_share or 0.0, estimate)
    share = max(word_share or 0.0, tag_share or 0.0)
    if share < float(settings.get("min_non_english_share", 0.2)):
        return _undetermined_note(tagged, settings) if undetermined and not enough_tags else None
    english_only = str(settings.get("english_only", "self-disclosures and writing style"))
    partly = str(settings.get("partly", ""))
    checked = str(settings.get("language_free", ""))
    note = (f"{share:.0%} of the text is not in English: {english_only} are read in English only and "
            "were not checked in it" + (f", and {partly}" if partly else "") + ". "
            + (f"Checked in any language: {checked}. " if checked else "")
            + "Few findings are no clean bill: read those posts yourself for your work, family, "
              "routine and where you live.")
    return {
        "non_english_share": round(share, 2),
        "non_english_word_share": None if word_share is None else round(word_share, 2),
        "tagged_posts": tagged,
        "tags": dict(tags.most_common(5)),
        "english_only": english_only,
        "note": note,
    }


def _short_text_estimate(function: float, corpus: Any, limit: int,
                         settings: dict[str, Any]) -> tuple[float, bool]:
    """(share of short untagged text not in English, whether the text gives no ground either way).

    Few English function words alone are no sign of another language: headlines, notes, lists
    and code-heavy posts have few too (walk15 7: ten English notes read "64% not in English", a
    Hugo site's posts 78-82%). The estimate 1 - share / `english_function_share` (the deficit)
    is kept only as far as the posts bear it out, each read on its own (``_post_languages``):
    the share of the words of the posts read either way that are in posts read as another
    language (from words in another script, other languages' function words and words outside
    an English lexicon); the smaller of the two is the share. Since 2026-11-30 (rpt15b; rev15b
    2) the deficit is never dropped silently: a share under the note's threshold needs posts
    that read as English; when under `min_read_share` of the words are in posts read either
    way, the text is undetermined and the note says so (before, only German, French, Spanish,
    Italian, Dutch and Portuguese words counted: Polish, Swedish and Turkish accounts got no
    note, Russian "could not tell")."""
    total, foreign, english, english_function = _post_languages(corpus, limit, settings)
    if not total:
        return 0.0, False
    typical = float(settings.get("english_function_share", 0.45))
    # The style section's share splits words at letters outside ASCII ("trời" holds an English
    # "i", "dzień" an "n"): the share of whole words of any script is the truer one, and the lower.
    function = min(function, english_function / total)
    deficit = min(1.0, max(0.0, 1.0 - function / typical))
    # Posts read as neither (names, a word or two, German nouns taken for names) go with the
    # rest of the account: the share is of the posts that were read either way.
    if foreign + english < float(settings.get("min_read_share", 0.3)) * total:
        return 0.0, True
    return min(deficit, foreign / (foreign + english)), False


def _undetermined_note(tagged: int, settings: dict[str, Any]) -> dict[str, Any]:
    """The language note when the posts are too short or terse to tell which language they are in:
    said, rather than a share the text does not bear out either way."""
    english_only = str(settings.get("english_only", "self-disclosures and writing style"))
    checked = str(settings.get("language_free", ""))
    note = ("Could not tell which language the text is in: the posts are too short or terse (few words "
            f"of English or of another language the tool knows). {english_only[:1].upper()}"
            f"{english_only[1:]} "
            "are read in English only: if the posts are not in English, they were not checked. "
            + (f"Checked in any language: {checked}. " if checked else "")
            + "Read those posts yourself for your work, family, routine and where you live.")
    return {
        "non_english_share": None,
        "non_english_word_share": None,
        "tagged_posts": tagged,
        "tags": {},
        "english_only": english_only,
        "undetermined": True,
        "note": note,
    }


# A record that is a post file of the input ("_posts/2024-03-01-walk.md"), not a platform id.
_FILE_RECORD = re.compile(r"^(?:HEAD:)?[^:]*\.[A-Za-z0-9]{1,8}$")


def redacted_parts(shown: dict[str, Any], raw: dict[str, Any], path: Any) -> dict[str, Any]:
    """The summary parts of a redacted profile: each action's record masked as the findings' are
    (a post file's path as a path, a platform id or URL, which names the account, as ``***``),
    its title and advice and the notes readable (the tool's words), and the language tags (a
    tag says which language, as a zone says where) as ``***``. ``path`` is the mask of the
    findings' paths."""
    from nymaudit.report.redact import FIXED, export_position, own_file_record

    out = dict(shown)
    actions, raw_actions = shown.get("priorities"), raw.get("priorities")
    if isinstance(actions, list) and isinstance(raw_actions, list) and len(actions) == len(raw_actions):
        fixed = []
        for entry, raw_entry in zip(actions, raw_actions, strict=True):
            if not isinstance(entry, dict) or not isinstance(raw_entry, dict):
                fixed.append(entry)
                continue
            # A path and a post file's record as the findings' paths are masked (``path``), or as
            # the profile's other strings are, whichever hides more: `scan` masks a location's
            # whole file name ("*** *** notes.html") where the string masks keep words of it,
            # and `check` keeps the repository's paths in its findings but not elsewhere. A
            # record that is a platform id or a URL (it names the account) is FIXED.
            where = raw_entry.get("path")
            if isinstance(where, str) and where:
                where = _more_masked(path(where), entry.get("path"))
            record = raw_entry.get("record")
            if isinstance(record, str) and record and isinstance(where, str) and own_file_record(
                    record, str(raw_entry.get("path"))):
                # The location's own file (git's "HEAD:.mailmap"): the end of the path shown beside
                # it, as masked there, and git's word "HEAD:" (the string masks read "***:.***";
                # walk13 13).
                record = _own_record_shown(record, where)
            elif isinstance(record, str) and record and export_position(record):
                # The post a photo belongs to in a platform's export ("posts_1.json#1"), as the
                # findings show it (walk16 2); the photo's own name (a media id) stays masked.
                record = path(record)
            elif isinstance(record, str) and record:
                record = (_more_masked(path(record), entry.get("record"))
                          if _FILE_RECORD.match(record) and "://" not in record else FIXED)
            # The title and advice are the tool's words, readable as in the findings (the word
            # masks hunted "exiftool" in them when a file's Software field named it).
            fixed.append({**entry, "title": raw_entry.get("title"), "do": raw_entry.get("do"),
                          "path": where, "record": record})
        out["priorities"] = fixed
    # The notes are the tool's words (rule ids, counts, heuristics/report.toml), never the writer's.
    for key in ("risk_basis", "language"):
        if isinstance(shown.get(key), dict) and isinstance(raw.get(key), dict) and "note" in raw[key]:
            out[key] = {**shown[key], "note": raw[key]["note"]}
    language = out.get("language")
    if isinstance(language, dict) and isinstance(language.get("tags"), dict):
        out["language"] = {**language, "tags": {FIXED: sum(v for v in language["tags"].values()
                                                          if isinstance(v, int))}
                           if language["tags"] else {}}
    return out


_PATH_SEPARATORS = re.compile(r"([/\\!])")
_ORDINAL = re.compile(r"[#:]\d{1,9}$")


def _own_record_shown(record: str, where: str) -> str:
    """A record that is the end of its location's path, as the masked path ``where`` shows that
    end: as many of its last names as the record has, after git's "HEAD:", and an ordinal after
    a "#" as ``FIXED`` (as the findings' record masks do)."""
    from nymaudit.report.redact import FIXED, export_position

    head = "HEAD:" if record.startswith("HEAD:") else ""
    base = record[len(head):]
    ordinal = _ORDINAL.search(base)
    suffix = ""
    if ordinal:
        # A position in a platform's export file ("posts_1.json#70") is kept, as in the findings.
        kept = export_position(base)
        base, suffix = base[:ordinal.start()], ordinal.group(0)
        suffix = "#" + FIXED if suffix.startswith("#") and not kept else suffix
    names = len(_PATH_SEPARATORS.split(base)) // 2 + 1
    parts = _PATH_SEPARATORS.split(where)
    return head + "".join(parts[-(2 * names - 1):]) + suffix


def _more_masked(first: Any, second: Any) -> Any:
    """Of two masked forms of one string, the one with more of it masked (``first`` on a tie)."""
    if not isinstance(second, str):
        return first
    if not isinstance(first, str):
        return second
    return second if second.count("*") > first.count("*") else first
