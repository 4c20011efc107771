"""Links: parsing hostile URLs, offline tldextract, and what each link reveals."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nymaudit.detectors import ScanContext
from nymaudit.detectors import links as detector
from nymaudit.model import Corpus, Origin, Post
from nymaudit.text import links


def rules_for(text: str) -> set[str]:
    return {h.rule_id for _, hits in links.scan(text) for h in hits}


def test_tldextract_is_offline_and_writes_no_cache(monkeypatch, tmp_path: Path) -> None:
    # Imported before sockets are blocked: importing it pulls in ssl, whose SSLSocket
    # subclasses socket.socket, and this file run alone failed on the import, not on
    # any network use (the full suite had imported it earlier).
    import tldextract  # noqa: F401

    def no_network(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path / "tld"))
    links._extractor.cache_clear()
    links.split_host.cache_clear()
    assert links.split_host("democracy.leeds.gov.uk") == ("democracy", "leeds.gov.uk", "gov.uk")
    assert links.split_host("acme.sharepoint.com")[1] == "sharepoint.com"
    assert list(tmp_path.rglob("*")) == []


def test_idn_and_punycode_hosts() -> None:
    url = links.parse("https://xn--bcher-kva.de/katalog")
    assert url is not None and url.host == "bücher.de"
    uni = links.parse("https://bücher.de/?fbclid=IwAR0abcdefgh")
    assert uni is not None and uni.ascii_host == "xn--bcher-kva.de"
    assert "LINK003" in rules_for("https://bücher.de/?fbclid=IwAR0abcdefgh")


@pytest.mark.parametrize("raw", [
    "http://[::1/", "https://", "http://%%%/", "https://a..b/", "http://" + "a" * 300 + ".com/",
    "https://example.com:99999/", "javascript:alert(1)", "https://exa mple.com/",
])
def test_malformed_urls_do_not_raise(raw: str) -> None:
    links.scan(f"look {raw} here")
    links.parse(raw)


def test_giant_url_is_bounded() -> None:
    text = "https://example.com/" + "a" * 5_000_000
    found = links.find_urls(text)
    assert len(found) >= 1 and len(found[0][0]) <= links.MAX_URL_CHARS + 10


@pytest.mark.parametrize(("text", "rule"), [
    ("https://democracy.leeds.gov.uk/ieListDocuments.aspx", "LINK001"),
    ("https://www.yorkshireeveningpost.co.uk/news/x", "LINK001"),
    ("https://contoso.sharepoint.com/sites/x", "LINK002"),
    ("https://acme.zoom.us/j/123456", "LINK002"),
    ("https://teams.microsoft.com/l/meetup-join/19%3ameeting/0"
     "?context=%7b%22Tid%22%3a%2272f988bf-86f1%22%7d", "LINK002"),
    ("https://youtu.be/abc?si=Xk2abc123DEFgh", "LINK003"),
    ("https://x.com/a/status/1?s=20&t=AbCdEfGhIjKl", "LINK003"),
    ("https://www.tiktok.com/@a/video/1?_r=1&u_code=abcdef123", "LINK003"),
    ("http://intranet/hr", "LINK004"),
    ("http://192.168.1.10/admin", "LINK004"),
    ("https://wiki.acme.internal/x", "LINK004"),
    ("https://docs.google.com/document/d/1Ab/edit", "LINK005"),
    ("https://bit.ly/3xYzAbC", "LINK006"),
    ("https://github.com/janedoe", "LINK007"),
    ("https://paypal.me/janedoe", "LINK008"),
])
def test_revealing_links(text: str, rule: str) -> None:
    assert rule in rules_for(text)


@pytest.mark.parametrize("text", [
    "https://www.gov.uk/browse/tax", "https://www.bbc.co.uk/news", "https://t.co/abc",
    "https://x.com/a/status/1?s=20", "https://www.youtube.com/watch?v=x&t=42",
    "https://github.com/python/cpython/pull/1", "http://8.8.8.8/", "https://zoom.us/pricing",
])
def test_ordinary_links(text: str) -> None:
    assert rules_for(text) == set()


def test_own_profile_cue_raises_severity() -> None:
    hits = [h for _, hs in links.scan("my github https://github.com/jane") for h in hs]
    assert hits[0].severity == "high"


def test_personal_onedrive_names_the_owner() -> None:
    text = "https://contoso-my.sharepoint.com/personal/jane_doe_contoso_com/Documents/x.docx"
    values = {h.value for _, hs in links.scan(text) for h in hs if h.rule_id == "LINK005"}
    assert values == {"jane doe"}
    uk = "https://acme-my.sharepoint.com/personal/j_smith_acme_co_uk/Documents/x.docx"
    assert {h.value for _, hs in links.scan(uk) for h in hs if h.rule_id == "LINK005"} == {"j smith"}


def test_detector_sums_repeats_and_reads_stored_urls() -> None:
    posts = [Post(str(i), None, f"bins https://www.leeds.gov.uk/bins/{i}", Origin("t.js", str(i)))
             for i in range(500)]
    posts[0].extra["urls"] = ["https://acme.slack.com/archives/C1"]
    result = detector.detect(ScanContext(Corpus(posts=posts)))
    council = [f for f in result.findings if f.rule == "LINK001"]
    assert len(council) == 1 and "500 links" in council[0].message
    assert any(f.rule == "LINK002" and f.clue and f.clue.value == "acme" for f in result.findings)
    assert all(len(f.evidence) <= 160 for f in result.findings)


url_chars = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)


@settings(max_examples=200, deadline=None)
@given(prefix=url_chars, host=url_chars, rest=url_chars)
def test_url_finder_and_parser_never_raise(prefix: str, host: str, rest: str) -> None:
    text = f"{prefix} https://{host}/{rest} www.{host} {rest}"
    for raw, start, end in links.find_urls(text):
        assert text[start:end] == raw
        links.parse(raw)
    links.scan(text)


@settings(max_examples=100, deadline=None)
@given(st.from_regex(r"https?://[a-z0-9.-]{1,30}\.[a-z]{2,6}(/[A-Za-z0-9._~%-]{0,20}){0,3}"
                     r"(\?[a-z_]{1,8}=[A-Za-z0-9]{0,12}(&[a-z_]{1,8}=[A-Za-z0-9]{0,12}){0,3})?",
                     fullmatch=True))
def test_well_formed_urls_are_found_whole(url: str) -> None:
    found = links.find_urls(f"see {url} now")
    assert found and found[0][0] == url.rstrip(".,;:!?)]}'\"…*")
