"""Clean post text down to the writer's own words.

Quoted text (Markdown ``> `` lines, retweets), code, URLs, mentions and HTML
leftovers are someone else's style or no style at all. Whitespace inside
sentences is kept as written, because two spaces after a full stop is a habit.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from nymaudit.model import Corpus, InputSummary, Origin, Post

# Hard caps so a 5 MB post or a million-post archive stays linear and bounded.
MAX_POST_CHARS = 200_000
MAX_CORPUS_CHARS = 12_000_000

_FENCED = re.compile(r"(?ms)^[ \t]*(```|~~~).*?(?:^[ \t]*\1[ \t]*$|\Z)")
# A code span may run over one line break (Markdown wraps paragraphs inside it), never
# over a blank line.
_INLINE_CODE = re.compile(r"`[^`\n]{0,400}(?:\n[^`\n]{0,400})?`")
_HTML_BLOCK_OPEN = re.compile(r"(?i)<(script|style|pre|code|blockquote)\b[^<>]{0,500}>")
_HTML_BREAK = re.compile(r"(?i)<\s*(?:br|/p|p|/div|div|li|/li)\b[^>]{0,500}>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,500}>")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]{1,2000}")
_MENTION = re.compile(r"(?<![\w@])@[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]{1,100})?")
_RETWEET = re.compile(r"^\s*RT\s+@\w{1,30}:?")
_QUOTE_LINE = re.compile(r"(?m)^[ \t]{0,3}>.*$\n?")
_MD_LINK = re.compile(r"!?\[([^\]\n]{0,300})\]\([^)\n]{0,2000}\)")
_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)\n.{0,20000}?\n(?:---|\+\+\+)\n", re.S)
# Two or more blank lines (or one holding white space) -> one blank line, as text/normalize.py
# does for the detectors: a paragraph break stays, a run of 30,000 newlines (which made a
# habit pattern quadratic, 2026-11-29) does not reach any style pattern.
_BLANK_RUN = re.compile(r"\n(?:[^\S\n]*+\n){2,}+|\n[^\S\n]++\n")
# A static site's template tags are its machinery, not the writer's words: Liquid (Jekyll:
# "{% include figure.html src=.. %}", "{{ site.url }}") and Hugo shortcodes ("{{< figure
# src=.. >}}", "{{% notice %}}"). Until 29 November 2026 they stayed, a line ending in
# "%}" or ">}}" read as code, and a Jekyll blog with a figure after every other paragraph
# was "program source code" in compare. Blocks whose body is code or a comment go whole
# ("{% highlight %}..{% endhighlight %}", "{% raw %}", "{% comment %}", Hugo's
# "{{< highlight go >}}..{{< /highlight >}}"); a shortcode's inner prose stays.
_TEMPLATE_OPEN = re.compile(r"\{[{%]")
_TEMPLATE_CLOSE = {"{%": "%}", "{{": "}}"}
_TEMPLATE_NAME = re.compile(r"\{(?:%-?|\{[<%]?-?)[ \t\n]*(\w+)")
_TEMPLATE_BLOCK_END = {
    ("{%", name): re.compile(rf"\{{%-?\s*end{name}\s*-?%\}}") for name in ("highlight", "raw", "comment")
} | {("{{", name): re.compile(rf"\{{\{{[<%]\s*/{name}\s*[>%]\}}\}}") for name in ("highlight", "code")}
MAX_TEMPLATE_TAG = 2000  # a longer "tag" is an unclosed brace in prose

# What a git host or a project's convention writes into a commit subject, not the writer:
# the pull-request number a squash merge appends ("fix parser (#119)", GitHub; "(!12)",
# GitLab), a conventional-commit type or subsystem prefix ("fix:", "feat(parser):",
# "net:"), and the subjects the host writes itself ("Merge pull request #7 from a/b").
# Starts only where a run of blanks starts (the lookbehind): a line of 64,000 tabs was
# quadratic, each tab a start scanning the rest (2026-11-29).
_PR_SUFFIX = re.compile(r"(?<![ \t])[ \t]*\((?:[\w.-]{1,100}/[\w.-]{1,100})?[#!]\d{1,9}\)[ \t]*$", re.M)
_COMMIT_PREFIX = re.compile(r"\A[A-Za-z][\w./-]{0,30}(?:\([^()\n]{0,40}\))?!?: (?=\S)")
_HOST_SUBJECT = re.compile(r"\A(?:Merge (?:pull request|branch|remote-tracking branch|tag)\b|"
                           r"Revert \")[^\n]{0,300}(?:\n|\Z)")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")
_ANY_WORD = re.compile(r"\w+(?:['’]\w+)*")


def clean_text(text: str) -> str:
    """The writer's own prose from one post: no code, quotes, URLs, mentions, HTML."""
    if not text:
        return ""
    text = text[:MAX_POST_CHARS]
    if _RETWEET.match(text):
        return ""
    text = _FRONT_MATTER.sub("", text)
    if "{{" in text or "{%" in text:
        text = _drop_template_tags(text)
    if "<" in text:
        text = _drop_html_blocks(text)
        text = _HTML_BREAK.sub("\n", text)
        text = _HTML_TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    if "```" in text or "~~~" in text:
        text = _FENCED.sub("\n", text)
    if "`" in text:
        text = _INLINE_CODE.sub(" ", text)
    if ">" in text:
        text = _QUOTE_LINE.sub("", text)
    if "](" in text:
        text = _MD_LINK.sub(r"\1", text)
    text = _URL.sub(" ", text)
    if "@" in text:
        text = _MENTION.sub(" ", text)
    if "\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


