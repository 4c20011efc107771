"""Text speed, thirteenth session (plc13): the places detector and normalising do less work
for the same results. Every speed-up here must leave results unchanged, so most tests are
guards that hold the new shortcuts to the full work they skip; the benchmark figures are in
docs/benchmarks.md (`bench_text.py --no-accuracy`), never timed in a test."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from nymaudit.detectors import ScanContext
from nymaudit.detectors import places as detector
from nymaudit.model import Corpus, Origin, Post
from nymaudit.text import normalize as norm
from nymaudit.text import places
from nymaudit.text.normalize import normalize


def _normalize_as_before(raw: str) -> str:
    """normalize() as it was before this session: white space always substituted."""
    import html
    import unicodedata

    if not raw:
        return ""
    raw = raw[: norm.MAX_SCAN_CHARS]
    if "<" in raw:
        raw = norm._COMMENT.sub(" ", raw)
        raw = norm._BLOCK_TAG.sub("\n", raw)
        raw = norm._ANY_TAG.sub("", raw)
    if "](" in raw:
        raw = norm._MD_LINK.sub(r"\1 \2", raw)
    if "&" in raw:
        raw = html.unescape(raw)
    if raw.isascii():
        text = norm._SPACES.sub(" ", raw)
    else:
        text = unicodedata.normalize("NFKC", raw)
        text = norm._ZERO_WIDTH.sub("", text)
        text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u02bc", "'")
        text = norm._SPACES.sub(" ", text)
    if "\n" in text:
        text = norm._BLANK_RUN.sub("\n\n", text)
    return text


def test_a_plain_post_is_not_copied() -> None:
    # Single spaces only: nothing to shorten, so the text is the post itself, not a copy made
    # by substituting each space with a space (fails before: a new string every time).
    for raw in ("Moved to Leeds last year, loving it.", "Caf\u00e9 in Lyon, then home to Leeds."):
        text, truncated = normalize(raw)
        assert text == raw and not truncated
        assert text is raw


# Every white space _SPACES knows, single and in runs, around words, entities and markup.
_PIECES = st.sampled_from([
    " ", "  ", "\t", "\r", "\f", "\v", "\x1c", "\x1f", "\x85", "\u00a0", "\u1680", "\u2003",
    "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\n", "\n\n\n", "\n \n", "Leeds", "caf\u00e9",
    "&amp;", "&nbsp;", "&#32;", "<b>", "</p>", "[a](https://x.org)", "\u2019", "\u200b", "\ufb01", "a",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=14).map("".join))
def test_white_space_is_shortened_as_before(raw: str) -> None:
    # Guard: the test before the substitution never skips one that would change the text.
    assert normalize(raw)[0] == _normalize_as_before(raw)


# The characters postcode, what3words and street patterns care about.
_SPOT_TEXT = st.text(alphabet="LSWEMBNlsmwe0123456789 ,./:-'\u00b0()abcdhktuv", max_size=40)


@settings(max_examples=600, deadline=None)
@given(_SPOT_TEXT)
def test_postcode_patterns_need_a_letter_before_a_digit(text: str) -> None:
    # Guard for spots(): the postcode patterns of places.toml are run only on a text with a
    # letter right before a digit; none of them can match anywhere else.
    d = places.data()
    if re.search(r"[A-Za-z][0-9]", text):
        return
    for pattern in (d.postcode, d.postcode_any_case, d.outward, d.profile_outward):
        if pattern is not None:
            assert pattern.search(text) is None, (pattern.pattern[:60], text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="///.w3cotha3rdsmfil ", max_size=40))
def test_what3words_needs_its_slashes_or_host(text: str) -> None:
    if "///" in text or "w3w.co/" in text or "what3words.com/" in text:
        return
    assert places.data().what3words.search(text) is None


def test_spots_still_found_behind_the_shortcuts() -> None:
    # Guard: every kind the shortcuts sit in front of, as written and in lower case.
    kinds = {(s.kind, s.value) for s in places.spots("Our flat is LS6 2AB, near the park.")}
    assert ("postcode", "LS6 2AB") in kinds
    assert ("postcode", "LS18 5HT") in {(s.kind, s.value) for s in places.spots("new flat: ls18 5ht")}
    assert ("outward", "LS6") in {(s.kind, s.value) for s in places.spots("best chippy in ls6")}
    assert ("outward", "BS6") in {(s.kind, s.value) for s in places.spots("gulls by night. BS6.", True)}
    assert ("what3words", "///filled.count.soap") in {
        (s.kind, s.value) for s in places.spots("meet at ///filled.count.soap")}
    assert ("what3words", "///filled.count.soap") in {
        (s.kind, s.value) for s in places.spots("see w3w.co/filled.count.soap")}
    assert ("zip", "TX 75460") in {(s.kind, s.value) for s in places.spots("Paris, TX 75460 these days")}
    assert places.spots("I have 3 cats and 2019 was a good year.") == []


def test_a_narrowed_name_is_believed_on_its_own_places() -> None:
    # Guard for _believe's sizes, kept per name: "Paris, TX" narrows the candidates to a town
    # of 25,000, which a person's name ("Paris") needs a cue for; plain "Paris" is the city.
    # The kept sizes must follow the candidates given, in either order.
    every = places._candidates("paris")
    texas = tuple(p for p in every if p.country == "US" and p.admin1 == "TX")
    assert texas and len(texas) < len(every)
    for _ in range(2):
        assert places._believe("paris", every, None, False, False, False)
        assert not places._believe("paris", texas, None, False, False, False)


def test_votes_count_each_mention_as_before() -> None:
    # Guard for _votes (the names' places worked out once per candidates): a name named in
    # many posts and once narrowed by its state is settled as the narrowed one says, and every
    # mention counts (Portland, Oregon beside Salem and Eugene; not Portland, Maine).
    posts = [Post(str(i), None, text, Origin("tweets.js", str(i))) for i, text in enumerate(
        ["Back in Portland, Oregon for good."] + ["Rain again in Portland."] * 6
        + ["Drove down to Salem today.", "A weekend in Eugene."])]
    messages = [f.message for f in detector.detect(ScanContext(Corpus(posts=posts))).findings]
    assert "Says they live in or come from Portland (Oregon, US), once." in messages
    assert any(m.startswith("7 mentions within 15 km of Portland (Oregon, US): Portland ×7 in 7 posts")
               for m in messages), messages
    assert "Names Salem (Oregon, US) once." in messages and "Names Eugene (Oregon, US) once." in messages


# ------------------------------------------------ public bodies' hosts of other countries


def _place_messages(texts: list[str]) -> list[str]:
    posts = [Post(str(i), None, text, Origin("tweets.js", str(i))) for i, text in enumerate(texts)]
    return [f.message for f in detector.detect(ScanContext(Corpus(posts=posts))).findings]


def test_a_new_zealand_council_link_breaks_a_tie() -> None:
    # Hamilton is in Ontario, Waikato, Ohio and Scotland; the account links to its council's
    # bin page at hamilton.govt.nz as it would to leeds.gov.uk (fails before: only British
    # public bodies' hosts counted, and the name stayed open).
    messages = _place_messages(["Bin day again in Hamilton, see https://www.hamilton.govt.nz/bins",
                                "Rain in Hamilton all week.", "Hamilton traffic is awful today."])
    assert any(m.startswith("3 mentions within 15 km of Hamilton (Waikato, NZ)") for m in messages), messages


def test_an_australian_state_suffix_leaves_the_council_as_the_name() -> None:
    # "brisbane.qld.gov.au": the label before the state's suffix is the council's town, not "qld"
    # (fails before: no Australian suffix at all).
    from nymaudit.text.places import linked_countries

    assert linked_countries(["see https://www.brisbane.qld.gov.au/clean-and-green"]) == {"brisbane": "AU"}
    assert linked_countries(["https://sydney.edu.au/news and https://www.hamilton.govt.nz/"]) == {
        "sydney": "AU", "hamilton": "NZ"}


def test_a_foreign_link_never_overrules_the_accounts_own_places() -> None:
    # Guard: Hamilton beside Motherwell and Glasgow is the Scottish one, whatever the link says
    # (a shared council page says nothing of where its sharer lives).
    messages = _place_messages(["Bin day in Hamilton, see https://www.hamilton.govt.nz/bins",
                                "Rain in Hamilton all week.", "Shopping in Motherwell.", "Train to Glasgow."])
    assert any(m.startswith("3 mentions within 15 km of Hamilton (Scotland, GB)") for m in messages), messages
    assert not any("NZ" in m for m in messages)


def test_a_national_host_names_no_town() -> None:
    # Guard: "www.gov.ie" names nothing; "canada.gc.ca" only the country's own name, which no
    # place mention is narrowed by (a country is no namesake of a town).
    from nymaudit.text.places import linked_countries

    assert linked_countries(["https://www.gov.ie/en/"]) == {}
    assert linked_countries(["https://www.canada.gc.ca/home"]) == {"canada": "CA"}
    messages = _place_messages(["Dinner in Galway, https://www.gov.ie/en/", "Back in Galway."])
    assert "Says they live in or come from Galway (Connacht, IE), once." in messages
