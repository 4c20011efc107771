"""Sixteenth session (rpt16c; review rev16b item 6): the dialect of a mixed-language account.

Since rpt16 an account mostly not in English got no English dialect at all, so a Welsh/English
bilingual blog (each post half Welsh, half British English) lost STYLE001 "138 of 138 marked
spellings are British" and STYLE006, and its note called the writer's British spellings
"loanwords". Now the dialect is read from the paragraphs and sentences that read as English
(``style.dialect.english_parts``) whenever some text reads as another language: a bilingual
writer keeps their dialect, an American quoting French at length is no longer unjudged (nor
British from the French "centre"), and a British account with some posts in Spanish no longer
counts Spanish "color", "favor" and "humor" as American spellings. Swedish, German and Spanish
accounts stay unjudged (tests/test_rpt16.py).

Every scan here is a real Markdown blog (a Jekyll ``_posts`` folder or a Hugo site) through
``nymaudit scan``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from nymaudit.cli import app
from test_rpt16 import DIALECT_RULES, ENGLISH_AMERICAN, SPANISH, SWEDISH, _blog

ENV = {"COLUMNS": "200", "NYMAUDIT_REDACT": "", "NYMAUDIT_FORMAT": ""}

# The review's script (rev16b repro/make_blogs.py): a British English writer's sentences and a
# Welsh learner's.
BRITISH_SENTENCES = [
    "I finally got round to organising the colour scheme for the dashboard, whilst the kettle was on.",
    "My favourite bit of this refactor is that the behaviour is now centralised in one module.",
    "Honestly the programme I was using to analyse the logs was rubbish, so I wrote my own.",
    "I realised the cheque-printing code had been using the wrong licence check for months.",
    "Spent the weekend in the garden, then tidied the flat and sorted the neighbour's parcel.",
]
WELSH_SENTENCES = [
    "Bore da pawb! Mae hi'n braf iawn heddiw yn y dref, ac rydw i'n mynd am dro gyda'r ci.",
    "Diolch yn fawr i bawb am y negeseuon caredig ar ôl y gig nos Sadwrn, roedd hi'n noson wych.",
    "Dw i wedi bod yn dysgu Cymraeg ers tair blynedd ac mae'n dal yn anodd weithiau, ond dw i'n dal ati.",
]
# Long quotations in French, as an American learner copies them from class (no "> " marks):
# French "centre", "litre", "fibre" and "calibre" are the British spellings.
FRENCH_QUOTES = [
    "« Le centre de la ville est fermé ce soir, et le théâtre aussi, à cause de la grève des transports "
    "en commun. »",
    "« Il faut un litre de lait et une baguette, mais le magasin du centre ne vend plus de fibre optique "
    "ni de calibre. »",
    "« La mairie a promis un nouveau centre culturel, avec un théâtre, une médiathèque et un centre "
    "sportif pour les jeunes. »",
]
# A British family blog (the American one of test_rpt16 in British spelling).
BRITISH_POSTS = [
    "We finally painted the living room. The colour is a soft grey and the neighbours love it.",
    "Drove forty miles to the outlet centre for new winter boots. Everything was on sale but nothing fitted.",
    "The kids had a school trip to the science centre today and came home talking about rockets.",
    "Our neighbour brought over courgette bread again. I honestly think she bakes it to get rid of them.",
    "Spent the weekend organising the garage. We found the old pushchair and a box of my dad's records.",
    "The school governors' meeting ran late. Nobody could explain why the bus routes changed again.",
    "Picked up two pints of milk and a loaf of bread. Prices have gone up so much this year.",
    "My daughter turns eight on Saturday. We're having a party in the garden with a piñata.",
    "It rained for three days straight. The cellar smells like a wet dog and I've given up.",
    "Went to the theatre in town for the Christmas show. Long, but the kids loved the costumes.",
    "Finally finished the quilt I started last spring. My mum says the colours are too bright.",
    "I realised today that I haven't read a whole book since summer. Starting one tonight.",
    "The traffic on the motorway this morning was unreal. Forty minutes to go six miles.",
    "We had fish and chips and a film on Friday night. Both kids fell asleep before the end, as usual.",
    "I signed up for a pottery class at the community centre. First lesson is on Tuesday.",
    "The leaves are turning and the air finally feels like autumn. Best time of year, no contest.",
    "Grandma sent a box of apples from her orchard. Crumble this weekend, obviously.",
    "The power went out during tea. We ate by candlelight and the kids thought it was an adventure.",
    "I apologised to the postman for the dog. He said he's seen worse, which is not reassuring.",
    "We organised a car boot sale and made enough for the class trip. Neighbours were great about it.",
    "My husband has taken up sourdough. The kitchen is covered in flour but the bread is good.",
    "Last swim of the season at the lake. The water was freezing but we went in anyway.",
]
# Spanish posts holding "color", "favor", "honor" and "humor" (Spanish words, American spellings).
SPANISH_MINORITY = [t for t in SPANISH if re.search(r"\b(?:color|favor|honor|humor)\b", t)] + SPANISH[:6]


def _run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args), env=ENV)
    assert result.exit_code in (0, 1), result.output
    return result.stdout


def _scan(root: Path, *extra: str) -> dict:
    return json.loads(_run("scan", "-f", "json", "-q", *extra, str(root)))


def _jekyll(tmp_path: Path, bodies: list[str]) -> Path:
    posts = tmp_path / "blog" / "_posts"
    posts.mkdir(parents=True)
    for i, body in enumerate(bodies):
        day = f"2025-{1 + i // 3:02d}-{1 + (i % 3) * 9:02d}"
        (posts / f"{day}-post-{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: {day} 21:{i:02d}:00 +0000\n---\n\n{body}\n", encoding="utf-8")
    return tmp_path / "blog"


def _welsh_english(i: int, english: list[str] | None = None) -> str:
    """Two Welsh paragraphs and one of two British English sentences, as the review's blog."""
    english = english or BRITISH_SENTENCES
    return "\n\n".join([WELSH_SENTENCES[i % 3], WELSH_SENTENCES[(i + 1) % 3],
                        f"{english[i % len(english)]} {english[(i + 2) % len(english)]}"])


