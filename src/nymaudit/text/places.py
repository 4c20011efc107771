"""Named places, postcodes, ZIP codes, coordinates, what3words and street addresses
in plain text (see ``heuristics/places.toml`` for every word list and pattern).

A capitalised run of words is looked up in the gazetteer, longest first, then
believed or not from its surroundings: a cue before it ("in", "near", "moved
to", "our local"), a place noun after it ("town centre", "station"), whether it
opens a sentence, whether the name is also an ordinary word ("Reading", "Bath")
or a person's name ("Florence"), and how many people live there. Which of several
same-named places is meant is settled over the whole corpus: the countries, regions
and places the account's other names point to win; when they do not settle it, the
namesakes still in contention are kept for the report to list.
A name the account uses as a person ("Mr. Weston", "Weston said") is a place only
with a strong cue (``[persons]``).
"""

from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache, lru_cache
from typing import Any

from nymaudit.rules import load_file
from nymaudit.text.gazetteer import Place, distance_km, key_of, load

ENGLISH_COUNTRIES = frozenset(
    {"GB", "IE", "US", "CA", "AU", "NZ", "IN", "ZA", "IM", "JE", "GG", "MT", "SG", "GI"}
)
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_CAP_WORD = rf"[{_UPPER}][^\W\d_]*(?:['-][^\W\d_]+)*"
_CONNECT = r"(?:on|upon|under|in|le|la|de|of|the|by|en|sur|am|next|and)"
# A run of capitalised words, allowing short connectors ("Stoke on Trent") and the
# dot of "St." / "Mt.". Linear: every repetition must consume a capitalised word.
_RUN = re.compile(
    rf"(?<![\w@#/.])(?:#)?{_CAP_WORD}(?:(?:[ ]|(?<=\bSt)\.[ ]?|(?<=\bMt)\.[ ]?|(?<=\bFt)\.[ ]?)"
    rf"(?:{_CONNECT}[ ]){{0,2}}{_CAP_WORD})*"
)
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # a word of a lower-case name
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n\"“(\[*•\-–—|>]|\s#)\s*$")
_SPLIT = re.compile(r"[ ]+|(?<=St)\.[ ]?|(?<=Mt)\.[ ]?|(?<=Ft)\.[ ]?")
_DIGIT = re.compile(r"\d")
# A letter right before a digit: every postcode pattern of places.toml (PLACE004's, the
# lower-case one, outward_cue, profile_outward) needs one, so a text without it runs none.
_LETTER_DIGIT = re.compile(r"[A-Za-z][0-9]")
_AFTER_TRAFFIC = re.compile(
    r"\s*(?:traffic|jam|queue|roadworks|junction|southbound|northbound|eastbound|westbound|"
    r"motorway|services|toll|j\d)",
    re.I,
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A believed mention of a named place (or country/region) in one text."""

    surface: str
    key: str
    start: int
    end: int
    candidates: tuple[Place, ...]
    kind: str  # place, region, country; person: a name used as a person here ("Mr. Weston")
    cue: str | None  # residence, locative, weak, after, or None
    # How the name was written: "cased" (Lyon), "lower" (lyon), "caps" (LYON), or
    # "hashtag" (#lyon, #LYON: no cue needed, so believed with less confidence).
    form: str = "cased"


@dataclass(frozen=True, slots=True)
class Spot:
    """A postcode, ZIP code, coordinates, what3words address or street address."""

    kind: str  # postcode, outward, zip, coordinates, what3words, street, street_residence
    value: str
    start: int
    end: int


@dataclass
class _Data:
    residence: re.Pattern[str]
    locative: re.Pattern[str]
    after: re.Pattern[str]
    not_after: re.Pattern[str]
    after_soft: re.Pattern[str]
    after_region: re.Pattern[str]
    after_street: re.Pattern[str]
    street_after: re.Pattern[str]
    generic: frozenset[str]
    weak: frozenset[str]
    residence_hints: frozenset[str]
    locative_hints: frozenset[str]
    never: frozenset[str]
    person: frozenset[str]
    min_pop: dict[str, int]
    aliases: dict[str, str]
    regions: dict[str, tuple[str, str]]  # key -> (name, country)
    areas: frozenset[str]
    outward: re.Pattern[str]
    postcode: re.Pattern[str]
    zipcode: re.Pattern[str]
    coordinates: re.Pattern[str]
    dms: re.Pattern[str]
    what3words: re.Pattern[str]
    street: re.Pattern[str]
    street_residence: re.Pattern[str]
    famous: frozenset[str]
    radius_km: float
    max_clusters: int
    doubt_population: int = 20_000
    doubt_km: float = 50.0
    keep_sure_km: float = 150.0
    doubt_share: float = 0.6
    doubt_min: int = 4
    settle_margin: float = 0.5
    sure_population: int = 20_000
    near_weight: float = 3.0
    # The account's clock (``Clock``): records needed, share of them a zone must show, weight.
    clock_min_records: int = 2
    clock_fit_share: float = 0.5
    clock_weight: float = 3.0
    clock_off_vote: float = 0.25
    # The account's own photos (``Photos``): weight, files for the whole weight, "near" distance.
    photo_weight: float = 3.0
    # A country the records naming a place state themselves (``Stated``): a postcode, a country.
    stated_weight: float = 3.0
    photo_full_files: int = 3
    photo_near_km: float = 100.0
    # A picture agency or wire service named in a photo's metadata: someone else's picture.
    stock_words: re.Pattern[str] | None = None
    country_aliases: dict[str, str] = field(default_factory=dict)  # key -> country code
    max_words: int = 4
    admin1: dict[tuple[str, str], str] = field(default_factory=dict)  # (country, code) -> name
    # Names written in lower case or ALL CAPS ([lower_case] of places.toml).
    lower_trigger: re.Pattern[str] | None = None
    caps_trigger: re.Pattern[str] | None = None
    street_after_any_case: re.Pattern[str] | None = None
    lower_stop: frozenset[str] = frozenset()
    lower_person: frozenset[str] = frozenset()
    # Every word of cues.after's nouns and cues.after_soft: a post with none of them
    # skips the costlier search for names before such a noun.
    noun_words: frozenset[str] = frozenset()
    aliases_joined: dict[str, str] = field(default_factory=dict)  # "nyc", "newyork" -> key
    lower_min_cued: int = 5_000
    lower_min_weak: int = 50_000
    lower_min_hashtag: int = 15_000
    lower_min_hashtag_world: int = 100_000
    postcode_any_case: re.Pattern[str] | None = None
    common_cue: re.Pattern[str] | None = None
    common_next: re.Pattern[str] | None = None
    inward_stop: frozenset[str] = frozenset()
    lower_min_common: int = 20_000
    # [profile] home_fields: a profile's fields that state where the account is (mentions' home).
    home_fields: frozenset[str] = frozenset()
    # [examples]: a template's example line (detectors.places.example_units): the words an address
    # abbreviates before a full stop that ends no sentence, and the size of an address block.
    example_abbreviations: frozenset[str] = frozenset()
    example_block_lines: int = 6
    example_block_line_chars: int = 80
    # The placeholders of a template's example line (detectors.places.template_units): street
    # names and numbers, towns and codes only examples give (lower case).
    example_street_names: frozenset[str] = frozenset()
    example_street_numbers: frozenset[str] = frozenset()
    example_ordinary_streets: frozenset[str] = frozenset()
    example_towns: frozenset[str] = frozenset()
    example_codes: frozenset[str] = frozenset()
    # A town right after a home street ("I live just off Chapeltown Road in Leeds"): the home's town
    # (_after_home_street); the street words that may end such a street, in lower case.
    street_home_town: re.Pattern[str] | None = None
    street_home_words: frozenset[str] = frozenset()
    street_home_uncased: frozenset[str] = frozenset()  # a home street's last words in lower case or capitals
    street_named: re.Pattern[str] | None = None  # "on", "off"...: up to three words and a street's word
    # A home street's reading needs a word of residence ("we're on" alone is where the writer is) and
    # no stay (a hotel, a trip, "for a week" after it): _home_street_holds (plc15b).
    street_home_said: re.Pattern[str] | None = None
    street_stay: re.Pattern[str] | None = None
    street_stay_after: re.Pattern[str] | None = None
    # "I live on Mill Lane till June" is a home until June, "we're on Abbey Road till June" a stay: a month
    # or a holiday after a firm "live" (street_home_firm) is no veto; a stay word after the street vetoes a
    # firm "live" only as the writer's own stay (street_stay_writer: "in a hotel", "on holiday"), not the
    # street's ("handy for the tour buses"). Sixteenth session, txt16.
    street_stay_until: re.Pattern[str] | None = None
    street_stay_writer: re.Pattern[str] | None = None
    street_home_firm: re.Pattern[str] | None = None
    # Sixteenth session, plc16b (red16 F1, F6, F8; walk16 item 5). "I grew up on" is a home street only with
    # "still live there" in its sentence (street_home_still), "Ten years on Harehills Lane" only with the
    # writer in it (street_home_first). A stay after the street vetoes it only in the street's own clause
    # (street_clause_end: "; we had a holiday", ", and my sister's hotel job" are another clause), and "in my
    # dreams" right after it is no home (street_figurative). A street before "right outside my house" is the
    # writer's (street_home_outside).
    street_home_still: re.Pattern[str] | None = None
    street_home_first: re.Pattern[str] | None = None
    street_clause_end: re.Pattern[str] | None = None
    street_figurative: re.Pattern[str] | None = None
    street_home_outside: re.Pattern[str] | None = None
    # Sixteenth session, dsc16c (review rev16b item 3): the writer's stay anywhere in a firm home street's
    # clause (street_stay_firm: "our hotel has a balcony", "during the conference"), unless it is the
    # street's ("near all the hotels", "festival crowds": street_stay_of_street, street_stay_of_street_after)
    # or someone else's ("my sister's hotel job"); or the next clause or sentence opening with the stay ("Hen
    # party is chaos": street_stay_next).
    street_stay_firm: re.Pattern[str] | None = None
    street_stay_of_street: re.Pattern[str] | None = None
    street_stay_of_street_after: re.Pattern[str] | None = None
    street_stay_next: re.Pattern[str] | None = None
    # A home street said without "on", "off", "near" before it ("Home is Otley Road", "my street, Harehills
    # Lane", "got home to Cowper Street", "Ten years on ..."): a regex of its own, run only in a text with
    # their words (_home_street_said_otherwise), and its form before a town (as street_home_town).
    street_home_other: re.Pattern[str] | None = None
    street_home_town_other: re.Pattern[str] | None = None
    # Before a country: a stay there, not where the writer is ("I was in England for two weeks").
    visited_country: re.Pattern[str] | None = None
    visited_after: re.Pattern[str] | None = None
    # A daily trip in from a place ("cycling in from Marchmont every morning"): the cue "commute" (plc16b).
    commute: re.Pattern[str] | None = None
    commute_routine: re.Pattern[str] | None = None
    # A trip or someone else's report in its sentence, an airport or a station: no commute from home (fxT2).
    commute_trip: re.Pattern[str] | None = None
    commute_hub: re.Pattern[str] | None = None
    # "I'm in Silesia for a conference this week": a visit, no home (cues.residence_presence/_visit; fxT2).
    residence_presence: re.Pattern[str] | None = None
    residence_visit: re.Pattern[str] | None = None
    # [unlisted]: a name the gazetteer lacks said as home (unlisted_homes).
    unlisted_stop: frozenset[str] = frozenset()
    unlisted_next: re.Pattern[str] | None = None
    outward_stop: frozenset[str] = frozenset()
    zip_lower: re.Pattern[str] | None = None
    # A name inside a longer one that ends as an institution ("St James's University Hospital"),
    # the words that may come before the institution's first-word place, a building's named part.
    inside_institution: re.Pattern[str] | None = None
    institution_prefix: frozenset[str] = frozenset()
    part_after: re.Pattern[str] | None = None
    # An outward code standing alone in a profile's text (postcodes.profile_outward).
    profile_outward: re.Pattern[str] | None = None
    profile_outward_stop: frozenset[str] = frozenset()
    # The only outward codes ending in a letter (postcodes.letter_districts): "W3C" is none.
    letter_districts: frozenset[str] = frozenset()
    # The residence regex's last word, the end of the word before it, a last word alone (_may_be_home).
    residence_last: frozenset[str] = frozenset()
    residence_before_last: tuple[str, ...] = ()
    residence_alone: tuple[str, ...] = ()
    # Neighbourhoods the gazetteer lacks ([neighbourhoods]): key -> (name, city, postcode districts).
    neighbourhoods: dict[str, tuple[str, str, frozenset[str]]] = field(default_factory=dict)
    after_postcode: re.Pattern[str] | None = None  # ", E2" after a name (cues.after_postcode)
    # [postcodes] area_regions: a UK postcode area's country of the UK; the rest are area_region_default.
    area_regions: dict[str, str | None] = field(default_factory=dict)
    area_region_default: str | None = None
    # Before a country word: where the writer is, not a team or a destination (states_country).
    stated_country: re.Pattern[str] | None = None
    # [persons]: a title before a name ("Mr. Weston"), a person's verb or noun after it ("Weston
    # said", "Louisa's husband") or a verb of speech before it ("said Henrietta").
    titled: re.Pattern[str] | None = None
    title_words: frozenset[str] = frozenset()
    person_after: re.Pattern[str] | None = None
    possessive_after: re.Pattern[str] | None = None  # a room or home after "Louisa's"
    possessive_before: re.Pattern[str] | None = None  # "at": "at Florence's." (a city's name too)
    # [domains]: "<place>.gov.uk" and the like in the account's links (linked_countries).
    domain_host: re.Pattern[str] | None = None  # the suffix, dot first (the label before is _LABEL's)
    domain_country: dict[str, str] = field(default_factory=dict)
    person_before_words: frozenset[str] = frozenset()
    min_person_uses: int = 1
    min_person_share: float = 0.2
    max_cued_share: float = 0.1
    max_cued_population: int = 100_000
    # [persons]: who a statement of home is about (_the_writers_home).
    first_person: frozenset[str] = frozenset()
    third_person: frozenset[str] = frozenset()
    subject_skip: frozenset[str] = frozenset()
    subject_words: frozenset[str] = frozenset()
    writer_groups: frozenset[str] = frozenset()
    openers: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    time_lead: frozenset[str] = frozenset()
    # [foreign]: posts in another language (_foreign).
    foreign_english: frozenset[str] = frozenset()
    foreign_other: frozenset[str] = frozenset()
    foreign_cues: frozenset[str] = frozenset()
    foreign_min_words: int = 3
    foreign_min_share: float = 0.5


def _noun_words(patterns: str) -> frozenset[str]:
    """The words of a pattern's alternatives ("rents?" gives "rents" and "rent")."""
    words = set(re.findall(r"[a-z]{3,}", patterns)) - {"and", "the"}
    return frozenset(words | {w[:-1] for w in words if w.endswith("s")})


_TOWN_NEXT = r"\.?(?:[ ]+(?i:in)|[ ]*,)[ ]+$"  # a home street's town next: "... Chapeltown Road in "


@cache
def data() -> _Data:
    raw = load_file("places")
    rules = {r["id"]: r for r in raw.get("rule", [])}
    cues, lists, pats = raw["cues"], raw["lists"], raw["patterns"]
    regions: dict[str, tuple[str, str]] = {}
    for country, names in raw.get("regions", {}).items():
        for name in names:
            regions[key_of(re.sub(r"^the\s+", "", name, flags=re.I))] = (name, country)
    lower = raw.get("lower_case", {})
    persons = raw.get("persons", {})
    titles = "|".join(re.escape(t) for t in persons.get("titles", [])) or "(?!)"
    # A title, perhaps "Mr. and Mrs.", perhaps a first name: "Mr. Frank Churchill".
    title = (rf"(?<![\w.])(?:{titles})\.?[ ]+(?:(?:and|&)[ ]+(?:{titles})\.?[ ]+)?"
             rf"(?:{_CAP_WORD}[ ]+)?")
    # A cue word, perhaps "the" or an adjective ("in sunny leeds"), then the name's first word.
    trigger = (rf"(?<![\w'’@#/.-])(?i:{'|'.join(lower.get('cue_words', ['in']))})[ ]+"
               rf"(?:(?i:{'|'.join(lower.get('between', ['the']))})[ ]+)?")
    return _Data(
        residence=re.compile(cues["residence"], re.I),
        locative=re.compile(cues["locative"], re.I),
        after=re.compile(cues["after"]),
        not_after=re.compile(cues["not_after"]),
        inside_institution=re.compile(cues["inside_institution"]) if cues.get("inside_institution") else None,
        institution_prefix=frozenset(cues.get("institution_prefix", [])),
        part_after=re.compile(cues["part_after"]) if cues.get("part_after") else None,
        after_soft=re.compile(cues["after_soft"]),
        after_region=re.compile(cues["after_region"]),
        stated_country=re.compile(cues["stated_country"], re.I) if cues.get("stated_country") else None,
        after_street=re.compile(cues["after_street"]),
        street_after=re.compile(cues["street_after"]),
        generic=frozenset(key_of(x) for x in lists.get("generic_areas", [])),
        weak=frozenset(cues["weak"]),
        residence_hints=frozenset(cues["residence_hints"]),
        residence_last=frozenset(cues.get("residence_last", [])),
        residence_before_last=tuple(cues.get("residence_before_last", [])),
        residence_alone=tuple(cues.get("residence_alone", [])),
        locative_hints=frozenset(cues["locative_hints"]),
        never=frozenset(lists["never"]),
        person=frozenset(lists["person_names"]),
        min_pop={k: int(v) for k, v in raw["min_population"].items()},
        aliases={key_of(k): key_of(v) for k, v in raw.get("aliases", {}).items()},
        regions=regions,
        areas=frozenset(raw["postcodes"]["areas"]),
        area_regions={area: (region or None)
                      for region, areas in raw["postcodes"].get("area_regions", {}).items()
                      for area in areas},
        area_region_default=raw["postcodes"].get("area_region_default") or None,
        outward=re.compile(raw["postcodes"]["outward_cue"]),
        postcode=re.compile(rules["PLACE004"]["pattern"]),
        zipcode=re.compile(rules["PLACE006"]["pattern"]),
        coordinates=re.compile(pats["coordinates"]),
        dms=re.compile(pats["dms"]),
        what3words=re.compile(pats["what3words"]),
        street=re.compile(pats["street"]),
        street_residence=re.compile(pats["street_residence"]),
        famous=frozenset(raw["postcodes"].get("famous_addresses", [])),
        radius_km=float(raw["clusters"]["radius_km"]),
        max_clusters=int(raw["clusters"]["max_clusters"]),
        doubt_population=int(raw["clusters"].get("doubt_population", 20_000)),
        doubt_km=float(raw["clusters"].get("doubt_km", 50.0)),
        keep_sure_km=float(raw["clusters"].get("keep_sure_km", 150.0)),
        doubt_share=float(raw["clusters"].get("doubt_share", 0.6)),
        doubt_min=int(raw["clusters"].get("doubt_min", 4)),
        settle_margin=float(raw["clusters"].get("settle_margin", 0.5)),
        sure_population=int(raw["clusters"].get("sure_population", 20_000)),
        near_weight=float(raw["clusters"].get("near_weight", 3.0)),
        clock_min_records=int(raw["clusters"].get("clock_min_records", 2)),
        clock_fit_share=float(raw["clusters"].get("clock_fit_share", 0.5)),
        clock_weight=float(raw["clusters"].get("clock_weight", 3.0)),
        clock_off_vote=float(raw["clusters"].get("clock_off_vote", 0.25)),
        photo_weight=float(raw["clusters"].get("photo_weight", 3.0)),
        stated_weight=float(raw["clusters"].get("stated_weight", 3.0)),
        photo_full_files=max(1, int(raw["clusters"].get("photo_full_files", 3))),
        photo_near_km=float(raw["clusters"].get("photo_near_km", 100.0)),
        stock_words=re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in raw["photos"]["stock_words"])
                               + r")\b") if raw.get("photos", {}).get("stock_words") else None,
        country_aliases={key_of(k): str(v).upper()
                         for k, v in raw.get("photos", {}).get("country_aliases", {}).items()},
        admin1={(country, code): name for country, codes in raw.get("admin1", {}).items()
                for code, name in codes.items()},
        lower_trigger=re.compile(trigger + rf"(?P<w>{_NAME_WORD.pattern})"),
        caps_trigger=re.compile(trigger + rf"(?P<w>(?=[{_UPPER}]{{2}}){_NAME_WORD.pattern})"),
        street_after_any_case=re.compile(cues["street_after"], re.I),
        lower_stop=frozenset(key_of(w) for w in lower.get("stop", [])),
        noun_words=_noun_words(cues["after"].split("|,")[0] + " " + cues["after_soft"]),
        lower_person=frozenset(lists["person_names"]) | frozenset(lower.get("person_names", [])),
        aliases_joined={k.replace(" ", ""): v for k, v in raw.get("aliases", {}).items()
                        for k, v in [(key_of(k), key_of(v))]},
        lower_min_cued=int(lower.get("min_population_cued", 5_000)),
        lower_min_weak=int(lower.get("min_population_weak", 50_000)),
        lower_min_hashtag=int(lower.get("min_population_hashtag", 15_000)),
        lower_min_hashtag_world=int(lower.get("min_population_hashtag_world", 100_000)),
        postcode_any_case=re.compile(raw["postcodes"]["lower_full"]) if "lower_full" in raw["postcodes"]
        else None,
        outward_stop=frozenset(raw["postcodes"].get("lower_outward_stop", [])),
        inward_stop=frozenset(raw["postcodes"].get("lower_inward_stop", [])),
        zip_lower=re.compile(raw["postcodes"]["lower_zip"]) if "lower_zip" in raw["postcodes"] else None,
        profile_outward=re.compile(raw["postcodes"]["profile_outward"])
        if "profile_outward" in raw["postcodes"] else None,
        profile_outward_stop=frozenset(raw["postcodes"].get("profile_outward_stop", []))
        | frozenset(code.upper() for code in raw["postcodes"].get("lower_outward_stop", [])),
        letter_districts=frozenset(raw["postcodes"].get("letter_districts", [])),
        after_postcode=re.compile(cues["after_postcode"]) if "after_postcode" in cues else None,
        neighbourhoods={key_of(name): (name, city, frozenset(districts))
                        for city, names in raw.get("neighbourhoods", {}).items()
                        for name, districts in names.items()},
        common_cue=re.compile(lower["common_word_cue"], re.I) if "common_word_cue" in lower else None,
        common_next=re.compile(r"[ ]*(?:$|[.,!?;:)\]\n]|(?:" + "|".join(
            re.escape(w) for w in lower.get("common_word_next", [])) + r")\b)", re.I),
        lower_min_common=int(lower.get("min_population_common_word", 20_000)),
        home_fields=frozenset(raw.get("profile", {}).get("home_fields", [])),
        example_abbreviations=frozenset(w.lower() for w in raw.get("examples", {}).get("abbreviations", [])),
        example_block_lines=int(raw.get("examples", {}).get("block_lines", 6)),
        example_block_line_chars=int(raw.get("examples", {}).get("block_line_chars", 80)),
        example_street_names=frozenset(w.lower() for w in raw.get("examples", {}).get("street_names", [])),
        example_street_numbers=frozenset(raw.get("examples", {}).get("street_numbers", [])),
        example_ordinary_streets=frozenset(
            w.lower() for w in raw.get("examples", {}).get("ordinary_street_names", [])),
        example_towns=frozenset(key_of(w) for w in raw.get("examples", {}).get("towns", [])),
        example_codes=frozenset(" ".join(w.lower().split())
                                for w in raw.get("examples", {}).get("codes", [])),
        street_home_town=re.compile(pats["street_residence"] + _TOWN_NEXT),
        street_home_other=re.compile(pats["street_home_other"]) if "street_home_other" in pats else None,
        street_home_town_other=(re.compile(pats["street_home_other"] + _TOWN_NEXT)
                                if "street_home_other" in pats else None),
        street_home_words=frozenset(w.lower() for w in pats.get("street_home_words", [])),
        street_home_uncased=frozenset(w.lower() for w in pats.get("street_home_uncased", [])),
        street_named=re.compile(_STREET_HOME_GATE + r"(?:[A-Za-z][A-Za-z']{1,20}[ \t]+){1,3}(?i:" + "|".join(
            map(re.escape, pats["street_home_words"])) + r")\b") if pats.get("street_home_words") else None,
        street_home_said=re.compile(pats["street_home_said"]) if "street_home_said" in pats else None,
        street_stay=re.compile(pats["street_stay"]) if "street_stay" in pats else None,
        street_stay_after=re.compile(pats["street_stay_after"]) if "street_stay_after" in pats else None,
        street_stay_until=re.compile(pats["street_stay_until"]) if "street_stay_until" in pats else None,
        street_stay_writer=re.compile(pats["street_stay_writer"]) if "street_stay_writer" in pats else None,
        street_home_firm=re.compile(pats["street_home_firm"]) if "street_home_firm" in pats else None,
        street_home_still=re.compile(pats["street_home_still"]) if "street_home_still" in pats else None,
        street_home_first=re.compile(pats["street_home_first"]) if "street_home_first" in pats else None,
        street_clause_end=re.compile(pats["street_clause_end"]) if "street_clause_end" in pats else None,
        street_figurative=re.compile(pats["street_figurative"]) if "street_figurative" in pats else None,
        street_stay_firm=re.compile(pats["street_stay_firm"]) if "street_stay_firm" in pats else None,
        street_stay_of_street=(re.compile(pats["street_stay_of_street"]) if "street_stay_of_street" in pats
                               else None),
        street_stay_of_street_after=(re.compile(pats["street_stay_of_street_after"])
                                     if "street_stay_of_street_after" in pats else None),
        street_stay_next=re.compile(pats["street_stay_next"]) if "street_stay_next" in pats else None,
        street_home_outside=(re.compile(pats["street_home_outside"]) if "street_home_outside" in pats
                             else None),
        visited_country=re.compile(cues["visited_country"]) if "visited_country" in cues else None,
        visited_after=re.compile(cues["visited_after"]) if "visited_after" in cues else None,
        commute=re.compile(cues["commute"]) if "commute" in cues else None,
        commute_routine=re.compile(cues["commute_routine"]) if "commute_routine" in cues else None,
        commute_trip=re.compile(cues["commute_trip"]) if "commute_trip" in cues else None,
        commute_hub=re.compile(cues["commute_hub"]) if "commute_hub" in cues else None,
        residence_presence=re.compile(cues["residence_presence"]) if "residence_presence" in cues else None,
        residence_visit=re.compile(cues["residence_visit"]) if "residence_visit" in cues else None,
        unlisted_stop=frozenset(key_of(w) for w in raw.get("unlisted", {}).get("stop", [])),
        unlisted_next=re.compile(r"[ ]*(?:$|[.,!?;:)\]\n]|[ ]-[ ]|(?:" + "|".join(
            re.escape(w) for w in lower.get("common_word_next", []) + raw.get("unlisted", {}).get("next", []))
            + r")\b)", re.I) if "unlisted" in raw else None,
        titled=re.compile(title + "$"),
        person_after=re.compile(persons["after"]) if "after" in persons else None,
        possessive_after=re.compile(persons["possessive_after"]) if "possessive_after" in persons else None,
        possessive_before=(re.compile(persons["possessive_before"]) if "possessive_before" in persons
                           else None),
        domain_host=re.compile(
            r"\.(?P<suffix>" + "|".join(re.escape(x) for xs in raw["domains"].values() for x in xs)
            + r")(?![\w-])", re.I) if raw.get("domains") else None,
        domain_country={suffix: country for country, xs in raw.get("domains", {}).items() for suffix in xs},
        person_before_words=frozenset(persons.get("before", [])),
        title_words=frozenset(persons.get("titles", [])),
        min_person_uses=int(persons.get("min_person_uses", 1)),
        min_person_share=float(persons.get("min_person_share", 0.2)),
        max_cued_share=float(persons.get("max_cued_share", 0.1)),
        max_cued_population=int(persons.get("max_cued_population", 100_000)),
        first_person=frozenset(persons.get("first_person", [])),
        third_person=frozenset(persons.get("third_person", [])),
        subject_skip=frozenset(persons.get("subject_skip", [])),
        subject_words=frozenset(persons.get("subject_words", [])),
        writer_groups=frozenset(persons.get("writer_groups", [])),
        openers=frozenset(persons.get("openers", [])),
        time_words=frozenset(persons.get("time_words", [])),
        determiners=frozenset(persons.get("determiners", [])),
        time_lead=frozenset(persons.get("time_lead", [])),
        foreign_english=frozenset(raw.get("foreign", {}).get("english", [])),
        foreign_other=frozenset(raw.get("foreign", {}).get("other", [])),
        foreign_cues=frozenset(raw.get("foreign", {}).get("cue_words", [])),
        foreign_min_words=int(raw.get("foreign", {}).get("min_words", 3)),
        foreign_min_share=float(raw.get("foreign", {}).get("min_share", 0.5)),
    )


