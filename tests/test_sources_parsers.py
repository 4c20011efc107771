"""Property tests: the date parsers, the YTD prefix parser, the JSON array walker,
the HTML-to-text helper and the front-matter splitter never raise and only return
valid values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from archive_builders import twitter_date
from nymaudit.sources.blog import split_front_matter
from nymaudit.sources.common import as_text, from_date_object, parse_timestamp, short
from nymaudit.sources.html_text import html_to_text
from nymaudit.sources.jsonstream import TextWindow, iter_json_array
from nymaudit.sources.twitter import parse_ytd_prefix

FAST = settings(max_examples=150, deadline=None)
aware = st.datetimes(min_value=datetime(1971, 1, 1), max_value=datetime(2099, 12, 31), timezones=st.just(UTC))


@FAST
@given(st.text(max_size=80))
def test_parse_timestamp_never_raises(value):
    parsed, reason = parse_timestamp(value)
    assert (parsed is None) != (reason is None)
    if parsed is not None:
        assert parsed.when.utcoffset() == timedelta(0)
    else:
        assert reason.startswith(("unparseable date", "impossible date"))


@FAST
@given(st.from_regex(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}( ?[+-]\d{2}:?\d{2}|Z| UTC)?", fullmatch=True))
def test_iso_shaped_strings_parse_or_are_impossible(value):
    parsed, reason = parse_timestamp(value)
    assert parsed is not None or reason.startswith("impossible date")


@FAST
@given(aware, st.integers(min_value=-14 * 4, max_value=14 * 4))
def test_roundtrip_iso_with_offset(moment, quarter_hours):
    moment = moment.replace(microsecond=0)
    offset = timezone(timedelta(minutes=15 * quarter_hours))
    text = moment.astimezone(offset).isoformat()
    parsed, _ = parse_timestamp(text)
    assert parsed is not None and parsed.when == moment
    assert parsed.offset_minutes == 15 * quarter_hours
    jekyll = moment.astimezone(offset).strftime("%Y-%m-%d %H:%M:%S %z")
    assert parse_timestamp(jekyll)[0].when == moment


@FAST
@given(aware)
def test_roundtrip_twitter_and_reddit(moment):
    moment = moment.replace(microsecond=0)
    assert parse_timestamp(twitter_date(moment))[0].when == moment
    assert parse_timestamp(moment.strftime("%Y-%m-%d %H:%M:%S UTC"))[0].when == moment


@FAST
@given(st.one_of(st.none(), st.integers(), st.floats(), st.dates(), st.datetimes(), st.text()))
def test_from_date_object_never_raises(value):
    parsed = from_date_object(value)
    assert parsed is None or parsed.when.utcoffset() == timedelta(0)


@FAST
@given(st.text(max_size=120))
def test_ytd_prefix_never_raises(text):
    prefix = parse_ytd_prefix(text)
    assert prefix is None or 0 <= prefix.end <= len(text)


@FAST
@given(st.from_regex(r"window\.YTD\.[a-z_]{1,20}\.part[0-9]{1,3} = ", fullmatch=True))
def test_ytd_prefix_recognised(text):
    prefix = parse_ytd_prefix(text + "[]")
    assert prefix is not None and text[prefix.end - 2 : prefix.end] == "= "


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@FAST
@given(st.lists(json_values, max_size=8))
def test_array_walker_roundtrip(values):
    import json

    text = "window.YTD.tweets.part0 = " + json.dumps(values, indent=2)
    prefix = parse_ytd_prefix(text)
    out = list(iter_json_array(text, prefix.end))
    assert [v for _i, v, e in out] == values
    assert all(e is None for _i, _v, e in out)


@FAST
@given(st.text(max_size=200))
def test_array_walker_never_raises_on_garbage(text):
    for index, _value, error in iter_json_array("[" + text, 0):
        assert index >= 0
        assert error is None or isinstance(error, str)


@FAST
@given(st.text(alphabet=st.sampled_from("<>/ap =\"'&;#brx\n-!"), max_size=200))
def test_html_to_text_never_raises(html):
    assert isinstance(html_to_text(html), str)


@FAST
@given(st.text(max_size=300))
def test_front_matter_never_raises(text):
    fm = split_front_matter(text)
    assert isinstance(fm.data, dict)
    assert fm.kind in ("", "yaml", "toml")


def test_html_to_text_large_input_is_linear_enough():
    html = "<p>" + "<a href='https://e.org/x'>x</a> word " * 50_000 + "</p>"
    text = html_to_text(html)
    assert text.count("https://e.org/x") == 2000 and len(text) > 300_000


@FAST
@given(st.lists(json_values, max_size=8), st.integers(min_value=16, max_value=64))
def test_array_walker_streams_over_small_chunks(values, chunk):
    import json

    data = ("  " + json.dumps(values, indent=2, ensure_ascii=False)).encode("utf-8")
    out = list(iter_json_array(TextWindow(data, 0, chunk=chunk)))
    assert [v for _i, v, e in out] == values
    assert all(e is None for _i, _v, e in out)


def test_array_walker_stream_reports_invalid_utf8_and_truncation():
    window = TextWindow(b'[{"a": "caf\xe9"}, {"b": 1}, {"c": ', 0, chunk=16)
    out = list(iter_json_array(window))
    assert [v for _i, v, _e in out[:2]] == [{"a": "caf\ufffd"}, {"b": 1}]
    assert out[2][2].startswith("unparseable JSON")
    assert window.warning == "invalid UTF-8 at byte 11; undecodable bytes replaced"


class _RecordingWindow(TextWindow):
    """Notes the most decoded text held at once."""

    most = 0

    def more(self) -> bool:
        grew = super().more()
        self.most = max(self.most, len(self.buf))
        return grew


def test_corrupt_record_without_later_start_is_read_in_bounded_memory(monkeypatch):
    # A tweets.js whose first record is an unterminated string to the end of the file:
    # the resync search once kept every chunk it searched (400 MB: 33 s, 1.3 GB).
    import re

    from nymaudit.sources import jsonstream

    monkeypatch.setattr(jsonstream, "MAX_ELEMENT_CHARS", 4096)
    data = ('[ {"tweet": {"full_text": "' + "Leeds " * 100_000).encode()
    window = _RecordingWindow(data, 0, chunk=1024)
    out = list(iter_json_array(window, 0, re.compile(r'\{\s{0,64}"tweet"\s{0,64}:')))
    assert window.most < 16_000  # a record, a chunk and a search tail; not the 600 KB of the file
    assert [(i, v) for i, v, _e in out] == [(0, None)]
    assert "the rest of the file was skipped" in out[0][2]


def test_record_over_the_size_cap_is_named_as_such_and_reading_goes_on(monkeypatch):
    import json
    import re

    from nymaudit.sources import jsonstream

    monkeypatch.setattr(jsonstream, "MAX_ELEMENT_CHARS", 4096)
    records = [{"tweet": {"full_text": "x" * 10_000}}, {"tweet": {"full_text": "short"}}]
    window = TextWindow(json.dumps(records).encode(), 0, chunk=1024)
    out = list(iter_json_array(window, 0, re.compile(r'\{\s{0,64}"tweet"\s{0,64}:')))
    assert out[0][2] == "over the 4096-character per-record size cap, skipped"
    assert out[1][1] == {"tweet": {"full_text": "short"}}


def _count_rescans(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    """Counts html.parser's failed attempts to finish a construct: at the end of the
    input each one takes a character or two as text and scans to the end again, which
    made "<a" * 50000 take 15 s (and "<a " * 5000 4.6 s)."""
    from nymaudit.sources import html_text

    failed = [0]

    class Counting(html_text._TextExtractor):
        pass

    for name in ("parse_starttag", "parse_endtag", "parse_comment", "parse_pi", "parse_html_declaration"):
        method = getattr(html_text._TextExtractor, name)

        def wrapped(self, i, *args, _method=method):  # type: ignore[no-untyped-def]
            end = _method(self, i, *args)
            if end < 0:
                failed[0] += 1
            return end

        setattr(Counting, name, wrapped)
    monkeypatch.setattr(html_text, "_TextExtractor", Counting)
    return failed


def test_unfinished_markup_is_read_without_rescanning(monkeypatch):
    failed = _count_rescans(monkeypatch)
    hostile = {
        "<a" * 2000: "<a" * 2000,
        "<p>Leeds</p>" + "<a " * 2000: "Leeds\n" + "<a " * 1999 + "<a",
        "</" * 2000 + "x": "</" * 2000 + "x",
        "<?" * 2000: "<?" * 2000,
        "<p>x</p>" + "<!--y>" * 2000: "x\n" + "<!--y>" * 2000,
        "<p>x</p>" + "<![CDATA[y>" * 2000: "x\n" + "<![CDATA[y>" * 2000,
    }
    for html, expected in hostile.items():
        assert html_to_text(html) == expected
    assert failed[0] < 10  # at most the one pass feed() stops at, not one per "<"


def test_markup_that_closes_is_read_as_before():
    html = (
        "<p>Hello <a href='https://e.org/a'>there</a> &amp; <!-- note --> <b>bold</b></p>"
        "<![CDATA[x]]><script>if (a < b) {}</script><p>1 &lt; 2 <br/> end</p>"
    )
    assert html_to_text(html) == "Hello there <https://e.org/a> &  bold\n\n1 < 2\nend"


def test_unknown_marked_section_no_longer_ends_the_document():
    # html.parser raised AssertionError at "<![foo[": the text after it was lost.
    assert html_to_text("<p>one</p><![foo[ x> <p>two</p>") == "one\n<![foo[ x>\ntwo"


_JSON_PIECES = ['{"id_str": "1", "text": "a"}', "{}", '{"a": [', "]", ",", " ", "x", '"', "{"]


@FAST
@given(st.lists(st.sampled_from(_JSON_PIECES), max_size=40), st.integers(min_value=16, max_value=64))
def test_resync_with_accept_never_raises_and_keeps_order(pieces, chunk):
    import re

    text = "[" + "".join(pieces)
    window = TextWindow(text.encode(), 0, chunk=chunk)
    resync = re.compile(r",\s{0,64}(\{)")
    out = list(iter_json_array(window, 0, resync, accept=lambda v: isinstance(v, dict)))
    indexes = [i for i, _v, _e in out]
    assert indexes == sorted(indexes)
    assert all(e is None or isinstance(e, str) for _i, _v, e in out)


def test_a_comment_opener_inside_a_script_does_not_swallow_the_rest():
    """"<!--" in script text is script, not a comment: the defusing once ran from it to
    the ">" of </script> and lost the rest of the post (found in review)."""
    from nymaudit.sources.html_text import html_text_and_links

    post = ('<p>Intro.</p><script>var marker = "<!--";</script><STYLE>p:after{content:"<!["}</STYLE>'
            '<p>I work at <a href="https://intranet.acme-corp.example/team">the team page</a> in Leeds.</p>')
    text, links = html_text_and_links(post)
    assert "in Leeds" in text and links == ["https://intranet.acme-corp.example/team"]


@FAST
@given(st.integers(min_value=0, max_value=40_000))
def test_as_text_never_raises_on_a_parsed_integer(bits):
    """str() of an int over 4,300 digits raises ValueError (Python's limit); YAML and
    TOML build such ints from a few KB of hex. Small ints are shown as they are, the
    rest described; so are lists and mappings holding one."""
    for value in (2**bits - 1, -(2**bits)):
        text = as_text(value)
        if value.bit_length() <= 2000:
            assert text == str(value)
        else:
            digits = len(str(abs(value))) if value.bit_length() < 14_000 else None
            assert text.startswith("<an integer of about ") and text.endswith(" digits>")
            if digits is not None:
                assert abs(int(text.split()[4]) - digits) <= 1
        assert as_text([value, "x"]).startswith(("[", "<a list of 2 items>"))
        assert short(value) and short({"k": value})


def test_as_text_of_other_parsed_values():
    assert as_text("x") == "x" and as_text(True) == "True" and as_text(1.5) == "1.5"
    assert as_text([2**20000]) == "<a list of 1 item>"
    assert as_text({1: 2**20000, 2: 3}) == "<a dict of 2 items>"
    assert short(2**20000) == "<an integer of about 6021 digits>"
    assert short(16**5000 - 1) == "<an integer of about 6021 digits>"