def _rules(doc: dict) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for f in doc["findings"]:
        out.setdefault(f["rule"], []).append(f)
    return out


def test_a_welsh_english_blog_keeps_its_british_spelling(tmp_path: Path) -> None:
    doc = _scan(_jekyll(tmp_path, [_welsh_english(i) for i in range(30)]))
    style, rules = doc["style"], _rules(doc)
    language = style["language"]
    assert language["non_english_share"] > 0.5  # the report's estimate, as before: mostly Welsh
    assert language["dialect_judged"] is True and language["dialect_read_from"] == "english_parts"
    assert 300 <= language["english_words"] < style["words"]
    (spelling,) = rules["STYLE001"]
    assert re.match(r"(\d+) of \1 marked spellings are British", spelling["message"]), spelling["message"]
    assert spelling["confidence"] == "high"
    assert "STYLE006" in rules and style["locale_candidates"]
    assert style["locale_candidates"][0]["locale"] in {"GB", "AU", "IE", "IN", "NZ", "ZA"}
    # The note says how the dialect was read, and no longer calls the writer's spellings loanwords.
    assert "loanwords" not in language["note"] and "not judged" not in language["note"]
    assert "English paragraphs and sentences" in language["note"]


def test_welsh_and_english_sentences_in_one_paragraph(tmp_path: Path) -> None:
    """Guard: a writer switching language sentence by sentence keeps the English sentences (the
    paragraph is read sentence by sentence, not dropped whole)."""
    bodies = [" ".join([WELSH_SENTENCES[i % 3], BRITISH_SENTENCES[i % 5], WELSH_SENTENCES[(i + 1) % 3],
                        WELSH_SENTENCES[(i + 2) % 3], BRITISH_SENTENCES[(i + 2) % 5]]) for i in range(30)]
    doc = _scan(_jekyll(tmp_path, bodies))
    assert doc["style"]["language"]["dialect_judged"] is True
    (spelling,) = _rules(doc)["STYLE001"]
    assert re.match(r"(\d+) of \1 marked spellings are British", spelling["message"])


def test_the_english_word_habits_of_a_bilingual_writer_come_from_the_english_part(tmp_path: Path) -> None:
    """A lower-case pronoun "i" in the English half is the writer's habit; Welsh "i" ("dw i",
    "rydw i'n": I, me) is not counted in it. Before, all such habits were left out."""
    lower = [s.replace("I ", "i ") for s in BRITISH_SENTENCES]
    doc = _scan(_jekyll(tmp_path, [_welsh_english(i, lower) for i in range(30)]))
    habits = {h["feature"]: h for h in doc["style"]["habits"]}
    assert "lowercase_i" in habits
    english_is = sum(len(re.findall(r"\bi\b", f"{lower[i % 5]} {lower[(i + 2) % 5]}")) for i in range(30))
    assert habits["lowercase_i"]["count"] == english_is
    welsh_is = sum(len(re.findall(r"\bi\b", WELSH_SENTENCES[i % 3] + WELSH_SENTENCES[(i + 1) % 3]))
                   for i in range(30))
    assert welsh_is > 0  # the Welsh half holds "i" too, which the count leaves out
    assert any("lower-case" in f["message"] for f in _rules(doc).get("STYLE012", []))