@lru_cache(maxsize=65536)
def _key(surface: str) -> str:
    return key_of(surface.lstrip("#"))


@cache
def _starts() -> frozenset[str]:
    """First words of every gazetteer name, region, alias and listed neighbourhood."""
    d = data()
    extra = {k.split(" ", 1)[0] for k in list(d.regions) + list(d.aliases) + list(d.neighbourhoods)}
    return load().first_words | frozenset(extra)


@cache
def _setup() -> tuple[_Data, frozenset[str], int]:
    """What every call of ``mentions`` reads: the word lists, the first words of names and
    the longest name looked up (one call instead of four, 100,000 times a scan)."""
    return data(), _starts(), min(load().max_words, 6)


@lru_cache(maxsize=65536)
def _first_key(word: str) -> str:
    if word.endswith("'s"):
        word = word[:-2]
    key = _key(word)
    return key.split(" ", 1)[0] if key else key


def _region_place(key: str) -> Place | None:
    hit = data().regions.get(key)
    if hit is None:
        return None
    return Place(hit[0], 0.0, 0.0, hit[1], "", 0, "", False, "region")


@cache
def _neighbourhood(key: str) -> Place | None:
    """A neighbourhood of ``[neighbourhoods]`` as a place of population 0 at its city's
    point, unless the gazetteer has a place of that name near the city already."""
    hit = data().neighbourhoods.get(key)
    if hit is None:
        return None
    name, city, _ = hit
    gaz = load()
    every = [p for p in gaz.lookup(key_of(city)) if p.kind == "place"]
    # A UK city's (the lists began with them); elsewhere the largest of its name ("Buenos Aires").
    cities = [p for p in every if p.country == "GB"] or every
    if not cities:
        return None
    centre = max(cities, key=lambda p: p.population)
    if any(p.kind == "place" and distance_km(p, centre) <= data().radius_km for p in gaz.lookup(key)):
        return None
    return Place(name, centre.latitude, centre.longitude, centre.country, centre.admin1, 0,
                 centre.timezone, False, "place")


@lru_cache(maxsize=65536)
def _candidates(key: str) -> tuple[Place, ...]:
    gaz = load()
    d = data()
    found: list[Place] = []
    alias = d.aliases.get(key)
    if alias:  # an alias says what the name means: it comes first
        found.extend(p for p in gaz.lookup(alias) if p.kind == "place")
    region = _region_place(key)
    listed = [p for p in gaz.lookup(key) if p not in found]
    if key in d.neighbourhoods and (local := _neighbourhood(key)) is not None:
        listed.append(local)  # last: population 0 ("Camden" is first Camden, NJ, with no other name)
    if region is not None:
        # "Durham" is a county and its town: the town wins when it is a real one.
        town = any(p.kind == "place" and p.country == region.country and p.population >= 10_000
                   for p in listed)
        found.extend(listed + [region] if town else [region] + listed)
    else:
        found.extend(listed)
    if found and found[0].kind == "country":
        # City states (Singapore): the city holds most of the country.
        city = [p for p in found if p.kind == "place" and p.population * 2 >= found[0].population]
        if city:
            found = city + [p for p in found if p not in city]
    return tuple(found)


