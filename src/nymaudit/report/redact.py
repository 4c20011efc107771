"""Masking for ``--redact``: the report must not become the leak.

``mask`` keeps a text's punctuation and whitespace while every letter and digit is
gone, and every word is one fixed ``***`` whatever its length: "Horsforth" -> "***"
(until the eleventh session each word kept its length: a name no finding identifies,
"********" inside a quoted post, and a file name's words narrowed the answer).
URLs keep only their scheme ("https://www.leeds.gov.uk/planning" ->
"https://***/***"), e-mail addresses only their "@" ("jane@contoso.com" ->
"***@***"). Until 29 November the first character of each word (and of a URL's
domain) was kept for readability; a walkthrough showed what it gave away:
coordinates to a tenth of a degree ("5*.8*****, -1.6*****"), half of a phone
number's digits, and "H********, GB" beside "L*** 5**" named the town.

``redact_report`` applies the masks to a whole Report: evidence and clue
values; in messages, quoted text, the words of the finding's own evidence and
clue value, and the names and codes (capitalised words, words with digits) of
every finding's evidence and clue value (detectors are asked to keep raw
evidence out of messages; this is the safety net); and the user-text keys
(``SECTION_TEXT_KEYS``) of the profile and of detector sections; in every file
name, path and key path, the words a finding says are the writer's (the town in a
post's slug); in input errors, what a draft quotes (a local path it embeds, a home
folder's user name). Rule titles and
advice are the tool's own words and stay readable. Every renderer calls it, so
all formats agree.

All functions are linear in the length of the text (a 5 MB post is fine) and
idempotent: masking a masked text changes nothing.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Callable
from typing import Any

from nymaudit.model import Clue, Finding, Report
from nymaudit.text.tally import listed_names

MASK = "*"
# Keys of profile/section dicts whose string values (and, below them, dict keys)
# are or may be the writer's own text: quotes, clue values, the labels given to
# known corpora (often a real name). Habit and feature names ("whilst",
# "double_space_after_sentence") stay readable: they are the advice.
# Section owners: put quoted user text under one of these keys.
SECTION_TEXT_KEYS = frozenset(
    {
        "evidence", "example", "examples", "text", "quote", "quotes", "snippet",
        "snippets", "value", "values", "phrase", "phrases", "term", "terms",
        "sample", "samples", "word", "words", "label", "labels",
    }
)
# Quoted stretches inside messages: «…», "…", “…” and '…' (a quote mark not inside a
# word, so "writer's" opens nothing; a handle of two letters, 'zq', escaped the word
# masks). Negated, bounded classes keep the scan linear when a quote is never closed.
_QUOTED = re.compile(r"«([^»]*)»|\"([^\"]*)\"|“([^”]*)”|(?<!\w)'([^'\n]{1,300})'(?!\w)")
_URL_OR_AT = re.compile(r"://|@")
_SPACE = re.compile(r"\s")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]{0,15})://$")
_URL_TRAILING = ").,;:!?»\"'”’]>"
_MAX_DEPTH = 40
# "_" separates words here ("marie_lefebvre" in a key path): as one word, neither part matched.
_WORD = re.compile(r"[^\W_]+")
_WORD3 = re.compile(r"[^\W_]{3,}")
_ASCII_WORD_TO_MASK = str.maketrans(
    dict.fromkeys("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_", MASK))
# A run of stars a mask wrote (or the text held): one fixed width (eleventh session).
_MASK_RUN = re.compile(r"\*+")
# Where a finding's subject stood in its evidence, while the evidence is masked (control
# characters no mask touches, around what stands for it): shown in brackets, "[***]".
_SUBJECT_OPEN, _SUBJECT_CLOSE = "\x0e", "\x0f"
_SUBJECT = _SUBJECT_OPEN + "***" + _SUBJECT_CLOSE
_MARKS = str.maketrans({_SUBJECT_OPEN: "[", _SUBJECT_CLOSE: "]"})
_OWN_BRACKETS = str.maketrans({"[": "(", "]": ")"})
_SECRET_SCAN_CHARS = 200_000
_MAX_PROPER_WORDS = 200_000
_PROPER_SCAN_CHARS = 20_000_000
# Words too common to give anything away; masking them would only make a
# redacted message unreadable.
_COMMON_WORDS = frozenset((
    "the", "and", "for", "with", "from", "this", "that", "these", "those", "you", "your",
    "our", "their", "his", "her", "its", "was", "were", "are", "has", "have", "had", "not",
    "but", "all", "any", "can", "will", "would", "one", "two", "out", "about", "into", "over",
    "onto", "near", "per", "via", "just", "than", "then", "there", "here", "when", "where",
    "what", "which", "who", "how", "why", "also", "only", "more", "most", "some", "such",
    "very", "post", "posts", "link", "links", "mention", "mentions", "http", "https", "www",
    # The tool's own words in an offset ("UTC+01:00"): masked they read "U** offset".
    "utc", "gmt",
    # The tool's words in git evidence ("(2 commits, 2025-02-02 to 2025-02-03)"): masked,
    # the message read "2 ******* by 1 other identity".
    "commit", "commits", "spelling",
))
# Rules whose evidence is the tool's own count, no word of the writer's: META025's
# "platform copies: 1" (hunted, its message read "1 of 1 attachments are ****** the
# ******** re-encoded", and a post named "platform-one" was masked for it).
# META029's evidence is the tool's counts ("1 comment, 13 words"): hunted, its message read
# "*** ***, *** ***".
_TOOL_EVIDENCE_RULES = frozenset({"META025", "META029"})
# Evidence a detector writes in its own words around a count, no word of the writer's:
# TIME008's "1 post without a date", "3 times without a time zone", "30 records at 00:00:00".
# Hunted whole in its message it read "Left out of the time analysis: *** *** *** *** *** or
# time" (walk14 10): shown as it is, in the message and as the evidence.
_TOOL_COUNT_EVIDENCE = re.compile(
    r"\d[\d,]{0,12} (?:posts? without a date|times? without a time zone|records? at 00:00:00)")
# A file's extension, which a redacted path shows ("drafts/***-***.pdf"): no secret in a message.
# Hunted from INPUT008's evidence "staffing-survey.pdf", it masked the tool's "the words of the
# PDF" (walk14 10).
_FILE_EXTENSION_WORD = re.compile(r"(?<=[^\s/\\.])\.([A-Za-z][A-Za-z0-9]{0,4})(?=$|[\s,;:)#\]])")
# The programs META029's advice names: META017's "Microsoft Macintosh Word" puts "Word" among
# the words to hide.
_OFFICE_PROGRAMS = frozenset({"word", "excel", "powerpoint", "libreoffice"})


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or unicodedata.category(ch)[0] == "M"


def _mask_plain(text: str) -> str:
    if text.isascii():
        # Same rule, at C speed: in ASCII a word character is [A-Za-z0-9_].
        return text.translate(_ASCII_WORD_TO_MASK)
    return _mask_plain_unicode(text)


def _mask_plain_unicode(text: str) -> str:
    """Every word character starred; whitespace, punctuation and ASCII symbols kept;
    other symbols (emoji, flags) starred; invisible format characters (bidi
    overrides, zero-width joiners) dropped."""
    out: list[str] = []
    for ch in text:
        if _is_word_char(ch):
            out.append(MASK)
            continue
        category = unicodedata.category(ch)
        if category == "Cf":
            continue  # invisible: dropped
        if ch.isspace() or ch.isascii() or category.startswith("P"):
            out.append(ch)
        else:
            out.append(MASK)
    return "".join(out)


def _mask_url(token: str, at: int) -> str:
    """``token[at:]`` starts with "://"; the scheme is the run just before it."""
    head = token[:at]
    match = _SCHEME.search(head + "://")
    scheme = match.group(1) if match else ""
    prefix = head[: len(head) - len(scheme)]
    rest = token[at + 3 :]
    trailing = ""
    while rest and rest[-1] in _URL_TRAILING:
        trailing = rest[-1] + trailing
        rest = rest[:-1]
    host_end = len(rest)
    for sep in "/?#":
        index = rest.find(sep)
        if index != -1:
            host_end = min(host_end, index)
    host, path = rest[:host_end], rest[host_end:]
    masked = f"{scheme}://{MASK * 3}" if host else f"{scheme}://"
    if path.strip("/"):
        masked += "/" + MASK * 3
    return _mask_plain(prefix) + masked + _mask_plain(trailing)


def _mask_email(token: str, at_index: int) -> str:
    # Walk out from the @ to the address's own characters.
    start = at_index
    while start > 0 and (_is_word_char(token[start - 1]) or token[start - 1] in ".+-"):
        start -= 1
    end = at_index + 1
    while end < len(token) and (_is_word_char(token[end]) or token[end] in ".-"):
        end += 1
    local, domain = token[start:at_index], token[at_index + 1 : end].rstrip(".-")
    end = at_index + 1 + len(domain)
    if not local or "." not in domain:
        return _mask_plain(token)
    masked = f"{MASK * 3}@{MASK * 3}"
    return _mask_plain(token[:start]) + masked + _mask_plain(token[end:])


def _mask_token(token: str) -> str:
    at = token.find("://")
    if at > 0:
        return _mask_url(token, at)
    at_sign = token.find("@")
    if at_sign > 0 and "." in token[at_sign:]:
        return _mask_email(token, at_sign)
    return _mask_plain(token)


# What is left of a terminal escape sequence once its ESC and BEL are gone (the readers turn
# control characters into spaces): "[31m", "[1;31m", "[?25l" (CSI), "]0;" (OSC). Masked word
# by word a software value made of them kept its brackets and semicolons ("Software=[*** [***",
# red team, thirteenth session, rep13): each is one FIXED, and a value holding one is FIXED
# whole (``escape_debris``).
# ESC, DEL and the C1 controls count too; the other C0 controls are this module's own slots.
# One character set first, so the regex engine scans for it at C speed.
_ESCAPE_DEBRIS = re.compile(
    r"[\[\]\x1b\x7f-\x9f](?:(?<=\[)[0-9;?<=>]{1,32}[ -/]{0,4}[@-~]|(?<=\])[0-9]{1,4};|(?<=[\x1b\x7f-\x9f]))")


def escape_debris(value: str) -> bool:
    """Whether ``value`` holds a control character or what is left of an escape sequence."""
    return bool(value) and _ESCAPE_DEBRIS.search(value) is not None


def mask(text: str) -> str:
    """Mask a piece of user text: every word (every run of masked characters) one fixed
    ``***``, whatever its length (see the module docstring)."""
    if not text:
        return text
    if ("[" in text or "]" in text or not text.isascii() or "\x1b" in text) and escape_debris(text):
        text = _ESCAPE_DEBRIS.sub(FIXED, text)
    return _MASK_RUN.sub(FIXED, _mask_shaped(text))


# A UTC offset's sign and digits ("-05:00" of OffsetTimeOriginal, "22:15:00+01:00", git's
# "+0100", "UTC-5"): masked word by word the sign stayed ("-***:***"), and the sign alone halves
# the search (west or east of Greenwich; thirteenth session, rep13). The whole offset is one
# FIXED, in a finding's evidence, message and clue value (``mask_offsets``, once per text: inside
# ``mask``, called for every word hunted, it made redaction 40% slower). Only a signed hh:mm or
# hhmm whose hours are 00-14, standing alone or right after a time of day (``_TIME_BEFORE``), and
# a signed hh alone right after such a time; the context is checked in ``_offset_sub``. A time
# without seconds counts after a date ("2025-06-01 10:00-12:00" then loses its range: the safe
# side), or before a compact "-0500"; a bare "08:00-12:00" stays a range.
_SIGNED_OFFSET = re.compile(r"[+\-\u2212](?:0\d|1[0-4]):?[0-5]\d(?![\w:]|[.,]\d)")
# A time of day right before an offset: with its seconds (not the range "08:00-12:00"), or
# without them after an ISO 8601 date's "T" ("2025-06-01T22:15-05:00", "T2215-0500") or after a
# date and a space ("2025-06-01 22:15-05:00", "1 Jun 2025 22:15-05:00"; rev13c 8).
_TIME_BEFORE = re.compile(r"(?:\d:\d\d:\d\d(?:[.,]\d{1,9})?|\dT\d\d:?\d\d(?::?\d\d(?:[.,]\d{1,9})?)?"
                          # a date before "hh:mm": "2025-06-01", "01/06/2025", "1 Jun 2025" (not any
                          # four digits: "Room 1204 10:00-12:00" kept its range, review rev13e item 4)
                          r"|(?:\d{4}[-/.]\d\d?[-/.]\d\d?|\d\d?[-/.]\d\d?[-/.]\d{2,4}"
                          r"|\d\d? [A-Z][a-z]{2,8}\.? \d{4}) \d\d?:\d\d)$")
_CLOCK_BEFORE = re.compile(r"\d:\d\d$")  # "22:15" before "-0500", a compact offset: no range has that
# An offset of hours alone ("22:15:00-05"), only straight after a time as above.
_HOURS_OFFSET = re.compile(r"(?<=\d)[+\-\u2212](?:0\d|1[0-4])(?![\w:]|[.,]\d)")


def _offset_sub(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    if _TIME_BEFORE.search(text, max(0, start - 24), start) or (
            len(match.group(0)) == 5 and _CLOCK_BEFORE.search(text, max(0, start - 4), start)):
        return " " + FIXED  # "22:15:00 ***": a time, then an offset with no sign
    before = text[start - 1] if start else ""
    if before and (_is_word_char(before) or before in "+-\u2212.:/"):
        return match.group(0)  # inside a number, a date or a name: "2025-0301", "v1.2-1200"
    return FIXED


def _hours_offset_sub(match: re.Match[str]) -> str:
    text, start = match.string, match.start()
    return " " + FIXED if _TIME_BEFORE.search(text, max(0, start - 24), start) else match.group(0)


def mask_signed_offsets(text: str) -> str:
    """Every UTC offset in ``text`` as ``FIXED``, its sign with it (see ``_SIGNED_OFFSET``;
    "UTC+05:30" / "GMT-3" whole)."""
    if not text:
        return text
    if "UTC" in text or "GMT" in text:
        text = _UTC_OFFSET.sub(FIXED, text)
    if "+" in text or "-" in text or "\u2212" in text:
        text = _SIGNED_OFFSET.sub(_offset_sub, text)
        if ":" in text or "T" in text:
            text = _HOURS_OFFSET.sub(_hours_offset_sub, text)
    return text


def _mask_shaped(text: str) -> str:
    """The masks of ``mask`` with each word's length kept: the step before the runs of stars
    are made one width (the masks of the sessions before the eleventh)."""
    if not text:
        return text
    if not text.isascii():
        # Invisible format characters (bidi overrides, soft hyphens) go first, so
        # they can neither split a word nor hide an address from the masks below.
        text = "".join(ch for ch in text if ch.isascii() or unicodedata.category(ch) != "Cf")
    if "://" not in text and "@" not in text:
        return _mask_plain(text)
    # Only the whitespace-delimited tokens holding "://" or "@" need the URL and
    # address rules; the stretches between them take the fast plain mask.
    out: list[str] = []
    done = 0
    for match in _URL_OR_AT.finditer(text):
        if match.start() < done:
            continue  # inside a token already handled
        start = _token_start(text, match.start(), done)
        end = _token_end(text, match.end())
        out.append(_mask_plain(text[done:start]))
        out.append(_mask_token(text[start:end]))
        done = end
    out.append(_mask_plain(text[done:]))
    return "".join(out)


def _token_start(text: str, index: int, floor: int) -> int:
    # Walks back no further than the previous token's end: linear overall.
    while index > floor and not text[index - 1].isspace():
        index -= 1
    return index


def _token_end(text: str, index: int) -> int:
    match = _SPACE.search(text, index)
    return match.start() if match else len(text)


def mask_quotes(message: str, keep: frozenset[str] = frozenset()) -> str:
    """Mask only what a message quotes in «…», "…" or “…” (a detector's own words
    around the quote stay readable). ``keep``: quoted words (case folded) left as they are."""
    if not message:
        return message

    def _sub(match: re.Match[str]) -> str:
        whole = match.group(0)
        if keep and whole[1:-1].casefold() in keep:
            return whole
        if whole[0] == "«":
            # A detector's quoted clue, masked whole: its shape named it («***/***» was US/Canada).
            return "«***»"
        return whole[0] + mask(whole[1:-1]) + whole[-1]

    return _QUOTED.sub(_sub, message)


def mask_tree(value: Any, *, under_text_key: bool = False, depth: int = 0, record: bool = False) -> Any:
    """Mask the strings of a profile/section tree that sit under a user-text key.

    Under such a key a mapping's keys are user text too ({"Jane Smith": 6122}), but
    the keys of a record in a list ({"kind": ..., "feature": ...}) are the report's
    own field names and stay, so a redacted report keeps its shape."""
    if depth > _MAX_DEPTH:
        return None
    if isinstance(value, str):
        return mask(value) if under_text_key else value
    if isinstance(value, dict):
        return {
            (mask(key) if under_text_key and not record and isinstance(key, str) else key): mask_tree(
                item,
                under_text_key=under_text_key or str(key).lower() in SECTION_TEXT_KEYS,
                depth=depth + 1,
            )
            for key, item in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [mask_tree(item, under_text_key=under_text_key, depth=depth + 1, record=True)
                for item in value]
    return value


# Linkage habits whose feature is the writer's own words, not the name of a habit.
_TEXT_HABIT_KINDS = frozenset({"phrase", "vocabulary", "name", "misspelling"})


def _redact_linkage(original: dict[str, Any], masked: dict[str, Any]) -> dict[str, Any]:
    """What the generic tree pass cannot know about the linkage section: the known
    corpora's labels (often a real name) inside warnings and as keys of ``domain``,
    and shared habits whose feature is a phrase or word from the writing."""
    # The labels are slots by now (``_slot_linkage_labels``, before the tree mask): the warnings'
    # quoted labels too, so mask_tree left them; any other string is masked as before.
    out = dict(masked)
    domain = masked.get("domain")
    if isinstance(domain, dict) and isinstance(domain.get("known"), dict):
        out["domain"] = {**domain, "known": {mask(str(k)): v for k, v in domain["known"].items()}}
    out["shared_habits"] = [
        {**h, "feature": mask(h["feature"])}
        if isinstance(h, dict) and h.get("kind") in _TEXT_HABIT_KINDS and isinstance(h.get("feature"), str)
        # (Tenth session, sty10.) A spelling variety is the clue `scan` masks as STYLE001's:
        # FIXED, as "British" and "American" differ in length.
        else {**h, "feature": f"{FIXED} spelling"} if isinstance(h, dict) and h.get("kind") == "dialect"
        # A function word that is a marked spelling ("whilst": British only) says the variety too.
        else {**h, "feature": FIXED} if isinstance(h, dict) and isinstance(h.get("feature"), str)
        and _marked_spelling(h["feature"])
        else h
        for h in masked.get("shared_habits", [])
    ]
    from nymaudit.style.linkage import LOCALE_HABITS

    # Habits both sides settled on whose form says where (spelling, date order, clock).
    for key in ("habits_that_agree", "habits_that_differ"):
        if isinstance(masked.get(key), list):
            out[key] = [{**h, "pseudonymous": f"{FIXED} {h['habit']}", "known": f"{FIXED} {h['habit']}"}
                        if isinstance(h, dict) and h.get("habit") in LOCALE_HABITS else h
                        for h in masked[key]]
    return out


def _marked_spelling(word: str) -> bool:
    """Whether a word is one variety's spelling (heuristics/style.toml's dialect lists)."""
    from nymaudit.style.dialect import spelling_variant

    return bool(word) and " " not in word and spelling_variant(word) is not None


# (2026-11-29, eleventh session.) A known corpus's label (``--known LABEL=PATH``, often a real
# name) is shown as "known 1", "known 2", ... in the order the labels were given: masked letter
# by letter, "******** **********-********" beside "**" gave a 28-letter name and a 2-letter one,
# while several corpora must stay apart. While the report is masked a label stands as a slot
# (control characters no mask touches, around its number), put back as its name at the end.
_LABEL_SLOT = re.compile("\x06([\x10-\x19]+)\x07")
# Words of the tool's own sentences about corpora: a label that is one of them ("known", "style")
# is replaced only where it stands quoted ("Known corpus 'known' has ...").
_LABEL_SENTENCE_WORDS = frozenset({"known", "corpus", "corpora", "pseudonymous", "writing", "words",
                                   "text", "style", "label", "warning"})


# Where the habit advice (style.linkage.advice_for) quotes a habit's word, not a label: after
# "You write '", "pattern '", "the phrase '", "sides name '" and "uncommon word '".
_NOT_ADVICE_QUOTE = "".join(rf"(?<!{re.escape(lead)} .)" for lead in
                            ("You write", "pattern", "the phrase", "sides name", "uncommon word"))


def known_label_names(linkage: Any) -> dict[str, str]:
    """Each known corpus's label -> "known N", numbered in the order the labels were given
    (the linkage's ``words``, which follow ``--known``; then the candidates, ranked)."""
    order: list[str] = []
    if isinstance(linkage, dict):
        words = linkage.get("words")
        if isinstance(words, dict):
            order += [str(label) for label in words]
        candidates = linkage.get("candidates")
        for c in candidates if isinstance(candidates, list) else []:
            if isinstance(c, dict) and c.get("label") not in (None, ""):
                order.append(str(c["label"]))
    labels = [label for label in dict.fromkeys(order) if label.strip()]
    return {label: f"known {number}" for number, label in enumerate(labels, start=1)}


def _label_slot(name: str) -> str:
    number = name.rsplit(" ", 1)[-1]
    return "\x06" + "".join(chr(0x10 + int(d)) for d in number) + "\x07"


def _restore_labels(text: str) -> str:
    """Every label slot as its name ("known 2")."""
    if not text or "\x06" not in text:
        return text
    return _LABEL_SLOT.sub(lambda m: "known " + "".join(str(ord(ch) - 0x10) for ch in m.group(1)), text)


def _restore_labels_tree(value: Any, depth: int = 0) -> Any:
    """``_restore_labels`` on every string of a tree, dict keys too (``words``, ``domain.known``)."""
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, str):
        return _restore_labels(value)
    if isinstance(value, dict):
        return {(_restore_labels(k) if isinstance(k, str) else k): _restore_labels_tree(v, depth + 1)
                for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_restore_labels_tree(item, depth + 1) for item in value]
    return value