def _drop_template_tags(text: str) -> str:
    """Remove Liquid tags and Hugo shortcodes (and the code or comment blocks they open).
    One forward scan: the first closer after a position is remembered, and a block end
    not found is never looked for again, so unclosed tags stay linear."""
    out: list[str] = []
    pos = 0
    closer_at = {"%}": -2, "}}": -2}  # the first closer at or after the last look (-1: none left)
    unended: set[tuple[str, str]] = set()
    scan = 0
    while m := _TEMPLATE_OPEN.search(text, scan):
        start, opener = m.start(), m.group(0)
        closer = _TEMPLATE_CLOSE[opener]
        if closer_at[closer] != -1 and closer_at[closer] < start + 2:
            closer_at[closer] = text.find(closer, start + 2)
        close = closer_at[closer]
        if close < 0 or close - start > MAX_TEMPLATE_TAG:
            scan = start + 1
            continue
        end = close + 2
        name = _TEMPLATE_NAME.match(text, start, end)
        block = (opener, name.group(1).lower()) if name else None
        if block in _TEMPLATE_BLOCK_END and block not in unended:
            block_end = _TEMPLATE_BLOCK_END[block].search(text, end)
            if block_end:
                end = block_end.end()
            else:
                unended.add(block)
        out.append(text[pos:start])
        pos = scan = end
    out.append(text[pos:])
    return "".join(out)


def _drop_html_blocks(text: str) -> str:
    """Remove quoted and code blocks; one forward scan, so unclosed tags stay linear."""
    out: list[str] = []
    pos = 0
    lower = text.lower()
    while True:
        m = _HTML_BLOCK_OPEN.search(text, pos)
        if not m:
            break
        close = lower.find(f"</{m.group(1).lower()}", m.end())
        if close < 0:
            break
        out.append(text[pos : m.start()])
        out.append(" ")
        end = lower.find(">", close)
        pos = len(text) if end < 0 else end + 1
    out.append(text[pos:])
    return "".join(out)


@dataclass
class StyleText:
    """Cleaned texts of one corpus, with the origin of each."""

    texts: list[str] = field(default_factory=list)
    origins: list[Origin] = field(default_factory=list)
    # Indices of texts whose first letter's case is a convention (git commit subjects):
    # habits.collect does not count it as a sentence starting in lower case.
    case_free: list[int] = field(default_factory=list)

    @property
    def joined(self) -> str:
        return "\n\n".join(self.texts)

    @property
    def words(self) -> int:
        return sum(count_words(t) for t in self.texts)


# Words of a repository's own prose (README, docs) that replace its commit messages as its
# style text: compare's floor for saying anything (linkage: min_words_for_probability).
MIN_PROSE_WORDS = 100