def _cue(text: str, start: int, end: int, uncased: bool = False) -> str | None:
    d = data()
    before = text[max(0, start - 60) : start]
    tail = before[-30:].lower().rsplit(None, 3)[-3:]  # the last three words
    if (tail and tail[-1] in d.residence_hints and _may_be_home(before, d)
            and (home := d.residence.search(before))
            and _the_writers_home(text, max(0, start - 60) + _said_at(home), start)
            and not _visiting(text, end, before, d)):
        return "residence"
    if (tail and (tail[-1] == "in" or before.rstrip().endswith(","))
            and _after_home_street(text, start, before, d)):
        return "residence"  # "I live just off Chapeltown Road in Leeds": the home street's town
    if tail and tail[-1] == "from" and _commute(text, start, end, before, d):
        return "commute"
    m = None
    if not d.locative_hints.isdisjoint(tail):
        m = d.locative.search(before, max(0, len(before) - 40))
    weak = False
    if m:
        word = m.group(0).strip().split()[0].lower()
        if word not in d.weak:
            return "locative"
        weak = True
    if before.rstrip().endswith(",") and d.after_street.search(before):
        return "locative"  # "14 Burton Road, Didsbury": the address's district
    after = d.after.match(text, end, end + 40)
    if after and not (uncased and after.group(0).startswith(",")):
        return "after"  # in a lower-case post ", as" is no ", AS" (American Samoa)
    if _postcode_after(text, end):
        return "after"  # "Shoreditch, E2", "Newcastle upon Tyne NE1 8QH": an address's town
    if not weak and d.after_soft.match(text, end, end + 40):
        return "soft"
    return "weak" if weak else None


def _visiting(text: str, end: int, before: str, d: _Data) -> bool:
    """``before`` ends with the writer's presence ("I'm in", "we're staying in"; cues.residence_presence) and
    a visit follows the name ending at ``end`` (cues.residence_visit: "for a conference", "this week", "on
    holiday"): where the writer is now, not their home (review rev16d item 9, sixteenth session, fxT2)."""
    return (d.residence_presence is not None and d.residence_visit is not None
            and d.residence_visit.match(text, end, end + 80) is not None
            and d.residence_presence.search(before) is not None)


def _commute(text: str, start: int, end: int, before: str, d: _Data) -> bool:
    """``before`` (the text up to a name at ``start``) ends with a daily trip in from the name ("cycling in
    from", "the tram from", "my commute from"; cues.commute) and, but after "commute", a routine follows it
    in its clause (cues.commute_routine: "every morning", "late again"). Someone else's quoted words are not
    the writer's trip, nor is one with a trip or a report in its sentence (cues.commute_trip: "what a
    holiday", "say commuters") or one from an airport or a station (cues.commute_hub: "the bus from
    Heathrow"). "Got in from Leeds" is arriving back: "get/come in from" is a commute only "in to work"
    (fxT2)."""
    if d.commute is None:
        return False
    trip = d.commute.search(before)
    if trip is None or not _the_writers_home(text, start - len(before) + trip.start(), start):
        return False  # "She cycles in from Marchmont every morning", quoted words: not the writer's trip
    if not (trip.group("commute") is not None or (
            d.commute_routine is not None and d.commute_routine.match(text, end, end + 80) is not None)):
        return False
    if d.commute_hub is not None and d.commute_hub.match(text, start) is not None:
        return False  # "The bus from Heathrow", "the train from Leeds Station": a hub, no home (fxT2)
    if d.commute_trip is None:
        return True
    # A trip or someone else's report in the sentence ("..., what a holiday", "say commuters interviewed
    # by the BBC"): review rev16d item 3, sixteenth session, fxT2.
    low = start - len(before) + trip.start()
    ends = [m.end() for m in _STAY_SENTENCE_END.finditer(text, max(0, low - _STAY_REACH), low)]
    stop = _STAY_SENTENCE_END.search(text, end, end + _STAY_REACH)
    high = stop.start() if stop is not None else min(len(text), end + _STAY_REACH)
    return d.commute_trip.search(text, ends[-1] if ends else max(0, low - _STAY_REACH), high) is None


def _after_home_street(text: str, start: int, before: str, d: _Data) -> bool:
    """``before`` (the text up to a name at ``start``) ends with the writer's home street and "in" or
    a comma: "I live just off Chapeltown Road in Leeds", "we live on Pendle Road, Burnley" (walk15
    item 4, fifteenth session: the town was PLACE001 only, though "I live in Leeds" is PLACE002).
    The street's last word is tested first (cheap); quoted words are someone else's."""
    if d.street_home_town is None:
        return False
    head = before.rstrip()
    head = head[:-1] if head.endswith(",") else head[:-2] if head[-2:].lower() == "in" else ""
    last = head.rsplit(None, 1)[-1:]
    if not last or last[0].rstrip(".").lower() not in d.street_home_words:
        return False
    home = d.street_home_town.search(before)
    if home is None and d.street_home_town_other is not None and _home_street_said_otherwise(before):
        home = d.street_home_town_other.search(before)  # "Home is Otley Road in Headingley"
    if home is None or _quoted(text, start):
        return False
    # Only a street that is the writer's home gives its town ("we're on Bourbon Street in New Orleans"
    # on a hen do was PLACE002 high New Orleans: rev15d item 1, plc15b).
    offset = start - len(before)
    return _home_street_holds(text, offset + home.start(), offset + home.end("type"),
                              _needs_said(home, d), d, _firm_home(home, d))


_STAY_SENTENCE_END = re.compile(r"[.!?\n]")
_STAY_REACH = 160  # characters either side of a home street searched for the ends of its sentence


def _firm_home(home: re.Match[str], d: _Data) -> bool:
    """The home street ``home`` (a match of patterns.street_residence) is said with a present "live"
    ("I live on", "we're living off"; patterns.street_home_firm), not "we're on", "our flat on" or "I lived
    on"."""
    return d.street_home_firm is not None and d.street_home_firm.search(
        home.string, home.start(), home.start("name")) is not None


def _needs_said(home: re.Match[str], d: _Data) -> re.Pattern[str] | None:
    """What the sentence of the home street ``home`` (a match of patterns.street_residence) must also say
    for it to be a home: a word of residence after "we're on" (street_home_said), "still live there" after
    "I grew up on" (street_home_still), the writer after "Ten years on" (street_home_first); else nothing."""
    groups = home.re.groupindex  # street_residence has "were" and "grew", street_home_other "years"
    if "were" in groups and home.group("were") is not None:
        return d.street_home_said or _NEVER
    if "grew" in groups and home.group("grew") is not None:
        return d.street_home_still or _NEVER
    if "years" in groups and home.group("years") is not None:
        return d.street_home_first or _NEVER
    return None


_NEVER = re.compile(r"(?!)")  # a reading that needs a pattern the heuristics lack never holds


def _home_street_holds(text: str, start: int, end: int, said: re.Pattern[str] | None, d: _Data,
                       firm: bool = False) -> bool:
    """The home street ``text[start:end]`` (a match of patterns.street_residence) reads as the writer's
    home: "we're on" only with ``said`` (a word of residence, patterns.street_home_said) in its sentence,
    and no reading with a stay in its sentence (patterns.street_stay: a hotel, an Airbnb, a trip, a tour,
    a hen do) or a bounded time right after the street and its town (patterns.street_stay_after: "for a
    week", "this weekend"; patterns.street_stay_until: "till June"). Review rev15d item 1 (fifteenth
    session, plc15b): "We're on Abbey Road in London!" and "I lived on Penny Lane in Liverpool for a week on
    an Airbnb" were a home street and a home town.

    Said with a present "live" (``firm``), the street is a home until the text says the writer is staying:
    a stay word before it in its sentence ("Tour day 3, we live on ..."), the writer's own stay after it
    (patterns.street_stay_writer: "in a hotel", "on holiday") or a stay of days ("for a week", "till
    Sunday"). A stay word about the street ("we live on Pendle Road, handy for the tour buses") and a
    month ("I live on Mill Lane till June": a home, then a move) are no veto (sixteenth session, txt16:
    both were silent, though each names the writer's street).

    A stay after the street vetoes it only inside the street's own clause (patterns.street_clause_end):
    "I live on Harehills Lane in Leeds; we had a holiday in Spain last month" is a home (red16 F1,
    sixteenth session, plc16b), and so is "... and this weekend my mum is visiting" (the town's words in
    street_stay_after took "and this" for a town). "I live on Abbey Road in my dreams" is none
    (patterns.street_figurative, red16 F8).

    A firm "live" is no home either when the writer's stay is anywhere in the street's clause or opens the
    next clause or sentence (_writers_stay_near: "We're living on Bourbon Street in New Orleans, our hotel
    has a balcony! Hen party is chaos"; review rev16b item 3, dsc16c)."""
    low = max(0, start - _STAY_REACH)
    ends = [m.end() for m in _STAY_SENTENCE_END.finditer(text, low, start)]
    low = ends[-1] if ends else low
    stop = _STAY_SENTENCE_END.search(text, end, end + _STAY_REACH)
    high = stop.start() if stop is not None else min(len(text), end + _STAY_REACH)
    if said is not None and said.search(text, low, high) is None:
        return False
    if d.street_figurative is not None and d.street_figurative.match(text, end, end + 80) is not None:
        return False
    clause = d.street_clause_end.search(text, end, high) if d.street_clause_end is not None else None
    if clause is not None:
        high = clause.start()
    if d.street_stay is not None and d.street_stay.search(text, low, start if firm else high) is not None:
        return False
    if firm and d.street_stay_writer is not None and d.street_stay_writer.search(text, end, high) is not None:
        return False
    if firm and _writers_stay_near(text, start, end, low, high, clause, stop, d):
        return False
    if d.street_stay_after is not None and d.street_stay_after.match(text, end, end + 80) is not None:
        return False
    return firm or d.street_stay_until is None or d.street_stay_until.match(text, end, end + 80) is None


def _writers_stay_near(text: str, start: int, end: int, low: int, high: int, clause: re.Match[str] | None,
                       stop: re.Match[str] | None, d: _Data) -> bool:
    """The writer's stay is said around the firm home street ``text[start:end]``: a stay word
    (patterns.street_stay_firm) in its clause ``text[low:high]``, other than the street's own ("near all the
    hotels", "the festival crowds") or someone else's ("my sister's hotel job"), or the next clause or
    sentence opening with the stay, said now (patterns.street_stay_next: "Hen party is chaos"). ``clause``
    and ``stop`` are the ends of the street's clause and sentence, if any."""
    if d.street_stay_firm is None:
        return False
    for stay in d.street_stay_firm.finditer(text, low, high):
        if start <= stay.start() < end:
            continue  # the street's own name ("Festival Road")
        if d.street_stay_of_street is not None and d.street_stay_of_street.search(
                text, max(low, stay.start() - 80), stay.start()) is not None:
            continue  # "near all the hotels", "my sister's hotel"
        if d.street_stay_of_street_after is not None and d.street_stay_of_street_after.match(
                text, stay.end(), stay.end() + 40) is not None:
            continue  # "the hotel next door", "hotel job", "festival crowds"
        return True
    if d.street_stay_next is None:
        return False
    if clause is not None:
        after = clause.end()
    elif stop is not None:
        after = stop.end()
        while after < len(text) and text[after] in ".!?\n \t":
            after += 1  # "!!", ".\n\n": the next sentence's first word
    else:
        return False
    return d.street_stay_next.match(text, after, after + 120) is not None


def _said_at(home: re.Match[str]) -> int:
    """Where a statement of home's words begin: after the full stop that opens its sentence-initial
    form (". Lives in", ". Living in"), which is the end of the sentence before, not its subject
    (thirteenth session: "Midwife at Perth Royal Infirmary. Lives in Blairgowrie." was read as the
    Infirmary's home)."""
    said = home.group(0)
    return home.start() + len(said) - len(said.lstrip(".!?\n \t"))


def _may_be_home(before: str, d: _Data) -> bool:
    """False when the residence regex cannot match at the end of ``before``: its last word (less
    "the") and the end of the word before are no pair of ``[cues]`` residence_last and
    residence_before_last, nor a residence_alone. Cheap next to the regex, which tries all its
    alternatives at every character (twelfth session: a tenth of the places detector's time)."""
    if not d.residence_last:
        return True  # no lists: the regex decides
    if not before.isascii():
        return True  # the regex folds case beyond lower() ("ſ" is an "s" to it): it decides
    if not before[-1:].isspace():
        return False  # the regex ends in whitespace
    words = before.lower().rsplit(None, 3)
    if words and words[-1] == "the":
        words.pop()
    if not words:
        return False
    last = words[-1]
    if d.residence_alone and last.endswith(d.residence_alone):
        return True
    if last not in d.residence_last:
        return False
    return len(words) < 2 or words[-2].endswith(d.residence_before_last)


_STRONG = frozenset({"residence", "locative", "after", "commute"})
_HOME_CUES = frozenset({"residence", "commute"})  # PLACE002: said as home, or a daily trip in from it
_QUALIFIER = re.compile(r",[ ]?(?P<q>[A-Z]{2}\b|[A-Z][a-z]+(?:[ ](?:of[ ])?[A-Z][a-z]+){0,2})")
_COUNTRY_WORDS = {"uk": "GB", "usa": "US", "us": "US", "britain": "GB", "great britain": "GB"}


@cache
def _admin_names() -> dict[str, tuple[str, str]]:
    """"oregon" -> ("US", "OR"), "england" -> ("GB", "ENG"): [admin1] of places.toml by name."""
    return {key_of(name): where for where, name in data().admin1.items()}


@lru_cache(maxsize=4096)
def _qualifier(words: str) -> tuple[str, str] | None:
    """The country and region (its admin1 code, or "" for a whole country) that a qualifier
    after a comma names: "OR", "Oregon", "England", "Germany", "UK"; longest first."""
    d = data()
    if len(words) == 2 and words.isupper():
        return ("US", words) if ("US", words) in d.admin1 else None
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        key = key_of(" ".join(parts[:n]))
        if key in _admin_names():
            return _admin_names()[key]
        if key in _COUNTRY_WORDS:
            return (_COUNTRY_WORDS[key], "")
        if key in d.regions:
            return (d.regions[key][1], "")
        country = next((p.country for p in load().lookup(key) if p.kind == "country"), None)
        if country:
            return (country, "")
    return None


def _by_qualifier(text: str, end: int, cands: tuple[Place, ...]) -> tuple[Place, ...]:
    """The candidates in the state or country written after the name ("Portland, Oregon":
    Oregon's, not Portland, Dorset, which the account's other names could otherwise pick;
    2026-11-29, eleventh session, red team red11 item 1b), or all of them."""
    m = _QUALIFIER.match(text, end, end + 40)
    where = _qualifier(m.group("q")) if m else None
    if where is None:
        return cands
    country, admin = where
    kept = tuple(p for p in cands if p.kind == "place" and p.country == country
                 and (not admin or p.admin1 == admin))
    return kept or cands


def _titled(text: str, start: int) -> bool:
    """A title ends right before ``start`` ("Mr. ", "Mrs. Frank ", "Mr. and Mrs. "): a person."""
    d = data()
    # Cheap test first: a title is one of the two words before the name (rsplit: only those two).
    before = text[max(0, start - 48) : start].rsplit(None, 2)
    titles = d.title_words
    if not before or not (before[-1].rstrip(".") in titles
                          or (len(before) > 1 and before[-2].rstrip(".") in titles)):
        return False
    return d.titled is not None and d.titled.search(text, max(0, start - 48), start) is not None


def _person_here(text: str, start: int, end: int) -> bool:
    """The name is a person in this sentence: a person's verb or noun after it ("Weston said",
    "Louisa's husband") or a verb of speech before it ("said Henrietta")."""
    d = data()
    if d.person_after is not None and d.person_after.match(text, end, end + 24):
        return True
    before = text[max(0, start - 16) : start].split()[-1:]
    return bool(before) and before[0].lower() in d.person_before_words and text[start - 1 : start] == " "


_CLAUSE_END = re.compile(r"[.!?;:\n\"“”(\[]")
# Words, commas, "&" and a dash standing between spaces ("Jane here - grew up in"), read as a comma.
_CLAUSE_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|,|&|(?<!\S)[-–—](?!\S)")