def _label_hider(linkage: Any, slots: bool = False) -> Any:
    """A function that shows the known corpora's labels (``--known LABEL=PATH``, often a real
    name, and as often written in lower case: "jsmethurst") as their numbered names
    (``known_label_names``) wherever they stand as whole words, in any case; a label of one
    character or one of the tool's words only where it stands quoted. ``slots``: as slots,
    for text the masks have yet to run on (``_restore_labels`` names them)."""
    names = known_label_names(linkage)
    if not names:
        return lambda text: text
    folded: dict[str, str] = {}
    for label, name in names.items():
        folded.setdefault(label.strip().casefold(), name)
    parts = []
    everyday = _LABEL_SENTENCE_WORDS | _COMMON_WORDS | _linkage_words()
    for label in sorted({label.strip() for label in names}, key=len, reverse=True):
        # (Review rev11a 8.) An everyday word ("when", "me": the function words of the shared
        # habits too) only where it stands quoted and not as the word the habit advice quotes
        # ("You write 'when' unusually often" read "You write 'known 1' ...", a wrong fact).
        # (walk15 5.) Never as the word the advice quotes, whatever the label: "Both sides name
        # 'known 1'" told the reader that both identities write the real-name person's name.
        quoted_only = len(label) < 2 or label.casefold() in everyday
        parts.append(rf"{_NOT_ADVICE_QUOTE}(?<=['\"‘“]){re.escape(label)}(?=['\"’”])" if quoted_only
                     else _NOT_ADVICE_QUOTE + re.escape(label))
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)

    def shown(found: str) -> str:
        name = names.get(found) or folded.get(found.casefold()) or FIXED
        return _label_slot(name) if slots else name

    def hide(text: str) -> str:
        if not text:
            return text
        # (walk15 5.) A label inside a longer quoted value (a shared phrase 'priya and i') is
        # masked with that value: named there, "'known 1 *** ***'" told the reader the value
        # holds the real-name person's name. Only a label quoted alone or standing in the tool's
        # own words is named.
        quoted = [(m.start() + 1, m.end() - 1) for m in _QUOTED.finditer(text)]

        def name(match: re.Match[str]) -> str:
            found = match.group(0)
            for start, end in quoted:
                if start <= match.start() and match.end() <= end:
                    return found if text[start:end].strip() != found else shown(found)
            return shown(found)

        return pattern.sub(name, text)

    return hide


def _slot_linkage_labels(linkage: dict[str, Any]) -> dict[str, Any]:
    """The linkage section with each label a slot where it stands as a label (a candidate's,
    a habit's, the keys of ``words`` and ``domain.known``) and in its warnings."""
    names = known_label_names(linkage)
    if not names:
        return linkage
    hide = _label_hider(linkage, slots=True)

    def slot(label: Any) -> Any:
        return _label_slot(names[str(label)]) if str(label) in names else label

    out = dict(linkage)
    for key in ("candidates", "habits_that_agree", "habits_that_differ"):
        if isinstance(linkage.get(key), list):
            out[key] = [{**item, "label": slot(item["label"])} if isinstance(item, dict) and "label" in item
                        else item for item in linkage[key]]
    if isinstance(linkage.get("words"), dict):
        out["words"] = {slot(label): n for label, n in linkage["words"].items()}
    domain = linkage.get("domain")
    if isinstance(domain, dict) and isinstance(domain.get("known"), dict):
        out["domain"] = {**domain, "known": {slot(label): v for label, v in domain["known"].items()}}
    if isinstance(linkage.get("warnings"), list):
        out["warnings"] = [hide(w) if isinstance(w, str) else w for w in linkage["warnings"]]
    return out


def _unique_words(texts: list[str]) -> set[str]:
    found: set[str] = set()
    for text in texts:
        found.update(_WORD3.findall(text[:_SECRET_SCAN_CHARS]))
    return found


def _is_name_or_code(word: str) -> bool:
    return (
        (word[0].isupper() or any(ch.isdigit() for ch in word))
        and not (word.isdigit() and len(word) <= 4)  # counts, years, percentages
        and word.casefold() not in _COMMON_WORDS
    )


def proper_words(findings: list[Finding]) -> frozenset[str]:
    """Names and codes (capitalised words, words with digits) from every finding's
    evidence and clue value: a place named in one post must not stay readable in
    the message of another finding."""
    candidates: set[str] = set()
    budget = _PROPER_SCAN_CHARS  # bounds the work on reports with huge evidence
    for finding in findings:
        clue = finding.clue
        # A clue that is the tool's own description (a habit, "describes their workplace")
        # names nothing: "CAPS" of "words in ALL CAPS for emphasis" is no name to hunt.
        tool_words = clue is None or _habit_name(clue.value) or _own_label(clue.value)
        # (An HTML comment's label is the tool's: "HTML" of it is no name to hunt.)
        texts = [finding.evidence.removeprefix(_HTML_COMMENT_LABEL)] + (
            [] if tool_words else [clue.value])  # type: ignore[union-attr]
        if _keyed_evidence(finding):
            # Its values, not the format's fields that name them ("Author", "AttachedTemplate"),
            # which stay readable beside a FIXED value; a field the file's author named is theirs.
            texts = _metadata_said(finding.evidence[:_SECRET_SCAN_CHARS]) + texts[1:]
        if _is_identity_finding(finding):
            # Nor the platform before a handle ("LinkedIn").
            texts[-1] = _split_label(clue.value)[1]  # type: ignore[union-attr]
        budget -= sum(min(len(t), _SECRET_SCAN_CHARS) for t in texts)
        if budget < 0 or len(candidates) >= _MAX_PROPER_WORDS:
            break
        candidates |= _unique_words(texts)
    return frozenset(w for w in candidates if _is_name_or_code(w))


def mask_known(message: str, secrets: list[str], names: frozenset[str] = frozenset(),
               whole_only: tuple[str, ...] = (), between: Any = None,
               keep: frozenset[str] = frozenset()) -> str:
    """Mask, inside a message, the evidence and clue value of the same finding
    (where they appear whole, then each of their words of three or more
    characters, ignoring case and common function words) and any of ``names``
    (exact case). ``whole_only`` texts are masked where they appear whole only.
    ``between``: one more mask (zones, locales as ``FIXED``), applied first, while the
    names it looks for are whole and before a whole value masked around them kept their
    shape. ``keep``: words (case folded) the tool wrote itself, left readable."""
    if not message:
        return message
    if between is not None:
        message = between(message)
    for secret in sorted({s for s in (*secrets, *whole_only) if s and len(s) >= 3}, key=len, reverse=True):
        if secret in message:
            message = message.replace(secret, FIXED if escape_debris(secret) else mask(secret))
    words = {w.casefold() for w in _unique_words(secrets)} - _COMMON_WORDS - keep
    if not words and not names:
        return message

    def _sub(match: re.Match[str]) -> str:
        word = match.group(0)
        folded = word.casefold()
        return mask(word) if (folded in words or (word in names and folded not in keep)) else word

    return _WORD.sub(_sub, message)


def _served_file_words(path: str) -> frozenset[str]:
    """The words of the name of a file a site serves from .well-known/ ("security" of security.txt),
    which a message about it says in the tool's words ("the site's .well-known/security.txt, which
    names whom to report security problems to"): an address there (security@host) made them a
    secret, masked in the message ("report *** problems", con15b). Empty for any other path."""
    path = path.replace("\\", "/")
    if "/.well-known/" not in f"/{path}":
        return frozenset()
    return frozenset(w.casefold() for w in _WORD.findall(path.rsplit("/", 1)[-1]))


# The words of the place detector's sentences (detectors/places.py) that a post may hold too.
_PLACE_SENTENCE_WORDS = frozenset((
    "says", "live", "come", "from", "names", "mentions", "within", "times", "once", "near", "mostly",
    "account", "other", "places", "place", "name", "local", "gazetteer", "lacks", "away", "more",
))


@functools.lru_cache(maxsize=1)
def _linkage_words() -> frozenset[str]:
    from nymaudit.style.habits import descriptions
    from nymaudit.style.text import function_words

    # Lower-case words only: "Oxford" of "Oxford comma" could be a place both sides name.
    described = {w for text in descriptions() for w in _WORD.findall(text) if w.islower()}
    return frozenset(w.casefold() for w in function_words()) | described | {"per", "1000", "here", "typical"}


def _own_label(value: str) -> bool:
    """A clue value that is one of the tool's fixed descriptions ("describes their
    workplace"): masked as a value, but its words are no secret to hunt for in the
    message, where they would garble the tool's own sentence."""
    from nymaudit.text.disclosure import fixed_values

    return value in fixed_values()


def _habit_name(value: str) -> bool:
    """A style clue that names a habit ("a sign-off formula closing posts"): the tool's
    words, no fact about the writer; left readable in the message it stands in."""
    from nymaudit.style.habits import descriptions

    return value in descriptions()


# A UTC offset named in any message ("records its times with the offset UTC+00:00,
# UTC+01:00"): the clue holds one of them, and a second one stayed readable beside it.
_UTC_OFFSET = re.compile(r"(?<![\w+])(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?(?!\w)")


# A fixed placeholder where a masked name's shape would narrow the answer: zones,
# countries, daylight-saving rules, offsets and locales ("****/*******" beside "+**:**" left
# the few zones with a half-hour offset), and the platforms' record ids.
FIXED = "***"

# Records that are no platform id: WordPress's own post numbers (they resolve only on the
# site, whose address is masked) and key paths or the tool's own words ("timezone", "body",
# "CNAME", "author.email"). Everything else is masked: a tweet id opens at
# x.com/i/status/ID, a Reddit t1_/t3_ id and a git commit id are found by search, and all
# of them show the account.
_WP_RECORD = re.compile(r"wp-[a-z]+-\d{1,9}")
# The tool's own name of a photo pasted into a post as a data: URI ("draft.md#data-image-3"):
# masked, the 20 results of one draft read alike and the writer could not tell which to fix.
_PASTED_IMAGE = re.compile(r"data-image-\d{1,4}")
_KEY_PATH = re.compile(r"[A-Za-z_][A-Za-z_-]*(?:\.(?:[A-Za-z_][A-Za-z_-]*|\d{1,3}))*")
_HEX_RECORD = re.compile(r"[0-9a-f]{7,40}")
_ORDINAL_SUFFIX = re.compile(r"[#:]\d{1,9}$")


def redact_record(record: str | None, path: str = "") -> str | None:
    """A location's record as a redacted report shows it: itself when it is no platform
    id (see ``public_record``), else ``FIXED``. The line, where the format has one (a
    CSV row), stays and finds the record in the owner's file; so does the finding's
    place in the unredacted report, which lists the same findings in the same order."""
    if not record or public_record(record, path):
        return record
    return FIXED


# Where in a document its words stand (sources/doctext.py): "page 2", "slide 3", "paragraph 14",
# "page 2, paragraph 5" ("header", "footer" are key-path words already). The tool's words: masked,
# a finding in a document did not say where to look (thirteenth session, doc13).
_DOCUMENT_PLACE = re.compile(r"(?:page \d{1,6}, )?(?:page|slide|paragraph) \d{1,6}")
# A sheet's cell or row as a message names it, by the sheet's position (``text.tally.record_said``:
# "sheet 2, cell A2", "hidden sheet 3, row 7 (hidden columns C, D)", "sheet 2, link in cell B7"): the
# tool's words and numbers, kept in a message's list of records ("***.xlsx#*** 2, *** A2" did not say
# where to look; con15b). The location's record names the sheet and is masked.
_SHEET_PLACE = re.compile(
    r"(?:hidden )?sheet (?:\d{1,4}|\?), (?:(?:link in )?cell [A-Z]{1,3}\d{1,7}|(?:hidden )?row \d{1,7})"
    r"(?: \(hidden (?:row|columns? [A-Z]{1,3}(?:, [A-Z]{1,3}){0,50})\))*(?: \(formula\))?")


