"""sty12 (twelfth session, 2026-11-30): walk12 items 4, 5 and 10.

4. `compare` with a side shorter than any length the probability was measured at (404 words of Alice
   in Wonderland read "45% possibly the same writer" against a 2026 nurse's blog; her 364 words of
   LinkedIn posts "97% very likely"): no probability and "too short to tell", at every probability.
5. STYLE002/STYLE006 were located at the corpus's first draft, which did not hold "car park"; under
   --redact the rules' own word "vocabulary" was masked (the evidence and the clue hold it as a label).
10. The habit advice: contractions judged against 19th-century novels ("You write 'it's' unusually
   often"), letter sequences such as "e," (below typical), "your known writing" said of anyone's
   text, "british" in lower case, the columns "uses" and "likelihood ratio" unexplained.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from archive_builders import build_jekyll_blog
from nymaudit.cli import app


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COLUMNS": "200"},
                              catch_exceptions=False)


# The walkthrough's persona B (walk12, inputs/gen/make_compare.py): a nurse's pseudonymous Jekyll
# blog, her real-name LinkedIn posts and a university essay (fictional).
BLOG = {
    '2026-03-02-night-shift.md': ('Another night shift',
        "Honestly, I don't know how we keep doing this.  Twelve hours, three healthcare "
        'assistants for thirty-two beds, and a bank nurse who had never set foot on the ward '
        "before.  Nobody's fault - least of all hers - but it's the system we've got.\n\nBy four "
        "in the morning I'd stopped counting the call bells.  You prioritise, you apologise, you "
        "move on.  The relatives see a nurse walk past their mum's bed and they don't see the "
        "two other patients you're juggling behind the curtain.  I don't blame them for being "
        "cross.  I'd be cross too.\n\nWhat I do blame is the rota.  It's organised by people who "
        'have never organised a drug round in their lives... and it shows.  We were told in '
        "January that the vacancies would be filled by spring.  It's March.  Spring is "
        'apparently a state of mind.\n\nAnyway.  Handover done, tea drunk, bed beckons.  If '
        "you're a student nurse reading this: it's not always like this.  Just often."),
    '2026-03-09-paperwork.md': ('The paperwork',
        'Honestly, the paperwork is what finishes people off.  Not the patients, not the nights, '
        "not even the car park charges (don't get me started).  It's the forms.\n\nWe now have "
        'four separate places to record a fall.  Four.  The electronic record, the incident '
        'system, the paper falls diary that someone insists on keeping "just in case", and a new '
        "spreadsheet that the matron's office has realised they need for a report.  Each one "
        'asks the same questions in a slightly different order, which is either a deliberate '
        'test of our patience or nobody has ever sat down and compared them.\n\nI recognise that '
        "audit matters.  I'm not one of those nurses who thinks data is the enemy - it isn't, "
        "and good data has saved lives on my ward.  But there's a difference between measuring "
        'care and replacing it with measuring.\n\nSomebody senior will read this and say we '
        'should raise it through the proper channels.  We have.  Repeatedly.  The proper '
        'channels are where ideas go to be minuted.'),
    '2026-03-16-students.md': ('To the students',
        'I had two students this week and, honestly, they were brilliant.  Keen, kind, asking '
        'the right questions at slightly the wrong moments - which is exactly how I was at their '
        "age.\n\nOne of them asked me why I'd stayed.  Fair question.  The short answer is the "
        'patients.  The long answer involves a mortgage, a stubborn streak, and a ward sister '
        "who once told me I'd never last a year.  That was eleven years ago.\n\nWhat I tried to "
        'tell them, in between obs rounds, is that the job you trained for and the job you end '
        "up doing are different things.  You'll spend more time on the phone to bed managers "
        "than you ever imagined.  You'll become an expert in finding a working blood pressure "
        "machine.  You'll learn to apologise for things that are not your fault, and to mean it "
        "anyway.\n\nBut you'll also sit with someone at three in the morning when they're "
        "frightened, and that matters more than any of it.  Don't let anyone organise that out "
        'of the job.'),
    '2026-03-23-agency.md': ('Agency money',
        "Let's talk about money, because nobody else will.  Our trust spent more on agency staff "
        "last year than it would cost to fill every vacancy on our floor twice over.  I've seen "
        'the figures - they were in a board paper that anyone can read, if you know where to '
        "look and have a strong stomach.\n\nHonestly, I don't blame the agency nurses.  They're "
        'doing what any sensible person does when the permanent job pays less and costs your '
        'health.  I blame a system that would rather pay double on a Tuesday night than pay '
        'properly on a Monday morning.\n\nEvery time this comes up, the answer is "recruitment '
        'and retention".  Lovely words.  Retention, in practice, means a pizza on International '
        'Nurses Day and a badge.  I have three badges.  I would swap all three for a rota that '
        "was published more than a fortnight ahead.\n\nIf you're in management and you're "
        "reading this... I know it isn't your budget either.  But somebody somewhere decided "
        "this, and it wasn't us."),
    '2026-03-30-tired.md': ('Tired',
        "Short one today, because I'm tired.  Not the tired a weekend fixes - the other "
        "kind.\n\nI realised on Tuesday that I hadn't sat down for a meal at work in nine "
        "shifts.  Nine.  I'd eaten, technically; a cereal bar in the sluice counts, doesn't it?  "
        "The break room has a sofa that nobody has sat on since Christmas.  It's become a sort "
        "of monument.\n\nHonestly, I'm not writing this for sympathy.  I'm writing it because I "
        "think a lot of us have normalised something that shouldn't be normal, and saying it out "
        'loud is the first step.  We tell patients to look after themselves.  We organise their '
        'discharge plans around rest and nutrition.  Then we go back to the station and skip our '
        "own.\n\nSo here's my resolution: one proper break per shift.  Twenty minutes.  I'll "
        "report back.  Don't hold your breath."),
    '2026-04-06-break.md': ('Report back',
        'As promised, the report.  I managed a proper break on four out of six shifts, which is '
        'four more than the month before.  Progress!\n\nWhat changed?  Honestly, not much on the '
        'ward.  What changed was me saying, out loud, at handover, "I\'m taking my break at two, '
        'can someone cover bay three" - and people did.  Nobody minded.  One of the HCAs said '
        "she'd been waiting for someone to go first.\n\nIt's a small thing.  I realise that.  It "
        "doesn't fix the staffing, it doesn't fix the rota, it doesn't fix the four places to "
        "record a fall.  But it's something I can control, and after the last few months that "
        "feels like a minor miracle.\n\nThe two shifts I didn't manage it were both nights with "
        "a sick call and no cover.  That's the pattern, isn't it?  The system works until one "
        "person is ill, and then it's held together by whoever's left.  Next week: I'm going to "
        'write about what that does to the people who are left.'),
    '2026-04-13-left.md': ('The ones who are left',
        "When someone rings in sick on a night shift, here's what actually happens.  The "
        'coordinator phones the bank.  The bank has nobody.  The coordinator phones the agency.  '
        'The agency has somebody, at a price, who can be there in two hours.  In the meantime '
        "the rest of us split the patients.\n\nHonestly, it's the two hours that do the damage.  "
        "That's when the drug round runs late, the obs slip, and the one patient who needed "
        "watching more closely gets watched less closely.  Nobody writes that down.  There isn't "
        'a form for "we were stretched and we got lucky".\n\nI\'ve been doing this long enough '
        "to recognise the look on a newly qualified nurse's face at midnight when she realises "
        "she's got twelve patients instead of eight.  I had that look once.  Somebody kind "
        "helped me.  I try to be that somebody now... but it's harder when you're carrying "
        "twelve yourself.\n\nNone of this is new.  That's the point.  It isn't a crisis if it's "
        "every week; it's just how it is."),
}
LINKEDIN = [
    "Honestly, one of the proudest days of my career.  Our ward's falls rate is down by a third "
    'since we introduced the new bedside checklist in the autumn.  This was a whole-team effort '
    "- healthcare assistants, physios, pharmacists and our brilliant student nurses - and I'm so "
    'grateful to everyone who stuck with it when it felt like more paperwork.  Good data, used '
    'well, really does change care.  #nursing #patientsafety',
    "Eleven years qualified this week!  I remember a ward sister telling me I'd never last a "
    "year... she was wrong, and I think she'd be pleased about that.  To every student nurse out "
    "there: the job you train for and the job you end up doing are different things, and that's "
    'all right.  Find your people, ask the awkward questions, and take your breaks.  #nursing '
    '#NHS',
    "Delighted to share that I've been appointed as a clinical practice educator, starting in "
    "the spring.  I've always said that supporting students is the best part of the job - now it "
    'will be the actual job!  Thank you to my colleagues for the encouragement, and to the '
    'patients who have taught me more than any textbook.  #nurseeducation',
    'Really thought-provoking session today on retention.  Honestly, I think we sometimes '
    'organise our way around the real issue: people stay where they feel listened to.  '
    "Recruitment matters, of course - but a rota that's published well ahead, a proper break, a "
    "manager who knows your name... these are small things that aren't small at all.  Would love "
    "to hear what's worked in other trusts.",
    "A short one, because it's been a long week.  If you're a nurse and you haven't sat down for "
    "a meal at work lately - I see you.  Looking after ourselves isn't a luxury; it's part of "
    "looking after patients safely.  Twenty minutes.  You've earned it.  #wellbeing #nursing",
    "Congratulations to our latest cohort of newly qualified nurses!  I've loved watching you "
    "grow this year.  A few things I wish someone had told me: it's all right not to know; the "
    "HCAs know everything, so ask them; and apologising for things that aren't your fault is "
    "part of the job, but carrying them home isn't.  So proud of you all.",
]
ESSAY = (
    'Reflective essay: Safe staffing and the professional duty of '
    'candour\n\nIntroduction\n\nThis essay reflects on an incident during my final placement on '
    'an acute medical ward and considers it in the light of the professional duty of candour and '
    "the evidence on safe staffing.  I use Gibbs' reflective cycle to organise the discussion.  "
    'Names and identifying details have been changed to protect '
    'confidentiality.\n\nDescription\n\nDuring a night shift, the ward was staffed by two '
    'registered nurses and two healthcare assistants for twenty-eight patients, one of whom '
    'required close observation following a fall.  A third registered nurse had rung in sick and '
    'no replacement could be found until the early hours.  My mentor and I divided the patients '
    'between us, and the drug round was delayed by approximately ninety minutes.  Honestly, at '
    'the time I did not recognise how unusual this should have been; it had become normal to me '
    'over the course of the placement.\n\nFeelings\n\nI felt anxious and, at times, overwhelmed. '
    ' I was aware that the patient under close observation was not being watched as closely as '
    'his care plan required, and I felt responsible even though the decision about allocation '
    'was not mine.  I also felt admiration for my mentor, who remained calm, prioritised '
    'carefully and apologised to relatives for delays that were not her '
    'fault.\n\nEvaluation\n\nSome things went well.  Patients were prioritised according to '
    'clinical need, and escalation happened promptly - the coordinator was informed and the bank '
    'and agency were contacted.  However, the incident was not reported, because, as my mentor '
    'put it, there was no form for "we were stretched and we got lucky".  I now recognise that '
    'this is precisely the kind of event that should be recorded.\n\nAnalysis\n\nThe literature '
    'on safe staffing is clear that lower registered nurse staffing is associated with missed '
    'care and with worse outcomes for patients (Griffiths et al., 2018; Ball et al., 2014).  '
    'Missed observations are among the most commonly reported elements of missed care.  The '
    "Nursing and Midwifery Council's Code requires nurses to raise concerns immediately if they "
    'believe that patients are at risk, and the duty of candour requires openness when things go '
    'wrong.  It seems to me that these duties sit uneasily with a culture in which short '
    'staffing is normalised and therefore unreported.  If the event is not recorded, the '
    'organisation cannot recognise the pattern, and the pattern cannot be addressed.\n\nIt is '
    'also important to recognise the role of workload on staff wellbeing.  Nurses who routinely '
    'miss breaks are more likely to report burnout and an intention to leave (Ball et al., '
    '2014), which in turn worsens staffing.  The problem is, in this sense, self-reinforcing... '
    'and individual resilience alone cannot solve it.\n\nConclusion\n\nThis incident taught me '
    'that staffing is a patient safety issue, not merely an organisational one.  Reporting short '
    'staffing is part of the professional duty to raise concerns, even when nothing has visibly '
    'gone wrong.\n\nAction plan\n\nIn future practice I will report unsafe staffing through the '
    'incident system whenever it affects care, I will take my breaks and encourage colleagues to '
    'do the same, and I will seek out training in leadership and escalation so that I can '
    'support newly qualified nurses in the way my mentor supported me.\n\nReferences\n\nBall, '
    "J.E., Murrells, T., Rafferty, A.M., Morrow, E. and Griffiths, P. (2014) 'Care left undone' "
    'during nursing shifts. BMJ Quality and Safety, 23(2), pp. 116-125.\nGriffiths, P. et al. '
    '(2018) Nurse staffing, nursing assistants and hospital mortality. BMJ Quality and Safety, '
    '27(12), pp. 917-925.\n')


def _blog(tmp_path: Path) -> Path:
    posts = [{"name": name, "body": "\n" + body + "\n",
              "front": {"layout": "post", "title": title, "date": f"{name[:10]} 08:00:00 +0000"}}
             for name, (title, body) in BLOG.items()]
    return build_jekyll_blog(tmp_path / "blog", posts)


def _folder(tmp_path: Path, name: str, texts: list[str]) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i, text in enumerate(texts, 1):
        (folder / f"post-{i:02d}.txt").write_text(text + "\n", encoding="utf-8")
    return folder


def _compare(*args: str) -> dict:
    result = run("compare", *args, "--format", "json")
    assert result.exit_code == 0, result.stdout
    return json.loads(result.stdout)


# --- item 4: too short to tell ---------------------------------------------------------------------


def test_a_known_side_shorter_than_any_measured_length_gets_no_probability(tmp_path: Path) -> None:
    """Her 364 words of LinkedIn posts read "97% very likely the same writer": under 1,000 known words
    nothing was measured, so no percentage and "too short to tell", whatever the curve says."""
    blog, linkedin = _blog(tmp_path), _folder(tmp_path, "linkedin", LINKEDIN)
    doc = _compare(str(blog), "--known", f"linkedin={linkedin}")
    cand = doc["linkage"]["candidates"][0]
    assert cand["too_short"] is True
    assert cand["same_author_probability"] is None and cand["calibrated"] is None
    assert cand["distance"] is not None  # the distance and the habits are still shown
    warnings = " ".join(doc["linkage"]["warnings"])
    assert "(under 1,000, the shortest known text the probability was measured with)" in warnings
    assert "too short to tell" in warnings
    out = run("compare", str(blog), "--known", f"linkedin={linkedin}").stdout
    row = next(line for line in out.splitlines() if "linkedin" in line and "│" in line)
    assert "too short to tell" in row and "%" not in row and "likely" not in row, row
    # scan --known: no MATCH001 from a number nobody measured.
    scan = json.loads(run("scan", str(blog), "--known", f"linkedin={linkedin}", "-f", "json", "-q",
                          "--no-redact").stdout)
    assert not [f for f in scan["findings"] if f["rule"] == "MATCH001"]


def test_a_short_pseudonymous_side_is_too_short_to_tell(tmp_path: Path) -> None:
    """The other way round: 367 pseudonymous words (the bench's shortest passage is 500)."""
    blog, linkedin = _blog(tmp_path), _folder(tmp_path, "linkedin", LINKEDIN)
    doc = _compare(str(linkedin), "--known", f"blog={blog}")
    cand = doc["linkage"]["candidates"][0]
    assert cand["too_short"] is True and cand["same_author_probability"] is None
    assert any("the shortest text the probability was measured with" in w for w in doc["linkage"]["warnings"])


NOVELS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "novels"


@pytest.mark.skipif(not NOVELS.is_dir(), reason="shared novels corpus not available")
def test_measured_lengths_keep_their_probability() -> None:
    """From 1,000 known and 500 pseudonymous words the probability is the curve's as before (allowing
    for a short known text: short_known_slope); under 1,000 known words: too short to tell."""
    from nymaudit.style import linkage as L
    from nymaudit.style.text import corpus_from_texts, strip_gutenberg

    words = strip_gutenberg((NOVELS / "dickens_-_bleak_house.txt").read_text(encoding="utf-8-sig")).split()
    pseudo = corpus_from_texts([("p.txt", " ".join(words[50_000:51_000]))])
    for size, short in ((1000, False), (950, True)):
        known = corpus_from_texts([("k.txt", " ".join(words[100_000:100_000 + size]))])
        doc = L.analyse(pseudo, {"dickens": known})
        cand, calibration = doc["linkage"]["candidates"][0], doc["calibration"]["dickens"]
        counted = doc["linkage"]["words"]["dickens"]  # the tool's count (hyphens split words)
        assert (counted < 1000) is short and cand["too_short"] is short, counted
        if short:
            assert cand["same_author_probability"] is None
        else:
            assert cand["calibrated"] is True
            expected = L.rescaled(calibration["style_probability"], L.short_known_slope(size))
            assert abs(cand["same_author_probability"] - expected) < 0.002


def test_the_thresholds_are_data() -> None:
    from nymaudit.style.linkage import thresholds

    assert thresholds()["min_measured_known_words"] == 1000
    assert thresholds()["min_measured_pseudonymous_words"] == 500


# --- item 5: where, and the rule's own words under --redact ------------------------------------------

DRAFTS = {
    "2026-05-04-clean.md": ("Rain", "It rained all night and the roof in the corridor leaked again.  We "
                            "put a bucket under it.  The bucket is now part of the team."),
    "2026-05-11-sunrise-again.md": ("Another sunrise", "Sunrise again from the staff car park at St James's "
                                    "University Hospital, after another night shift.  Still worth it."),
    "2026-05-18-new-leak.md": ("Ward 44", "I've worked on ward 44 at Leeds General Infirmary for eleven "
                               "years, and my ward manager Sue Blackwood is the best I've had."),
    "2026-05-25-edit.md": ("Sunrise, again", "Sunrise from the staff car park at St James's University "
                           "Hospital in Beckett Street, Leeds after a night shift in the Bexley Wing.  "
                           "Worth it, almost."),
}


def _drafts(tmp_path: Path) -> Path:
    posts = [{"name": name, "draft_folder": True, "body": "\n" + body + "\n",
              "front": {"layout": "post", "title": title, "date": f"{name[:10]} 08:00:00 +0000"}}
             for name, (title, body) in DRAFTS.items()]
    return build_jekyll_blog(tmp_path / "site", posts) / "_drafts"


def _sarif(drafts: Path, *extra: str) -> list[dict]:
    result = run("check", str(drafts), "-f", "sarif", "--fail-on", "info", *extra)
    return json.loads(result.stdout)["runs"][0]["results"]


def test_style_findings_are_located_at_a_draft_holding_the_evidence(tmp_path: Path) -> None:
    """"car park" is only in -05-11 and -05-25: STYLE002 and STYLE006 sat on -05-04-clean.md."""
    drafts = _drafts(tmp_path)
    results = {r["ruleId"]: r for r in _sarif(drafts)}
    for rule in ("STYLE002", "STYLE006"):
        uri = results[rule]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.endswith("2026-05-11-sunrise-again.md"), (rule, uri)
        assert "car park" in (drafts / Path(uri).name).read_text()


def test_located_findings_of_a_single_text_and_of_other_evidence(tmp_path: Path) -> None:
    """Dates, clock, currency and spelling findings sit on a text that holds them too."""
    from nymaudit.detectors.style import _detect
    from nymaudit.style.text import corpus_from_texts

    class Ctx:
        corpus = corpus_from_texts([
            ("a.txt", "Nothing to see in this first text at all, only plain words about the weather."),
            ("b.txt", "The colour of the harbour at 17:30 on 25/12/2023 was grey; lunch cost £12 and "
                      "the behaviour of the neighbours was odd. We met again at 18:45 on 13/01/2024 and "
                      "paid £9. I organised the favourite centre for the theatre."),
        ])
    found = {f.rule: f.location.path for f in _detect(Ctx()).findings}  # type: ignore[arg-type]
    assert found and all(path == "b.txt" for rule, path in found.items() if rule <= "STYLE006"), found


def test_redacted_sarif_keeps_the_rules_own_words(tmp_path: Path) -> None:
    drafts = _drafts(tmp_path)
    results = {r["ruleId"]: r["message"]["text"] for r in _sarif(drafts, "--redact")}
    assert results["STYLE002"].startswith("2 uses of vocabulary typical of ***"), results["STYLE002"]
    assert "from spelling, vocabulary, dates, clock, currency and units" in results["STYLE006"]
    shown = json.dumps(results)
    for secret in ("United Kingdom", "Ireland", "car park", "Leeds"):
        assert secret not in shown, secret


# --- item 10: the habit advice ----------------------------------------------------------------------


def test_habits_and_advice_fit_a_modern_writer_and_name_the_known_text(tmp_path: Path) -> None:
    blog = _blog(tmp_path)
    known = _folder(tmp_path, "austen", [ESSAY, *LINKEDIN, ESSAY])
    doc = _compare(str(blog), "--known", f"austen={known}")
    shared = doc["linkage"]["shared_habits"]
    assert shared
    # No contraction judged against the novels' rate ("it's" 0.54 per 1000 there).
    assert not [h for h in shared
                if "'" in h["feature"] and h["kind"] in ("function_word", "character_3gram")]
    # Letter sequences only when readable (no letters) and above typical on both sides.
    for h in shared:
        if h["kind"] == "character_3gram":
            assert not any(ch.isalpha() for ch in h["feature"]), h
            assert min(h["pseudonymous_per_1000"], h["known_per_1000"]) > h["typical_per_1000"], h
    advice = " ".join(doc["habits_to_vary"])
    assert "your known writing" not in advice and "in the known text 'austen'" in advice
    assert "it's" not in advice
    assert any(h["feature"] == "British spelling" for h in shared)
    assert "Both sides use British spelling" in advice and "keep to the other variety" in advice
    for line in doc["habits_to_vary"]:
        if line.startswith("You write"):
            assert "typical in the reference novels" in line, line
    # A known text typed on a phone: curly apostrophes, one space after a full stop (the blog: two).
    phone = _folder(tmp_path, "phone", [t.replace("'", "’").replace(".  ", ". ") for t in (ESSAY, ESSAY)])
    out = run("compare", str(blog), "--known", f"austen={known}", "--known", f"phone={phone}").stdout
    assert "Habits that differ" in out
    assert "Likelihood ratio: how much more likely this difference is from one writer than from two" in out
    assert "uses: how often the habit occurs on each side (pseudonymous/known)" in out
    assert "typical: for words and letter sequences, the rate in the 19th-century novels" in out


def test_redacted_advice_names_the_known_text_by_number(tmp_path: Path) -> None:
    blog = _blog(tmp_path)
    known = _folder(tmp_path, "jsmethurst", [ESSAY, *LINKEDIN, ESSAY])
    result = run("compare", str(blog), "--known", f"jsmethurst={known}", "--format", "json", "--redact")
    doc = json.loads(result.stdout)
    assert "jsmethurst" not in result.stdout
    advice = " ".join(doc["habits_to_vary"])
    assert "in the known text 'known 1'" in advice, advice


def test_habit_and_phrase_findings_are_located_at_a_post_that_shows_them(tmp_path: Path) -> None:
    """The same for the habits (two spaces after a full stop, STYLE010) and a recurring phrase
    (STYLE015): the blog's first post shows neither."""
    posts = [{"name": "2026-01-01-first.md", "front": {"layout": "post", "title": "First"},
              "body": "A plain first post. It has one space after each full stop and nothing else.\n"}]
    for i in range(2, 14):
        posts.append({"name": f"2026-01-{i:02d}-shift.md", "front": {"layout": "post", "title": f"Shift {i}"},
                      "body": f"Shift number {i} went fine.  The ward was calm.  Honestly, the tea trolley "
                              "never came round again.  We laughed about it later.\n"})
    blog = build_jekyll_blog(tmp_path / "blog", posts)
    doc = json.loads(run("scan", str(blog), "-f", "json", "-q", "--no-redact").stdout)
    found = {f["rule"]: f for f in doc["findings"]}
    for rule in ("STYLE010", "STYLE015"):
        assert rule in found, sorted(found)
        path = found[rule]["location"]["path"]
        assert "shift" in Path(path).name, (rule, path)