def _the_writers_home(text: str, said: int, start: int) -> bool:
    """Whether the statement of home at ``said`` ("moved to", "grew up in") has the writer for
    its subject and is not quoted: "I/we ..." in it, or nothing but adverbs before it in its
    clause ("Moved to Portland, Oregon"), or "I ... and moved to". Not "She moved to Portland",
    "My brother moved to Leeds", "Joan Didion grew up in Sacramento", nor "'I grew up in
    Sheffield,' the singer says" (2026-11-29, eleventh session, red team red11 item 1: every
    one was PLACE002, high). A left-out subject after a comma ("Last year, after the divorce,
    moved to Leeds", "Jane here, moved to Leeds"), "me and the kids" and "our family" are the
    writer's (review rev11c item 2)."""
    d = data()
    head = text[max(0, said - 160) : said]
    ends = list(_CLAUSE_END.finditer(head))  # the clause: from its last stop, quote or bracket
    found = _CLAUSE_WORD.findall(head, ends[-1].end() if ends else 0)
    cased = ["," if w in "-–—" else w.replace("’", "'") for w in found]
    words = [w.lower() for w in cased]
    opening = _CLAUSE_WORD.match(text, said)
    first = opening.group(0).lower().replace("’", "'") if opening else ""
    if first in d.first_person or first in ("here", "round", "up", "down", "out"):
        return not _quoted(text, start)  # "we moved to", "my house in", "here in"
    while words and words[-1] in d.subject_skip:
        words.pop()  # "I have just", "she is"
    del cased[len(words):]
    if not words:
        return not _quoted(text, start)  # "Moved to Portland", "Back in Leeds"
    if words[-1] in ("and", "then", "but", "&", "so"):
        for i in range(len(words) - 2, -1, -1):  # "I sold the house and moved to Leeds"
            if words[i] in d.subject_words or _writers_group(words, i + 1):
                return not _quoted(text, start)
            if words[i] in d.third_person:
                return False
        return False
    if words[-1] == ",":
        return _left_out_subject(cased, words) and not _quoted(text, start)
    part = words[_last_comma(words) + 1 :]
    return (part[-1] in d.subject_words or _writers_group(part, len(part))
            or (part[-1] in d.time_words  # "Two years ago moved to Leeds"
                and all(w in d.time_words or w in d.time_lead for w in part))
            or any(w in d.subject_words and not {"and", "&"}.isdisjoint(part[max(0, i - 1) : i + 2])
                   for i, w in enumerate(part))  # "me and the kids", "the kids & I"
            ) and not _quoted(text, start)


def _last_comma(words: list[str]) -> int:
    return max((i for i, w in enumerate(words) if w == ","), default=-1)


def _writers_group(words: list[str], end: int) -> bool:
    """``words[:end]`` ends with the writer's household: "our family", "my whole family", "my lot"
    (not "my brother's family", "her family")."""
    d = data()
    if end < 2 or words[end - 1] not in d.writer_groups:
        return False
    if words[end - 2] in ("my", "our"):
        return True
    return end >= 3 and words[end - 3] in ("my", "our") and "'" not in words[end - 2]


def _left_out_subject(cased: list[str], words: list[str]) -> bool:
    """The clause before a statement that follows a comma, read back one comma part at a time:
    the writer's when a part has a subject word of theirs ("I") or all tell nothing of the
    subject (``[persons]`` openers, time_words, "Jane here", "34", "long story short");
    someone else's at a third-person word, a capitalised name or a determiner ("my brother")."""
    d = data()
    end = len(words)
    while end > 0:
        cut = max((i for i in range(end - 1) if words[i] == ","), default=-1)  # words[end - 1] is ","
        part, shown = words[cut + 1 : end - 1], cased[cut + 1 : end - 1]
        end = cut + 1
        if not part or part[0] in d.openers or part[-1] in d.time_words or part[-1] == "here":
            continue  # "34", "after the divorce", "two years ago", "Jane here"
        if any(w in d.subject_words for w in part) or _writers_group(part, len(part)):
            return True
        if any(w in d.third_person or w in d.determiners for w in part):
            return False
        # A name ("Joan Didion", "Smith") is someone else; the clause's first word is capitalised
        # anyway, so it counts only in a part of several words ("Long story short" tells nothing).
        if any(w[:1].isupper() for w in shown[1 if cut < 0 and len(shown) > 1 else 0 :]):
            return False
    return True


@lru_cache(maxsize=8)
def _quoted_index(text: str) -> tuple[list[int], list[int]]:
    """The quotations of ``text`` (disclosure.quoted_spans), merged and sorted for a binary search.
    Made once a text: a post asks once per cue, and until 2026-11-30 (thirteenth session, dfx13b, from
    dfx13's proposal) each question made the spans again and scanned them in turn."""
    from nymaudit.text.disclosure import merge_spans, quoted_spans

    return merge_spans(quoted_spans(text))


def _quoted(text: str, start: int) -> bool:
    """``start`` lies in someone else's quoted words (double quotes, a quotation in single
    quotes, a quote line), as the disclosure rules judge it."""
    from nymaudit.text.disclosure import within

    return within(_quoted_index(text), start)


def _postcode_after(text: str, end: int) -> bool:
    """A comma and a UK outward code follow the name at ``end`` ("Shoreditch, E2"), or a full
    postcode with or without the comma ("Newcastle upon Tyne NE1 8QH")."""
    d = data()
    if d.after_postcode is None or text[end : end + 1] not in (",", " "):
        return False
    m = d.after_postcode.match(text, end, end + 16)
    if not m:
        return False
    code = m.group("code")
    area = re.match(r"[A-Z]+", code)
    return (area is not None and area.group(0) in d.areas and code not in d.profile_outward_stop
            and (not code[-1].isalpha() or code in d.letter_districts))


def _sentence_initial(text: str, start: int) -> bool:
    return _SENTENCE_END.search(text, max(0, start - 3), start) is not None or start == 0


# key -> (its candidates, _sizes of them): most names are looked at again and again.
_SIZES: dict[str, tuple[tuple[Place, ...], tuple[int, int, bool]]] = {}


def _sizes(key: str, cands: tuple[Place, ...]) -> tuple[int, int, bool]:
    """The largest population of the places among ``cands``, the largest in an English-speaking
    country, and whether one of them is an ordinary word. Kept for the candidates object
    itself (a qualifier or postcode can narrow a name's candidates: then worked out anew)."""
    known = _SIZES.get(key)
    if known is not None and known[0] is cands:
        return known[1]
    places = [p for p in cands if p.kind == "place"]
    sizes = (max((p.population for p in places), default=0),
             max((p.population for p in places if p.country in ENGLISH_COUNTRIES), default=0),
             any(p.common_word for p in places))
    if len(_SIZES) >= 65_536:
        _SIZES.clear()
    _SIZES[key] = (cands, sizes)
    return sizes


def _believe(
    key: str, cands: tuple[Place, ...], cue: str | None, initial: bool, inside_run: bool,
    all_caps: bool,
) -> bool:
    d = data()
    if key in d.never or not cands:
        return False
    if all_caps and key not in d.regions and key not in d.aliases:
        return False
    if len(key) <= 2 and not all_caps and key in d.aliases:
        return False  # "LA" is Los Angeles, "La vie en rose" is not (an alias of two letters)
    kind = cands[0].kind
    if kind in ("country", "region"):
        # Countries and regions are counted, and reported only with a residence cue.
        common = any(p.common_word for p in cands if p.kind == kind)
        return not (common and initial) and not (common and cue is None)
    pop, english_pop, any_common = _sizes(key, cands)
    multiword = " " in key
    common = any_common and not multiword
    person = key in d.person
    strong = cue in _STRONG
    if cue == "soft" and not common:
        strong = True
    if inside_run and not strong:
        return False  # part of a longer name: "Gary Neville", "Paris Hilton"
    if common:
        return strong and (not initial or cue == "after") and pop >= d.min_pop["common_word"]
    if person:
        return strong or (not initial and pop >= d.min_pop["person_name"])
    if strong:
        return pop >= d.min_pop["with_cue"]
    if cue == "weak":
        return pop >= d.min_pop["weak_cue"]
    factor = 3 if initial and not multiword else 1
    return (
        english_pop >= d.min_pop["no_cue_english"] * factor
        or pop >= d.min_pop["no_cue_world"] * factor
    )


# Words that may follow a place inside a capitalised run without making it another
# name ("Leeds City Council", "Bristol Temple Meads", "Oxford Road").
_PLACE_TAIL = frozenset({
    "city", "council", "university", "hospital", "station", "airport", "cathedral", "town",
    "centre", "county", "borough", "district", "general", "infirmary", "college", "north",
    "south", "east", "west", "central", "road", "street", "high", "market", "square",
    "bay", "harbour", "beach", "library", "metro",
})


def _in_institution(text: str, words: list[tuple[int, int, str]], i: int, end: int, run_end: int,
                    d: _Data) -> bool:
    """True when the name ending at ``end`` is part of an institution's or a building's longer
    name (heuristics/places.toml cues.inside_institution, part_after): inside it, or right before
    a building's part ("the Bexley Wing"). A place that is the name's first word, perhaps after a
    prefix ("North Manchester General Hospital") or a sentence's first word, is the place, unless
    it is a saint's possessive ("St James's University Hospital", "St Thomas' Hospital")."""
    if d.inside_institution is None or d.part_after is None:
        return False
    if i == 0 and words[0][2] in ("St", "Saint"):
        if text[end : end + 1] in ("'", "’"):
            # A saint's name made possessive after the place's own name ("at St Thomas'", "on
            # nights at St Thomas's"): a hospital's, a church's or a school's short name, not
            # St. Thomas, Ontario (walkthrough walk12b 2, 2026-11-30). A name whose own spelling
            # ends in 's ("St Mary's", the Scilly island) goes on below.
            return True
        if text[end - 2 : end] not in ("'s", "’s"):
            return False
        return d.inside_institution.match(text, end, end + 80) is not None
    if end >= run_end:
        return False
    if d.part_after.match(text, end, run_end):
        return True
    # (by index, not over a slice: copying words[:i] for every name of a long run was quadratic)
    if i == 0 or all(words[k][2] in d.institution_prefix for k in range(i)):
        return False
    if i == 1 and _sentence_initial(text, words[0][0]):
        return False  # "Visited Leeds General Infirmary": the run's first word opens the sentence
    # The institution's word within INSTITUTION_REACH characters, not anywhere in the run: a run
    # of one name said 20,000 times ("Leeds Leeds ...") was matched to its end from every word,
    # 27 s for one post (fourteenth session, plc14 item 2).
    # The window ends at a word's end (the next space), so "\b" after "Hospital" is never a
    # cut through "Hospitality".
    limit = run_end
    if end + INSTITUTION_REACH < run_end:
        space = text.find(" ", end + INSTITUTION_REACH, run_end)
        limit = space if space >= 0 else run_end
    return d.inside_institution.match(text, end, limit) is not None


def _landmark_after(text: str, words: list[tuple[int, int, str]], i: int, j: int, n: int, d: _Data) -> bool:
    """The name at ``words[i:j]`` opens a landmark's or a street's longer name that ends its run:
    "Golden Acre Park", a park in Leeds, is no mention of Golden, Colorado (walk14 item 10,
    fourteenth session, plc14b: "Golden" x9 was a PLACE001 of high severity). One or two
    capitalised words between the name and the last word (``cues.street_after``). Only for a name
    that is an ordinary word (``common_word``, "Golden", "Green"): a city's name opening a
    landmark's ("Sheffield Botanical Gardens") still says where it is."""
    if i != 0 or not 1 <= n - 1 - j <= 2:
        return False
    if d.street_after.fullmatch(text, words[n - 2][1], words[n - 1][1]) is None:
        return False
    key = _key(text[words[0][0] : words[j - 1][1]])
    cands = _candidates(key)
    return bool(cands) and _sizes(key, cands)[2] and " " not in key


# How far after a place's name an institution's word ("Hospital", "University") may end and the
# name still be part of the institution's: "North Manchester General Hospital" needs 17
# characters; the longest real names (a trust's, "... and Sheffield Children's NHS Foundation
# Trust") well under this.
INSTITUTION_REACH = 160


def mentions(text: str, home: bool = False) -> list[Mention]:
    """Place, region and country mentions believed in one plain text. ``home``: the text is a
    profile's own location field ("location: Broughty Ferry, Dundee", Mastodon's "Home:
    Blairgowrie"): the account stating where it is, so every name in it has a residence cue
    (red team red13 item 11, thirteenth session: such a field gave "Dundee, low/low, once")."""
    if not text:
        return []
    d, starts, max_words = _setup()
    never = d.never
    found: list[Mention] = []
    foreign: bool | None = None  # the post is in another language: measured when first needed
    for run in _RUN.finditer(text):
        whole = run.group(0)
        if " " not in whole and "." not in whole:
            # One word (most runs: "I", "The", names): cheap rejection first.
            first = _first_key(whole)
            if first not in starts or first in never:
                continue
            words = [(run.start(), run.end(), whole)]
        else:
            words = []
            pos = run.start()
            for part in _SPLIT.split(whole):
                if part:
                    at = text.find(part, pos, run.end())
                    words.append((at, at + len(part), part))
                    pos = at + len(part)
        i = 0
        n = len(words)
        while i < n:
            hit = None
            if words[i][2].lstrip("#")[:1].isupper() and _first_key(words[i][2]) in starts:
                for j in range(min(n, i + max_words), i, -1):
                    if not words[j - 1][2].lstrip("#")[:1].isupper():
                        continue
                    surface = text[words[i][0] : words[j - 1][1]]
                    key = _key(surface)
                    cands = _candidates(key)
                    if not cands and surface.endswith("'s"):
                        surface = surface[:-2]
                        key = _key(surface)
                        cands = _candidates(key)
                    if cands:
                        hit = (j, surface, key, cands)
                        break
            if hit is None:
                i += 1
                continue
            j, surface, key, cands = hit
            start, end = words[i][0], words[i][0] + len(surface)
            before_word = words[i - 1][2] if i > 0 else ""
            after_word = words[j][2] if j < n else ""
            inside = (before_word[:1].isupper() and before_word.lower() not in _PLACE_TAIL) or (
                after_word[:1].isupper() and after_word.lower() not in _PLACE_TAIL
            )
            if d.not_after.match(text, end, end + 30):
                i = j
                continue
            # _in_institution is False for a name that ends its run and is no saint's ("St"):
            # tested here first, it is called for one name in ten (thirteenth session).
            if (end < run.end() or (i == 0 and words[0][2] in ("St", "Saint"))) and \
                    _in_institution(text, words, i, end, run.end(), d):
                i = j  # "St James's University Hospital", "the Bexley Wing": not University, FL
                continue
            if d.street_after.match(text, end, end + 12):
                i = j  # "Burton Road", "Bryant Park": a street or landmark, not the town
                continue
            if _landmark_after(text, words, i, j, n, d):
                i = n  # "Golden Acre Park" (Leeds): a landmark's longer name, not Golden, Colorado
                continue
            if key in d.generic and not d.after_region.match(text, end, end + 30):
                i = j  # "Midtown": a part of any city, not Midtown, TN
                continue
            if _titled(text, start):
                # "Mr. Weston", "Mrs. Frank Churchill", whatever the cue: a person, kept as such
                # for resolve() to weigh the name's other uses in the account (_without_people).
                found.append(Mention(surface.lstrip("#"), key, start, end, cands, "person", None))
                i = j
                continue
            if (key in d.person and d.possessive_after is not None and text.startswith("'s", end)
                    and d.possessive_after.match(text, end + 2, end + 40)
                    and (max((p.population for p in cands), default=0) < d.max_cued_population
                         or (d.possessive_before is not None
                             and d.possessive_before.search(text, max(0, start - 12), start)))):
                # "in Louisa's room", "tea at Florence's.": a person's room or home (twelfth session);
                # a city's name only after "in", "at"...: "Sydney's house market" is the city's.
                found.append(Mention(surface.lstrip("#"), key, start, end, cands, "person", None))
                i = j
                continue
            cue = "residence" if home else _cue(text, start, end)
            if (cue not in _STRONG and j < n and (i == 0 or all(words[k][2] in d.institution_prefix
                                                                for k in range(i)))
                    and d.inside_institution is not None
                    and d.inside_institution.match(text, end, min(run.end(), end + INSTITUTION_REACH))):
                # The town an employer or public body is named for, which the name opens: "a
                # staff nurse at Leeds Teaching Hospitals" says where the writer works (walk14 item
                # 4, fourteenth session, plc14b: it gave nothing). Cued as "Leeds hospital" is; a
                # football club ("Leeds United") has no such word and stays part of its name.
                cue = "after"
            if len(cands) > 1 and cue in ("after", "locative") and _postcode_after(text, end):
                # "Camden, N1", "14 Osborne Road, Jesmond, NE2 2AA": the UK place of that name,
                # when there is one (an address's district is cued "locative" by its street).
                cands = tuple(p for p in cands if p.country == "GB" and p.kind == "place") or cands
            elif len(cands) > 1 and text[end : end + 1] == ",":
                cands = _by_qualifier(text, end, cands)  # "Portland, Oregon", "Bath, England"
            initial = not home and i == 0 and _sentence_initial(text, start)
            core = surface.lstrip("#")
            all_caps = len(core) > 1 and core.isupper()
            if _believe(key, cands, cue, initial, inside, all_caps) and (
                    cue == "after" or surface.startswith("#")
                    or _foreign_cued(text, start)  # cheap, and "in Leeds" needs no language test
                    or not (foreign := _foreign(text) if foreign is None else foreign)):
                # "Weston said", "said Henrietta", "Louisa's husband" without a strong cue: a
                # person too (tested only for a name believed, the costlier test last).
                person = cue not in _STRONG and _person_here(text, start, end)
                # An ALL-CAPS heading's name ("NEWCASTLE CITY COUNCIL") is written "caps": the report
                # names the place as the account writes it in its sentences, when it ever does.
                found.append(Mention(surface.lstrip("#"), key, start, end, cands,
                                     "person" if person else cands[0].kind, None if person else cue,
                                     "caps" if all_caps and not surface.startswith("#") else "cased"))
            i = j
    extra = _uncased(text, found)
    found = sorted(found + extra, key=lambda m: m.start) if extra else found
    if found and _QUOTE_MARK.search(text):
        # Someone else's words ("I live in Peckham", quoted in a reply; a "> " line): not the
        # writer's places, as the disclosure rules and PLACE002 already judge them (walkthrough
        # walk12b 6, 2026-11-30: two quoted replies made "2 mentions within 15 km of Croydon").
        # Worked out only for a post that names a place and holds a quote mark.
        from nymaudit.text.disclosure import quoted_spans

        spans = quoted_spans(text)
        if spans:
            found = [m for m in found if not any(s <= m.start < e for s, e in spans)]
    return found