# The record of a Markdown post's HTML comment (sources/blog.html_comment_records): the tool's words
# and the comment's number in the file, which the line beside it finds (walk16 item 6).
_HTML_COMMENT_RECORD = re.compile(r"HTML comment \d{1,4}")


def public_record(record: str, path: str = "") -> bool:
    if _DOCUMENT_PLACE.fullmatch(record) or _HTML_COMMENT_RECORD.fullmatch(record):
        return True
    if "://" in record:
        return False  # a Mastodon status URL names the server and the handle
    # A file's own name (a blog post), also with an ordinal ("outbox.json#12", "a.jsonl:7"),
    # or a post file of the input.
    if _file_record(record, path) or _WP_RECORD.fullmatch(record) or _PASTED_IMAGE.fullmatch(record):
        return True
    if export_position(record):
        # A photo's post in a platform's export ("your_instagram_activity/media/posts_1.json#1" for
        # media/posts/202607/17900000000000001.jpg): where it stands in the member's download, no id.
        # It read "***", and the shared report could not say which photo held the GPS (walk16 2);
        # the photo's own name (Meta's media id) stays masked in the path.
        return True
    return bool(_KEY_PATH.fullmatch(record)) and not _HEX_RECORD.fullmatch(record)


def own_file_record(record: str, path: str) -> bool:
    """A record that is the end of the location's own path (git's "HEAD:.mailmap": the file as
    the repository's HEAD holds it, tenth session), also with an ordinal ("outbox.json#12")."""
    base = _ORDINAL_SUFFIX.sub("", record.removeprefix("HEAD:"))
    return len(base) >= 3 and path.endswith(base) and (
        len(path) == len(base) or path[-len(base) - 1] in "/!\\")


def _file_record(record: str, path: str) -> bool:
    """A record that names a file (the location's own file, or the post that shows a photo),
    not a key path or a platform id."""
    return own_file_record(record, path) or bool(_POST_FILE_RECORD.fullmatch(record))


# A post file of the input named as the record of a finding about another file (the photo a
# post embeds: "_posts/2025-06-03-the-allotment.md"): the user's own file, which finds the
# post; its words a finding names are masked with the other paths. It was "***".
# Its masked form too ("_posts/****-**-**-***-*********.md", tenth session: a message's list is
# masked as paths before the record masks run).
_POST_FILE_RECORD = re.compile(
    r"(?!.*://)[\w.\-* ]{1,200}(?:/[\w.\-* ]{1,200}){0,12}\.(?:md|markdown|mdown|html?|txt|rst|adoc|org)"
    r"(?:[#:]\d{1,9})?")


# Platform ids inside messages, paths and section text: after a file name
# ("comments.csv#t1_k00041x:43", "tweets.js#1890000000001234567"), and anywhere in the
# shapes the platforms use: long numbers (tweet and Mastodon status ids, also in the X
# archive's media file names), Reddit fullnames, git commit ids.
# A full stop that ends the sentence is not part of the record ("... tweets.js#123. Then" kept
# its full stop only when the record was public).
_REF_AFTER_NAME = re.compile(
    r"(?<=[\w.)])#([^\s,;()\[\]<>…\"'«»]+?)(?=:\d|[\s,;()\[\]<>…\"'«»]|\.(?=[\s)\]\"'»]|$)|$)")
_LONG_NUMBER = re.compile(r"(?<![\w.,])\d{9,}(?!\w|[.,]\d)")
_REDDIT_ID = re.compile(r"(?<![\w-])t[1-6]_[0-9a-z]{1,13}(?![\w-])")
_COMMIT_ID = re.compile(r"(?<![\w-])(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{10,40}(?![\w-])")
# Mastodon stores a file under its record id cut into groups of three digits
# ("media_attachments/files/109/876/543/210/987/654/original/..."): the media id, which the
# server shows with the post and its account. Three groups or more between slashes.
_ID_PARTITION = re.compile(r"(?<=/)\d{3}(?:/\d{3}){2,}(?=/)")
# A content id (CIDv1 in base32, "bafkrei..."): the name a Bluesky blob is published and
# saved under, which every post embedding the image names (review rev9a, 2026-11-29).
_CONTENT_ID = re.compile(r"(?<![\w-])baf[a-z2-7]{40,}(?![\w-])")
# One pass (a commit id first: its digits must not be read as a long number).
_ANY_ID = re.compile("|".join(p.pattern for p in (_COMMIT_ID, _REDDIT_ID, _ID_PARTITION, _CONTENT_ID,
                                                  _LONG_NUMBER)))


def export_position(record: str) -> bool:
    """Whether ``record`` is a position in a platform's export file ("your_instagram_activity/
    media/posts_1.json#70"; ``_POSITIONAL_EXPORT_FILE``): kept under --redact, where it finds the
    post in the member's own download and nothing online."""
    return bool(record) and "#" in record and _position_in_export(record, record.rfind("#"),
                                                                  record[record.rfind("#") + 1:])


# The export files whose records the readers name by their place in the file: Meta's
# "Download your information" (sources/meta_dyi.make_post: "your_instagram_activity/media/
# posts_1.json#70", the 71st item) and a Mastodon outbox's activity without an id
# ("outbox.json#12"). That number finds the post in the member's own download and nowhere else
# (no platform id, no URL): masked, the member could not tell which of 135 posts held her phone
# number (walk14 7). Meta's names with their folder, as the readers match them (a generic file
# called "comments.json" or "posts_1.json" keeps its own ids, which may be a site's); the
# outbox by its name, at the root of a Mastodon archive.
_POSITIONAL_EXPORT_FILE = re.compile(
    r"(?:(?:^|[/\\!])(?:(?:content|media)/(?:posts_\d{1,4}|reels|stories|igtv_videos|archived_posts)"
    r"|threads/threads_and_replies|comments/(?:post_comments_\d{1,4}|reels_comments)"
    r"|posts/(?:your_posts(?:__check_ins__photos_and_videos)?_\d{1,4}|album/\d{1,6}|your_uncategorized_photos"
    r"|your_videos|check-ins|archive)|reels/your_reels"
    r"|groups/(?:group_posts_and_comments|your_posts_in_groups|your_comments_in_groups)"
    r"|posts_on_other_pages_and_profiles|comments(?:_and_reactions)?/comments(?:_\d{1,4})?)"
    r"|(?:^|[/\\!])outbox)\.json$", re.IGNORECASE)
# A position: Meta keeps far fewer than ten million items in one file. A longer number is
# some platform's id and stays masked (``_LONG_NUMBER`` masks it anywhere, too).
_POSITION = re.compile(r"\d{1,7}\.?")  # with the full stop of a sentence it ends ("in record a.json#0.")
# What ends the file name before a record's "#" (as ``_REF_AFTER_NAME``'s stops).
_NAME_STOPS = frozenset(" \t\n\r,;()[]<>…\"'«»")
_NAME_LOOKBACK = 300


def _position_in_export(text: str, hash_at: int, ref: str) -> bool:
    """Whether the "#ref" at ``hash_at`` is only a position in a positional export file
    (``_POSITIONAL_EXPORT_FILE``): the file is the record's own path when the ref holds one
    ("posts_1.json#your_instagram_activity/media/posts_1.json#3", as a message lists a Meta
    post), else the name just before the "#" (a location's record)."""
    head, sep, number = ref.rpartition("#")
    if not _POSITION.fullmatch(number):
        return False
    if sep:
        name = head
    else:
        start = hash_at
        floor = max(0, hash_at - _NAME_LOOKBACK)  # bounded: linear however many refs a text holds
        while start > floor and text[start - 1] not in _NAME_STOPS:
            start -= 1
        name = text[start:hash_at]
    return _POSITIONAL_EXPORT_FILE.search(name) is not None


def mask_record_ids(text: str, known: Any = None) -> str:
    """Every platform record id in a text replaced by ``FIXED``; a record's position in a
    platform's export file ("posts_1.json#70", ``_position_in_export``) kept. ``known``: a
    function that masks the report's own masked records (any shape a generic export gave them)."""
    if not text:
        return text
    if known is not None:
        text = known(text)
    if "#" in text:
        text = _REF_AFTER_NAME.sub(
            lambda m: m.group(0) if public_record(m.group(1)) or _position_in_export(
                m.string, m.start(), m.group(1)) else "#" + FIXED, text)
    return _ANY_ID.sub(FIXED, text)


_ID_TOKEN = re.compile(r"[\w\-]+(?:\.[\w\-]+)*")


def _known_records(findings: list[Finding]) -> Any:
    """A function that replaces, as whole tokens, the records of the report's own locations
    that are masked (any shape a generic export gave them): a set lookup per token, linear
    however many records there are."""
    records = {f.location.record for f in findings
               if f.location.record and len(f.location.record) >= 3
               and not public_record(f.location.record, f.location.path)}
    # URLs are mask_urls's, and the shapes _ANY_ID knows need no lookup.
    records = {r for r in records if _ID_TOKEN.fullmatch(r) and not _ANY_ID.fullmatch(r)}
    if not records:
        return None
    return lambda text: _ID_TOKEN.sub(lambda m: FIXED if m.group(0) in records else m.group(0), text)


_URL_IN_TEXT = re.compile(r"(?<![\w+.-])[a-z][a-z0-9+.-]{0,20}://[^\s,;()\[\]<>\"'«»]+", re.IGNORECASE)


def mask_urls(text: str) -> str:
    """Every URL left in a message masked to its scheme ("https://***/***"). Messages list
    the posts they saw by record ("records https://social.example/users/quiet_pen/statuses/1,
    ..."), and those records name the server, the handle and the status."""
    return _URL_IN_TEXT.sub(lambda m: mask(m.group(0)), text) if "://" in text else text


def mask_offsets(text: str) -> str:
    """Every "UTC+05:30" / "GMT-3" in a text replaced by ``FIXED`` (a zone as plain as its
    name; masked letter by letter, the sign and the minutes stayed readable)."""
    return mask_signed_offsets(text)


# Clue kinds whose masked value kept a shape that narrows the answer ("****/*******",
# "**" for a country code; "-**.******, ***.****** (**** ********, **, ...)" for a photo's
# position, whose sign and digits gave the hemisphere and the longitude's range and whose
# letters the length of the nearest town): shown as FIXED.
_FIXED_CLUE_KINDS = frozenset({"timezone", "country", "location"})

# (2026-11-29, tenth session; red team 10 F4.) Values that name a person, an account, a contact
# or a device: masked letter by letter, "******** **********" kept a first name of 8 letters and
# a surname of 10, "***********.****.******" an 11-letter Bluesky handle, "********-**********-****"
# LinkedIn's first-last-xxxx slug, and a phone its digit count; against a staff list the lengths
# pick the person. Shown as FIXED wherever they stand whole (clue values, the values of metadata
# evidence, messages, post text quoted as evidence, sections), with only what says nothing kept:
# the platform ("LinkedIn ***"), the metadata field ("Author=***"), the kind of contact.
_IDENTITY_CLUE_KINDS = frozenset({"identity", "account", "contact", "device"})
# Categories whose clue of those kinds is no such value: a recurring phrase or a habit (style),
# a comparison (linkage), a watched term's reference (watchlist).
_NOT_VALUE_CATEGORIES = frozenset({"style", "watchlist"})
_NOT_VALUE_RULE_PREFIXES = ("STYLE", "MATCH", "WATCH")
# A serial number's field before its value in a clue ("SerialNumber SN4471XQ92").
_SERIAL_FIELD = re.compile(r"[A-Za-z]*Serial[A-Za-z]*")
_PHONE_VALUE = re.compile(r"\+?\d[\d\s().\-]{5,}\d")
_METADATA_KEYED = re.compile(r"(?s)([^=;]{1,80})=(.*)")
_MORE_FIELDS = re.compile(r"\(\+\d{1,6} more\)")
_CUT_EDGE = re.compile(r"^…[^\s…]+|[^\s…]+…$")
_PHONE_IN_TEXT = re.compile(r"(?<![\w+])\+?\d[\d .\-()]{5,}\d(?!\w)")


@functools.lru_cache(maxsize=1)
def _value_labels() -> tuple[str, ...]:
    """The tool's own words before an identity value: the platforms of links.toml ("LinkedIn",
    "Bluesky") and the kinds of value `meta` links files by ("name", "serial number")."""
    from nymaudit.metadata.linkage import KIND_ORDER
    from nymaudit.text.links import data

    links = data()
    labels = {name for _, _, name in links.profiles} | {name for _, name in links.subdomain_sites}
    return tuple(sorted(labels | {"Fediverse"} | set(KIND_ORDER), key=len, reverse=True))


def _split_label(value: str) -> tuple[str, str]:
    """("LinkedIn", "jane-doe-1234") of "LinkedIn jane-doe-1234"; ("", value) without a label."""
    for label in _value_labels():
        if value.startswith(label + " ") and len(value) > len(label) + 1:
            return label, value[len(label) + 1:]
    first, sep, rest = value.partition(" ")
    if sep and rest and _SERIAL_FIELD.fullmatch(first):
        return first, rest
    return "", value


def _fixed_shape(value: str) -> str:
    """An identity value as FIXED, keeping only its kind: "***@***" for an e-mail address,
    "@***@***" for a fediverse handle, "phone ***" for a phone number."""
    value = value.strip()
    if "://" in value and not _SPACE.search(value):
        return mask(value)  # a link: its scheme, "https://***/***", which has no shape
    local, at, domain = value.lstrip("@").rpartition("@")
    if at and local and "." in domain:
        return ("@" if value.startswith("@") else "") + f"{FIXED}@{FIXED}"
    if _PHONE_VALUE.fullmatch(value):
        return f"phone {FIXED}"
    return FIXED


def _fixed_identity_value(value: str) -> str:
    label, rest = _split_label(value)
    shown = _fixed_shape(rest)
    return f"{label} {shown}" if label else shown


def _keyed_evidence(finding: Finding) -> bool:
    """A finding about files' metadata, whose evidence is ``field=value; ...`` (META023/024 too,
    which are linkage)."""
    return finding.category == "metadata" or finding.rule.startswith("META")


def _is_identity_finding(finding: Finding) -> bool:
    clue = finding.clue
    return (clue is not None and bool(clue.value)
            and (clue.kind in _IDENTITY_CLUE_KINDS
                 # An organisation in a file's metadata ("Company=Cornwall Council") as a name.
                 or (clue.kind == "employer" and _keyed_evidence(finding)))
            and finding.category not in _NOT_VALUE_CATEGORIES  # (META023/024 are linkage: values)
            and not finding.rule.startswith(_NOT_VALUE_RULE_PREFIXES)
            and not _habit_name(clue.value) and not _own_label(clue.value))


def _identity_rules(rules: Any) -> bool:
    """A profile entry (its rules) whose value is an identity value, as ``_is_identity_finding``."""
    return isinstance(rules, list) and any(
        isinstance(r, str) and not r.startswith(_NOT_VALUE_RULE_PREFIXES) for r in rules)


def _keyed_values(evidence: str) -> list[tuple[str, str]]:
    """The ``key=value`` parts of a metadata finding's evidence ("Author=Jane Doe; ...")."""
    out = []
    for part in evidence.split("; "):
        keyed = _METADATA_KEYED.fullmatch(part)
        if keyed and keyed.group(1).strip() and not keyed.group(1).startswith(("files", "(")):
            out.append((keyed.group(1), keyed.group(2)))
    return out


def _metadata_said(evidence: str) -> list[str]:
    """What a metadata finding's evidence quotes from the file: each value, a field name the
    file's author chose, and any part that is no ``key=value``; not the format's field names."""
    said = []
    for part in evidence.split("; "):
        keyed = _METADATA_KEYED.fullmatch(part)
        if keyed and keyed.group(1).strip():
            said.append(keyed.group(2))
            named = _USER_NAMED_FIELD.fullmatch(keyed.group(1))
            if named:
                said.append(named.group(2))
        else:
            said.append(part)
    return said


def _fixed_keyed_evidence(evidence: str) -> str:
    """A metadata finding's evidence with each value FIXED and its field kept ("Author=***";
    a field the file's author named is masked after its prefix); other parts masked."""
    return _mask_keyed_parts(evidence, _fixed_shape)