def test_an_american_blog_quoting_french_at_length_stays_american(tmp_path: Path) -> None:
    """The quotations are most of the words (the account reads as mostly French): the English posts
    around them are judged, and French "centre" or "litre" is no British spelling."""
    bodies = [f"{text}\n\n{FRENCH_QUOTES[i % 3]}\n\nMy teacher says I'll get it eventually."
              for i, text in enumerate(ENGLISH_AMERICAN)]
    doc = _scan(_blog(tmp_path, bodies))
    style, rules = doc["style"], _rules(doc)
    assert style["language"]["dialect_judged"] is True
    assert style["spelling"]["british"] > style["spelling"]["american"]  # the raw counts: French "centre"
    (spelling,) = rules["STYLE001"]
    assert re.match(r"(\d+) of \1 marked spellings are American", spelling["message"]), spelling["message"]
    assert style["locale_candidates"][0]["locale"] == "US"


def test_a_british_account_with_some_spanish_posts_counts_no_spanish_color(tmp_path: Path) -> None:
    """Mostly English: the Spanish posts' "color", "favor", "humor" and "honor" were American
    spellings against the writer's British ones."""
    doc = _scan(_blog(tmp_path, BRITISH_POSTS + SPANISH_MINORITY))
    style, rules = doc["style"], _rules(doc)
    language = style["language"]
    (spelling,) = rules["STYLE001"]
    assert re.match(r"(\d+) of \1 marked spellings are British", spelling["message"]), spelling["message"]
    assert language.get("non_english_share") is None  # mostly English: judged as before
    assert language["dialect_read_from"] == "english_parts"
    assert "left out" in language["note"]
    top = style["locale_candidates"][0]
    assert not any("American" in item["feature"] for item in top["against"]), top["against"]


def test_a_swedish_account_with_a_few_english_sentences_stays_unjudged(tmp_path: Path) -> None:
    """Under `dialect_min_english_words` of English: the note says how few, nothing is judged."""
    english = ["We finally painted the living room and the color is a soft gray.",
               "The kids had a field trip to the science center and loved it."]
    bodies = [f"{text}\n\n{english[i % 2]}" if i < 4 else text for i, text in enumerate(SWEDISH)]
    doc = _scan(_blog(tmp_path, bodies))
    language = doc["style"]["language"]
    assert language["dialect_judged"] is False and 0 < language["english_words"] < 300
    assert "dialect was not judged" in language["note"]
    assert not set(_rules(doc)) & DIALECT_RULES
    assert doc["style"]["locale_candidates"] == []


def test_code_heavy_english_keeps_its_dialect(tmp_path: Path) -> None:
    """Guard: code blocks are no other language (rev16b checked this after rpt16)."""
    code = ("```python\ndef parse_records(stream, *, strict=False):\n    buf = []\n    for raw in stream:\n"
            "        rec = json.loads(raw)\n        buf.append((rec['ts'], rec.get('uid')))\n    return buf\n"
            "```")
    bodies = [f"{BRITISH_SENTENCES[i % 5]} {BRITISH_SENTENCES[(i + 1) % 5]}\n\n{code}\n\n"
              f"{BRITISH_SENTENCES[(i + 3) % 5]}" for i in range(30)]
    doc = _scan(_jekyll(tmp_path, bodies))
    assert doc["style"]["language"]["dialect_judged"] is True
    (spelling,) = _rules(doc)["STYLE001"]
    assert re.match(r"(\d+) of \1 marked spellings are British", spelling["message"])


def test_swedish_german_spanish_accounts_with_no_english_stay_unjudged(tmp_path: Path) -> None:
    """Guard beside tests/test_rpt16.py: a Spanish account's short sentences ("Me he apuntado a un
    curso de cerámica.") are not English parts."""
    doc = _scan(_blog(tmp_path, SPANISH))
    language = doc["style"]["language"]
    assert language["dialect_judged"] is False
    assert language.get("english_words", 0) == 0


def test_the_redacted_report_names_no_variety(tmp_path: Path) -> None:
    """Under --redact the new note and fields name no variety of English (the spelling counts are
    hidden, as before)."""
    root = _jekyll(tmp_path, [_welsh_english(i) for i in range(30)])
    text = _run("scan", "-f", "json", "-q", "--redact", str(root))
    doc = json.loads(text)
    assert doc["style"]["spelling"] is None
    assert "British" not in text and "United Kingdom" not in text