# A quote mark or a quote line's ">" (the apostrophe too: a single-quoted quotation).
_QUOTE_MARK = re.compile("[\"“”‘’'>]")


# The last word of a statement of home right before a capitalised word ("live in Leith",
# "moved to Heaton", "I'm from Pilrig"): where unlisted_homes looks (lower_case.common_word_cue
# then decides whether it is one).
# The words right before "from" in cues.commute ("cycling in from", "the tram from", "my commute from").
_TRIP_WORDS = frozenset({"in", "town", "work", "office", "city", "centre", "school", "uni", "tram", "bus",
                         "train", "metro", "tube", "ferry", "commute"})
_HOME_NAME = re.compile(rf" (?:in|to|from) (?=[{_UPPER}][a-zà-ÿ])")  # a space first: a fast literal scan
# The words that come right before the preposition in lower_case.common_word_cue: a hit after
# any other word is no statement of home, and the costlier regex is not run for it.
_HOME_VERBS = frozenset({"live", "living", "lived", "moved", "moving", "relocated", "relocating", "settled",
                         "up", "born", "based", "back", "bred", "raised", "i'm", "im", "am", "we're", "are",
                         "originally", "house", "flat", "home", "apartment"})
# One to three capitalised words: a district's or village's name ("Leith", "Broughty Ferry").
_UNLISTED_NAME = re.compile(rf"{_CAP_WORD}(?:[ ]{_CAP_WORD}){{0,2}}")


MAX_UNLISTED_PER_TEXT = 50


def unlisted_homes(text: str) -> list[Mention]:
    """Names the gazetteer does not know, said as the writer's home: "I live in Leith.", "we
    moved to Heaton last year", "I'm from Pilrig" (walk13 item 5, thirteenth session: they gave
    nothing, as neither Leith, Heaton nor Pilrig is in GeoNames' populated places). Only right
    after a statement of home with the writer as its subject (``lower_case.common_word_cue``:
    not "moved to" alone, "back in", "I'm in"), only a capitalised name of up to three words
    that no gazetteer name, region, alias or neighbourhood starts, then the end of the clause
    or a word of ``[unlisted]`` next ("now", "last year", "with"); never a word of ``[unlisted]``
    stop ("I live in Hope", "in Fear of", "in Denial"), a month, a person's name, a title, a
    street ("Leith Walk"), a possessive or someone else's quoted words. Kind "unlisted", no
    candidates: the report can say the name, not where it is."""
    if " in " not in text and " to " not in text and " from " not in text:
        return []  # the common case, at the cost of three substring tests
    d = data()
    if d.common_cue is None or d.unlisted_next is None:
        return []
    out: list[Mention] = []
    foreign: bool | None = None
    for hit in _HOME_NAME.finditer(text):
        start = hit.end()
        before = text[max(0, hit.start() - 12) : hit.start()].rsplit(None, 1)
        trip = False  # "The tram from Krzyki was late again": a daily trip in from it (cues.commute, plc16b)
        if not before or before[-1].lower().replace("’", "'") not in _HOME_VERBS:
            word = text[hit.start() + 1 : start - 1]
            if not before or before[-1].lower() not in _TRIP_WORDS or word != "from":
                continue
            trip = True
        run = _UNLISTED_NAME.match(text, start)
        if run is None or _candidates(_key(run.group(0).split(" ", 1)[0])):
            continue  # "I live in Leeds": a name the gazetteer knows is mentions()' (cheap test first)
        if trip:
            name_end = start + len(run.group(0).split(" ", 1)[0])
            if not _commute(text, start, name_end, text[max(0, start - 60) : start], d):
                continue
        elif d.common_cue.search(text, max(0, start - 60), start) is None:
            continue
        words = run.group(0).split(" ")
        # "Leith Walk", "Heaton Road": a street there, not the district (cues.street_after).
        for n in range(1, len(words)):
            if d.street_after_any_case is not None and d.street_after_any_case.match(
                    text, start + len(" ".join(words[:n]))):
                words = words[:n]
                break
        name = " ".join(words)
        end = start + len(name)
        if (text.startswith(("'", "’"), end) or name.isupper() or len(name) < 3
                or d.unlisted_next.match(text, end) is None):
            continue  # "Sarah's", "NYC", "Leith of all places"
        keys = [key_of(" ".join(words[:n])) for n in range(1, len(words) + 1)]
        if any(_candidates(k) for k in keys) or keys[0] in d.regions or keys[-1] in d.regions:
            continue  # a place the gazetteer knows: mentions() judges it
        first = keys[0]
        if (first in d.never or first in d.unlisted_stop or keys[-1] in d.unlisted_stop
                or first in d.lower_person or first in d.title_words or first.title() in d.title_words
                or any(k in d.generic for k in keys)):
            continue
        if foreign is None:
            foreign = _foreign(text)  # once a post, and only when a name got this far
        if foreign or _quoted(text, start):
            continue
        out.append(Mention(name, keys[-1], start, end, (), "unlisted", "commute" if trip else "residence"))
        if len(out) >= MAX_UNLISTED_PER_TEXT:
            break  # a hostile post of thousands of statements: the first ones make the point
    return out


_LABEL = re.compile(r"(?<![\w-])[A-Za-z0-9-]+$")  # a host's label ending where the suffix starts


def linked_countries(texts: list[str]) -> dict[str, str]:
    """Place keys named by public bodies' hosts in ``texts`` (a post's body, a link the
    platform stored) and their country: "https://www.lancaster.ac.uk/jobs" -> {"lancaster": "GB"}
    (``[domains]``). A key two countries' hosts name is left out."""
    d = data()
    out: dict[str, str] = {}
    if d.domain_host is None:
        return out
    for text in texts:
        if "." not in text:
            continue
        for m in d.domain_host.finditer(text):
            label = _LABEL.search(text, max(0, m.start() - 63), m.start())
            if label is None or label.group(0).lower() == "www":
                continue  # "www.gov.uk" names no place
            key = key_of(label.group(0).replace("-", " "))
            country = d.domain_country.get(m.group("suffix").lower(), "")
            out[key] = country if out.get(key, country) == country else ""
    return {k: v for k, v in out.items() if v}


def settled_by_links(m: Mention, linked: dict[str, str]) -> Mention:
    """``m`` with only the places of the country a linked host names ("Lancaster" beside links to
    lancaster.ac.uk: Lancaster, England, not Lancaster, California), when it has places there
    and elsewhere; else ``m``."""
    country = linked.get(m.key)
    if not country:
        return m
    places = [p for p in m.candidates if p.kind == "place"]
    there = tuple(p for p in places if p.country == country)
    if not there or len(there) == len(places):
        return m
    return Mention(m.surface, m.key, m.start, m.end, there, m.kind, m.cue, m.form)


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def _foreign(text: str) -> bool:
    """The post is in another language: more of its words are function words of German,
    French, Spanish, Italian, Dutch or Portuguese than of English, and enough of them
    (``[foreign]`` min_words) or at least min_share of its words: two borrowed words do not
    make "Et tu, Brighton? Est. 1998" French (2026-11-29, eleventh session, rev11c item 8)."""
    d = data()
    words = _WORD.findall(text[:1000].lower())  # function words come early
    if d.foreign_other.isdisjoint(words):
        return False  # no word of another language: the count below cannot make it one
    english = other = total = 0
    for w in words:
        total += 1
        if w in d.foreign_english:
            english += 1
            if english >= 4 and english >= 4 * (other + 1):
                return False  # plainly English: no need to read on
        elif w in d.foreign_other:
            other += 1
    return other > english and (other >= d.foreign_min_words or other >= d.foreign_min_share * total)


def _foreign_cued(text: str, start: int) -> bool:
    """The word right before a name in a post in another language is a place preposition
    ("in Essen", "nach Berlin", "desde Palermo"; not "nach dem Essen", "Das Essen")."""
    m = _WORD_BEFORE.search(text, max(0, start - 24), start)
    return m is not None and m.group(1).lower() in data().foreign_cues


_WORD_BEFORE = re.compile(r"(?<![\w'’])([^\W\d_]+)[ ]+$")


_HASHTAG = re.compile(r"(?<![\w#@/&])#([^\W\d_]{3,40})(?![\w'’-])")
_CAPS = re.compile(rf"[{_UPPER}]{{2}}")


# A capitalised word ("Lyon", not "I'm" or "LYON") after a word, a comma or a closing
# bracket or quote and a space: inside a sentence, not opening one.
_MID_TITLED = re.compile(rf"[\w,)’”%&][ ]+[{_UPPER}][a-zß-öø-ÿ]")


def _cased(text: str) -> bool:
    """True when a word that does not open a sentence is capitalised: the writer
    capitalises names, so a lower-case word is not one ("reading" is the verb)."""
    return _MID_TITLED.search(text) is not None


def _form(word: str) -> str:
    if word.islower():
        return "lower"
    return "caps" if len(word) > 1 and word.isupper() else "cased"


class _Spans:
    """The disjoint spans already taken by a name, sorted: a test by bisection, so a
    hostile post of thousands of names costs no more than thousands of lookups."""

    def __init__(self, taken: list[Mention]) -> None:
        self._spans = sorted((m.start, m.end) for m in taken)

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._spans, (start, 1 << 62))  # the spans opening at or before start
        return (i == 0 or self._spans[i - 1][1] <= start) and (
            i == len(self._spans) or self._spans[i][0] >= end)

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))


def _uncased(text: str, taken: list[Mention]) -> list[Mention]:
    """Names written in lower case or ALL CAPS ("moved to villeurbanne", "living in
    LYON", "#lyon"): looked up only after a cue word, before a place noun or as a
    hashtag, and believed only when the name is no ordinary word and the place is large
    enough (``[lower_case]`` in places.toml). A lower-case name counts only in a post
    with no capitalised word inside a sentence; an ALL-CAPS one after a cue word in any
    post. Until 29 November 2026 (seventh session, red team) only capitalised names
    were looked up."""
    hashtags = "#" in text
    cased = _cased(text)
    if cased and not hashtags and _CAPS.search(text) is None:
        return []  # the common case: a capitalised post with no hashtag or capitals
    d = data()
    out: list[Mention] = []
    spans = _Spans(taken)
    free = spans.free

    if hashtags:
        for h in _HASHTAG.finditer(text):
            tag = h.group(1)
            if (_form(tag) == "cased" and sum(c.isupper() for c in tag) < 2) or not free(h.start(), h.end()):
                continue  # "#Lyon" is the capitalised pass's; "#NewYork" is not
            key = _key(tag)
            cands = _candidates(key)
            if not cands:  # "#newyork", "#stokeontrent"
                key = load().joined(key) or d.aliases_joined.get(key, "")
                cands = _candidates(key) if key else ()
            if _believe_uncased(key, cands, None, hashtag=True):
                out.append(Mention(tag, key, h.start(), h.end(), cands, cands[0].kind, None, "hashtag"))
                spans.add(h.start(), h.end())
    if cased and _CAPS.search(text) is None:
        return out
    trigger = d.caps_trigger if cased else d.lower_trigger
    if trigger is None:
        return out
    _, starts, max_words = _setup()
    foreign: bool | None = None  # the post is in another language: measured when first needed
    for t in trigger.finditer(text):
        word = t.group("w")
        # "to the hague": the "the" the trigger took may open the name.
        at = t.start("w")
        the = at - 4 if text[max(0, at - 4) : at].lower() == "the " and at - 4 >= t.start() else -1
        if _first_key(word) not in starts and the < 0:
            continue
        form = _form(word)
        if form == "cased" or not free(t.start("w"), t.end()):
            continue
        first = _NAME_WORD.match(text, t.start("w"))
        if first is None:
            continue
        words = [first]
        while len(words) < max_words and text.startswith(" ", words[-1].end()):
            nxt = _NAME_WORD.match(text, words[-1].end() + 1)
            if nxt is None or _form(nxt.group(0)) != form:
                break
            words.append(nxt)
        for j in range(len(words), 0, -1):
            start, end = first.start(), words[j - 1].end()
            key = _key(text[start:end])
            if the >= 0 and (named := _candidates("the " + key)):
                start, key, cands = the, "the " + key, named
                break
            cands = _candidates(key)
            if cands:
                break
        else:
            continue
        if (not free(start, end) or d.not_after.match(text, end, end + 30)
                or (d.street_after_any_case and d.street_after_any_case.match(text, end, end + 12))):
            continue
        if foreign is None:
            foreign = _foreign(text)
        if foreign:
            return out  # "in den den" in a German post: function words, no name
        cue = _cue(text, start, end, uncased=True)
        if _believe_uncased(key, cands, cue, hashtag=False, home=_said_home(text, start, end)):
            out.append(Mention(text[start:end], key, start, end, cands, cands[0].kind, cue, form))
            spans.add(start, end)
    if not cased:
        out.extend(_named_before_nouns(text, spans))
    return sorted(out, key=lambda m: m.start)


_PUNCTUATION = re.compile(r"[^\w\s']+")
_LAST_WORDS = re.compile(r"(?:^|(?<=[\s\"“(\[*‘]))[^\W\d_]+(?:['’-][^\W\d_]+)*"
                         r"(?:[ ][^\W\d_]+(?:['’-][^\W\d_]+)*){0,2}$")