def _mask_keyed_parts(evidence: str, mask_value: Callable[[str], str]) -> str:
    """``field=value; ...`` evidence with each value given to ``mask_value`` and the format's
    field names kept (a field the file's author named masked after its prefix); the tool's
    "(+2 more)" kept; other parts masked."""
    parts = []
    for part in evidence.split("; "):
        keyed = _METADATA_KEYED.fullmatch(part)
        if keyed and keyed.group(1).strip() and not keyed.group(1).startswith(("files", "(")):
            key = keyed.group(1)
            user_named = _USER_NAMED_FIELD.fullmatch(key)
            key = f"{user_named.group(1)}:{mask(user_named.group(2))}" if user_named else key
            value = keyed.group(2)
            parts.append(f"{key}={FIXED if escape_debris(value) else mask_value(value)}")
        elif _MORE_FIELDS.fullmatch(part):
            parts.append(part)  # the tool's "(+2 more)"
        else:
            parts.append(mask(part))
    return "; ".join(parts)


def _identity_values(findings: list[Finding]) -> dict[str, str]:
    """Every identity value the findings give (clue values without their label, the values of
    metadata evidence) -> what a redacted report shows for it."""
    values: dict[str, str] = {}
    for finding in findings:
        if not _is_identity_finding(finding):
            continue
        texts = [_split_label(finding.clue.value)[1]]  # type: ignore[union-attr]
        if _keyed_evidence(finding):
            texts += [value for _, value in _keyed_values(finding.evidence[:_SECRET_SCAN_CHARS])]
        for text in texts:
            text = text.strip()
            if len(text) >= 3 and text != FIXED:
                values.setdefault(text, _fixed_shape(text))
    return values


def _identity_hider(findings: list[Finding]) -> Any:
    """A function that shows every identity value of the report as FIXED wherever it stands
    whole, in any case (a phone number with any spacing), and each capitalised word of a
    person's name alone ("Morwenna" of "Morwenna Trevithick"; in any case inside a slug or a
    handle, "a-trevithick-5a2b"). None when there are none. Set lookups word by word, linear
    however many values there are (an alternation of 1,000 names took 9 s on 500 findings)."""
    values = _identity_values(findings)
    if not values:
        return None
    phones: set[str] = set()
    # A value by its longest word (case folded): (the characters before that word, the value
    # case folded, what to show), longest first.
    by_first: dict[str, list[tuple[int, str, str]]] = {}
    for value, shown in values.items():
        digits = re.sub(r"\D", "", value)
        if shown.startswith("phone") and len(digits) >= 7:
            phones.add(digits)
            continue
        # Anchored at its longest word: "(c) 2025 Jane Doe" of 5,000 photos all start with "c".
        anchor = max(_SPLIT_WORD.finditer(value), key=lambda m: len(m.group(0)), default=None)
        if anchor is None:
            continue
        by_first.setdefault(anchor.group(0).casefold(), []).append((anchor.start(), value.casefold(), shown))
    for candidates in by_first.values():
        candidates.sort(key=lambda c: len(c[1]), reverse=True)
    words: set[str] = set()
    for finding in findings:
        clue = finding.clue
        if _is_identity_finding(finding) and clue is not None and clue.kind == "identity":
            # A person's name, not a path (META021's "C:\\Users\\...\\Documents\\...") nor the other
            # values of a file's metadata ("Microsoft Word"): whole only, those.
            value = _split_label(clue.value)[1]
            if not re.search(r"[/\\:@]", value) and len(value.split()) <= 4:
                words.update(w for w in _SPLIT_WORD.findall(value)
                             if len(w) >= 3 and w.isalpha() and w[0].isupper()
                             and w.casefold() not in _COMMON_WORDS)
    exact = words | {w.upper() for w in words}
    folded = {w.casefold() for w in words if len(w) >= 4}

    def whole(text: str) -> str:
        out: list[str] = []
        done = 0
        for match in _SPLIT_WORD.finditer(text):
            if match.start() < done:
                continue
            for offset, value, shown in by_first.get(match.group(0).casefold(), ()):
                begin = match.start() - offset
                end = begin + len(value)
                if (begin >= done >= 0 and text[begin:end].casefold() == value
                        and not (begin > 0 and _is_word_char(text[begin - 1]) and _is_word_char(value[0]))
                        and not (end < len(text) and _is_word_char(text[end]) and _is_word_char(value[-1]))):
                    out.append(text[done:begin])
                    out.append(shown)
                    done = end
                    break
        out.append(text[done:])
        return "".join(out)

    def word(match: re.Match[str]) -> str:
        token = match.group(0)
        if token in exact:
            return FIXED
        if token.casefold() in folded:
            # Any case only inside a slug or handle ("…a-trevithick-5a2b"): a lower-case "mark"
            # or "rose" in a sentence of the tool's stays.
            text, start, end = match.string, match.start(), match.end()
            if (start > 0 and text[start - 1] in "-_.") or (end < len(text) and text[end] in "-_."):
                return FIXED
        return token

    def hide(text: str) -> str:
        if not text or not isinstance(text, str):
            return text
        if phones and any(ch.isdigit() for ch in text):
            text = _PHONE_IN_TEXT.sub(
                lambda m: FIXED if re.sub(r"\D", "", m.group(0)) in phones else m.group(0), text)
        if by_first:
            text = whole(text)
        if text[0] == "…" or text[-1] == "…":
            # A word the evidence's window cut ("…ernowquill.bsky.social"): part of a value no
            # lookup finds whole, and no word the reader needs.
            text = _CUT_EDGE.sub(lambda m: "…" + FIXED if m.group(0)[0] == "…" else FIXED + "…", text)
        return _SPLIT_WORD.sub(word, text) if exact else text

    return hide


# A latitude and longitude in decimal degrees, anywhere (messages, evidence, sections).
_COORDINATE_PAIR = re.compile(
    r"(?<![\w.])[-+\u2212]?\d{1,2}\.\d{2,}°?\s*[NS]?,\s*[-+\u2212]?\d{1,3}\.\d{2,}°?(?:\s*[EW](?!\w))?")


def mask_coordinates(text: str) -> str:
    return _COORDINATE_PAIR.sub(FIXED, text) if text else text


def _fixed_location(finding: Finding, slot: bool = False) -> Finding:
    """A finding whose clue is a position or a place, with that value, its coordinates and
    the values its evidence gives ("NearestPlace=Adelaide, AU, 1 km away") as ``FIXED``
    wherever they stand whole: masked letter by letter their shape stayed. ``slot``: in the
    evidence as the subject's slot ("[***]"), being this finding's own value."""
    clue = finding.clue
    if clue is None or clue.kind != "location" or _own_label(clue.value):
        return finding
    shown = _SUBJECT if slot else FIXED
    message = mask_coordinates(finding.message)
    evidence = _COORDINATE_PAIR.sub(shown, finding.evidence) if finding.evidence else finding.evidence
    value = mask_coordinates(clue.value)
    parts = {value} | {part.split("=", 1)[1].strip() for part in evidence.split(";") if "=" in part}
    # ... and each name the value lists ("Harrogate" of "Harrogate, North Yorkshire, GB"),
    # which a message quotes alone ("23 mentions within 15 km of 'Harrogate'").
    parts |= {name.strip(" ()") for name in re.split(r"[,(]", value)}
    for part in sorted((p for p in parts if len(p) >= 3 and p != FIXED and _SUBJECT_OPEN not in p),
                       key=len, reverse=True):
        whole = re.compile(rf"(?<!\w){re.escape(part)}(?!\w)")
        message = whole.sub(FIXED, message)
        evidence = whole.sub(shown, evidence)
    return dataclasses.replace(finding, message=message, evidence=evidence, clue=Clue(clue.kind, FIXED))


_PLACE_VERBS = frozenset({"Says", "Names", "Gives", "Often", "Mentions"})


# A run of capitalised words ("Henley Beach", "South Australia"): one name.
# Lower-case joining words inside one name ("Stoke-on-Trent", "Newcastle-under-Lyme",
# "Saint-Étienne-du-Rouvray"): masked part by part the name kept its shape, "***-on-Trent".
# Capitals of the Latin alphabets (Étienne, Łódź, Örebro), built rather than a range that
# would take in the lower-case letters between them.
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper())
_CAPITALISED_RUN = re.compile(
    rf"(?<![\w.!#/-])[{_UPPER}]\w*(?:[ \-](?:(?:on|upon|under|by|in|le|la|les|de|du|des|di|da|del|en|sur"
    rf"|am|an|der|the|of|y)[ \-])*[{_UPPER}]\w*)*")


# A cell or column of a sheet, as ``text.tally.record_said`` says it ("sheet 2, cell A2 (hidden
# columns C, D)"): the tool's words, kept in a place message (check --redact read "cell ***").
_CELL_REFERENCE = re.compile(r"[A-Z]{1,3}\d{0,7}")
_BEFORE_CELL_REFERENCE = re.compile(r"(?:\bsheet (?:\d{1,4}|\?), (?:link in )?cell |\(hidden columns? "
                                    r"(?:[A-Z]{1,3}, ){0,50})\Z")


def _mask_capitalised(text: str) -> str:
    """Every capitalised name of a place finding's message as one ``FIXED``, whatever its
    length: masked letter by letter "mostly near ****** ***** (***** *********, **)" gave
    each name's length (seventh session)."""
    def fix(match: re.Match[str]) -> str:
        first, _, rest = match.group(0).partition(" ")
        if _CELL_REFERENCE.fullmatch(match.group(0)) and _BEFORE_CELL_REFERENCE.search(
                match.string, max(0, match.start() - 200), match.start()):
            return match.group(0)  # a sheet's cell or column a message lists ("sheet 2, cell A2")
        if first in _PLACE_VERBS:  # the tool's opening verb: "Names Parklands 20 times"
            return first + (" " + FIXED if rest else "")
        return FIXED

    return _CAPITALISED_RUN.sub(fix, text)


def _redacted_clue_value(clue: Clue, identity: bool = False) -> str:
    """``identity``: the value names a person, an account, a contact or a device (see
    ``_IDENTITY_CLUE_KINDS``): FIXED, its platform or field kept."""
    if _habit_name(clue.value) or _own_label(clue.value):
        # The tool's name of a habit ("words in ALL CAPS for emphasis") or its fixed
        # description ("describes their workplace"): no fact of the writer's words, and
        # masked ("********* ***** *********") it only hid what kind of clue it was.
        return clue.value
    if clue.kind in _FIXED_CLUE_KINDS or escape_debris(clue.value):
        return FIXED
    if identity:
        return _fixed_identity_value(clue.value)
    return mask(mask_offsets(clue.value))


# A spelling variety's name and the one-sided families that name it ("whilst / amongst" is
# British only), said in a dialect clue's message: FIXED, as "British" (7) and "American" (8)
# differ in length; the spellings of its evidence likewise ("colour" 6, "color" 5).
_VARIETY_WORDS = re.compile(r"(?i)\b(?:british|american)\b|\bwhilst / amongst\b")


def _unshaped_dialect(finding: Finding) -> Finding:
    """A dialect finding with the words that tell the variety by their length made FIXED
    before the masks run (review rev10c 3 and the sty10 note, 2026-11-29)."""
    clue = finding.clue
    return dataclasses.replace(
        finding,
        message=_VARIETY_WORDS.sub(FIXED, finding.message),
        clue=Clue(clue.kind, _VARIETY_WORDS.sub(FIXED, clue.value)) if clue is not None else None)


def _said(finding: Finding) -> list[str]:
    """The writer's or the file's words of a finding's evidence, hunted in its message: a metadata
    finding's values, not the format's field names ("Software=..." masked the tool's "names the
    *** that made or edited it"; thirteenth session, rep13)."""
    if finding.evidence and _keyed_evidence(finding):
        return _metadata_said(finding.evidence[:_SECRET_SCAN_CHARS])
    # An HTML comment's label is the tool's ("HTML comment: ..."): hunted, it masked the record
    # "HTML comment 1" the message names (walk16 item 6).
    return [finding.evidence.removeprefix(_HTML_COMMENT_LABEL)]


def redact_finding(finding: Finding, names: frozenset[str] = frozenset(), *, whole: bool = False,
                   between: Any = None, own_clue: bool = False, evidence_first: Any = None,
                   keep_title: bool = False, keep_words: frozenset[str] = frozenset()) -> Finding:
    """``whole``: the evidence and clue are masked in the message only where they stand
    whole (timing: they are built from the tool's own words around numbers, zones and
    dates, which the timing mask and the whole values cover; word by word they
    garbled "working days" and "the clocks"). ``own_clue``: the clue is the tool's
    words around a name the user chose (a watched term's reference), not hunted in the
    message. ``evidence_first``: applied to the evidence before it is masked (timing:
    zones and offsets as ``FIXED``, whose shape would stay in the mask). ``keep_title``:
    the words of the rule's title stay readable where the message repeats them ("Names the
    sports team they follow", "Says they live in": "team" and "live" were hunted from the
    post that holds them)."""
    dialect = finding.clue is not None and finding.clue.kind == "dialect"
    # What the finding is about, marked "[***]" in its masked evidence: the writer's words of its
    # clue (not the tool's description of a habit or a fact, nor a watched term's reference), and
    # the values the identity and place masks have made FIXED before (eleventh session).
    # Only this finding's own values (eleventh session, review rev11a 7): an address or a place
    # that another finding is about reads "***" here, and so does a word the window cut.
    identity = _is_identity_finding(finding)
    subjects = [] if (dialect or whole or own_clue or finding.clue is None or _keyed_evidence(finding)
                      or _habit_name(finding.clue.value) or _own_label(finding.clue.value)
                      # An identity value was made a slot before the identity mask ran
                      # (``_slot_own_values``); if not, its value whole, not the platform's name.
                      ) else [_split_label(finding.clue.value)[1]] if identity else [finding.clue.value] + [
        # and its names alone ("cat named Bartholomew")
        w for w in _WORD3.findall(finding.clue.value[:2000]) if _is_name_or_code(w)]
    mark = not dialect and not _keyed_evidence(finding)
    if dialect:
        finding = _unshaped_dialect(finding)
    fixed = _fixed_location(finding, slot=mark and not whole)
    # The words of the value and evidence before they were fixed still hunted in the
    # message ("horsforth x2" beside "***").
    # A metadata finding's evidence: what the file said, not the format's field names
    # ("Software=..." masked the tool's "names the *** that made or edited it").
    said = _said(finding)
    secrets = [] if whole or fixed is finding else [*said, finding.clue.value]  # type: ignore[union-attr]
    if finding.rule in _TOOL_EVIDENCE_RULES:
        whole = True  # the evidence is the tool's count: nothing to hunt word by word
    tool_count = bool(finding.evidence) and _TOOL_COUNT_EVIDENCE.fullmatch(finding.evidence) is not None
    finding = fixed
    clue = finding.clue
    own_label = clue is not None and (_own_label(clue.value) or whole)
    secrets += [] if whole else _said(finding)
    whole_only: tuple[str, ...] = (finding.evidence,) if whole and not tool_count else ()
    keep: frozenset[str] = frozenset()
    if clue is not None and _habit_name(clue.value):
        # The message names the habit in the tool's words ("sentences starting in lower
        # case"): those words stay even where the writer's evidence holds them ("edge case").
        keep = frozenset(w.casefold() for w in _WORD.findall(clue.value))
    elif identity and clue is not None:
        # Its values are FIXED (``_identity_hider``, run before): the words left are the
        # platform's, the field's and the tool's ("LinkedIn profile '***'", "Author '***'").
        label, value = _split_label(clue.value)
        if _keyed_evidence(finding):
            secrets = [v for _, v in _keyed_values(finding.evidence[:_SECRET_SCAN_CHARS])]
        secrets.append(value)
        # The platform, and the rule's words ("profile" of "Links to a profile ...", which the
        # link in the evidence holds too: "Bluesky ******* '***'").
        keep = frozenset(w.casefold() for w in _WORD.findall(f"{label} {finding.title}"))
    elif clue is not None and not own_clue and not _own_label(clue.value):
        # (A fixed description of the tool's, "describes their workplace", stays readable.)
        if own_label:
            whole_only += (clue.value,)
        else:
            secrets.append(clue.value)
    if keep_title:
        keep = keep | frozenset(w.casefold() for w in _WORD.findall(finding.title))
    # The extensions of the files it names: a redacted path shows them, a message says them in
    # the tool's words ("the words of the PDF").
    keep = keep | keep_words | frozenset(
        m.group(1).casefold() for text in (finding.location.path, finding.evidence[:_SECRET_SCAN_CHARS])
        for m in _FILE_EXTENSION_WORD.finditer(text or ""))
    location = finding.location
    if finding.evidence and location.path == finding.evidence:
        # The location is the evidence (an unreadable --known corpus): masked with it.
        location = dataclasses.replace(location, path=mask(location.path))
    if location.record and not public_record(location.record, finding.location.path):
        location = dataclasses.replace(location, record=redact_record(location.record, finding.location.path))
    elif finding.evidence and location.record and location.record in finding.evidence:
        # A record named by the writer's own words (a site configuration's key path,
        # "authors.marie_lefebvre.email"): masked with the evidence that holds it.
        location = dataclasses.replace(location, record=mask(location.record))
    evidence = evidence_first(finding.evidence) if evidence_first and finding.evidence else finding.evidence
    # Offsets without their sign (thirteenth session): "OffsetTimeOriginal=***", "22:15:00 ***".
    evidence = mask_offsets(evidence)
    if dialect and evidence:
        # Each marked spelling as FIXED: "******" (colour) against "*****" (color) told the variety.
        evidence = re.sub(r"[^\W\d_]+(?:['’][^\W\d_]+)*", FIXED, evidence)
    if mark and evidence:
        evidence = _mark_subjects(evidence, subjects)
    message, note = _without_tool_note(finding.message)
    return dataclasses.replace(
        finding,
        evidence=evidence if tool_count
        else _fixed_keyed_evidence(evidence) if identity and _keyed_evidence(finding)
        # The format's field names stay (review rev11a 7d: META010 read "***=***; ***=***").
        else _keyed_masked_evidence(evidence) if _keyed_evidence(finding)
        else _mask_evidence(evidence),
        message=mask_known(mask_urls(mask_offsets(mask_quotes(message, keep_words))), secrets, names,
                           whole_only, between, keep) + note,
        clue=Clue(clue.kind, _redacted_clue_value(clue, identity)) if clue is not None else None,
        location=location,
        advice=_advice_saying_no_offset(finding),
    )


