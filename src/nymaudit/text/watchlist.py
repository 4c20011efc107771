"""The private watchlist: identifying facts the writer knows (real name, employer,
street, colleagues, pets) stored only as salted hashes of normalised word
n-grams (after detect-secrets' baselines): the file holds no readable term. A
hash of a short word can still be confirmed by someone who guesses it (the salt
is in the file, and matching must stay fast), so a guessable term such as a town
name is protected against reading, not against guessing: keep the file private.

Normalisation: accents stripped (NFKD), case folded, possessives dropped
("Jane's", "James'"), apostrophes inside words removed, any other punctuation or
run of white space a word break. A term of n words matches any n consecutive words
of a post that normalise the same way.

Reports, `watch list` and `watch check` name a term by its reference, six letters
derived from its salted hash ("term kqzmtf"), or by a label the user chose
(`watch add --label "my town"`). Until 29 November 2026 the file also stored a
hint, the term's first letter and length ("W… (11)"), and reports printed it,
redacted ones too: with a short list of candidate places, that names the term.
New terms get no hint; a hint in an older file is kept as it is (nothing is
migrated silently), shown only by `watch list` with a note, never in a report,
and removed with `watch drop-hints`.

File format (TOML, mode 0600):

    version = 1
    salt = "<32 hex>"          # random per file
    [[term]]
    hash = "<32 hex>"          # blake2b(key=salt) of the normalised term
    words = 2                  # number of words
    first = "a1"               # 8-bit tag of the first word (speeds matching; 16 bits,
                               # "a1b2", in files written before 29 November 2026)
    label = "my town"          # only when the user chose one
    hint = "J… (8)"            # only in files written before 29 November 2026
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

FORMAT_VERSION = 1
MAX_TERM_WORDS = 8
MAX_TERMS = 10_000
MAX_FILE_BYTES = 5_000_000
# Hex digits of the first word's tag kept (8 bits). It only spares the matcher hashing
# every n-gram; with 16 bits (until 29 November 2026) a candidate list confirmed a
# first word on its own (1 in 65,536 false matches), so a multi-word term was guessed
# word by word. 8 bits let 1 candidate in 256 through: see docs/text-signals.md.
FIRST_TAG_HEX = 2
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*['’]?")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")


class WatchlistError(Exception):
    """The watchlist file cannot be read or is not a nymaudit watchlist."""


def default_path() -> Path:
    """$NYMAUDIT_WATCHLIST, else $XDG_CONFIG_HOME/nymaudit/watchlist.toml, else
    ~/.config/nymaudit/watchlist.toml."""
    env = os.environ.get("NYMAUDIT_WATCHLIST")
    if env:
        return Path(env).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser() / "nymaudit" / "watchlist.toml"


@lru_cache(maxsize=200_000)
def normalise_word(word: str) -> str:
    word = _POSSESSIVE.sub("", word)
    decomposed = unicodedata.normalize("NFKD", word)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain.casefold().replace("'", "").replace("’", "")


def words_with_spans(text: str) -> list[tuple[str, int, int]]:
    out = []
    for m in _TOKEN.finditer(text):
        word = normalise_word(m.group(0))
        if word:
            out.append((word, m.start(), m.end()))
    return out


def normalise_term(term: str) -> tuple[str, ...]:
    return tuple(w for w, _, _ in words_with_spans(unicodedata.normalize("NFKC", term)))


def mask(term_words: tuple[str, ...] | str, raw: str | None = None) -> str:
    """First letter and length: 'J… (8)'. The hint of files written before 29 November
    2026; kept for reading them, never written for a new term."""
    text = raw if raw is not None else " ".join(term_words)  # type: ignore[arg-type]
    text = text.strip()
    return f"{text[:1].upper()}… ({len(text)})" if text else "…"


MAX_LABEL_CHARS = 60


def reference(digest: str) -> str:
    """Six letters from the salted hash: names a term and nothing of it ("kqzmtf")."""
    return "".join(chr(ord("a") + b % 26) for b in bytes.fromhex(digest)[:6])


def clean_label(label: str | None) -> str | None:
    """A label the user chose, on one line, without quote marks (it is shown in quotes)."""
    if label is None:
        return None
    text = " ".join(label.replace('"', "").replace("\\", "").split())[:MAX_LABEL_CHARS]
    return text or None


@dataclass
class Term:
    hash: str
    words: int
    hint: str | None  # legacy: first letter and length (files before 29 November 2026)
    first: str
    label: str | None = None

    @property
    def ref(self) -> str:
        return reference(self.hash)

    @property
    def shown(self) -> str:
        """How reports and `watch check` name the term: the reference, and the label the
        user chose. Never the legacy hint."""
        return f'{self.ref} "{self.label}"' if self.label else self.ref


@dataclass
class Match:
    hash: str
    hint: str  # how the term is shown (Term.shown)
    start: int
    end: int


@dataclass
class Watchlist:
    salt: bytes = field(default_factory=lambda: secrets.token_bytes(16))
    terms: dict[str, Term] = field(default_factory=dict)

    def _digest(self, words: tuple[str, ...]) -> str:
        data = "\x1f".join(words).encode("utf-8")
        return hashlib.blake2b(data, key=self.salt, digest_size=16).hexdigest()

    def _first_tag(self, word: str) -> str:
        return hashlib.blake2b(
            word.encode("utf-8"), key=self.salt, digest_size=8, person=b"nymfirst"
        ).hexdigest()[:FIRST_TAG_HEX]

    def add(self, term: str, label: str | None = None) -> Term:
        words = normalise_term(term)
        if not words:
            raise WatchlistError("the term has no letters or digits")
        if len(words) > MAX_TERM_WORDS:
            raise WatchlistError(f"a term may have at most {MAX_TERM_WORDS} words")
        if len(self.terms) >= MAX_TERMS:
            raise WatchlistError(f"a watchlist holds at most {MAX_TERMS} terms")
        digest = self._digest(words)
        old = self.terms.get(digest)
        entry = Term(digest, len(words), old.hint if old else None, self._first_tag(words[0]),
                     clean_label(label) or (old.label if old else None))
        self.terms[digest] = entry
        return entry

    def remove(self, term: str) -> bool:
        words = normalise_term(term)
        return bool(words) and self.terms.pop(self._digest(words), None) is not None

    def __len__(self) -> int:
        return len(self.terms)

    # ---------------------------------------------------------------- matching

    def matcher(self) -> _Matcher:
        return _Matcher(self)

    # ---------------------------------------------------------------- file

    def dumps(self) -> str:
        lines = [
            "# nymaudit watchlist: salted hashes only; the terms themselves are not stored.",
            f"version = {FORMAT_VERSION}",
            f'salt = "{self.salt.hex()}"',
            "",
        ]
        for t in sorted(self.terms.values(), key=lambda t: t.hash):
            lines += ["[[term]]", f'hash = "{t.hash}"', f"words = {t.words}",
                      f'first = "{t.first[:FIRST_TAG_HEX]}"']  # an older file's longer tag, cut
            if t.label:
                lines.append(f'label = "{clean_label(t.label)}"')
            if t.hint:
                lines.append(f'hint = "{t.hint.replace(chr(92), "").replace(chr(34), "")}"')
            lines.append("")
        return "\n".join(lines)

    @classmethod
    def loads(cls, text: str) -> Watchlist:
        try:
            doc = tomllib.loads(text)
            salt = bytes.fromhex(doc["salt"])
            if doc.get("version") != FORMAT_VERSION or len(salt) < 8:
                raise ValueError("unsupported version or salt")
            terms = {}
            for t in doc.get("term", [])[:MAX_TERMS]:
                digest = str(t["hash"])
                if not re.fullmatch(r"[0-9a-f]{32}", digest):
                    raise ValueError("bad hash")
                words = int(t["words"])
                if not 1 <= words <= MAX_TERM_WORDS:
                    raise ValueError("bad word count")
                hint = t.get("hint")
                label = t.get("label")
                terms[digest] = Term(digest, words, str(hint)[:20] if hint else None,
                                     str(t.get("first", ""))[:4],
                                     clean_label(label) if isinstance(label, str) else None)
        except (tomllib.TOMLDecodeError, KeyError, ValueError, TypeError) as exc:
            raise WatchlistError(f"not a nymaudit watchlist ({exc})") from exc
        return cls(salt=salt, terms=terms)

    @classmethod
    def load(cls, path: Path) -> Watchlist:
        try:
            # A regular file only, read up to the cap (a FIFO, /dev/zero: files.read_regular).
            from nymaudit.files import FileProblem, read_regular

            try:
                data = read_regular(path, MAX_FILE_BYTES)
            except FileProblem as exc:
                reason = "not a regular file" if exc.kind == "not_regular" else "too large for a watchlist"
                raise WatchlistError(f"{path}: {reason}") from exc
            return cls.loads(data.decode("utf-8"))
        except OSError as exc:
            raise WatchlistError(f"{path}: {exc.strerror or exc}") from exc
        except UnicodeDecodeError as exc:
            raise WatchlistError(f"{path}: not a text file") from exc

    def save(self, path: Path) -> None:
        from nymaudit.console import write_private

        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        write_private(path, self.dumps())


class _Matcher:
    """Hashes each distinct word once per scan; n-grams are hashed only where the
    first word's tag matches a term's."""

    def __init__(self, wl: Watchlist) -> None:
        self.wl = wl
        self.lengths_by_tag: dict[str, set[int]] = {}
        for t in wl.terms.values():
            # An older file's 16-bit tag starts with the same digits as the tag used now.
            self.lengths_by_tag.setdefault(t.first[:FIRST_TAG_HEX], set()).add(t.words)
        self._tags: dict[str, str] = {}
        self._raw: dict[str, bool] = {}

    def _tag(self, word: str) -> str:
        tag = self._tags.get(word)
        if tag is None:
            tag = self.wl._first_tag(word)
            if len(self._tags) < 500_000:
                self._tags[word] = tag
        return tag

    def _maybe(self, raw: str) -> bool:
        known = self._raw.get(raw)
        if known is None:
            word = normalise_word(raw)
            known = bool(word) and self._tag(word) in self.lengths_by_tag
            if len(self._raw) < 500_000:
                self._raw[raw] = known
        return known

    def find(self, text: str) -> list[Match]:
        if not self.wl.terms or not text:
            return []
        # Fast path: most texts hold no word whose tag starts a watched term.
        if not any(self._maybe(raw) for raw in _TOKEN.findall(text)):
            return []
        words = words_with_spans(text)
        out: list[Match] = []
        for i, (word, start, _) in enumerate(words):
            lengths = self.lengths_by_tag.get(self._tag(word))
            if not lengths:
                continue
            for n in sorted(lengths, reverse=True):
                if i + n > len(words):
                    continue
                digest = self.wl._digest(tuple(w for w, _, _ in words[i : i + n]))
                term = self.wl.terms.get(digest)
                if term is not None:
                    out.append(Match(digest, term.shown, start, words[i + n - 1][2]))
                    break
        return out