def _named_before_nouns(text: str, spans: _Spans) -> list[Mention]:
    """Lower-case or ALL-CAPS names before a place noun ("leeds city council", "denver
    airport") or, for larger places, a softer one ("bristol traffic"), in a post with no
    capitalised word inside a sentence: the up to three words before the noun, longest
    name first."""
    d = data()
    out: list[Mention] = []
    if d.noun_words.isdisjoint(_PUNCTUATION.sub(" ", text.lower()).split()):
        return out
    foreign: bool | None = None  # a post in another language names none: measured at the first name
    for pattern, cue in ((d.after, "after"), (d.after_soft, "soft")):
        for m in pattern.finditer(text):
            if m.group(0).startswith(","):
                continue  # ", TX": only for capitalised names
            before = _LAST_WORDS.search(text, max(0, m.start() - 60), m.start())
            if before is None:
                continue
            words = list(_NAME_WORD.finditer(text, before.start(), m.start()))
            end = m.start()
            for first in words:
                start = first.start()
                surface = text[start:end]
                form = _form(surface.replace(" ", ""))
                if form == "cased" or not spans.free(start, end):
                    continue
                key = _key(surface)
                cands = _candidates(key)
                if cands and _believe_uncased(key, cands, cue, hashtag=False):
                    if foreign is None:
                        foreign = _foreign(text)
                    if foreign:
                        return []
                    out.append(Mention(surface, key, start, end, cands, cands[0].kind, cue, form))
                    spans.add(start, end)
                    break
    return out


def _said_home(text: str, start: int, end: int) -> bool:
    """True when a lower-case name comes right after a statement of home ("i live in",
    "moved to", "born in") and the clause ends after it or goes on with a word of
    ``common_word_next`` ("last year", "now", "since"): then "hull", "bath" or
    "reading" is the town; "reading a book" or "moved to split the bill" is not."""
    d = data()
    if d.common_cue is None or d.common_next is None:
        return False
    return (d.common_cue.search(text, max(0, start - 60), start) is not None
            and d.common_next.match(text, end, end + 20) is not None)


def _believe_uncased(key: str, cands: tuple[Place, ...], cue: str | None, hashtag: bool,
                     home: bool = False) -> bool:
    """Whether a lower-case or ALL-CAPS name (or a hashtag) is the place: never an
    ordinary word ("reading", "nice", the gazetteer's word flag, or ``lower_case.stop``),
    a country or region only when said to be home, a person's name only after "in",
    "near" or a residence cue (or a big city's hashtag), and a place only above a
    population floor that is higher after "to", "from", "at" than after "in"."""
    d = data()
    if not cands or len(key) < 3 or key in d.never or key in d.lower_stop or key in d.generic:
        return False  # two letters are an acronym ("at the UN"), "LA" the capitalised pass's
    if any(p.common_word for p in cands):
        # An ordinary word ("hull", "bath") only right after a statement of home.
        pop = max((p.population for p in cands if p.kind == "place"), default=0)
        return home and cue == "residence" and cands[0].kind == "place" and pop >= d.lower_min_common
    if cands[0].kind in ("country", "region"):
        return cue == "residence"
    pop = max((p.population for p in cands if p.kind == "place"), default=0)
    strong = cue in _STRONG
    if key in d.lower_person and not strong:
        return hashtag and pop >= d.min_pop["person_name"]
    if strong:
        return pop >= d.lower_min_cued
    if cue in ("weak", "soft"):
        return pop >= d.lower_min_weak
    english_pop = max((p.population for p in cands if p.kind == "place" and p.country in ENGLISH_COUNTRIES),
                      default=0)
    return hashtag and (english_pop >= d.lower_min_hashtag or pop >= d.lower_min_hashtag_world)


_ORDINAL = re.compile(r"(?:1st|2nd|3rd|[04-9]th)", re.I)


def _lower_postcodes(text: str, d: _Data, taken: set[int]) -> list[Spot]:
    """Full postcodes written in lower or mixed case ("ls18 5ht"): a real area, one space,
    an inward code that is no ordinal ("se7 1st"); capitals are the rule's pattern's."""
    out: list[Spot] = []
    if d.postcode_any_case is None:
        return out
    for m in d.postcode_any_case.finditer(text):
        value = m.group(0)
        if value.isupper() or m.start() in taken or m.group("area").upper() not in d.areas:
            continue
        if _ORDINAL.fullmatch(m.group("inward")) or m.group("inward")[1:].lower() in d.inward_stop:
            continue  # "se7 1st", "m3 2dr", "wa2 3hr"
        out.append(Spot("postcode", value.upper(), m.start(), m.end()))
    return out


_NAME_BEFORE_COMMA = re.compile(r"(?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][a-z]{2,},$")


def _uk_place_before(text: str, end: int, code: str = "") -> bool:
    """The capitalised name ending in the comma at ``end`` ("London,", "Bethnal Green,") is a UK
    place the gazetteer knows (a town, a county or an alias), longest name first, or a
    neighbourhood of ``[neighbourhoods]`` that ``code`` is a district of ("Shoreditch, E2")."""
    m = _NAME_BEFORE_COMMA.search(text, max(0, end - 60), end)
    if not m:
        return False
    words = m.group(0)[:-1].split()
    d = data()
    for i in range(len(words)):
        key = _key(" ".join(words[i:]))
        for p in _candidates(key):
            if p.country != "GB":
                continue
            if p.population == 0 and key in d.neighbourhoods and p == _neighbourhood(key):
                if _district_of(code, d.neighbourhoods[key][2]):
                    return True
                continue
            return True
    return False


def _district_of(code: str, districts: frozenset[str]) -> bool:
    """``code`` is one of ``districts``, or a split central one of them ("EC2A" of "EC2")."""
    return code in districts or (code[-1:].isalpha() and code[:-1] in districts)


def _profile_outward(text: str, d: _Data, taken: set[tuple[int, int]]) -> list[Spot]:
    """Outward codes standing alone in a profile's text ("gulls by night. BS6. Views my own.",
    "London, SE15"): a profile is where people put their area, so no cue word is needed."""
    out: list[Spot] = []
    if d.profile_outward is None:
        return out
    for m in d.profile_outward.finditer(text):
        code = m.group("code")
        span = m.span("code")
        area = re.match(r"[A-Z]+", code)
        if not area or area.group(0) not in d.areas or span in taken or code in d.profile_outward_stop:
            continue
        if len(area.group(0)) == 1 and not (
                m.group("comma") and _uk_place_before(text, m.end("place"), code)):
            # "M4", "S3", "E30" alone: a motorway, a car; "London, E8" is a district, but
            # "Vitamin, B12." and "Audi, S3." are not: the name must be a UK place.
            continue
        if code[-1].isalpha() and code not in d.letter_districts:
            continue  # "W3C", "HG2G": a letter after the district only in central London ("SW1A")
        out.append(Spot("outward", code, span[0], span[1]))
    return out


def spots(text: str, profile: bool = False) -> list[Spot]:
    """Postcodes, ZIP codes, coordinates, what3words and street addresses. ``profile``: the
    text is an account's profile (bio, display name), where an outward code alone is an area."""
    d = data()
    out: list[Spot] = []
    if not text:
        return out
    has_digit = _DIGIT.search(text) is not None
    if has_digit:
        # Every UK postcode pattern needs a letter right before a digit ("LS6", "ls18 5ht"):
        # most texts with digits have none, and the patterns are not run (thirteenth session).
        codes = _LETTER_DIGIT.search(text) is not None
        if codes:
            for m in d.postcode.finditer(text):
                out.append(Spot("postcode", m.group(0).upper(), m.start(), m.end()))
            if d.postcode_any_case is not None:
                out.extend(_lower_postcodes(text, d, {s.start for s in out}))
        taken = {(s.start, s.end) for s in out}
        lower_outward = None
        for m in d.outward.finditer(text) if codes else ():
            code = m.group("code") or m.group("code2")
            span = m.span("code") if m.group("code") else m.span("code2")
            area = re.match(r"[A-Za-z]+", code)
            if not area or area.group(0).upper() not in d.areas or span in taken:
                continue
            if not code.isupper():
                # "best chippy in ls6": two-letter areas only, in a post written without
                # capitals (else "ls6" is likelier a name of something else), never "co2".
                if lower_outward is None:
                    lower_outward = not _cased(text)
                if (not lower_outward or not code.islower() or len(area.group(0)) != 2
                        or code in d.outward_stop):
                    continue
                code = code.upper()
            if code[-1].isalpha() and code not in d.letter_districts:
                continue  # "involved in W3C": a letter only after a split London district
            motorway = area.group(0) == "M" and text[max(0, span[0] - 4) : span[0]].lower() == "the "
            if motorway or _AFTER_TRAFFIC.match(text, span[1]):
                continue
            out.append(Spot("outward", code, span[0], span[1]))
            taken.add(span)
        if profile and codes:
            out.extend(_profile_outward(text, d, taken))
        for m in d.zipcode.finditer(text):
            out.append(Spot("zip", m.group(0), m.start(), m.end()))
        if d.zip_lower is not None:
            for m in d.zip_lower.finditer(text):
                value = m.group(0).lstrip(", ").upper()
                out.append(Spot("zip", value, m.end() - len(value), m.end()))
        for m in d.coordinates.finditer(text):
            try:
                lat, lon = float(m.group("lat")), float(m.group("lon"))
            except ValueError:
                continue
            if abs(lat) <= 90 and abs(lon) <= 180 and not (lat == 0 and lon == 0):
                out.append(Spot("coordinates", f"{lat:.3f}, {lon:.3f}", m.start(), m.end()))
        for m in d.dms.finditer(text):
            out.append(Spot("coordinates", m.group(0), m.start(), m.end()))
        for m in d.street.finditer(text):
            value = " ".join(m.group(0).split())
            if value.lower() in d.famous:
                continue
            out.append(Spot("street", value, m.start(), m.end()))
    if "/" in text and ("///" in text or "w3w.co/" in text or "what3words.com/" in text):
        for m in d.what3words.finditer(text):  # patterns.what3words: "///" or the site's host first
            out.append(Spot("what3words", "///" + m.group("words"), m.start(), m.end()))
    gated = d.street_named is not None and d.street_named.search(text) is not None
    other = d.street_home_other is not None and (_home_street_said_otherwise(text)
                                                 or gated and "years on" in text)
    if gated or other:
        out.extend(_home_streets(text, d, gated, other))
    if d.street_home_outside is not None and "utside" in text:
        out.extend(_streets_outside_home(text, d, {s.start for s in out}))
    return out


def _home_streets(text: str, d: _Data, gated: bool, other: bool) -> list[Spot]:
    """The writer's home streets: patterns.street_residence's matches (``gated``: its pre-test passed) and
    street_home_other's (``other``), less someone else's quoted words, idioms in lower case and stays."""
    homes: list[re.Match[str]] = list(d.street_residence.finditer(text)) if gated else []
    if other and d.street_home_other is not None:
        homes.extend(d.street_home_other.finditer(text))  # "Ten years on Harehills Lane" has "on" too
    out = []
    named: set[int] = set()  # where each street's name starts: one spot for a street both regexes read
    for m in homes:
        if m.start("name") in named or _quoted(text, m.start()):
            continue  # someone else's words: 'she wrote "we live on Pendle Road"'
        value = " ".join((m.group("name") + m.group("type")).split())
        if (d.street_home_uncased and m.group("type").lower() not in d.street_home_uncased
                and not any(w[:1].isupper() and not w.isupper() for w in value.split())):
            continue  # "i live off campus way too far": in lower case or capitals only a plain street
        if not _home_street_holds(text, m.start(), m.end(), _needs_said(m, d), d, _firm_home(m, d)):
            continue  # "we're on Abbey Road!", "our flat on Penny Lane for a week": a stay, not a home
        named.add(m.start("name"))
        out.append(Spot("street_residence", value, m.start(), m.end()))
    return out


# "Chapeltown Road ..., right outside my house" (patterns.street_home_outside; walk16 item 5, sixteenth
# session, plc16b): its regex runs only in a text with "outside", which few texts have (a substring test: a
# regex search for the phrase took 0.03 s over the benchmark's 100,000 posts, this test 0.006 s).


def _streets_outside_home(text: str, d: _Data, taken: set[int]) -> list[Spot]:
    """The streets a text names right before "outside my house" in their clause, less quoted words."""
    found = []
    for m in d.street_home_outside.finditer(text) if d.street_home_outside is not None else ():
        words = list(_WORD_RUN.finditer(m.group(0)))
        while words and words[0].group(0).lower() in _NOT_STREET_NAME:
            words.pop(0)  # "Blocked Chapeltown Road": the sentence's verb is no part of the name
        start = m.start() + words[0].start() if words else m.start()
        if len(words) < 2 or start in taken or _quoted(text, start):
            continue
        found.append(Spot("street_residence", " ".join(w.group(0) for w in words), start, m.end()))
    return found


# A sentence's first word before a street's name is no part of it ("Blocked Chapeltown Road").
_NOT_STREET_NAME = frozenset({"the", "a", "an", "on", "in", "at", "by", "blocked", "down", "up", "along",
                              "near", "off", "this", "that", "our", "my", "from", "to", "bin", "and", "but",
                              "so", "outside"})
_WORD_RUN = re.compile(r"\S+")


# The words right before a home street (patterns.street_residence): its regex runs only in a text where
# one of them is followed by up to three words and a street's word (``_Data.street_named``), a test that
# fails fast at every position but a space (fifteenth session: over the text benchmark's 100,000 posts the
# regex alone takes 0.25 s CPU, this test 0.032 s, HEAD's test for " on " and its regex 0.024 s).
# Written as a trie (on, off, near, by, from; in capitals or title case): a fifth faster than the list.
_STREET_HOME_GATE = r" (?:o(?:n|ff)|near|by|from|O(?:N|FF|n|ff)|N(?:EAR|ear)|B[Yy]|F(?:ROM|rom)) "


def _home_street_said_otherwise(text: str) -> bool:
    """The text may hold a home street said without "on", "off", "near", "by" or "from" before it ("Home is
    Otley Road", "home's ...", "got home to Cowper Street", "my street, Harehills Lane", "our road is Pendle
    Road": plc16b, sixteenth session). Substring tests, the rarest first: adding " is ", " to " and a comma
    to _STREET_HOME_GATE made it two to four times slower over the text benchmark's posts. In lower case
    only: a post all in capitals says these with "on" or not at all, as far as the tests know."""
    if "ome" in text and ("ome is" in text or "ome to" in text or "ome's" in text or "ome’s" in text):
        return True
    if "treet" in text:
        return "y street" in text or "r street" in text  # "my street, ...", "our street is ..."
    return "road" in text and ("y road" in text or "r road" in text)


# ------------------------------------------------------------ corpus level


@dataclass
class Resolved:
    place: Place
    mentions: list[tuple[Any, Mention, str]] = field(default_factory=list)  # (origin, m, text)
    # The other places of this name that the account's other names do not rule out
    # (none is ten times the others' size): empty when the choice is settled.
    namesakes: tuple[Place, ...] = ()
    # A small place in a country none of the account's other names points to, named
    # more than once (named once it is left out): likelier a local name the gazetteer lacks.
    abroad: bool = False
    # The place's time zone does not show the UTC offsets the account's own records store
    # (``Clock``): a place far from where the writer's clock is (walk13 item 3).
    off_clock: bool = False
    # How well the account's own photos fit the place chosen (``Photos.fit``), when they had a say.
    photo_fit: float = 0.0