def _advice_saying_no_offset(finding: Finding) -> str:
    """The finding's advice, or its rule's general advice where the advice was chosen because the
    offset is +00:00 (``advice_utc``, ``advice_utc_winter`` of TIME007 and META014: "Nothing to
    change if the camera's clock is set to UTC ..."): read beside a masked offset, such advice
    names it (tim16b, rev16a 3)."""
    from nymaudit.rules import rule

    advice = finding.advice or ""
    try:
        data = rule(finding.rule).data
    except KeyError:
        return advice
    said = " ".join(advice.split())
    if any(key.startswith("advice_utc") and isinstance(value, str) and " ".join(value.split()) == said
           for key, value in data.items()):
        return rule(finding.rule).advice
    return advice


def _without_tool_note(message: str) -> tuple[str, str]:
    """(the message, "") or, when it ends with the note scan.mark_audience adds for an HTML comment's
    record (sources/blog.HTML_COMMENT_NOTE), (the message before it, the note): the tool's words,
    kept readable. Hunted, its words were masked wherever the comment held them ("kept in its ***")
    and the place masks took its capitalised names ("by *** and most *** renderers")."""
    from nymaudit.sources.blog import HTML_COMMENT_NOTE

    note = f"{HTML_COMMENT_NOTE}]"
    if not message.endswith(note):
        return message, ""
    head = message[: -len(note)]
    if head.endswith(" ["):
        return head[:-2], f" [{note}"
    # The note of a finding that groups posts, some of them comments (scan._group_label: "[1 of 2 is an
    # HTML comment: ...]"): unprotected, it read "an *** comment ... by *** and most *** renderers".
    opened = head.rfind(" [")
    if opened >= 0 and _GROUPED_NOTE_HEAD.fullmatch(head, opened):
        return head[:opened], head[opened:] + note
    return message, ""


# How scan._group_label starts the note of a finding some of whose grouped posts carry it.
_GROUPED_NOTE_HEAD = re.compile(
    r" \[(?:(?:at least )?\d[\d,]* of \d[\d,]* (?:is|are each) |the first of them is )")


# The start of the text of a Markdown post's HTML comment (sources/blog.html_comment_records).
_HTML_COMMENT_LABEL = "HTML comment: "
# The tool's label before an image description in a post's text (sources/common.IMAGE_DESCRIPTION):
# its words, not the writer's; masked it read "[*** ***]", like a mark (review rev11a 7c). While
# the evidence is masked it stands as a control character no mask touches.
_IMAGE_LABEL_SLOT = "\x1a"


def _mask_evidence(evidence: str) -> str:
    """Post text quoted as evidence masked, the subjects' slots shown in brackets and the
    image-description label kept."""
    from nymaudit.sources.common import IMAGE_DESCRIPTION

    label = IMAGE_DESCRIPTION in evidence
    if label:
        evidence = evidence.replace(_IMAGE_LABEL_SLOT, "").replace(IMAGE_DESCRIPTION, _IMAGE_LABEL_SLOT)
    if evidence.startswith(_HTML_COMMENT_LABEL):
        # The label of an HTML comment's record (sources/blog.html_comment_records), which starts its text.
        return _HTML_COMMENT_LABEL + _mask_evidence(evidence[len(_HTML_COMMENT_LABEL):])
    # The post's own square brackets as round ones: "[update] I live in Horsforth" read
    # "[***] *** *** *** [***]", two marks for one subject, and "me [at] example [dot] com" three
    # (thirteenth session, rep13). Only the tool's mark is in square brackets.
    if "[" in evidence or "]" in evidence:
        evidence = evidence.translate(_OWN_BRACKETS)
    masked = mask(evidence).translate(_MARKS)
    return masked.replace(_IMAGE_LABEL_SLOT, IMAGE_DESCRIPTION) if label else masked


def _keyed_masked_evidence(evidence: str) -> str:
    """A metadata finding's ``field=value; ...`` evidence with each value masked and the
    format's field names kept, as ``_fixed_keyed_evidence`` (a field the file's author
    named masked after its prefix); other parts masked."""
    return _mask_keyed_parts(evidence, mask)


def _slot_own_values(finding: Finding) -> Finding:
    """An identity finding with its own values (the address, handle, phone or name it is about,
    and a name's capitalised words alone) as slots in its evidence, before the identity mask
    makes every such value of the report ``FIXED`` inside them: only they are marked "[***@***]"
    (review rev11a 7a: two SELF001 findings each marked both addresses and read the same)."""
    if (not finding.evidence or finding.clue is None or _keyed_evidence(finding)
            or not _is_identity_finding(finding)):
        return finding
    value = _split_label(finding.clue.value)[1].strip()
    if len(value) < 3 or "://" in value:
        return finding  # a link reads "https://***/***" (its scheme), unmarked as before
    evidence = finding.evidence
    digits = re.sub(r"\D", "", value)
    if _PHONE_VALUE.fullmatch(value) and len(digits) >= 7:
        evidence = _PHONE_IN_TEXT.sub(
            lambda m: _SUBJECT_OPEN + m.group(0) + _SUBJECT_CLOSE if re.sub(r"\D", "", m.group(0)) == digits
            else m.group(0), evidence)
        return dataclasses.replace(finding, evidence=evidence)
    platform, colon, handle = value.partition(": ")
    if colon and handle and re.fullmatch(r"[\w.\- ]{1,30}", platform):
        # "mastodon: pquarry" (SELF020): the handle, with the server it is written with.
        value = handle.strip()
        if len(value) < 3:
            return finding
    parts = [re.escape(value) + (r"(?:@[\w.\-]*\w)?" if "@" not in value else "")]
    if finding.clue.kind == "identity" and not re.search(r"[/\\:@]", value) and len(value.split()) <= 4:
        # As ``_identity_hider`` shows a person's name's words alone ("Morwenna").
        parts += [re.escape(w) for w in _SPLIT_WORD.findall(value)
                  if len(w) >= 3 and w.isalpha() and w[0].isupper() and w.casefold() not in _COMMON_WORDS]
    # With the "@" before it: a fediverse handle's value is "name@host", its text "@name@host".
    pattern = re.compile(r"(?<![\w@])@?(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?!\w)",
                         re.IGNORECASE)
    return dataclasses.replace(
        finding, evidence=pattern.sub(lambda m: _SUBJECT_OPEN + m.group(0) + _SUBJECT_CLOSE, evidence))


def _mark_subjects(evidence: str, subjects: list[str]) -> str:
    """The evidence with each of ``subjects`` (whole, in any case) as a slot, which the masks
    leave and ``redact_finding`` shows in brackets ("[***]"). The values the identity and place
    masks made ``FIXED`` are slots already where they are this finding's own."""
    text = evidence
    folded = text.casefold()  # once: a pre-filter, the evidence may be long
    for subject in sorted({s.strip() for s in subjects if s and len(s.strip()) >= 3}, key=len, reverse=True):
        if subject.casefold() in folded:
            text = re.sub(rf"(?<!\w){re.escape(subject)}(?!\w)", _SUBJECT, text, flags=re.IGNORECASE)
    return text


# The known corpus a META024 names ("a.jpg and LABEL:k.jpg (known files 'LABEL') share ...";
# metadata.linkage, its known file shown as detectors.metadata._known_files names it).
_KNOWN_FILES_LABEL = re.compile(r"(?<=\(known files )'([^'\n]{1,300})'(?=\) share )")


def _known_files_label_hidden(message: str, hide_labels: Any) -> str:
    """An attachment linkage's message with the known corpus's label hidden (``hide_labels``) only
    where the tool names the corpus: "(known files 'LABEL')" and the "LABEL:" before its file.
    Every other word is what the files hold, masked with the value or name it is part of."""
    found = _KNOWN_FILES_LABEL.search(message)
    if found is None:
        return message
    label = found.group(1)
    shown = hide_labels(found.group(0))
    head = message[:found.start()]
    before = head.rfind(f" and {label}:")
    if before >= 0:
        head = head[:before] + f" and {shown[1:-1]}:" + head[before + len(label) + 6:]
    return head + shown + message[found.end():]


def redact_report(report: Report) -> Report:
    """The report as every renderer must show it: masked when ``report.redacted``,
    unchanged (the same object) otherwise. The input Report is never modified."""
    if not report.redacted:
        return report
    from nymaudit.profile import LIST_CLUE_RULES

    names = proper_words(report.findings)
    # Names, handles, contacts and devices as FIXED wherever they stand whole (tenth session).
    hide_ids = _identity_hider(report.findings)
    linkage = report.sections.get("linkage")
    # The known corpora's labels as slots, named "known 1", "known 2" at the end (eleventh session).
    given = dict(report.sections)
    if isinstance(linkage, dict):
        given["linkage"] = _slot_linkage_labels(linkage)
    sections = {name: mask_tree(_replace_strings(section, hide_ids) if hide_ids else section)
                for name, section in given.items()}
    if isinstance(linkage, dict) and isinstance(sections.get("linkage"), dict):
        sections["linkage"] = _redact_linkage(linkage, sections["linkage"])
    if isinstance(sections.get("timing"), dict):
        sections["timing"] = _redact_timing(sections["timing"])
    style = report.sections.get("style")
    if isinstance(sections.get("style"), dict):
        sections["style"] = _redact_locales(sections["style"])
    # A known corpus's label reaches the messages and clues of the linkage findings ("12 habits
    # shared with 'jsmethurst'") and input errors about that corpus: a slot there, before the
    # masks run (they would keep its length). Only those: a label that is an everyday word
    # ("me", "work") must not garble every other message.
    hide_labels = _label_hider(linkage, slots=True)
    # The zones, countries, rule and weekend the timing inferred are the clue itself,
    # named in its messages ("Likely zones: Europe/Madrid (13%)"), where two-letter
    # codes and the parts of a zone name escaped the word masks. Masked before the
    # word masks, while the names are still whole.
    hide_timing = _timing_hider(report.sections.get("timing"), report.findings)
    # The locales the style inferred say where as the zones do ("Scotland" stayed
    # readable beside a masked country): masked in style messages too.
    hide_locales = _locale_hider(style)
    # (Tenth session.) In `scan`, a file name a message lists ("first: PXL_20240529_...jpg")
    # is masked as the location's path is, so the two read alike: set aside here, put back
    # below through the path mask.
    protect = None if report.fail_closed else _file_name_protector(report)
    kept: list[list[str]] = []
    originals = [
        # (walk15 5.) An attachment linkage (META023, META024) says what the files hold: a label in
        # it is part of a value ("computer 'Priya's iPhone'" read "computer 'known 1'*** ***'"),
        # or of a file's name, and is masked with it. Only the corpus META024 names is a label.
        dataclasses.replace(f, message=_known_files_label_hidden(f.message, hide_labels))
        if f.rule.startswith("META") else
        dataclasses.replace(
            f, message=hide_labels(f.message),
            # MATCH002's clue lists the shared habits' values (a shared name may be the label's).
            clue=Clue(f.clue.kind, hide_labels(f.clue.value))
            if f.clue is not None and f.category == "linkage" and f.rule not in LIST_CLUE_RULES else f.clue)
        if f.category in ("linkage", "input") else f  # input: "known writing 'LABEL'"
        for f in report.findings]
    if protect is not None:
        protected = [protect(f.message) for f in originals]
        kept = [spans for _, spans in protected]
        originals = [dataclasses.replace(f, message=message) if spans else f
                     for f, (message, spans) in zip(originals, protected, strict=True)]
    if hide_ids is not None:
        # After the file names are set aside: a name in a file's name is masked as its location
        # is ("*****-********-******.jpg", every word; the user finds the file by it).
        originals = [dataclasses.replace(f, message=hide_ids(f.message), evidence=hide_ids(f.evidence))
                     for f in map(_slot_own_values, originals)]
    findings = [redact_finding(f, names, whole=True, between=hide_timing,
                               evidence_first=lambda text: mask_offsets(hide_timing(text)))
                if f.category == "timing" else
                # The tool's names of the kinds of locale evidence ("Locale candidates from spelling,
                # vocabulary, dates"; "2 uses of vocabulary typical of"), which the evidence and clue
                # hold as labels too ("vocabulary: car park x2"): hunted as values they were masked
                # (walk12 5; sty12, twelfth session). Words in quotes are masked whole before.
                redact_finding(f, names, between=hide_locales, keep_words=frozenset(
                    ("spelling", "vocabulary", "dates", "clock", "currency", "units")))
                if f.category == "style" else
                # A watched term's message is the tool's words around its reference or the
                # label the user chose: no evidence word to hunt there ("******* **** W… (11)").
                redact_finding(f, names, whole=True, own_clue=True) if f.category == "watchlist" else
                # A cluster's message lists its member places ("Williamsburg ×16, New York City
                # ×12"), names no evidence holds: every capitalised word of it is masked.
                # A place message is the tool's sentence around names (every capitalised one
                # FIXED), counts and records: its words stay where the post holds them too
                # ("Says they live in or **** from ***" hid the tool's "come").
                redact_finding(f, names, between=_mask_capitalised, keep_title=True,
                               keep_words=_PLACE_SENTENCE_WORDS)
                if f.category == "place" else
                redact_finding(f, names, keep_title=True, keep_words=_served_file_words(f.location.path))
                if f.category == "disclosure" else
                # A shared habit named by a function word ("You write 'to' unusually rarely ...
                # per 1000 here") is the tool's fixed list: masked the advice could not be read.
                redact_finding(f, names, keep_words=_linkage_words()) if f.category == "linkage" else
                redact_finding(f, names, keep_words=_OFFICE_PROGRAMS) if f.rule == "META029" else
                redact_finding(f, names, keep_words=_served_file_words(f.location.path))
                for f in originals]
    shortener, shorten, shorten_path = _path_maskers(report)
    # A path inside an input, in `scan`: every word of it but the platforms' and layouts'
    # masked, and the dates and times in its names (tenth session).
    shown_path = shortener if report.fail_closed else (lambda text: mask_path_words(shorten_path(text)))
    if kept:
        findings = [dataclasses.replace(f, message=_restore(f.message, spans, shown_path)) if spans else f
                    for f, spans in zip(findings, kept, strict=True)]

    def shorten_record(record: str | None, path: str) -> str | None:
        if not record or record == FIXED or _HTML_COMMENT_RECORD.fullmatch(record):
            return record
        if _file_record(record, path) or export_position(record):
            # A file of the input (the repository's, in `check`; git's "HEAD:" kept), or the post a
            # photo belongs to in a platform's export: its path's words masked as a path's are.
            head = "HEAD:" if record.startswith("HEAD:") else ""
            return head + shown_path(record[len(head):])
        return shorten_path(record)

    def shorten_error(text: str) -> str:
        # The input's own path first: an id or name masked inside it ("home-pramaswamy") left
        # the absolute path unmatched and whole in a git error (red team red12, 2026-11-30).
        text = shortener(text)
        return redact_input_error(shorten(hide_ids(text) if hide_ids else text), names)

    # `check`'s paths are the repository's own files (public to whoever sees the alert, and
    # code scanning can place an alert only on a path that exists): shown as given, only an
    # absolute one shortened. Their words the writer's text gives stay masked in messages.
    own_path = shown_path
    findings = [dataclasses.replace(
        f, message=shorten_error(f.message) if f.category == "input" else shorten(f.message),
        location=dataclasses.replace(f.location, path=own_path(f.location.path),
                                     record=shorten_record(f.location.record, f.location.path)))
        for f in findings]
    inputs = [dataclasses.replace(
        summary, path=own_path(summary.path),
        errors=[dataclasses.replace(e, path=own_path(e.path),
                                    error=shorten_error(e.error))
                for e in summary.errors])
        for summary in report.inputs]
    from nymaudit.profile import with_place_files
    from nymaudit.report.common import kept_order

    findings = [dataclasses.replace(
        f, message=_restore_labels(f.message),
        clue=Clue(f.clue.kind, _restore_labels(f.clue.value)) if f.clue is not None else None)
        for f in findings]
    return dataclasses.replace(
        report,
        inputs=inputs,
        # Listed by the renderers in the unredacted report's order (its findings' keys).
        findings=kept_order(findings, report.findings),
        # A place's files (geo10): masked as the findings' paths are.
        profile=_restore_labels_tree(with_place_files(
            _replace_strings(_redact_profile(_slot_profile_labels(report.profile, hide_labels), hide_ids),
                             shorten), report.profile, own_path)),
        sections=_restore_labels_tree(_replace_strings(sections, shorten)),
    )


