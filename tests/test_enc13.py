"""Windows-1252 review fixes (thirteenth session, helper enc13; rev13b items 1, 2 and 5, lnk13 A).

- A UTF-8 draft with a few pasted Windows-1252 bytes keeps its UTF-8 letters: only the bytes
  UTF-8 cannot read are read as CP1252 ("Zoë" stayed "ZoÃ«" and a watched name was missed).
- Drafts in other code pages (Polish and Czech cp1250, Russian cp1251, Greek cp1253, Turkish
  cp1254) fail closed with INPUT001 again, instead of passing as mojibake.
- A group blog's author list: only the account's own entry is its profile.
- A post linking the site's own configured address is not another site of the account's.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.sources.common import TextDecoder
from nymaudit.sources.tree import LegacyText, decode_text

# Written out so that this file loads on the code before the change.
READ_AS_CP1252 = "read as Windows-1252"
CP1252 = "cp1252"


def legacy_codec(data: bytes) -> str | None:
    from nymaudit.sources.tree import legacy_codec as decide

    return decide(data)


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                              catch_exceptions=False)


def _findings(*args: str) -> list[dict]:
    result = run(*args, "--format", "json", "-q")
    return json.loads(result.stdout)["findings"]


def _watchlist(path: Path, *terms: str) -> Path:
    result = run("watch", "add", *terms, "--watchlist", str(path))
    assert result.exit_code == 0, result.output
    return path


def _stream_decode(data: bytes, sizes: list[int]) -> str:
    """What `watch check` reads of ``data``: the codec chosen over the stream, then the text
    decoded in pieces of the given sizes."""
    from nymaudit.sources.common import stream_legacy_codec

    fh = io.BytesIO(data)
    decoder = TextDecoder(stream_legacy_codec(fh.read, lambda: fh.seek(0)))
    text = decoder.decode(fh.read(4))
    for size in sizes:
        text += decoder.decode(fh.read(size))
    return text + decoder.decode(fh.read(), final=True)


# Real sentences, as people write them, each language's own letters and punctuation.
WESTERN = {
    "French": "« Ça va ? » J’habite à Montréal depuis l’été dernier. Mon cœur est resté à Besançon, où ma "
              "sœur travaille comme infirmière. Créée en 1998, l’école a fêté ses 25 ans… Noël à Orléans.",
    "German": "Ich wohne seit März in München. Meine Größe ist 1,80 m, ich arbeite als Ärztin. "
              "„Schöne Grüße“ aus Düsseldorf – Frühstück um 7 Uhr, Fußgängerzone. Don´t worry, 20 °C, 5 m³.",
    "Spanish": "¿Dónde vives? ¡Vivo en Málaga desde hace años! Trabajo como enfermera en el hospital; mi "
               "madre nació en León. El niño comió piñones. 3.º piso, nº 5, 1.ª planta.",
    "Portuguese": "Moro em São Paulo, perto da estação da Luz. Sou professora de educação física; a situação "
                  "é difícil, mas não desisto. Corações, informações, irmãos, você está aqui.",
    "English": "I’m a nurse at St Mary’s — it’s been a long week… “Fine,” she said – we paid £25 for the "
               "café’s crème brûlée. Naïve résumé, 30°C, ½ price, © 2024, Zoë, façade, Beyoncé.",
    "Italian": "Abito a Milano. Perché? Però è così: la città è più bella di sera; caffè, università.",
    "Catalan": "Visc a Barcelona, treballo al col·legi de metges. L’església és a prop de la plaça.",
    "Danish": "Jeg bor i København, på Nørrebro, og arbejder som sygeplejerske. Århus, søndag, æble, øl.",
}
OTHER = {
    "Polish": ("cp1250", "Mieszkam przy ulicy Żeromskiego w Łodzi, pracuję w Szpitalu Śląskim. Mój sąsiad "
                         "Paweł Wiśniewski też."),
    "Polish 2": ("cp1250", "Jestem pielęgniarką w Krakowie, mam dwoje dzieci i psa. "
                           "W weekend byłam nad morzem."),
    "Czech": ("cp1250", "Bydlím v Brně na ulici Údolní, jmenuji se Jiří Dvořák a pracuji jako účetní."),
    "Czech 2": ("cp1250", "Děkuji za pozvání, v sobotu jedu za rodiči do Olomouce. Moje žena je učitelka."),
    "Russian": ("cp1251", "Я живу в Москве, на улице Тверской, и работаю медсестрой в больнице."),
    "Russian in English": ("cp1251", "Met my friend Сергей at the pub, we talked about Москва and life."),
    "Greek": ("cp1253", "Μένω στην Αθήνα, κοντά στην πλατεία Συντάγματος, και δουλεύω ως νοσηλεύτρια."),
    "Greek in English": ("cp1253", "Dinner with Γιώργος tonight, the best souvlaki in Θεσσαλονίκη."),
    "Turkish": ("cp1254", "İstanbul'da, Kadıköy'de oturuyorum; adım Ayşe Yılmaz, hemşireyim, "
                          "işim Beşiktaş'ta."),
    "Turkish 2": ("cp1254", "Bugün çok yoğun bir gündü, akşam annemle yemek yedik."),
}
HEAD = "---\ntitle: Week\ndate: 2026-03-02\n---\n\n"


def _mixed_draft() -> bytes:
    """A draft begun in a UTF-8 editor, then a paragraph pasted from an old "ANSI" file, as
    `cat a.md b.txt > post.md` makes (rev13b item 1)."""
    utf8 = (HEAD + "Lunch with Zoë Whitfield at the office today.\n").encode()
    return utf8 + "“I’m fine,” she said – it’s been a long week.\n".encode(CP1252)


def test_a_utf8_draft_with_pasted_cp1252_bytes_keeps_its_utf8_letters() -> None:
    text, warning = decode_text(_mixed_draft())
    assert "Zoë Whitfield" in text and "“I’m fine,” she said – it’s" in text
    assert warning == READ_AS_CP1252
    # A UTF-8 text with one stray byte: its accents stay, the byte is read as CP1252's quote.
    damaged = "café, naïve, Zürich, Straße ".encode() * 3 + b"I\x92m here"
    assert decode_text(damaged) == ("café, naïve, Zürich, Straße " * 3 + "I’m here", READ_AS_CP1252)


def test_check_and_watch_find_a_watched_name_in_a_mixed_draft(tmp_path: Path) -> None:
    draft = tmp_path / "mixed.md"
    draft.write_bytes(_mixed_draft())
    wl = _watchlist(tmp_path / "wl.toml", "Zoë Whitfield")
    watched = run("watch", "check", str(draft), "--watchlist", str(wl))
    assert watched.exit_code == 1 and f"{draft}:6: watched term" in watched.stdout  # found, file read in full
    checked = run("check", str(draft), "--watchlist", str(wl), "--fail-on", "high", "--format", "json", "-q")
    assert checked.exit_code == 1
    rules = [f["rule"] for f in json.loads(checked.stdout)["findings"]]
    assert "WATCH001" in rules and "INPUT001" not in rules


@given(st.lists(st.sampled_from(["Zoë ", "café ", "naïve ", "😀", "Я ", "word ", "\n", "€ "]), max_size=30),
       st.lists(st.sampled_from(["I’m ", "“quoted” ", "– ", "… ", "café ", "\n", "£5 ", "Straße "]),
                min_size=1, max_size=30),
       st.lists(st.integers(1, 9), max_size=40))
@settings(max_examples=150, deadline=None)
def test_mixed_text_reads_both_parts_whole_or_streamed(utf8: list[str], legacy: list[str],
                                                       sizes: list[int]) -> None:
    """Any UTF-8 text followed by Western text in CP1252: both parts read right, and `watch
    check`'s decoder, given the bytes in any pieces, reads exactly what the readers read."""
    first, second = "".join(utf8), "Posted by me. " + "".join(legacy) + " end"
    data = first.encode() + second.encode(CP1252)
    text, warning = decode_text(data)
    try:
        data.decode()
    except UnicodeDecodeError:
        assert (text, warning) == (first + second, READ_AS_CP1252)
    assert _stream_decode(data, sizes) == text


