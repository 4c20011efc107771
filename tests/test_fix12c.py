"""Twelfth session, fix12c (review rev12d of 782fac4 and 4046c67).

- A public body's host the account links to (durham.ac.uk) breaks a tie the account leaves open; it
  never moves a name its other places settle (Durham beside Raleigh and Chapel Hill), never raises a
  confidence, and a link in quoted text is someone else's.
- The possessive rule ("in Louisa's room") leaves a city's own compounds to the city ("Sydney's house
  prices") and needs a preposition before a large city's name ("tea at Florence's.").
- PLACE001's cap for an equivocal name counts namesakes as the ambiguity test does (Bradford,
  England's hamlets of that name do not make it equivocal).
- A disclosure is looked for at every start word of a long text (was: the first 2,000 only).
- STYLE013 is located at a text holding the misspelling as a word ("wich", not "sandwich").
- compare: no "the probability is weak" about a known corpus when no probability is given.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from nymaudit.cli import app
from nymaudit.text import disclosure, places
from nymaudit.text.normalize import normalize

_DURHAM = ["I live in Durham and the traffic was awful today.", "Drove from Durham to Raleigh for the game.",
           "Chapel Hill farmers market this morning.", "Durham Bulls game tonight with the kids.",
           "Back in Durham, so humid."]


def _link(url: str) -> str:
    # As Mastodon writes a link: the scheme and "www." hidden, the rest cut after 30 characters.
    scheme, rest = url.split("://", 1)
    shown = rest.removeprefix("www.")
    return (f'<a href="{url}" rel="nofollow noopener noreferrer" target="_blank">'
            f'<span class="invisible">{scheme}://{rest[: len(rest) - len(shown)]}</span>'
            f'<span class="ellipsis">{shown[:30]}</span><span class="invisible">{shown[30:]}</span></a>')


def _masto(tmp_path: Path, name: str, posts: list[str]) -> Path:
    from archive_builders import build_mastodon_archive, make_note

    notes = [make_note(str(1000 + i), f"2026-0{1 + i % 9}-1{i % 9}T1{i % 10}:0{i % 6}:00Z",
                       p if p.startswith("<") else f"<p>{p}</p>") for i, p in enumerate(posts)]
    return build_mastodon_archive(tmp_path / name, notes, zip=False)


def _scan(path: Path) -> list[dict]:
    result = CliRunner().invoke(app, ["scan", str(path), "--format", "json"])
    assert result.exit_code in (0, 1), result.stdout
    return json.loads(result.stdout)["findings"]


def _place(findings: list[dict], rule: str, word: str) -> list[tuple[str, str]]:
    return [(f["message"], f["confidence"]) for f in findings if f["rule"] == rule and word in f["message"]]


def test_a_university_link_does_not_move_a_home_the_accounts_places_settle(tmp_path: Path) -> None:
    shared = "<p>Great study on sleep and shift work: " + _link(
        "https://www.durham.ac.uk/news-events/latest-news/2026/sleep-study/") + "</p>"
    found = _scan(_masto(tmp_path, "linked", [*_DURHAM, shared]))
    plain = _scan(_masto(tmp_path, "plain", [*_DURHAM, "Great study on sleep and shift work, worth a read."]))
    home = _place(found, "PLACE002", "Durham")
    # Was "Durham (England, GB)", high confidence: one shared news page outweighed Raleigh and Chapel Hill.
    assert home and all("North Carolina" in m for m, _ in home), home
    assert home == _place(plain, "PLACE002", "Durham")
    assert _place(found, "PLACE001", "Durham") == _place(plain, "PLACE001", "Durham")


def test_a_link_in_a_quoted_post_is_not_the_writers(tmp_path: Path) -> None:
    quote = ("<blockquote><p>New job ad: " + _link("https://www.durham.ac.uk/jobs/12345")
             + " apply by Friday</p></blockquote><p>Wrong Durham, sadly.</p>")
    found = _scan(_masto(tmp_path, "quote", [*_DURHAM[:1], "Durham Bulls game tonight with the kids.",
                                             "Back in Durham, so humid.", quote]))
    home = _place(found, "PLACE002", "Durham")
    # Which Durham stays open (no other place here says): the quoted ad does not settle it.
    assert home and not any("Durham (England" in m for m, _ in home), home


def test_a_link_breaks_a_tie_without_raising_confidence(tmp_path: Path) -> None:
    posts = ["We live in Lancaster and the Amish market was packed.",
             "Drove from Lancaster to Harrisburg, then on to Hershey.",
             "Fascinating research on farm runoff: " + _link("https://www.lancaster.ac.uk/lec/news/runoff-2026"),
             "Back home in Lancaster, so cold."]
    found = _scan(_masto(tmp_path, "pa", posts))
    home = _place(found, "PLACE002", "Lancaster")
    assert home and all("Pennsylvania" in m and c != "high" for m, c in home), home
    assert not [m for m, _ in _place(found, "PLACE001", "Hershey") if "England" in m]
    # Nothing else in the account says which Lancaster: the link settles it, at no more confidence.
    alone = ["Lancaster was grey and wet today.", "Lancaster station delays again.",
             "Applying for this: " + _link("https://www.lancaster.ac.uk/jobs/") + " fingers crossed"]
    linked = _place(_scan(_masto(tmp_path, "uk", alone)), "PLACE001", "Lancaster")
    plain = _place(_scan(_masto(tmp_path, "uk0", [*alone[:2], "Applying for this job."])), "PLACE001",
                   "Lancaster")
    assert linked and all("England" in m for m, _ in linked), linked
    rank = {"low": 0, "medium": 1, "high": 2}
    assert max(rank[c] for _, c in linked) <= max(rank[c] for _, c in plain), (linked, plain)


def _kinds(text: str) -> dict[str, str]:
    return {m.surface: m.kind for m in places.mentions(normalize(text)[0])}


def test_a_citys_possessive_compounds_stay_the_city(tmp_path: Path) -> None:
    posts = ["I live in Sydney and love it.", "Sydney's house prices are brutal though.",
             "Sydney's house market is mad this year.", "Back in Sydney after a week away.",
             "Heading home to Sydney tomorrow."]
    found = _place(_scan(_masto(tmp_path, "syd", posts)), "PLACE001", "Sydney")
    assert found and found[0][0].startswith("4 mentions"), found  # was 2: two posts read as a person
    assert _kinds("Sydney's home games are the best").get("Sydney") != "person"
    assert _kinds("I love Florence's, Rome's and Venice's churches.").get("Florence") != "person"
    # Still a person's room or home.
    assert _kinds("We stayed in Louisa's room at the farm again.") == {"Louisa": "person"}
    assert _kinds("Louisa's house is lovely in spring.") == {"Louisa": "person"}
    assert _kinds("Tea at Florence's. She makes it far too strong.") == {"Florence": "person"}
    assert _kinds("We had dinner in Sydney's kitchen.") == {"Sydney": "person"}


def test_a_settled_town_is_not_capped_by_its_hamlets(tmp_path: Path) -> None:
    posts = ["Bradford born and bred, and proud of it.", "Bradford lad through and through.",
             "Bradford city centre is rammed this morning.",
             "Bradford Royal Infirmary again for Mum's appointment.", "Quiet day, tea and a book."]
    found = _place(_scan(_masto(tmp_path, "brad", posts)), "PLACE001", "Bradford")
    assert found and found[0][1] == "high", found  # was medium: England's Bradford has tiny namesakes


def test_a_disclosure_after_2000_start_words_is_found(tmp_path: Path) -> None:
    text = "I walked the long way home again and I made tea. " * 1_100 + (
        "Anyway, I work as a nurse at the Royal Infirmary, and my daughter starts school soon.\n")
    got = {d.rule_id for d in disclosure.find(normalize(text)[0])}
    assert {"SELF010", "SELF011"} <= got, got
    draft = tmp_path / "memoir.md"
    draft.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(draft), "--format", "json"])
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert {"SELF010", "SELF011"} <= rules, rules


def test_a_misspelling_is_located_at_a_text_with_the_word(tmp_path: Path) -> None:
    filler = (" We went out for a long walk after lunch and talked about the garden, the weather and"
              " the week ahead.") * 8
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "a_first.md").write_text("Lunch was a cheese sandwich on the bench again." + filler + "\n")
    for i in range(5):
        wrong = "Not sure wich bus to take today, wich is annoying."
        (folder / f"b_post{i}.md").write_text(wrong + filler + "\n")
    found = [f for f in _scan(folder) if f["rule"] == "STYLE013"]
    assert found and found[0]["location"]["path"].endswith("b_post0.md"), found


def _prose(folder: Path, words: int, seed: int, files: int) -> Path:
    import random

    rnd = random.Random(seed)
    subj = ["I", "We", "My neighbour", "The nurse on nights", "Our manager", "She", "He", "The kids"]
    verb = ["walked", "talked", "worried", "laughed", "waited", "complained", "went home", "made tea"]
    tail = ["after the shift", "in the rain", "before the meeting", "for ages", "again", "near the car park"]
    out: list[str] = []
    while len(out) < words:
        out += f"{rnd.choice(subj)} {rnd.choice(verb)} {rnd.choice(tail)}.".split()
    out = out[:words]
    folder.mkdir()
    per = -(-words // files)
    for i in range(files):
        (folder / f"post{i:03d}.md").write_text(" ".join(out[i * per:(i + 1) * per]).rstrip(".") + ".\n")
    return folder


def test_compare_says_no_weak_probability_when_none_is_given(tmp_path: Path) -> None:
    pseudo = _prose(tmp_path / "p", 499, 1, 5)
    bob = _prose(tmp_path / "bob", 1_000, 2, 5)
    result = CliRunner().invoke(app, ["compare", str(pseudo), "--known", f"bob={bob}", "--format", "json"])
    data = json.loads(result.stdout)
    assert all(c["same_author_probability"] is None for c in data["linkage"]["candidates"])
    warnings = " ".join(data["linkage"]["warnings"])
    assert "too short to tell" in warnings
    assert "probability is weak" not in warnings, warnings
    # With a pseudonymous side long enough, the known side's note stays.
    longer = _prose(tmp_path / "p2", 1_200, 3, 5)
    result = CliRunner().invoke(app, ["compare", str(longer), "--known", f"bob={bob}", "--format", "json"])
    assert "probability is weak" in " ".join(json.loads(result.stdout)["linkage"]["warnings"])