def _slot_profile_labels(profile: dict[str, Any], hide_labels: Any) -> dict[str, Any]:
    """The dossier's clues that come from the linkage findings alone (MATCH001's "writing style
    matches 'LABEL' (85%)") with their labels as slots, as in the findings."""
    from nymaudit.profile import LIST_CLUE_RULES

    clues = profile.get("clues") if isinstance(profile, dict) else None
    if not isinstance(clues, dict):
        return profile
    out: dict[str, Any] = {}
    for kind, items in clues.items():
        out[kind] = [{**item, "value": hide_labels(item["value"])}
                     if isinstance(item, dict) and isinstance(item.get("value"), str)
                     and isinstance(item.get("rules"), list) and item["rules"]
                     and all(str(r).startswith("MATCH") and r not in LIST_CLUE_RULES for r in item["rules"])
                     else item
                     for item in items] if isinstance(items, list) else items
    return {**profile, "clues": out}


def _path_maskers(report: Report) -> tuple[Any, Any, Any]:
    """The masks of paths, file names and the strings that list them, for a redacted report:
    ``shortener`` (an absolute input from its own folder on), ``shorten`` (any string) and
    ``shorten_path`` (a path as such)."""
    # Platform record ids (a tweet id, a Reddit t1_ id, a commit id) find the account from
    # the report alone: masked in every string, the locations' paths (the X archive names
    # its media after the tweet) and the input errors ("record 5 (id t1_k00041x)") too.
    known = _known_records(report.findings)
    shortener = _path_shortener([summary.path for summary in report.inputs]
                                + [summary.extra_root for summary in report.inputs if summary.extra_root])

    # The words of file names and key paths that a finding says are the writer's (the
    # town in a post's slug): masked in every string, so no path or list gives them back.
    hide_words = _location_word_hider(report.findings, tuple(s.path for s in report.inputs))

    # The name an input was given ("members/morag_mclean_twitter.zip"): an adviser names the
    # archive after the member. Not in `check`, whose inputs are the repository's own files
    # and whose SARIF must point at them.
    hide_inputs = (lambda text: text) if report.fail_closed else _input_name_hider(
        [summary.path for summary in report.inputs]
        + [summary.extra_root for summary in report.inputs if summary.extra_root])

    def shorten_path(text: str) -> str:
        """A path as such (a location's, an input's): each of its words, a lone one too."""
        text = mask_record_ids(hide_inputs(shortener(text)), known)
        return hide_words.path(text) if hide_words is not None and text else text

    # In `scan` (tenth session), every word of the files and folders inside the inputs, and
    # the dates and times in their names, wherever a file name or path stands in a string
    # (a section, an error, a message's list): as `meta --redact` masks its paths.
    hide_paths = None if report.fail_closed else path_word_hider(
        [shorten_path(p) for p in _report_paths(report)])

    def shorten(text: str) -> str:
        text = mask_coordinates(mask_record_ids(hide_inputs(shortener(text)), known))
        text = hide_words(text) if hide_words is not None and text else text
        return hide_paths(text) if hide_paths is not None and text else text

    return shortener, shorten, shorten_path


def _report_paths(report: Report) -> list[str]:
    """The paths of files and folders a report names: locations, file records, inputs, input
    errors, and the local files a metadata finding's message lists."""
    paths = [s.path for s in report.inputs] + [e.path for s in report.inputs for e in s.errors]
    for finding in report.findings:
        location = finding.location
        paths.append(location.path)
        if location.record and _file_record(location.record, location.path):
            paths.append(location.record)
        # An input note lists files too (INPUT008's "not followed: content/posts/trip/jane-...jpg":
        # its names were in clear under --redact, review rev12f 1, 2026-11-30).
        if finding.category in ("metadata", "input"):
            paths += _LOCAL_FILE_TOKEN.findall(finding.message[:2000])
    return [p for p in dict.fromkeys(paths) if p]


# A sentinel for a file name set aside while a message is masked: control characters, which
# no mask touches (no word character, no space), around the span's number.
_SLOT = re.compile("\x02([\x10-\x19]+)\x03")
# The list of files `text.tally.where` writes ("in 8 files (first: a.jpg, b.jpg, …)"),
# file names with ", " and spaces inside included.
# The list ends at ")" before a space, the end, "." or ";" (a place message goes on "...); places
# of that name are in ...": the list ran on to the next ")", and the namesakes were masked as
# file names, "*** *** *** name"; walk13 with doc13's documents).
_FIRST_LIST = re.compile(r"(?<=\(first: )(.{1,4000}?)(?=(?:, …)?\)(?: |$|[.;]))")
# Candidate file names that hold a space ("Photo 29-05-2024, 13 40 00.jpg"), looked up
# with one alternation: at most this many, the longest first (rarer than IMG_... names).
_MAX_SPACED_NAMES = 300


# The files an attachment linkage's evidence lists (metadata.linkage: "...; files: a, b and 3 more").
_LINKED_FILES = "; files: "
_MORE_NAMED = re.compile(r" and \d+ more$")


def _file_name_protector(report: Report) -> Any:
    """A function ``message -> (message with sentinels, spans)`` that sets aside the file
    names of the report's files in a message (the location's own name, a photo a sidecar
    names, the list of a grouped fact): masked later as paths are, not word by word."""
    names: set[str] = set()
    for finding in report.findings:
        path = finding.location.path.replace("\\", "/")
        if not path:
            continue
        base = path.rsplit("/", 1)[-1]
        names.update((path, base))
        # The other files an attachment linkage lists (its evidence's "files: a, b and 3 more"):
        # shown as its location is. Word-masked, "photos/IMG_4000.HEIC" stood beside
        # "photos/***_4002.HEIC", a name no file has (walk15 5).
        # The list is the evidence's last part: a value before it cannot add to it.
        evidence = finding.evidence[:_SECRET_SCAN_CHARS]
        if finding.rule.startswith("META") and _LINKED_FILES in evidence:
            listed = _MORE_NAMED.sub("", evidence.rsplit(_LINKED_FILES, 1)[1])
            names.update(name.replace("\\", "/") for name in listed.split(", "))
        # The name without a sidecar's or copy's added extensions ("X.jpg" of
        # "X.jpg.supplemental-metadata.json"), which a message names as its photo.
        for match in re.finditer(r"\.[A-Za-z0-9]{1,5}(?=\.)", base):
            if match.start() > 0:
                names.add(base[: match.end()])
    names = {n for n in names if len(n) >= 3}
    plain = {n for n in names if not any(ch.isspace() or ch in ",;()[]\"'" for ch in n)}
    spaced = sorted(names - plain, key=len, reverse=True)[:_MAX_SPACED_NAMES]
    spaced_re = re.compile(r"(?<![\w.\-/])(?:" + "|".join(map(re.escape, spaced)) + r")(?!\w)") \
        if spaced else None

    def protect(message: str) -> tuple[str, list[str]]:
        if not message:
            return message, []
        spans: list[str] = []

        def slot(text: str) -> str:
            spans.append(text)
            return "\x02" + "".join(chr(0x10 + int(d)) for d in str(len(spans) - 1)) + "\x03"

        message = _FIRST_LIST.sub(lambda m: slot(m.group(0)), message)
        if spaced_re is not None:
            message = spaced_re.sub(lambda m: slot(m.group(0)), message)

        def token(match: re.Match[str]) -> str:
            text = match.group(0)
            core = text.rstrip(".:")
            core = _ORDINAL_SUFFIX.sub("", core.split("#", 1)[0])
            if core in plain:
                return slot(core) + text[len(core):]
            return text

        return (_NAME_TOKEN.sub(token, message) if plain else message), spans

    return protect


def _restore(message: str, spans: list[str], shown_path: Any) -> str:
    """The file names ``_file_name_protector`` set aside, put back as ``shown_path`` shows
    them (a list of names one by one)."""
    def back(match: re.Match[str]) -> str:
        index = int("".join(str(ord(ch) - 0x10) for ch in match.group(1)))
        if index >= len(spans):
            return FIXED
        # One record at a time: a document's place holds ", " too ("x.xlsx#sheet 2, cell A2").
        return ", ".join(_shown_listed(name, shown_path) for name in listed_names(spans[index]))

    return _SLOT.sub(back, message)


# A listed post's HTML comment ("gig.md#HTML comment 3:14" in "(first: ...)"): the tool's record name
# and the comment's number, kept as the location's record is (``_HTML_COMMENT_RECORD``); masked as a
# path's words it read "gig.md#HTML *** 3:14".
_LISTED_HTML_COMMENT = re.compile(r"#HTML comment \d{1,4}(?::\d{1,9})?\Z")


def _shown_listed(name: str, shown_path: Any) -> str:
    """A name of a list of posts as ``shown_path`` shows it, an HTML comment's record name kept."""
    comment = _LISTED_HTML_COMMENT.search(name)
    return shown_path(name[:comment.start()]) + comment.group(0) if comment else shown_path(name)


def shown_input_paths(report: Report) -> list[str]:
    """Each input's path as the report shows it (masked in a redacted `scan`): for the lines
    the CLI writes beside the report ("warning: NAME: 1 input error(s)"), which must not give
    back the name the redacted report hides."""
    if not report.redacted:
        return [summary.path for summary in report.inputs]
    shortener, _, shorten_path = _path_maskers(report)
    if report.fail_closed:
        return [shortener(summary.path) for summary in report.inputs]
    return [mask_path_words(shorten_path(summary.path)) for summary in report.inputs]


def _redact_profile(profile: dict[str, Any], hide_ids: Any = None) -> dict[str, Any]:
    """The dossier masked as the findings' clues are: a zone's or a country's value as
    ``FIXED`` (its shape narrowed the answer), a habit's name readable (the tool's words),
    an identity value as ``FIXED``: also in the rows of others' names and devices (``OTHER_ROWS``:
    "commented or edited", "manager", "in pictures or files inside documents"), one ``***`` for a
    whole name as in the identity row, not one per word (thirteenth session, mta13)."""
    from nymaudit.profile import OTHER_ROWS

    masked = mask_tree(_replace_strings(profile, hide_ids) if hide_ids else profile)
    clues = profile.get("clues") if isinstance(profile, dict) else None
    if not isinstance(clues, dict) or not isinstance(masked.get("clues"), dict):
        return masked  # type: ignore[no-any-return]
    out_clues = dict(masked["clues"])
    for kind, items in clues.items():
        shown = out_clues.get(kind)
        if not isinstance(items, list) or not isinstance(shown, list) or len(shown) != len(items):
            continue
        fixed = []
        for item, item_shown in zip(items, shown, strict=True):
            value = item.get("value") if isinstance(item, dict) else None
            if isinstance(value, str) and isinstance(item_shown, dict):
                rules = item.get("rules")
                identity = (str(kind) in _IDENTITY_CLUE_KINDS or str(kind) in OTHER_ROWS
                            or str(kind) == "employer" and any(
                                str(r).startswith("META") for r in rules or [])) and _identity_rules(rules)
                if str(kind) == "dialect":
                    value = _VARIETY_WORDS.sub(FIXED, value)
                clue = _redacted_clue_value(Clue(str(kind), value), identity)
                item_shown = {**item_shown, "value": clue}
            fixed.append(item_shown)
        out_clues[kind] = fixed
    return {**masked, "clues": out_clues}


def _redact_timing(timing: dict[str, Any]) -> dict[str, Any]:
    """The timing section as a redacted report shows it: the zone, country and
    daylight-saving rule names masked, as in the messages, and the dates of the
    breaks in posting (holidays, a stay in hospital) left out, since the contract's
    date fields cannot hold a mask. The standard offset, its candidates and the
    weekend are left out too (null / []): the messages mask them, and +05:30 or a
    Friday-Saturday weekend says where as plainly as a zone name. ``redacted`` lists
    what was left out, so a renderer says "masked" rather than "too little data".
    The confidence, shares, sleep window and local hour-by-weekday counts stay: they
    are the routine an adviser needs to see, and local hours alone name no place."""
    out = dict(timing)
    hidden: list[str] = []
    for key, empty in (("standard_utc_offset_hours", None), ("offset_candidates", []),
                       ("weekend", None), ("absences", []), ("posted_offset", None)):
        if timing.get(key) not in (None, []):  # an offset of 0 (London) is hidden too
            out[key] = empty
            hidden.append(key)
    if hidden:
        out["redacted"] = hidden

    def masked(key: str, field: str) -> list[Any]:
        items = timing.get(key)
        if not isinstance(items, list):
            return items  # type: ignore[return-value]
        return [{**item, field: FIXED}
                if isinstance(item, dict) and isinstance(item.get(field), str) else item
                for item in items]

    out["zone_candidates"] = masked("zone_candidates", "zone")
    out["country_candidates"] = masked("country_candidates", "country")
    if isinstance(timing.get("dst_rule"), str):
        out["dst_rule"] = FIXED
    return out


def _locale_names(style: Any) -> set[str]:
    names: set[str] = set()
    items = style.get("locale_candidates") if isinstance(style, dict) else None
    for item in items if isinstance(items, list) else []:
        if isinstance(item, dict):
            for key in ("locale", "name", "part_of"):
                value = item.get(key)
                if isinstance(value, str) and len(value.strip()) >= 2:
                    names.add(value.strip())
    return names


def _locale_hider(style: Any) -> Any:
    """A function that masks the style section's locale codes and names as whole words."""
    names = _locale_names(style)
    if not names:
        return None
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w/-])(?:" + alternatives + r")(?![\w/-])")
    return lambda text: pattern.sub(FIXED, text) if text else text


def _redact_locales(style: dict[str, Any]) -> dict[str, Any]:
    """The style section with its locale candidates' codes and names masked."""
    out = dict(style)
    if "spelling" in out:
        # {"british": 14, "american": 0} named the variety the findings' masks hide (tenth session).
        out["spelling"] = None
    items = style.get("locale_candidates")
    if not isinstance(items, list):
        return out
    hide = _locale_hider(style)
    items = _replace_strings(items, hide) if hide else items  # "words of United Kingdom"
    # "against: British spelling x6" (the tool's words, naming the variety).
    out["locale_candidates"] = _replace_strings(items, lambda text: _VARIETY_WORDS.sub(FIXED, text))
    return out


def _timing_hider(timing: Any, findings: list[Finding] | None = None) -> Any:
    """A function that masks, as whole words, the zones, country codes and
    daylight-saving rule of the timing section, and the zones and countries the
    findings name as clues: `check` has no timing section, and its TIME007 from a
    site configuration said "sets the time zone ******/*****" (the shape of the name
    left a few zones)."""
    names: set[str] = set()
    for finding in findings or []:
        clue = finding.clue
        if clue is not None and clue.kind in _FIXED_CLUE_KINDS and clue.value:
            names.update(part.strip() for part in clue.value.split(" / "))  # "+01:00 / +00:00"
    if isinstance(timing, dict):
        def items(key: str) -> list[Any]:
            value = timing.get(key)
            return value if isinstance(value, list) else []

        for key, field in (("zone_candidates", "zone"), ("country_candidates", "country")):
            for item in items(key):
                value = item.get(field) if isinstance(item, dict) else None
                if isinstance(value, str) and value.strip():
                    names.add(value.strip())
        rule = timing.get("dst_rule")
        if isinstance(rule, str) and rule.strip():
            names.add(rule.strip())
            names.add(rule.split(" (", 1)[0].strip())  # "Mexico (until 2022)" -> "Mexico"
        from nymaudit.formatting import format_offset

        offsets = [timing.get("standard_utc_offset_hours")] + [
            item.get("standard_utc_offset_hours") for item in items("offset_candidates")
            if isinstance(item, dict)]
        for hours in offsets:
            if isinstance(hours, (int, float)) and not isinstance(hours, bool) and abs(hours) <= 16:
                names.add(format_offset(float(hours)))  # "UTC+05:30"
        weekend = timing.get("weekend")
        if isinstance(weekend, list) and all(isinstance(d, str) for d in weekend) and weekend:
            names.add("-".join(weekend))  # "Fri-Sat" says where as well as a zone does
    names = {n for n in names if len(n) >= 2}
    if not names:
        return lambda text: text
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w/])(?:" + alternatives + r")(?![\w/])")
    return lambda text: pattern.sub(FIXED, text) if text else text