def corpus_text(corpus: Corpus | None) -> StyleText:
    """Cleaned text of the corpus's authored posts (retweets and quotes left out)."""
    out = StyleText()
    if corpus is None:
        return out
    budget = MAX_CORPUS_CHARS
    # A site's configuration records (author, links) are not prose; a repository's README and
    # docs that only the writer's commits made are (sources/git.py, "writer_prose"; tenth session).
    posts = [post for post in corpus.authored_posts()
             if post.is_post or (isinstance(post.extra, dict) and post.extra.get("writer_prose") is True)]
    # Commit messages ("Add post", "fix typo") are the writer's words but not their
    # prose: with a blog kept in git they would dilute the style of the posts.
    # A repository read alone keeps them unless its own prose is enough to read a style
    # from (a two-line README beside 500 messages would leave next to nothing).
    prose = [post for post in posts if post.kind != "commit"]
    if any(post.is_post for post in prose) or sum(
            count_words((post.text or "")[:20_000]) for post in prose) >= MIN_PROSE_WORDS:
        posts = prose
    for post in posts:
        body = post.text or ""
        # Image descriptions the reader joined after the body (sources/common.py) are the
        # writer's words but not their prose: descriptive fragments, some written by an app.
        at = post.extra.get("descriptions_at") if isinstance(post.extra, dict) else None
        if isinstance(at, int) and not isinstance(at, bool) and 0 <= at <= len(body):
            body = body[:at]
        parts = [post.title or "", body]
        cleaned = clean_text("\n\n".join(p for p in parts if p))
        if post.kind == "commit":
            cleaned = commit_prose(cleaned)
        if not cleaned:
            continue
        cleaned = cleaned[:budget]
        if post.kind == "commit":
            out.case_free.append(len(out.texts))
        out.texts.append(cleaned)
        out.origins.append(post.origin)
        budget -= len(cleaned)
        if budget <= 0:
            break
    return out


def commit_prose(message: str) -> str:
    """A commit message without what the host or the project's convention put in it:
    a subject the host wrote (a merge, a revert), the type or subsystem prefix of the
    subject and pull-request numbers at the end of a line ("(#123)"). The lower-case
    subject itself is left as written; ``StyleText.case_free`` marks it."""
    message = _HOST_SUBJECT.sub("", message, count=1).lstrip()
    message = _COMMIT_PREFIX.sub("", message, count=1)
    if "(" in message:
        message = _PR_SUFFIX.sub("", message)
    return message.strip()


def normalise_apostrophes(text: str) -> str:
    return text.replace("’", "'").replace("‘", "'")


def words(text: str) -> list[str]:
    """Lower-case English-like word tokens (letters and inner apostrophes)."""
    return _WORD.findall(normalise_apostrophes(text.lower()))


def count_words(text: str) -> int:
    """Words in any script (for the too-little-text thresholds)."""
    return len(_ANY_WORD.findall(text))


def corpus_from_texts(texts: Iterable[tuple[str, str]], format_name: str = "text") -> Corpus:
    """A Corpus from (path, text) pairs: one post per text, for tests and callers
    that already hold plain text."""
    corpus = Corpus()
    for index, (path, text) in enumerate(texts):
        corpus.inputs.append(InputSummary(path=path, format=format_name, posts=1))
        corpus.posts.append(
            Post(id=str(index), timestamp=None, text=text, origin=Origin(path=path), kind="page")
        )
    return corpus


def read_text_files(paths: Iterable[str | Path], max_bytes: int = 20_000_000) -> Corpus:
    """A Corpus from plain-text files (UTF-8, undecodable bytes replaced)."""
    pairs = []
    for path in paths:
        p = Path(path)
        with p.open("rb") as fh:
            data = fh.read(max_bytes)
        pairs.append((str(p), data.decode("utf-8", errors="replace")))
    return corpus_from_texts(pairs)


_GUTENBERG_START = re.compile(r"(?m)^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG.*$")
_GUTENBERG_END = re.compile(r"(?m)^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG.*$")


def strip_gutenberg(text: str) -> str:
    """The body of a Project Gutenberg file, without its header and licence."""
    start = _GUTENBERG_START.search(text)
    if start:
        text = text[start.end():]
    end = _GUTENBERG_END.search(text)
    if end:
        text = text[: end.start()]
    return text.strip()


@cache
def function_words() -> frozenset[str]:
    """The English function words of heuristics/style.toml (habits, features, linkage)."""
    from nymaudit.rules import load_file

    return frozenset(load_file("style").get("function_words", {}).get("words", []))