def test_western_european_cp1252_drafts_read() -> None:
    for language, sentence in WESTERN.items():
        data = (HEAD + sentence + "\n").encode(CP1252)
        assert decode_text(data) == (HEAD + sentence + "\n", READ_AS_CP1252), language


def test_other_code_pages_stay_input_errors() -> None:
    for language, (codec, sentence) in OTHER.items():
        data = (HEAD + sentence + "\n").encode(codec)
        assert legacy_codec(data) is None, language
        assert "invalid UTF-8" in (decode_text(data)[1] or ""), language


@given(st.sampled_from(sorted(OTHER)), st.integers(0, 40), st.integers(0, 40),
       st.lists(st.integers(1, 64), max_size=20))
@settings(max_examples=150, deadline=None)
def test_another_code_page_inside_english_text_is_refused_wherever_the_pieces_are_cut(
        language: str, before: int, after: int, cuts: list[int]) -> None:
    """A sentence in another code page, with English before and after it, is never read as
    CP1252, whether the bytes are counted whole or a piece at a time (`watch check`)."""
    codec, sentence = OTHER[language]
    text = "Notes from the week, nothing much. " * before + sentence + " Back home now. " * after
    data = text.encode(codec)
    assert legacy_codec(data) is None
    sniffer, at = LegacyText(), 0
    for size in cuts:
        sniffer.feed(data[at:at + size])
        at += size
    sniffer.feed(data[at:], final=True)
    assert sniffer.codec() is None


@given(st.sampled_from(sorted(WESTERN)), st.sampled_from(sorted(WESTERN)),
       st.lists(st.integers(1, 64), max_size=20))