# Words of file names and key paths that name no one: the folders and extensions of sites
# and exports. Masked, "_posts/2024-03-01-notes-from-*********-1.md" would lose its shape
# for nothing.
_STRUCTURAL_WORDS = frozenset((
    "posts", "drafts", "assets", "images", "image", "img", "authors", "author", "data", "config",
    "uploads", "media", "static", "content", "public", "site", "blog", "index", "well", "known",
    "svg", "jpg", "jpeg", "png", "gif", "webp", "heic", "tif", "tiff", "pdf", "txt", "html", "htm",
    "yml", "yaml", "json", "toml", "xml", "csv", "markdown", "email", "name", "title", "timezone",
    "keybase",  # .well-known/keybase.txt: a standard file name
    "docx", "docm", "xlsx", "xlsm", "pptx", "odt", "ods", "odp", "rtf", "mp4", "mov", "m4v", "avi",
    "wav", "mp3", "svgz", "ico", "psd", "dng", "raw", "docs", "files", "tweets", "twitter", "outbox",
    "comments", "git", "readme",
    # Archives and other kinds of file an export or a site holds.
    "zip", "tar", "tgz", "bz2", "jsonl", "ndjson", "mbox", "eml", "ics", "vcf", "gpx", "kml", "kmz",
    "heif", "avif", "epub", "doc", "xls", "ppt", "rst", "adoc", "mkv", "webm", "m4a", "ogg", "opus",
))
# A local file name or path inside evidence ("files: jek/assets/images/beach.jpg, ..."; META023
# lists every file one camera made): the user's own file layout, not words the writer said.
# Left out of the "said" words, or every folder and file name of a photo set was masked.
_LOCAL_FILE_TOKEN = re.compile(
    r"(?<![\w@])(?![a-z][a-z0-9+.-]*://)[^\s\"'«»“”‘’()\[\],;@]*(?:[/\\][^\s\"'«»“”‘’()\[\],;@]*"
    r"|\.[A-Za-z][A-Za-z0-9]{1,4})(?![\w@])")
_SPLIT_WORD = re.compile(r"[^\W_]+")  # "_" and "-" separate words: "marie_lefebvre", "marie-lefebvre"
_NAME_TOKEN = re.compile(r"[^\s\"'«»“”‘’()\[\],;]+")
_NAME_SEPARATOR = re.compile(r"[./\\#_-]")


def _location_word_hider(findings: list[Finding], input_paths: tuple[str, ...] = ()) -> Any:
    """A function that masks, wherever they stand as words, the words of the locations'
    paths and records (a post's slug, an image's file name, a key path) that are also a
    word of any finding's evidence or clue value: the town in
    "2024-03-01-notes-from-horsforth-1.md", the name in "marie-lefebvre-logo.svg" and
    "authors.marie_lefebvre.email". Only those: the rest of a path is the user's own
    file layout, which finds the file and names no one. None when there are none."""
    located: set[str] = set()
    for finding in findings:
        record = finding.location.record or ""
        # "HTML comment 2" (sources/blog.html_comment_records) is the tool's record, no file's name.
        texts = [finding.location.path, "" if _HTML_COMMENT_RECORD.fullmatch(record) else record]
        if finding.category == "metadata":
            # A fact several files state is one finding located at the first file: its
            # message lists the next ones ("In 300 files (first: a.jpg, b.jpg, …)").
            texts += _LOCAL_FILE_TOKEN.findall(finding.message[:2000])
        for text in texts:
            located.update(w.casefold() for w in _SPLIT_WORD.findall(text[:2000]) if len(w) >= 3)
    # Platform words and extensions too: "naijadeskofficer.*********.xml" hid "WordPress" and
    # "export_********_***_20260301.***" the ".zip" (walkthrough s8), where the input-name mask
    # had kept them.
    # And the tool's own label of a duplicated member, "[copy 1 of 2]" (was "[**** 1 of 2]").
    # (Review rev10a 1.) A layout word that names something ("google", "whatsapp", "signal") is
    # masked too where a finding says it (the employer of "I've just joined Google"), in
    # "Google Photos/" as well; not for a device's or a program's value ("Make=Google"), an
    # address (photos.google.com) or a file's identifiers ("OriginalFileName=Photo ..."): those
    # name the platform that wrote the layout.
    placed = (located | {w.casefold() for path in input_paths for w in _SPLIT_WORD.findall(path[:2000])}
              ) & _PLACED_WORDS
    # A platform's name kept in every path ("facebook") that an employer clue names: the
    # writer's employer in "_posts/...-leaving-facebook.md" (tenth session, rfix10's note).
    employers = {w.casefold() for f in findings if f.clue is not None and f.clue.kind == "employer"
                 for w in _SPLIT_WORD.findall(f.clue.value[:200])} & _INPUT_NAME_WORDS
    placed |= employers
    located -= _COMMON_WORDS | _INPUT_NAME_WORDS | _LAYOUT_WORDS | {"copy", "copies"}
    located = {w for w in located if not (w.isdigit() and len(w) <= 4)}  # dates, counts
    if not located and not placed:
        return None
    said: set[str] = set()
    said_placed: set[str] = set()
    budget = _PROPER_SCAN_CHARS
    # File names, not paths, looked up token by token: "any(path in text ...)" over every
    # location was quadratic (20,000 findings: 340 s; tenth session).
    own_names = {f.location.path.replace("\\", "/").rsplit("/", 1)[-1] for f in findings if f.location.path}

    def names_own_file(text: str) -> bool:
        return any(token.replace("\\", "/").rsplit("/", 1)[-1] in own_names
                   for token in _LOCAL_FILE_TOKEN.findall(text))

    for finding in findings:
        clue = finding.clue
        if finding.rule in _TOOL_EVIDENCE_RULES:
            continue
        tool_words = clue is None or _habit_name(clue.value) or _own_label(clue.value)
        for text in [finding.evidence.removeprefix(_HTML_COMMENT_LABEL)] + (
                [] if tool_words else [clue.value]):  # type: ignore[union-attr]
            budget -= min(len(text), _SECRET_SCAN_CHARS)
            text = text[:_SECRET_SCAN_CHARS]
            if finding.category == "metadata" or names_own_file(text):
                # A file's own name and the other files it lists are where the words came
                # from, not what the writer said (an Author field or a GPS place still is).
                text = _LOCAL_FILE_TOKEN.sub(" ", text)
            said.update(w.casefold() for w in _SPLIT_WORD.findall(text) if len(w) >= 3)
            if placed and (clue.kind not in ("device", "software") if clue is not None
                           else not _keyed_evidence(finding)):  # (a file's identifiers, its name)
                said_placed.update(w.casefold() for w in _SPLIT_WORD.findall(_URL_IN_TEXT.sub(" ", text))
                                   if w.casefold() in placed)
        if budget < 0:
            break
    hidden = frozenset((located & said) | said_placed)
    if not hidden:
        return None

    def hide_word(match: re.Match[str]) -> str:
        return mask(match.group(0)) if match.group(0).casefold() in hidden else match.group(0)

    # Paths as such (an input named "horsforth", a location's path): every word of them,
    # a lone one too, wherever they stand whole.
    whole_paths = {p.casefold() for p in (*input_paths, *(f.location.path for f in findings)) if p}

    def hide_in_name(match: re.Match[str]) -> str:
        token = match.group(0)
        if _NAME_SEPARATOR.search(token) or token.casefold().rstrip(".:") in whole_paths:
            return _SPLIT_WORD.sub(hide_word, token)
        return token

    def hide_path(text: str) -> str:
        return _SPLIT_WORD.sub(hide_word, text) if text else text

    # Only inside file names, paths and key paths ("first: notes-from-horsforth-1.md#3"):
    # a sentence's own words are mask_known's, and "the platform" of a tool's sentence
    # stays readable beside a masked "platform-one.jpg".
    def hide(text: str) -> str:
        return _NAME_TOKEN.sub(hide_in_name, text) if text else text

    hide.path = hide_path  # type: ignore[attr-defined]
    return hide


# A local path a draft embeds ("embeds /Users/marie/Desktop/garden.jpg, which was not
# checked"): the writer's own text, often with a home folder and a real name in it.
_EMBEDS_UNREAD = re.compile(r"(?<=embeds )(.+?)(?=, which was not checked)")
# Parsed by its shape (sources/wordpress._say_authors: "(NAME N, NAME N and K more): if
# only some are yours"), to the words after it: until 2026-11-29 it ended at the first ")",
# the one of "(no author)", and the logins after it were shown in clear.
_AUTHOR_LIST = re.compile(r"(?<=authors were read as one writer's \()(.+)(?=\): if only some are yours)",
                          re.S)
_AUTHOR_COUNT = re.compile(r"( \d+(?:, |(?: and \d+ more)?$))")
_NO_AUTHOR = "(no author)"  # the reader's word for a post without dc:creator


def _mask_authors(listing: str) -> str:
    """Every name of the list masked, whatever its length or characters; counts kept."""
    parts = _AUTHOR_COUNT.split(listing)
    return "".join(part if i % 2 or part == _NO_AUTHOR else mask(part) for i, part in enumerate(parts))
# A home folder in any error text: the segment after /Users/, /home/ or C:\Users\ is a user
# name (one with a space too, when a separator follows it).
_HOME_FOLDER = re.compile(
    r"(?i)((?:[A-Za-z]:)?[\\/]+(?:Users|home)[\\/]+)([^\\/\n\"',;()]{1,64}?(?=[\\/])|[^\\/\s\"',;()]{1,64})")
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _mask_keeping_extension(path: str) -> str:
    ext = _EXTENSION.search(path)
    return mask(path[: ext.start()]) + ext.group(0) if ext else mask(path)


def redact_input_error(text: str, names: frozenset[str] = frozenset()) -> str:
    """An input error as a redacted report shows it. Most are the tool's words around an
    input's path, which stay; but some quote what the writer's text gave: the local path
    a draft embeds is masked whole (its extension kept: the kind of file), a home
    folder's user name anywhere, and the names and codes of the findings (``names``)."""
    if not text:
        return text
    text = _EMBEDS_UNREAD.sub(lambda m: _mask_keeping_extension(m.group(1)), text)
    # A group blog's author logins (sources/wordpress._say_authors): masked, counts kept.
    text = _AUTHOR_LIST.sub(lambda m: _mask_authors(m.group(0)), text)
    text = _HOME_FOLDER.sub(lambda m: m.group(1) + mask(m.group(2)), text)
    if names:
        text = _WORD.sub(lambda m: mask(m.group(0)) if m.group(0) in names else m.group(0), text)
    return text


def _path_shortener(roots: list[str]) -> Any:
    """A function that shows every path under an input given by an absolute path (or
    one that climbs with "..") from the input's own folder name on:
    "/home/marie.lefebvre/blog/a.jpg" -> "blog/a.jpg". The folders above an input
    often carry the user's name (META019 rates that high in a file's metadata), and a
    redacted report is the one that is shared."""
    long_roots: dict[str, str] = {}
    for root in roots:
        pure = root.replace("\\", "/")
        if pure.startswith("/") or pure.startswith("~") or ".." in pure.split("/") or (
            len(pure) > 2 and pure[1] == ":"  # C:/Users/...
        ):
            name = pure.rstrip("/").rsplit("/", 1)[-1] or pure
            long_roots[root] = name
    # Readers hand git and other tools the root's absolute form, and their errors quote
    # it ("bad config line 6 in file /home/jane.doe/blog/.git/config" for "scan blog"):
    # that form, and the real path behind links, is shown as the root was typed.
    import os
    from pathlib import Path

    for root in roots:
        if not root:
            continue
        shown = long_roots.get(root) or root.rstrip("/\\") or root
        try:
            typed = os.path.expanduser(root)
            forms = {os.path.abspath(typed), os.path.realpath(typed), str(Path(typed).absolute())}
        except (ValueError, OSError):
            continue  # no path at all (a NUL in it): no form of it reaches a tool
        for form in forms:
            form = form.rstrip("/") if form != "/" else form
            if len(form) > 1 and form != root and form not in long_roots:
                long_roots[form] = shown
    if not long_roots:
        return lambda text: text
    ordered = sorted(long_roots, key=len, reverse=True)

    def shorten(text: str) -> str:
        if not text:
            return text
        for root in ordered:
            if root in text:
                text = text.replace(root, long_roots[root])
        return text

    return shorten


# Words an input's name may hold that name no one: platforms, export layouts, kinds of file.
_INPUT_NAME_WORDS = _STRUCTURAL_WORDS | frozenset((
    "archive", "archives", "export", "exports", "mastodon", "reddit", "wordpress", "tumblr", "substack",
    "zip", "tar", "tgz", "gz", "jsonl", "ndjson", "wxr", "notes", "note", "site", "sites", "input",
    "inputs", "account", "accounts", "backup", "backups", "download", "downloads", "repo", "repository",
    "posts", "post", "draft", "drafts", "photos", "pictures", "attachments", "documents", "desktop", "src",
    "hugo", "jekyll", "www", "gitlab", "github", "social", "data",
    "takeout", "facebook", "instagram", "linkedin", "medium", "ghost", "blogger", "journal", "writing",
    "threads", "bluesky", "bsky", "substack", "livejournal", "dreamwidth", "comments", "media",
    "md", "js", "txt", "csv", "json", "html", "htm", "xml", "zip",
    "security",  # RFC 9116's .well-known/security.txt names no one (con15)
))
# Camera, phone and app prefixes of file names, and the words of the layouts platforms
# export (Google Takeout, WordPress, Mastodon, X, Bluesky): they find the file and name no
# one (tenth session; a Takeout album "Trip to Whitby/" is the user's and is masked).
_LAYOUT_WORDS = frozenset((
    "img", "pxl", "vid", "dsc", "dscn", "dscf", "dcim", "mvimg", "pano", "burst", "pict", "gopr", "mov",
    "screenshot", "screenshots", "screen", "shot", "at", "signal", "whatsapp", "wa", "photo", "video",
    "videos",
    "image", "images", "camera", "edited", "original", "google", "from", "wp", "uploads", "content",
    "supplemental", "metadata", "tweets", "tweet", "direct", "messages", "profile", "deleted", "community",
    "moments", "files", "small", "cache", "accounts", "avatars", "headers", "attachments", "blobs", "blob",
    "actor", "avatar", "header",  # Mastodon's actor.json, avatar.png, header.jpg (twelfth session)
    "your", "archive", "browser", "shared", "album", "albums", "bin", "trash", "untitled", "jpg",
    # git's own files and a repository's usual ones (tenth session: ".mailmap" read ".*******").
    "mailmap", "gitattributes", "gitignore", "gitmodules", "readme", "license", "licence", "changelog",
    "docs", "copying", "contributing", "notice",
    # An app's id after a screenshot's time ("Screenshot_..._com.whatsapp.jpg").
    "com",
))
# (Review rev10a 1.) Of those, the ones no input name holds ("google", "whatsapp", "signal",
# "camera", "community"...) are kept only in their place: a folder or file name made of layout
# words, numbers and dates alone ("Google Photos", "Photos from 2024", "DCIM/Camera",
# "Screenshot_..._com.whatsapp.jpg"), or a camera's or app's prefix before its counter or date
# ("IMG_0042 beach.jpg"). In a post's slug ("my-first-week-at-google.md") they are the writer's
# words and masked; and they are masked anywhere when a finding says them (the employer).
_PLACED_WORDS = _LAYOUT_WORDS - _INPUT_NAME_WORDS
# A file's extension stays readable: the kind of file ("drafts/***-post.**" hid ".md"). Each
# part holds a letter: ".40.00.png" of "Screenshot 2024-05-29 at 13.40.00.png" is the time.
_NAME_EXTENSION = re.compile(r"(\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,5})+$")
# A camera's or app's prefix and its counter in one word ("WA0001", "DSCN0042").
_PREFIXED_COUNTER = re.compile(r"([A-Za-z]+)(\d+)")
# Runs of digits a file or folder name dates or times something with (tenth session, review
# rev9a 1: "PXL_20240529_134000123.jpg", "signal-2024-05-29-134000.jpg", "Photo 29-05-2024,
# 13 40 00.jpg", "Screenshot 2024-05-29 at 13.40.00.png"): groups of digits joined by one
# separator. Masked when a group has five digits or more (a date, a time, a timestamp), when
# a year stands with groups of one or two digits (2024-05, 29-05-2024), or when three groups
# of one or two digits stand together (13-40-00). A year alone ("Photos from 2024",
# "uploads/2025/02/") and a counter ("IMG_0042") stay.
# (Review rev10a 2.) Also with more groups beside them: a year with two groups of one or two
# digits is a date, and three such groups a time, whatever follows ("Screenshot_2024-05-29-
# 13-40-00-123_com.whatsapp.jpg", "signal-2024-05-29-13-40-00-123.jpg": the milliseconds' three
# digits had kept the capture time whole).
_DATE_CHAIN = re.compile(r"\d+(?:(?:[-_.:' ]|, | at )\d+)*")
_YEAR = re.compile(r"(?:19|20)\d\d")
_DIGIT = re.compile(r"\d")
# Year, month and day as three folders ("DCIM/Camera/2024/05/29/IMG_0001.jpg", or day first):
# one date. A year and a month alone ("wp-content/uploads/2025/02/") stay.
_FOLDER_DATE = re.compile(
    r"(?<![^/\\!])(?:(?:19|20)\d\d([/\\])\d{1,2}\1\d{1,2}|\d{1,2}([/\\])\d{1,2}\2(?:19|20)\d\d)(?=$|[/\\])")