class Clock:
    """The UTC offsets the account's own records store, each at its moment: a post's date
    "+01:00", a commit's, the offsets a blog's ``timezone:`` setting gave its posts. A place
    whose time zone showed those offsets then fits the writer's clock; one that did not is far
    from where the writer writes (walk13 item 3, thirteenth session: "I live in Jesmond" on a
    blog whose posts store +01:00 in July and +00:00 in December, and whose configuration says
    Europe/London, was Jesmond, New South Wales, high/high: NSW is UTC+10:00/+11:00)."""

    MAX_SAMPLES = 400  # distinct (day, offset) pairs kept: enough to tell zones apart, cheap to test

    def __init__(self, samples: list[tuple[datetime, int]]) -> None:
        distinct = sorted({(moment.replace(hour=12, minute=0, second=0, microsecond=0), offset)
                           for moment, offset in samples})
        step = max(1, len(distinct) // self.MAX_SAMPLES)
        self.samples = distinct[::step][: self.MAX_SAMPLES]
        self.offsets = sorted({offset for _, offset in self.samples}, key=lambda o: -o)
        self._fits: dict[str, float | None] = {}

    @classmethod
    def of(cls, samples: list[tuple[datetime, int]]) -> Clock | None:
        """A clock from (UTC moment, stated offset in minutes) pairs, or None when there are too
        few to say anything (``[clusters]`` clock_min_records)."""
        usable = [(m, o) for m, o in samples if m.tzinfo is not None and abs(o) <= 16 * 60]
        if len(usable) < data().clock_min_records:
            return None
        return cls(usable)

    def fit(self, zone: str) -> float | None:
        """The share of the records whose offset ``zone`` showed at their moment; None for a
        place with no zone (or one the time-zone database lacks)."""
        if zone in self._fits:
            return self._fits[zone]
        tz = _tz(zone) if zone else None
        share = None
        if tz is not None and self.samples:
            hits = 0
            for moment, offset in self.samples:
                try:
                    shown = moment.astimezone(tz).utcoffset()
                except (OverflowError, ValueError):
                    continue
                hits += shown is not None and int(shown.total_seconds() // 60) == offset
            share = hits / len(self.samples)
        self._fits[zone] = share
        return share

    def fits(self, place: Place) -> bool | None:
        """Whether the place's zone shows the account's clock (``clock_fit_share`` of its
        records); None when the place has no zone."""
        share = self.fit(place.timezone)
        return None if share is None else share >= data().clock_fit_share

    def label(self) -> str:
        """"UTC+01:00 and UTC+00:00": the offsets the records store, largest first."""
        shown = [f"UTC{'+' if o >= 0 else '-'}{abs(o) // 60:02d}:{abs(o) % 60:02d}" for o in self.offsets[:4]]
        return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def states_country(text: str, m: Mention) -> bool:
    """True when a country or region mention ``m`` says where the writer is or writes about
    being: a statement of home ("living in England") or a location phrase ("in England", "all
    over England", ``[cues] stated_country``). A team, an opponent or a destination ("England lost",
    "flying to England") is not (rev14a item 3): only these weigh in as ``Stated``."""
    if m.cue == "residence":
        return True
    d = data()
    pattern = d.stated_country
    if pattern is None:
        return m.cue == "locative"
    said = pattern.search(text, max(0, m.start - 60), m.start)
    if said is None:
        return False
    # A stay there ("I was in England for two weeks", "our holiday in Spain"): a place the writer went,
    # not where they are nor where the record's towns lie (red team red15 F8, fifteenth session).
    if d.visited_after is not None and d.visited_after.match(text, m.end, m.end + 40):
        return False
    return d.visited_country is None or d.visited_country.search(
        text, max(0, said.start() - 40), said.start()) is None


class Stated:
    """The countries the account's records state beside the names they give: a UK postcode or
    outward code (GB), a ZIP code with its state (US), a country or a region of one ("England",
    "Scotland") where the writer is ("in England", ``states_country``) anywhere in the same record.
    A council notice with "Jesmond, NE2 2AA" and "(England)" is not about Newcastle, New South Wales
    (red14 F7, fourteenth session, plc14b). A record may also state the country of the UK (its
    postcode area, ``postcode_region``; "in England"): an NE postcode is Newcastle upon Tyne, not
    Newcastle, County Down (rev14a item 8). Like the clock, it weighs in only among namesakes none
    of which is ten times the rest: a namesake gains ``stated_weight`` times the share of the name's
    records that state its country (and, where they state a region of it, that region)."""

    __slots__ = ("records", "countries", "regions", "regioned")

    def __init__(self) -> None:
        self.records: Counter[str] = Counter()  # name -> records naming it
        self.countries: dict[str, Counter[str]] = {}  # name -> country -> those records stating it
        self.regions: dict[str, Counter[tuple[str, str]]] = {}  # name -> (country, admin1) -> records
        self.regioned: dict[str, Counter[str]] = {}  # name -> country -> records stating a region of it

    def add(self, keys: set[str], countries: set[str],
            regions: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset()) -> None:
        """One record: the names it gives, the countries it states and the regions of them
        ((country, admin1): ("GB", "ENG")); a region's country is stated with it."""
        countries = countries | {country for country, _ in regions}
        for key in keys:
            self.records[key] += 1
            if countries:
                stated = self.countries.get(key)
                if stated is None:
                    stated = self.countries[key] = Counter()
                for country in countries:
                    stated[country] += 1
            if regions:
                where = self.regions.setdefault(key, Counter())
                for region in regions:
                    where[region] += 1
                within = self.regioned.setdefault(key, Counter())
                for country in {country for country, _ in regions}:
                    within[country] += 1

    def __bool__(self) -> bool:
        return bool(self.countries)

    def share(self, key: str, country: str, admin1: str | None = None) -> float:
        """The share of the records naming ``key`` that state ``country``; with ``admin1``, less
        those that state another region of it (an NE postcode is not Northern Ireland's)."""
        stated = self.countries.get(key)
        if not stated:
            return 0.0
        count = stated[country]
        if admin1 is not None and key in self.regions:
            count += self.regions[key][(country, admin1)] - self.regioned[key][country]
        return max(0, count) / self.records[key]


def stated_region(m: Mention) -> tuple[str, str] | None:
    """The (country, admin1) a region mention names ("England": ("GB", "ENG")), or None (a
    country, or a region that is no first-level division: "the Midlands")."""
    if m.kind != "region":
        return None
    where = _admin_names().get(m.key)
    return where if where is not None and where[1] else None


def postcode_region(code: str) -> str | None:
    """The country of the UK (its admin1 code: "ENG", "SCT", "WLS", "NIR") of a postcode or outward
    code by its area ("NE2 2AA": England, "BT1": Northern Ireland), from ``[postcodes]
    area_regions``; None for an area across a border ("SY", "CH", "TD") or not known."""
    d = data()
    area = re.match(r"[A-Za-z]{1,2}", code.strip())
    if area is None or not d.area_regions:
        return None
    key = area.group(0).upper()
    if key not in d.areas:
        return None
    return d.area_regions.get(key, d.area_region_default)


class Photos:
    """Where the account's own photos were taken: the GPS positions and the City/State/Country
    fields of its attached photos' metadata (META010, META015) and the positions the platform
    stored with its posts (META001). Like the clock, it weighs in among namesakes none of which
    is ten times the rest: a namesake in the photos' country gains half of ``photo_weight`` times
    the share of the photos taken there, and one within ``photo_near_km`` of them (or in the
    region their State field names) the other half; fewer than ``photo_full_files`` files give
    that much less, so one photo does not outweigh what the account's other names say
    (fourteenth session, plc14 item 1: "back home in Hamilton" with photos geotagged in New
    Zealand was Hamilton, Ontario)."""

    def __init__(self, points: list[tuple[float, float, str, float]],
                 countries: Counter[str], regions: Counter[tuple[str, str]], files: float) -> None:
        self.points = points  # (latitude, longitude, country code, files: fewer once an agency's are out)
        self.countries = countries  # country code -> files placed in it
        self.regions = regions  # (country code, admin1 code) -> files whose State field names it
        self.files = files
        self._fits: dict[Place, float] = {}

    @classmethod
    def of(cls, points: list[tuple[float, float, str, float]], countries: Counter[str],
           regions: Counter[tuple[str, str]]) -> Photos | None:
        """None when no file (or only a fraction of one, once an agency's are taken out) is left."""
        files = sum(countries.values())
        if files < 0.5:
            return None
        # Positions within about a kilometre are one (ten thousand photos of one street are
        # one point to weigh): fit() measures each point against each namesake.
        cells: dict[tuple[float, float, str], float] = {}
        for lat, lon, code, n in points:
            key = (round(lat, 2), round(lon, 2), code)
            cells[key] = cells.get(key, 0.0) + n
        return cls([(lat, lon, code, n) for (lat, lon, code), n in cells.items()], countries, regions, files)

    @property
    def weight(self) -> float:
        d = data()
        return d.photo_weight * min(1.0, self.files / d.photo_full_files)

    def fit(self, place: Place) -> float:
        """0..1: half for the share of the files in the place's country, half for the share
        taken near it (or stated in its region)."""
        if place in self._fits:
            return self._fits[place]
        near_km = data().photo_near_km
        near = sum(n for lat, lon, _, n in self.points
                   if _km(lat, lon, place.latitude, place.longitude) <= near_km) if place.has_point else 0
        near += self.regions[(place.country, place.admin1)] if place.admin1 else 0
        share = 0.5 * self.countries[place.country] / self.files + 0.5 * min(1.0, near / self.files)
        self._fits[place] = share
        return share

    def where(self, place: Place) -> str:
        """Where the photos that fit ``place`` are: its region when they are near it, else its
        country ("Waikato, NZ", "NZ")."""
        near_km = data().photo_near_km
        near = place.has_point and any(_km(lat, lon, place.latitude, place.longitude) <= near_km
                                       for lat, lon, _, _ in self.points)
        if near or self.regions[(place.country, place.admin1)]:
            return region_label(place)
        return country_name(place.country)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points (as gazetteer.distance_km)."""
    a1, o1, a2, o2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((a2 - a1) / 2) ** 2 + math.cos(a1) * math.cos(a2) * math.sin((o2 - o1) / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


@cache
def _country_names() -> dict[str, str]:
    """Country code -> the gazetteer's name for it ("NZ" -> "New Zealand"), and name key -> code."""
    out: dict[str, str] = {}
    for line in load()._lines:
        parts = line.split("\t")
        if len(parts) >= 9 and "c" in parts[8] and parts[4]:
            out.setdefault(parts[4], parts[1])
            out.setdefault("=" + parts[0], parts[4])
    return out


def country_name(code: str) -> str:
    return _country_names().get(code, code)


def country_code(name: str) -> str | None:
    """The code of a country named in a photo's metadata ("Australia", "AU", "AUS"; ``[photos]``
    country_aliases of places.toml for "UK", "USA" and IPTC's three-letter codes)."""
    value = name.strip()
    key = key_of(value)
    if alias := data().country_aliases.get(key):
        return alias
    if len(value) == 2 and value.isalpha():
        return value.upper() if value.upper() in _country_names() else None
    return _country_names().get("=" + key) if key else None


def region_code(name: str, country: str) -> str | None:
    """The admin1 code of a region of ``country`` named in a photo's State field."""
    key = key_of(name)
    for (cc, code), region in data().admin1.items():
        if cc == country and key_of(region) == key:
            return code
    return None


@cache
def _tz(zone: str) -> Any:
    from zoneinfo import ZoneInfo

    try:
        return ZoneInfo(zone)
    except Exception:  # noqa: BLE001 - a zone the database lacks, or no database
        return None


def region_label(place: Place) -> str:
    """"South Australia, AU": the region by name, or the country alone when its code has
    no name in ``[admin1]`` of places.toml ("E9" or "05" tells a reader nothing)."""
    region = data().admin1.get((place.country, place.admin1))
    return f"{region}, {place.country}" if region else place.country


def label(place: Place, namesakes: tuple[Place, ...] = ()) -> str:
    """"Henley Beach (South Australia, AU)". With namesakes that are as likely, only
    what they all share: "Withington (England, GB)" (two English villages), "Whitefield"
    alone (England, Maine and New Hampshire)."""
    every = (place, *namesakes)
    if all((p.country, p.admin1) == (place.country, place.admin1) for p in every):
        return f"{place.name} ({region_label(place)})"
    if all(p.country == place.country for p in every):
        return f"{place.name} ({place.country})"
    return place.name


# The place a name is taken for, its namesakes still in contention, and whether it lies
# in a country none of the account's other names points to.
Choice = tuple[Place, tuple[Place, ...], bool]


def places_of(m: Mention) -> list[Place]:
    return [p for p in m.candidates if p.kind == "place"]


def _sure(places: list[Place]) -> bool:
    """One candidate, or a city ten times the size of the next (London, not London ON).
    Not a suburb of 10,760 beside a hamlet of 566 (Parklands, NZ and Parklands, WA):
    either is as likely a local name the gazetteer lacks."""
    return len(places) == 1 or (places[0].population >= data().sure_population
                                and places[0].population >= 10 * max(places[1].population, 1))


_VOTE_FLOOR = 1_000  # a place with no population figure still gets a small share


def resolve(all_mentions: list[tuple[Any, Mention, str]],
            clock: Clock | None = None, photos: Photos | None = None,
            stated: Stated | None = None) -> dict[Place, Resolved]:
    """Choose which same-named place each name means: the country and region the
    account's *other* names agree on win, then the larger population. ``clock``: the UTC
    offsets the account's own records store; a namesake whose time zone shows them gains
    ``clock_weight`` times the share it shows (a name ten times the size of its namesakes
    keeps its largest place), and a place chosen that does not show them is ``off_clock``.
    ``photos``: where the account's own photos were taken (``Photos``), weighed the same way;
    ``stated``: the countries the records naming each name state (postcodes, "England": ``Stated``),
    weighed the same way.

    A name is judged by the others' votes, never by its own mentions (until 29 November
    2026, seventh session, each mention was judged by all the others, its own name's
    included: 20 mentions of "Parklands", Adelaide's park lands, voted themselves to
    Christchurch, NZ over 12 of Henley Beach, Adelaide; and a name with two American
    namesakes and one English one leaned American on its own say-so)."""
    all_mentions = _without_people(all_mentions)
    country_votes, admin_votes, own_country, own_admin = _votes(all_mentions, {}, clock)
    first_votes = (country_votes, admin_votes, own_country, own_admin)
    margin, near_weight = data().settle_margin, data().near_weight
    clock_weight = data().clock_weight
    stated_weight = data().stated_weight if stated else 0.0
    choices: dict[str, Choice | None] = {}
    candidates: dict[str, list[Place]] = {}
    first: dict[str, Mention] = {}
    counts: Counter[str] = Counter(item[1].key for item in all_mentions)

    all_count = len(all_mentions)

    def choose(m: Mention, near: Counter[Place] | None = None, votes: _Votes | None = None) -> Choice | None:
        places = places_of(m)
        country_votes, admin_votes, own_country, own_admin = votes or first_votes
        raw_total, admin_total = sum(country_votes.values()), sum(admin_votes.values())
        mine, mine_admin = own_country[m.key], own_admin[m.key]
        others = raw_total - sum(mine.values())
        others_admin = admin_total - sum(mine_admin.values())
        # ``near``: how many of the other names' mentions are near each namesake.
        near_share = max(all_count - counts[m.key], 1)

        # The account's own clock weighs in only among namesakes none of which is ten times
        # the rest (London stays London with a Toronto clock; Newcastle, NSW does not beat
        # Newcastle upon Tyne on a London one).
        timed = clock if clock is not None and not _sure(places) else None
        pictured = photos if photos is not None and not _sure(places) else None
        photo_weight = pictured.weight if pictured is not None else 0.0
        said = stated if (stated is not None and stated_weight and not _sure(places)
                          and m.key in stated.countries) else None

        def support(p: Place) -> float:
            country = (country_votes[p.country] - mine[p.country]) / others if others > 1e-9 else 0.0
            region = (admin_votes[(p.country, p.admin1)] - mine_admin[(p.country, p.admin1)]) / (
                others_admin) if others_admin > 1e-9 else 0.0
            close = near[p] / near_share if near else 0.0
            shown = (timed.fit(p.timezone) or 0.0) if timed is not None else 0.0
            taken = photo_weight * pictured.fit(p) if pictured is not None else 0.0
            if said is not None:
                taken += stated_weight * said.share(m.key, p.country, p.admin1)
            return 4.0 * country + 2.0 * region + near_weight * close + clock_weight * shown + taken

        def score(p: Place) -> float:
            return (math.log10(p.population + 10) + support(p)
                    + (0.5 if p.country in ENGLISH_COUNTRIES else 0.0))

        best = max(places, key=score)
        contested = (_sure(places) and best is not places[0] and not near
                     and counts[m.key] > all_count - counts[m.key])
        if contested:
            # A name settled by its size (London, 21 times London, Ontario) named more often
            # than all the account's other names together is not settled by their country
            # votes alone: it stays open, its largest place first. Two mentions of
            # "Cleveland" beside five of London made it London, Ohio, high/high, England not
            # even listed (29 November 2026, eighth session, red team). Settling it on
            # England instead made more confident errors on simulated accounts (Jacksonville,
            # NC beside Wilmington). Fewer mentions ("Paris" beside Dallas, Sherman and
            # Denison), or other names near a namesake (Perth beside Dundee), still move it.
            best = places[0]
        abroad = best.population < 20_000 and _lone_abroad(best.country, country_votes, raw_total, mine)
        if abroad and counts[m.key] == 1:
            # A village abroad where every other name is at home is more likely a
            # local name the gazetteer lacks (a suburb) than a trip: leave it out.
            return None
        if _sure(places) and best is places[0] and not contested:
            return best, (), abroad
        # The namesakes the other names do not rule out ("Kings Park" in a Perth account:
        # the three in Victoria, New South Wales and South Australia, not New York's).
        rivals = tuple(p for p in places if p is not best and support(best) < support(p) + margin)
        return best, rivals, abroad

    for item in all_mentions:
        m = item[1]
        # The mention with the fewest places stands for its name: "Portland, Oregon" says
        # which Portland the account's other "Portland"s are.
        places = places_of(m)
        if places and (m.key not in first or len(places) < len(candidates[m.key])):
            candidates[m.key] = places
            first[m.key] = m
    for key, m in first.items():
        choices[key] = choose(m)
    # Each name's choice moves the others' (Perth beside Dundee: once Perth is the Scottish
    # one, Dundee is too), so the pass is run again from the first choices with the new ones
    # as anchors until nothing moves. Choices that keep moving (Hamilton drawn to Scotland
    # by Stirling while Stirling is drawn to Western Australia by Carlisle, and back) are
    # no agreement: then only settled names are anchors, in one pass, as before.
    base = dict(choices)

    def near_pass(anchors_from: dict[str, Choice | None], settled_only: bool) -> dict[str, Choice | None]:
        moved = dict(base)
        for key, near in _near_namesakes(anchors_from, candidates, counts, settled_only, clock).items():
            moved[key] = choose(first[key], near)
        return moved

    for _ in range(4):
        moved = near_pass(choices, False)
        if moved == choices:
            break
        choices = moved
    else:
        choices = near_pass(base, True)
    choices = _recheck(choices, choose, first, candidates, counts, _votes(all_mentions, choices, clock),
                       clock)
    resolved: dict[Place, Resolved] = {}
    for item in all_mentions:
        picked = choices.get(item[1].key)
        if picked is None:
            continue
        best, namesakes, abroad = picked
        res = resolved.get(best)
        if res is None:
            res = resolved[best] = Resolved(best, namesakes=namesakes, abroad=abroad,
                                            off_clock=clock is not None and clock.fits(best) is False)
            if photos is not None and not _sure(candidates.get(item[1].key) or places_of(item[1])):
                res.photo_fit = photos.fit(best)
        res.mentions.append(item)
    return resolved


def _without_people(all_mentions: list[tuple[Any, Mention, str]]) -> list[tuple[Any, Mention, str]]:
    """The mentions less those of names the account uses as people, unless said with a strong
    cue, and less the person uses themselves (kind "person" from ``mentions``: titled, "Mr.
    Weston", or said as a person, "Weston said"): a name is a person when such uses are at
    least ``[persons].min_person_share`` of all its uses, or when it has one and a strong cue
    in under ``max_cued_share`` of its other uses and no place of that name has
    ``max_cued_population`` people. Emma's "Weston's fears were
    justified" beside "Mrs. Weston" in other posts; Persuasion's "said Henrietta" (eleventh
    session, red team: such names drew Bath and Lyme to America by their votes)."""
    d = data()
    uses = Counter(m.key for _, m, _ in all_mentions if m.kind == "person")
    if not uses:
        return all_mentions
    keys = Counter(m.key for _, m, _ in all_mentions if m.kind != "person")
    cued = Counter(m.key for _, m, _ in all_mentions if m.kind != "person" and m.cue in _STRONG)
    # A city ("Leeds said in a statement", the club) is seldom a character: only the share counts.
    small = {m.key for _, m, _ in all_mentions if m.key in uses
             and max((p.population for p in places_of(m)), default=0) < d.max_cued_population}
    people = {key for key, n in uses.items() if n >= d.min_person_uses and (
        n >= d.min_person_share * (n + keys[key])
        or (key in small and cued[key] < d.max_cued_share * keys[key]))}
    return [item for item in all_mentions if item[1].kind != "person"
            and (item[1].key not in people or item[1].cue in _STRONG)]


# Country votes, region votes, and each name's own share of both (subtracted when it is judged).
_Admin = tuple[str, str]
_Votes = tuple[Counter[str], Counter[_Admin], dict[str, Counter[str]], dict[str, Counter[_Admin]]]


def _votes(all_mentions: list[tuple[Any, Mention, str]], choices: dict[str, Choice | None],
           clock: Clock | None = None) -> _Votes:
    """Each mention's vote for the countries and regions of its name's places. A sure name
    (``_sure``) gives two votes to its largest place; any other name one vote shared by
    population (until 29 November 2026, eighth session, shared equally: Manchester's 17
    American namesakes, most of them villages, outvoted Manchester, England, and a "Cambridge"
    beside it went to the United States). With ``choices`` (the second look), a name gives
    its one vote to the place it was taken for."""
    country_votes: Counter[str] = Counter()
    admin_votes: Counter[tuple[str, str]] = Counter()
    own_country: dict[str, Counter[str]] = {}
    own_admin: dict[str, Counter[tuple[str, str]]] = {}
    # A name's places, whether it is sure and their total population, once per candidates
    # tuple (most mentions of a name share one): by id(), as every tuple stays alive in
    # all_mentions for the whole call (thirteenth session: the same sums in the same order;
    # resolve() over the benchmark's 100,000 posts 0.26 -> 0.16 s).
    off_vote = data().clock_off_vote
    seen: dict[int, tuple[list[Place], bool, int]] = {}
    for _, m, _ in all_mentions:
        known = seen.get(id(m.candidates))
        if known is None:
            places = places_of(m)
            known = seen[id(m.candidates)] = (
                places, bool(places) and _sure(places), sum(p.population + _VOTE_FLOOR for p in places))
        places, sure, size = known
        if not places:
            continue
        picked = choices.get(m.key)
        if picked is not None and not sure:
            places = [picked[0]]
            size = picked[0].population + _VOTE_FLOOR
        # Only a name that names one place votes for its region: an unsure name's share of
        # a region made Oxford the Massachusetts village of 6,000 beside "Worcester".
        regional = sure or len(places) == 1
        mine = own_country.get(m.key)
        if mine is None:  # (not setdefault: it made a Counter for every mention)
            mine = own_country[m.key] = Counter()
            own_admin[m.key] = Counter()
        mine_admin = own_admin[m.key]
        for p in places[: 1 if sure else len(places)]:
            weight = 2.0 if sure else (p.population + _VOTE_FLOOR) / size
            if clock is not None and clock.fits(p) is False:
                # Off the account's own clock: named from elsewhere, or a local name the gazetteer
                # lacks (Jesmond, NSW on a London clock drew "Newcastle" to NSW; walk13 item 3). The
                # rest of its vote goes to no country (""), so the shares of the others stay as small.
                lost = weight * (1.0 - off_vote)
                weight -= lost
                country_votes[""] += lost
                mine[""] += lost
                if regional:
                    admin_votes[("", "")] += lost
                    mine_admin[("", "")] += lost
            country_votes[p.country] += weight
            mine[p.country] += weight
            if regional:
                admin_votes[(p.country, p.admin1)] += weight
                mine_admin[(p.country, p.admin1)] += weight
    return country_votes, admin_votes, own_country, own_admin


def _recheck(choices: dict[str, Choice | None], choose: Any, first: dict[str, Mention],
             candidates: dict[str, list[Place]], counts: Counter[str],
             votes: _Votes, clock: Clock | None = None) -> dict[str, Choice | None]:
    """A second look at each choice with the other names' votes taken from their choices
    rather than from all their namesakes. It only adds doubt: a name taken for another place
    on the second look keeps both looks' namesakes in contention, and
    when they are in several countries its largest stands for it (the label then names no
    country). Judged on the first look alone, two names could settle each other apart
    (eighth session): "Boston" beside "Manchester" was settled on Boston, England by
    Manchester's English vote while Manchester itself went to New Hampshire on Boston's
    American one."""
    near = _near_namesakes(choices, candidates, counts, clock=clock)
    taken = sorted(((picked[0].latitude, key, picked[0]) for key, picked in choices.items()
                    if picked is not None), key=lambda t: (t[0], t[1]))
    out = dict(choices)
    for key, picked in choices.items():
        if picked is None or len(candidates.get(key, ())) < 2:
            continue
        close = near.get(key)
        again = choose(first[key], close, votes)
        if again is None:
            continue
        if (not picked[1] and picked[0] == candidates[key][0] and _sure(candidates[key])
                and not (close and any(p != picked[0] for p in close))
                and not _beside_a_namesake(key, [again[0]], taken)):
            # Settled on its largest place, ten times any namesake, with no other name taken
            # for a place near a namesake (``keep_sure_km``): kept, as on the first look.
            # Far votes alone (Sense and Sensibility's Willoughby, Cleveland and Charlotte,
            # American towns too, 200 km and more from London, Ohio) drew London, 8.96 M, to
            # Ohio (29 November 2026, red team). Perth beside Dundee, Jacksonville beside
            # Wilmington, NC are still looked at again.
            continue
        best, rivals, abroad = picked
        if again[0] == best:
            continue  # the same place on both looks (any new rivals are only names that give no say)
        extra = [p for p in (again[0], *again[1]) if p != best and p not in rivals]
        if extra:
            every = sorted({best, *rivals, *extra}, key=lambda p: -p.population)
            if len({p.country for p in every}) > 1:
                best = every[0]  # not even the country is settled: the largest stands for the name
            out[key] = (best, tuple(p for p in every if p != best), abroad)
    return out


def _beside_a_namesake(key: str, namesakes: list[Place],
                       taken: list[tuple[float, str, Place]]) -> bool:
    """True when another name was taken for a place within ``keep_sure_km`` of one of
    ``namesakes``: a writer's places lie near each other. ``taken``: (latitude, name,
    place) of every name's choice, sorted."""
    radius = data().keep_sure_km
    degrees = radius / 111.0 + 0.01
    for p in namesakes:
        at = bisect.bisect_left(taken, (p.latitude - degrees,))
        while at < len(taken) and taken[at][0] <= p.latitude + degrees:
            _, other, q = taken[at]
            if other != key and distance_km(p, q) <= radius:
                return True
            at += 1
    return False


def _near_namesakes(choices: dict[str, Choice | None], candidates: dict[str, list[Place]],
                    counts: Counter[str], settled_only: bool = False,
                    clock: Clock | None = None) -> dict[str, Counter[Place]]:
    """For each name with namesakes, the mentions of the account's other places that lie
    within ``doubt_km`` of each namesake: "Newport" beside Ryde and Cowes is the Isle of
    Wight's, not the larger one in Wales; one mention of Charlotte does not make
    "Dallas" the village of 4,600 near it. The anchors are the places the 20 most-named
    names are taken for when that choice is settled, or when it is not but is the name's
    largest place as well; until 29 November 2026 (seventh session, red team) only settled
    ones were, so two names that settle each other never did (Perth beside Dundee, both
    with namesakes abroad, stayed Perth, NY and an unsettled Dundee). An unsettled anchor
    may be the wrong one, and small places are many: it draws only namesakes of at least
    ``sure_population`` (Perth, Scotland, 47,000, beside Dundee; not Oxford, MA, 13,000,
    beside Worcester, whose largest place is in Massachusetts). An unsettled choice that is
    not its name's largest (Birmingham, AL, taken on the votes of Brighton's American
    namesakes) draws nothing. ``settled_only``: the settled anchors alone. A place whose time
    zone does not show the account's ``clock`` draws nothing either: Jesmond, NSW (the gazetteer's
    only Jesmond) on a London clock is likelier a local name it lacks, and drew "Newcastle" to
    New South Wales (walk13 item 3)."""
    d = data()
    out: dict[str, Counter[Place]] = {}
    anchors = [(key, picked[0], not picked[1]) for key, _ in counts.most_common()
               if (picked := choices.get(key)) is not None
               and (not picked[1] or (not settled_only and picked[0] == candidates[key][0]))
               and (clock is None or clock.fits(picked[0]) is not False)][:20]
    if not anchors:
        return out
    degrees = d.doubt_km / 111.0 + 0.01  # a latitude difference beyond this is too far
    for key, picked in choices.items():
        places = candidates.get(key, [])
        if picked is None or len(places) < 2:
            continue
        near: Counter[Place] = Counter()
        for p in places:
            for other, anchor, settled in anchors:
                if (other != key and (settled or p.population >= d.sure_population)
                        and abs(p.latitude - anchor.latitude) <= degrees
                        and distance_km(p, anchor) <= d.doubt_km):
                    near[p] += counts[other]
        if near:
            out[key] = near
    return out


def _lone_abroad(country: str, votes: Counter[str], total: float, own: Counter[str]) -> bool:
    """True when the other names agree on another country and none on this one."""
    others_total = total - sum(own.values())
    if others_total < 4 or (votes[country] - own[country]) / others_total >= 0.05:
        return False
    top = max((v - own[c] for c, v in votes.items() if c), default=0.0)  # "": off-clock votes
    return top / others_total > 0.6


@dataclass
class Cluster:
    centre: Place
    members: list[Resolved]

    @property
    def count(self) -> int:
        return sum(len(r.mentions) for r in self.members)


EARTH_RADIUS_KM = 6371.0


def _cell(place: Place, size: float) -> tuple[int, int, int]:
    """The grid cell of a place's point on the unit sphere (cells of ``size``)."""
    lat, lon = math.radians(place.latitude), math.radians(place.longitude)
    x, y, z = math.cos(lat) * math.cos(lon), math.cos(lat) * math.sin(lon), math.sin(lat)
    return (math.floor(x / size), math.floor(y / size), math.floor(z / size))


def cluster(resolved: dict[Place, Resolved], radius_km: float) -> list[Cluster]:
    """Greedy clusters: the most-mentioned place becomes a centre; every place within
    ``radius_km`` of a centre joins the earliest such centre.

    Centres are kept in a grid on the unit sphere whose cells are as wide as the
    radius (a chord is never longer than its arc), so each place is compared with the
    centres of its 27 neighbouring cells only: the same clusters as comparing it with
    every centre, without the quadratic cost (a hostile post naming 6,000 towns spent
    9 s here)."""
    order = sorted(resolved.values(), key=lambda r: (-len(r.mentions), -r.place.population))
    clusters: list[Cluster] = []
    size = max(radius_km / EARTH_RADIUS_KM, 1e-6)
    grid: dict[tuple[int, int, int], list[int]] = {}
    for item in order:
        cx, cy, cz = _cell(item.place, size)
        nearby = [index for dx in (-1, 0, 1) for dy in (-1, 0, 1) for dz in (-1, 0, 1)
                  for index in grid.get((cx + dx, cy + dy, cz + dz), ())]
        joined = min((i for i in nearby if distance_km(clusters[i].centre, item.place) <= radius_km),
                     default=None)
        if joined is not None:
            clusters[joined].members.append(item)
        else:
            grid.setdefault((cx, cy, cz), []).append(len(clusters))
            clusters.append(Cluster(item.place, [item]))
    clusters.sort(key=lambda c: -c.count)
    return clusters


# ------------------------------------------------------------ rule examples


PROFILE_EXAMPLE = "profile bio: "


def rule_example(rule: Any, example: str) -> bool:
    """Matcher for the rule examples in heuristics/places.toml."""
    from nymaudit.text.normalize import normalize

    # "profile bio: ..." is an account's profile text (the reader's records of it).
    profile = example.startswith(PROFILE_EXAMPLE)
    text, _ = normalize(example.removeprefix(PROFILE_EXAMPLE))
    kind = rule.data.get("kind")
    if kind == "mention":
        return any(m.kind == "place" for m in mentions(text))
    if kind == "residence":
        return (any(m.kind == "place" and m.cue in _HOME_CUES for m in mentions(text))
                or bool(unlisted_homes(text)))  # "I live in Leith.": a name the gazetteer lacks
    if kind == "region":
        return any(m.kind != "place" and m.cue == "residence" for m in mentions(text))
    wanted = {"postcode": {"postcode"}, "zip": {"zip"}, "outward": {"outward"},
              "point": {"coordinates", "what3words"},
              "street": {"street", "street_residence"}}.get(kind, set())
    return any(s.kind in wanted for s in spots(text, profile))