@settings(max_examples=100, deadline=None)
def test_western_text_is_read_wherever_the_pieces_are_cut(first: str, second: str, cuts: list[int]) -> None:
    data = (WESTERN[first] + "\n\n" + WESTERN[second] + "\n").encode(CP1252)
    sniffer, at = LegacyText(), 0
    for size in cuts:
        sniffer.feed(data[at:at + size])
        at += size
    sniffer.feed(data[at:], final=True)
    assert sniffer.codec() == legacy_codec(data) == CP1252


def test_a_polish_draft_fails_check_and_watch_closed(tmp_path: Path) -> None:
    """rev13b item 2: a cp1250 draft passed both gates, its watched names unread."""
    draft = tmp_path / "pl.md"
    draft.write_bytes((HEAD + OTHER["Polish"][1] + "\n").encode("cp1250"))
    wl = _watchlist(tmp_path / "wl.toml", "Wiśniewski", "Żeromskiego")
    watched = run("watch", "check", str(draft), "--watchlist", str(wl))
    assert watched.exit_code == 2 and "not fully checked" in " ".join(watched.stderr.split())
    checked = run("check", str(draft), "--watchlist", str(wl), "--fail-on", "medium",
                  "--format", "json", "-q")
    assert checked.exit_code == 1
    assert any(f["rule"] == "INPUT001" and f["severity"] == "medium"
               for f in json.loads(checked.stdout)["findings"])


def _group_blog(root: Path, config_author: str | None, post_authors: list[str | None]) -> Path:
    """A Jekyll group blog (minimal-mistakes' _data/authors.yml: the owner and two guests)."""
    (root / "_posts").mkdir(parents=True)
    (root / "_data").mkdir()
    author = f"author:\n  name: {config_author}\n" if config_author else ""
    (root / "_config.yml").write_text(f"title: Ward Notes\nurl: https://wardnotes.github.io\n{author}")
    (root / "_data/authors.yml").write_text(
        "quill:\n  name: Quill\n  bio: Staff nurse in Dundee, writing about the NHS.\n"
        "guest1:\n  name: Dr Amara Okafor\n  bio: Consultant cardiologist at Leeds General Infirmary.\n"
        "  location: Leeds\n"
        "guest2:\n  name: Tom Reyes\n  bio: Paramedic in Bristol, dad of two.\n  location: Bristol\n")
    for i, by in enumerate(post_authors):
        byline = f"author: {by}\n" if by else ""
        (root / f"_posts/2025-0{i + 1}-10-note.md").write_text(
            f"---\ntitle: Note {i}\n{byline}date: 2025-0{i + 1}-10 20:00:00 +0000\n---\nOn waiting lists.\n")
    return root


def _said(findings: list[dict]) -> str:
    return " ".join(f["message"] + " " + " ".join(map(str, f.get("evidence", []))) for f in findings)


def test_guest_authors_bios_are_not_the_accounts_profile(tmp_path: Path) -> None:
    """rev13b item 5: guest2's "Paramedic" was the account's SELF010 occupation."""
    site = _group_blog(tmp_path / "blog", "Quill", ["quill", None, "guest1"])
    findings = _findings("scan", str(site))
    said = _said(findings)
    assert "Paramedic" not in said and "cardiologist" not in said
    assert "Bristol" not in said and "Leeds" not in said
    assert any(f["rule"] == "INPUT008" and "other author(s)" in f["message"] for f in findings)
    # The owner's own bio is still its profile.
    assert any(f["rule"] == "SELF010" and "nurse" in f["message"].lower() for f in findings)


def test_the_owner_is_the_author_of_most_posts_when_the_config_names_none(tmp_path: Path) -> None:
    site = _group_blog(tmp_path / "blog", None, ["guest2", "guest2", "guest1"])
    said = _said(_findings("scan", str(site)))
    assert "cardiologist" not in said and "Leeds" not in said and "Dundee" not in said
    assert "Paramedic" in said


def test_an_author_list_with_no_owner_found_is_no_ones_profile(tmp_path: Path) -> None:
    site = _group_blog(tmp_path / "blog", None, [None, None])
    findings = _findings("scan", str(site))
    assert not any(f["rule"] == "SELF010" for f in findings)
    assert any(f["rule"] == "INPUT008" and "none could be told" in f["message"] for f in findings)


def test_a_post_linking_the_sites_own_address_is_not_another_site(tmp_path: Path) -> None:
    """lnk13 proposal A: the root configuration's ``url`` is the site's own."""
    site = tmp_path / "blog"
    (site / "_posts").mkdir(parents=True)
    (site / "_config.yml").write_text("title: Notes\nurl: https://quillnotes.github.io\n")
    (site / "_posts/2025-01-10-a.md").write_text(
        "---\ntitle: A\ndate: 2025-01-10 20:00:00 +0000\n---\nSee my last post https://quillnotes.github.io/posts/b/\n")
    findings = _findings("scan", str(site))
    assert not [f for f in findings if f["rule"] == "LINK007"]
    # The address is still the site's (LINK009 names where it is hosted).
    assert any(f["rule"] == "LINK009" for f in findings)