def _date_like(chain: str) -> bool:
    groups = re.findall(r"\d+", chain)
    if len(groups) < 2:
        return len(chain) >= 5
    if any(len(g) >= 5 for g in groups):
        return True
    short = "".join("s" if len(g) <= 2 else "l" for g in groups)
    if any(_YEAR.fullmatch(g) for g in groups) and (short.count("s") >= min(2, len(groups) - 1)):
        return True
    return "sss" in short


def mask_name_dates(name: str) -> str:
    """The digits of every date- or time-like run in a file or folder name starred, the
    separators kept (see ``_DATE_CHAIN``), and of a date written as three folders."""
    if not name or not any(ch.isdigit() for ch in name):
        return name
    name = _FOLDER_DATE.sub(lambda m: _DIGIT.sub(MASK, m.group(0)), name)
    return _DATE_CHAIN.sub(
        lambda m: _DIGIT.sub(MASK, m.group(0)) if _date_like(m.group(0)) else m.group(0), name)
# Where a shown input name stands as a path: not inside another word or path.
_PATH_END = r"(?=$|[/\\!#:\s,;)\]\"'»”]|\.(?:\s|$))"


def _mask_input_name(name: str) -> str:
    extension = _NAME_EXTENSION.search(name.rsplit("/", 1)[-1])
    tail = extension.group(0) if extension else ""
    stem = name[: len(name) - len(tail)]
    return mask_name_dates("".join(part if _PATH_PARTS.fullmatch(part) else _mask_name_part(part)
                                   for part in _PATH_PARTS.split(stem))) + tail


@functools.lru_cache(maxsize=65536)  # the same prefixes and folder words, thousands of times
def _path_word_kind(word: str) -> int:
    """1: kept anywhere (a word of inputs and sites, a number, a letter); 2: a layout word kept
    only in its place (``_PLACED_WORDS``, also before its counter: "WA0001", "DSCN0042"; their
    digits are left to the date mask); 0: masked."""
    if _kept_path_word(word):
        return 1
    counter = _PREFIXED_COUNTER.fullmatch(word)
    head = counter.group(1) if counter else word
    if head.casefold() in _PLACED_WORDS:
        return 2
    return 1 if counter and _kept_path_word(head) else 0


# The folder and file names of Meta's "Download your information" exports (Facebook, Instagram;
# sources/facebook.py, sources/instagram.py), a counter as "N": the platform's layout, kept whole
# as Google's and X's are ("***_facebook_***/posts/***_posts__***_***__photos_***_***_1.json" did
# not say which file to open; walk13 13). Only these exact names: "your_ailsa_activity" is masked.
_PLATFORM_LAYOUT_NAMES = frozenset((
    "your_facebook_activity", "your_activity_across_facebook", "your_instagram_activity",
    "personal_information", "profile_information", "comments_and_reactions", "likes_and_reactions",
    "likes_and_reactions_N", "your_posts_check_ins_photos_and_videos_N", "your_posts_N",
    "group_posts_and_comments", "your_posts_in_groups", "posts_on_other_pages_and_profiles",
    "your_comments_in_groups", "your_uncategorized_photos", "your_videos", "check_ins",
    "logged_information", "security_and_login_information", "ads_information",
    "apps_and_websites_off_of_facebook", "start_here", "posts_N", "comments_N", "post_comments_N",
    "reels_comments", "threads_and_replies", "igtv_videos", "archived_posts",
))


_LAYOUT_NAME_HEADS = frozenset(name.split("_", 1)[0] for name in _PLATFORM_LAYOUT_NAMES)  # a quick test


def _layout_name(words: list[str]) -> bool:
    """A name of several words that is one of ``_PLATFORM_LAYOUT_NAMES`` (a single word is judged
    by ``_path_word_kind``)."""
    return (words[0].casefold() in _LAYOUT_NAME_HEADS
            and "_".join("N" if w.isdigit() else w.casefold() for w in words) in _PLATFORM_LAYOUT_NAMES)


def _kept_in_name(words: list[str]) -> list[bool]:
    """Which words of one folder or file name (no extension) stay: see ``_PLACED_WORDS``, and
    a name of a platform's layout (``_PLATFORM_LAYOUT_NAMES``) whole."""
    if len(words) > 1 and _layout_name(words):
        return [True] * len(words)
    kinds = [_path_word_kind(w) for w in words]
    if all(kinds):
        return [True] * len(words)  # a layout's own name ("Google Photos", "Camera")
    kept = [kind == 1 for kind in kinds]
    lead = 0
    while lead < len(kinds) and kinds[lead] == 2:
        lead += 1
    # A camera's or app's prefix before its counter or date ("IMG_0042 beach", "DSCN0042 beach").
    if lead and ((lead < len(words) and words[lead].isdigit())
                 or any(ch.isdigit() for ch in words[lead - 1])):
        kept[:lead] = [True] * lead
    return kept


def _mask_name_part(part: str, only: frozenset[str] | set[str] | None = None) -> str:
    """One folder or file name (no extension) with the words ``_kept_in_name`` does not keep
    masked. ``only``: mask just those words (case folded) and the layout words out of their
    place (a name inside a message, which may be the tool's own words)."""
    words = _SPLIT_WORD.findall(part)
    if not words:
        return part
    kept = iter(_kept_in_name(words))

    def one(match: re.Match[str]) -> str:
        word = match.group(0)
        if next(kept):
            return word
        if only is None or word.casefold() in only or _path_word_kind(word) == 2:
            return mask(word)
        return word

    return _SPLIT_WORD.sub(one, part)


# A token that is a file's name or a path: a slash, or an extension with a letter.
_FILE_LIKE = re.compile(r"[/\\!]|\.(?=[0-9]*[A-Za-z])[A-Za-z0-9]{1,5}(?:$|[#:])")
# The tool's own label of a duplicated member ("[copy 2 of 3]", "[copies 3 to 9 of 40]").
_COPY_LABEL = re.compile(r" \[(?:copy \d+|copies \d+ to \d+) of \d+\]$")
_PATH_PARTS = re.compile(r"([/\\!])")


_REF_AFTER_EXTENSION = re.compile(
    r"\.[A-Za-z][A-Za-z0-9]{0,4}(#(?:" + _DOCUMENT_PLACE.pattern + "|" + _SHEET_PLACE.pattern
    + r"|[^/\\!#\s]*))$")


# A file's name, then "#" and its record that is a path in the same input (``text.tally.where``).
_NAME_THEN_RECORD_PATH = re.compile(
    r"([^/\\!#\s]{1,255}\.[A-Za-z][A-Za-z0-9]{0,4})#([^#\s]{1,1000}/[^\s]{1,1000})")


def mask_path_words(path: str) -> str:
    """Every word of a path masked as an input's name is (``_mask_input_name``): the words of
    platforms and layouts, numbers and each file's extension kept, the rest masked, one
    folder or member at a time. For `meta --redact`, whose paths are the user's folders
    and files and not the writer's words (2026-11-29, ninth session: a file without
    findings kept "Maria Gonzalez/Clifton flat/" readable)."""
    if not path:
        return path
    pair = _NAME_THEN_RECORD_PATH.match(path)
    if pair:
        # A file named with its record's path ("posts_1.json#your_instagram_activity/media/
        # posts_1.json#3", as a message lists a Meta post): each judged as the path it is. Whole,
        # the name's words ran into the record's folder, "***_posts__***_***__photos_***"
        # (walk14 7).
        return mask_path_words(pair.group(1)) + "#" + mask_path_words(pair.group(2))
    label = _COPY_LABEL.search(path)
    tail = label.group(0) if label else ""
    body = path[: len(path) - len(tail)]
    # A record's reference after the file's extension ("posts_1.json#***", masked or kept by the
    # record masks before): not a word of the file's name, which is then judged whole.
    ref = _REF_AFTER_EXTENSION.search(body)
    if ref:
        tail = ref.group(1) + tail
        body = body[: ref.start(1)]
    masked = "".join(part if _PATH_PARTS.fullmatch(part) else _mask_input_name(part)
                     for part in _PATH_PARTS.split(body))
    return _FOLDER_DATE.sub(lambda m: _DIGIT.sub(MASK, m.group(0)), masked) + tail


def _kept_path_word(word: str) -> bool:
    """Kept wherever it stands (the layout words of ``_PLACED_WORDS`` only in their place)."""
    folded = word.casefold()
    return (folded in _INPUT_NAME_WORDS or word.isdigit() or len(word) == 1
            # Google Takeout clips ".supplemental-metadata" to fit ("...jpg.supplemental-metada.json").
            or (len(word) >= 2 and ("supplemental".startswith(folded) or "metadata".startswith(folded))))


def path_word_hider(paths: list[str]) -> Any:
    """A function that masks, inside file names and paths that stand in a string ("first:
    ***/Clifton flat/a.jpg", an error), the words ``mask_path_words`` masks in ``paths``.
    A set of words, not an alternation of paths: `meta` lists thousands of files."""
    words: set[str] = set()
    for path in paths:
        label = _COPY_LABEL.search(path or "")
        body = (path or "")[: label.start()] if label else path or ""
        for part in _PATH_PARTS.split(body):
            extension = _NAME_EXTENSION.search(part)
            stem = part[: extension.start()] if extension else part
            found = _SPLIT_WORD.findall(stem)
            # A layout word out of its place is judged in each name below, not as a set: masked
            # in "my-first-week-at-google.md", "Google Photos" keeps it (review rev10a 1).
            words.update(w.casefold() for w, kept in zip(found, _kept_in_name(found), strict=True)
                         if not kept and _path_word_kind(w) != 2)

    def hide_word(match: re.Match[str]) -> str:
        return mask(match.group(0)) if match.group(0).casefold() in words else match.group(0)

    def hide_in_name(match: re.Match[str]) -> str:
        token = match.group(0)
        if not _NAME_SEPARATOR.search(token):
            return token
        if not _FILE_LIKE.search(token) and MASK not in token:
            return _SPLIT_WORD.sub(hide_word, token) if words else token
        # A file's name or a path (an extension, a slash), or a name the word masks reached
        # first ("**********_****-05-29-13-40-00-***_***.********.***", its extension masked):
        # each name as the path mask shows it, and its dates and times; a date in a sentence
        # ("from 2024-05-01") is the timing masks' to judge.
        return mask_name_dates("".join(
            part if _PATH_PARTS.fullmatch(part) else hide_in_part(part) for part in _PATH_PARTS.split(token)))

    def hide_in_part(part: str) -> str:
        core = part.split("#", 1)[0]
        core = _ORDINAL_SUFFIX.sub("", core)
        extension = _NAME_EXTENSION.search(core)
        stem = core[: extension.start()] if extension else core
        rest = part[len(stem):]
        return _mask_name_part(stem, words) + (_SPLIT_WORD.sub(hide_word, rest) if words else rest)

    def hide(text: str) -> str:
        return _NAME_TOKEN.sub(hide_in_name, text) if text else text

    return hide


def _input_name_hider(roots: list[str]) -> Any:
    """A function that shows each input's name (as the report shows it: the typed path, or
    from its own folder on when it was absolute) with its words masked, except the words of
    platforms and layouts ("*****_******_twitter.zip", "archive-20261101-*********.tar.gz"),
    wherever it stands as a path. The path inside the input is left to the other masks:
    the user's own layout, which finds the file."""
    shown: dict[str, str] = {}
    for root in roots:
        if not root:
            continue
        pure = root.replace("\\", "/").rstrip("/") or root
        if pure.startswith(("/", "~")) or ".." in pure.split("/") or (len(pure) > 2 and pure[1] == ":"):
            name = pure.rsplit("/", 1)[-1] or pure  # as _path_shortener shows it
        else:
            name = root.rstrip("/\\") or root
        # Its own name too, without the folders: messages list posts by it ("first:
        # morag_mclean_twitter.zip!data/tweets.js#***").
        for form in {name, name.replace("\\", "/").rsplit("/", 1)[-1]}:
            masked = _mask_input_name(form)
            if form and masked != form:
                shown[form] = masked
    if not shown:
        return lambda text: text
    pattern = re.compile(r"(?<![\w.\-/\\])(?:" + "|".join(
        re.escape(name) for name in sorted(shown, key=len, reverse=True)) + ")" + _PATH_END)

    def hide(text: str) -> str:
        return pattern.sub(lambda m: shown[m.group(0)], text) if text else text

    return hide


def _replace_strings(value: Any, change: Any, depth: int = 0) -> Any:
    if depth > _MAX_DEPTH:
        return value
    if isinstance(value, str):
        return change(value)
    if isinstance(value, dict):
        return {key: _replace_strings(item, change, depth + 1) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_replace_strings(item, change, depth + 1) for item in value]
    return value


# ---------------------------------------------------------------- meta and compare
# (2026-11-29, ninth session.) `meta` and `compare` print documents, not Reports; their
# --redact wraps what they hold in a Report and masks it with the functions above, so the
# findings, paths and linkage section read as `scan --redact` shows them. The helpers
# below add only what a Report has no place for: a file's metadata fields.

# Field groups whose value is a position or a place: a fixed placeholder, as a location
# clue's value (its shape gave the hemisphere and the length of the town's name).
_FIXED_FIELD_GROUPS = frozenset({"gps", "place"})
# Field groups whose value names a person, an organisation or a device (tenth session, red team 10
# F4: "Artist ******** **********" kept the name's lengths), and a computer's name in any group.
_IDENTITY_FIELD_GROUPS = frozenset({"person", "organisation", "serial", "document_id", "device"})
_IDENTITY_FIELD_NAMES = frozenset({"HostComputer", "ComputerName", "LastSavedBy", "Owner"})
# Field names the file's author chose (an office document's custom properties, a PNG text
# chunk's keyword): the part after the format's own prefix is the writer's text.
_USER_NAMED_FIELD = re.compile(r"(Custom|UserDefined|Text):(.+)", re.S)


def path_masks(report: Report) -> tuple[Any, Any, Any]:
    """The masks a redacted ``report`` applies to strings that list paths (``shorten``), to
    a path as such (``shorten_path``, a finding's location) and to an input error
    (``shorten_error``): for outputs that show paths or errors beside the report's
    findings (`meta`'s file list, `compare`'s warning lines)."""
    shortener, shorten, shorten_path = _path_maskers(report)
    own_path = shortener if report.fail_closed else shorten_path
    names = proper_words(report.findings)

    def shorten_error(text: str) -> str:
        return redact_input_error(shorten(text), names) if text else text

    return shorten, own_path, shorten_error


def redact_field(group: str, name: str, value: str, shorten: Any = None) -> tuple[str, str]:
    """A metadata field (`meta`'s ``fields``) as a redacted document shows it: the group and
    the format's name of the field readable (they say what to strip), a name the file's
    author chose masked after its prefix ("Custom:****** ****"), and the value masked as a
    finding's evidence is (a position or a place ``FIXED``, coordinates anywhere ``FIXED``).
    ``shorten``: the report's string mask (record ids, paths' words) for the name."""
    user_named = _USER_NAMED_FIELD.fullmatch(name or "")
    if user_named:
        name = f"{user_named.group(1)}:{mask(user_named.group(2))}"
    if shorten is not None and name:
        name = shorten(name)
    if not value:
        return name, value
    if group in _FIXED_FIELD_GROUPS:
        return name, FIXED
    if group in _IDENTITY_FIELD_GROUPS or (name or "").rsplit(":", 1)[-1] in _IDENTITY_FIELD_NAMES:
        return name, _fixed_shape(value)
    if escape_debris(value):
        return name, FIXED  # what is left of escape sequences, whole (thirteenth session)
    # An offset without its sign ("OffsetTimeOriginal -***:***" in `meta --redact`).
    return name, mask(mask_offsets(mask_coordinates(value)))


def label_hider(linkage: Any) -> Any:
    """``_label_hider`` for `compare`: shows the known corpora's labels as their numbered
    names ("known 1") wherever they stand as whole words (its advice lines)."""
    return _label_hider(linkage)
