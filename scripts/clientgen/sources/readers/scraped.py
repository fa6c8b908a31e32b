"""Reader for text scraped from a rendered API docs page: no markup, only lines.

Such text comes in two shapes, and a page may mix them:

* *run together*: a field is its name on a line, then ``(type, required): what it is``;
  further fields' names are glued onto the end of the previous field's text
  (``...for the cloned voicename`` + ``(string): Display name``);
* *one token per line*: the method, then the path one segment per line, curl and JSON
  examples, then each field as name / type / ``required`` / description lines.

Both put fields under headings such as "Path Parameters" and "Response". The reader
knows these shapes, never a vendor: what a page does not state comes in through
:class:`~clientgen.sources.readers.PageOptions`, and what it cannot read with confidence is a
warning naming the file and line.
"""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from clientgen.core.diagnostics import ClientgenError, Diagnostic
from clientgen.sources.readers import PageOptions, ReadResult
from clientgen.sources.readers.field_types import (
    ObjectBuilder,
    StatedValues,
    coerce_literal,
    has_file,
    make_nullable,
    schema_for_type,
    sentences,
    set_enum,
    stated_default,
    stated_values,
    unread_value_lists,
)
from clientgen.sources.readers.responses import (
    Example,
    StatedError,
    add_example,
    build_responses,
    is_success_body,
    stated_errors,
    stated_success,
)

_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
_METHOD_ONLY = re.compile(rf"^(?:{'|'.join(_METHODS)})$")
_METHOD_AND_TARGET = re.compile(
    rf"^(?P<method>{'|'.join(_METHODS)})\s*(?P<target>(?:/|https?://)\S*)$"
)
_OPERATION = re.compile(r"^\s*(?P<method>[A-Za-z]+)\s+(?P<path>/\S*)\s*$")
_PATH_PIECE = re.compile(r"^/?(?:[\w{}.~:-]+(?:/[\w{}.~:-]*)*)?$")
_PATH_PARAM = re.compile(r"\{(\w+)\}")

# Headings that give the lines after them a meaning; anything else is prose or unplaced.
_SECTIONS = {
    "path parameters": "path",
    "path params": "path",
    "query parameters": "query",
    "query params": "query",
    "headers": "header",
    "header": "header",
    "header parameters": "header",
    "header params": "header",
    "body": "body",
    "request body": "body",
    "body parameters": "body",
    "body params": "body",
    "form fields": "form",
    "form data": "form",
    "form parameters": "form",
    "response": "response",
    "responses": "response",
    "response fields": "response",
    "response body": "response",
    "overview": "overview",
    "description": "overview",
    # The API key's parameter; the line after its type says where it goes (header, query).
    "authorizations": "header",
}
_PARAMETER_SECTIONS = frozenset({"path", "query", "header", "cookie"})  # named as OpenAPI's `in`
_FIELD_SECTIONS = _PARAMETER_SECTIONS | {"body", "form", "response"}
# "Voice Status Values": a list of `value` / `: meaning` pairs for the field it names.
_VALUES_HEADING = re.compile(r"^(?P<subject>[A-Z][\w ]*?)\s+values$", re.IGNORECASE)
_NOT_A_SUBJECT = frozenset({"allowed", "possible", "available", "enum"})

# Docs-site furniture, not documentation of the API: the lines a docs platform puts on every
# page (the skip link, the feedback prompt, the footer's "Docs for agents: llms.txt" link to
# the site's index for LLMs). Scraped text has lost the links and rules that would let the
# Mintlify reader tell a footer by its shape, so here the platform's wording tells it.
_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|on this page|was this page helpful\??|copy page|ask ai"
    r"|edit this page|suggest edits|raise issue|powered by \S.*|docs for agents:.*)$",
    re.IGNORECASE,
)

# `(integer, required): The unique ...` — a run-together field's type line.
_TYPE_MARKER = re.compile(r"^\((?P<inner>[^()]+)\)\s*:\s*(?P<rest>.*)$")
# `: Voice is ready` — the meaning of a value in a "... Values" section.
_VALUE_MARKER = re.compile(r"^:\s*(?P<rest>\S.*)$")
_TYPE_ALTERNATIVE = r"[a-z][a-z0-9_-]*(?:<[\w-]+>)?(?:\[\])*"
_TYPE_WORDS = re.compile(rf"^{_TYPE_ALTERNATIVE}(?:\s*\|\s*{_TYPE_ALTERNATIVE})*$")
_ANGLE_TYPE = re.compile(r"^(?P<base>[a-z]+)<(?P<arg>[\w-]+)>$")
_FORMATS = frozenset({"uuid", "date-time", "date", "email", "uri", "int32", "int64", "byte"})
_FLAG = re.compile(
    r"^(?P<flag>required|optional|deprecated|nullable)$|^default\s*:\s*(?P<default>.+)$"
    r"|^(?P<location>header|query|path|cookie)$",
    re.I,
)
# The button of a field's nested fields ("Show child attributes"). The nested fields follow
# under dotted names ("requests.custom_id") when the page was scraped unfolded.
_TOGGLE = re.compile(
    r"^(?:show|hide)\s+(?:child\s+)?(?:attributes|properties|fields|parameters)$", re.I
)
# In a response or body section: the status the fields below are for, their media type.
_STATUS_LINE = re.compile(r"^[1-5]\d\d$")
_MEDIA_LINE = re.compile(r"^(?:application|text|audio|image|video|multipart)/[\w.+-]+$")

_NAME_LINE = re.compile(r"^[A-Za-z_][\w.\-\[\]]*$")
_NAME = re.compile(r"^[a-z_][A-Za-z0-9_]*$")
_TRAILING_RUN = re.compile(r"[A-Za-z0-9_]+$")
_IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b")
_BULLET_NAME = re.compile(r"^[-•*]?\s*(?P<name>[A-Za-z_]\w*)\s*:")
_JSON_KEY = re.compile(r'"(?P<name>[A-Za-z_]\w*)"\s*:')
_WORD = re.compile(r"[A-Za-z]{2,}")
# Words that commonly start a field name; evidence for splitting a glued name when the
# page itself offers none.
_COMMON_NAME_WORDS = frozenset(
    {
        "id", "ids", "name", "type", "kind", "status", "state", "created", "updated",
        "deleted", "modified", "last", "first", "at", "url", "count", "total", "code",
        "message", "error", "errors", "data", "key", "value", "email", "date", "time",
        "description", "title", "label", "metadata", "format", "size", "duration", "is",
        "has", "enabled", "active", "user", "owner",
    }
)  # fmt: skip

_ALLOWED = re.compile(
    r"(?:-\s*)?\b(?:allowed values|available options|possible values)\s*:\s*(?P<inline>.*)$", re.I
)
_ALLOWED_LABEL_ONLY = re.compile(
    r"^-?\s*(?:allowed values|available options|possible values)\s*:?\s*$", re.I
)
_PARENTHESIZED = re.compile(r"\((?P<body>[^()]*)\)")
_EXAMPLES_LEAD = re.compile(r"^\s*(?:e\.g\.|for example|such as)\s*,?\s*", re.I)
# Straight, back and typographic quotes (escaped: the curly ones look like the straight ones).
_QUOTES = "\"'`\u201c\u201d\u2018\u2019"
_APOSTROPHES = "'\u2019"
_QUOTED = re.compile(rf"^[{_QUOTES}](?P<value>[^{_QUOTES}]*)[{_QUOTES}]$")
_NULL = re.compile(r"\bnull\b", re.I)
_NOT_NULL = re.compile(r"\b(?:not|never|non|cannot|can't)\b[\s-]*(?:be\s+)?$", re.I)
_ARRAY_OF_ITEMS = re.compile(
    r"\bobject\s+(?:containing|with|holding|that contains)\s+an?\s+(?:array|list)\s+of\s+"
    r"(?P<items>[\w\s-]+?)\s+objects?\b",
    re.I,
)
_BARE_ARRAY = re.compile(r"\bresponse\s+is\s+an?\s+(?:JSON\s+)?(?:array|list)\s+of\b", re.I)
_GLUED_HEADING = re.compile(r"(?<=[.!?])(?P<heading>[A-Z][A-Za-z ]*)$")


@dataclass
class _Line:
    """One line of the page: its number in the file and its stripped text.

    ``text`` is None once the line has been used up as the name of the field after it.
    """

    no: int
    text: str | None


@dataclass
class _Field:
    """A parameter, a body field or a response field, as the page documents it."""

    name: str
    section: str
    line: int
    schema: dict[str, Any]
    required: bool = False
    deprecated: bool = False
    description: str = ""


@dataclass
class _ValueList:
    """A "<Subject> Values" section: each value of a field with what it means."""

    subject: str
    line: int
    values: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Curl:
    """What a curl example states about the request."""

    line: int
    method: str | None
    url: str | None
    content_type: str | None


@dataclass
class _Page:
    """Everything read off the page, before it becomes an OpenAPI document."""

    title: str | None = None
    method: str | None = None
    path: str | None = None
    method_line: int | None = None
    lead: list[str] = field(default_factory=list)
    overview: list[str] = field(default_factory=list)
    response_prose: list[str] = field(default_factory=list)
    fields: list[_Field] = field(default_factory=list)
    request_examples: list[Example] = field(default_factory=list)
    response_examples: list[Example] = field(default_factory=list)
    value_lists: list[_ValueList] = field(default_factory=list)
    curl: _Curl | None = None
    form_body: bool = False
    body_media: str | None = None  # a media type line under the body's heading
    success_status: str | None = None  # a status line under the response's heading
    success_media: str | None = None
    # "Show child attributes" lines: the line and the field before it.
    toggles: list[tuple[int, _Field | None]] = field(default_factory=list)


def read(text: str, path: Path, options: PageOptions) -> ReadResult:
    """Read scraped page text into an OpenAPI 3.1 document for its one operation."""
    scanner = _Scanner(text, path)
    page = scanner.scan()
    document = _Builder(page, path, options, scanner.warnings).build()
    return ReadResult(document=document, warnings=sorted(scanner.warnings, key=_line_of))


def _line_of(diagnostic: Diagnostic) -> int:
    return diagnostic.line or 0


# --------------------------------------------------------------------------- lines


def _logical_lines(text: str) -> list[_Line]:
    """The page's lines, stripped; a heading glued after a sentence becomes its own line."""
    lines: list[_Line] = []
    for no, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        glued = _GLUED_HEADING.search(stripped)
        if glued and _section_of(glued["heading"]) is not None:
            # "...array of cloned voice objects.Response": the heading lost its line break.
            lines.append(_Line(no, stripped[: glued.start()]))
            lines.append(_Line(no, glued["heading"]))
        else:
            lines.append(_Line(no, stripped))
    return lines


def _section_of(text: str) -> str | None:
    """The section a heading opens ("values" for a "<Subject> Values" list), else None."""
    if not text[:1].isupper():
        return None  # headings are capitalised; `description` on its own is a field's name
    known = _SECTIONS.get(text.lower())
    if known is not None:
        return known
    values = _VALUES_HEADING.match(text)
    if values and values["subject"].split()[0].lower() not in _NOT_A_SUBJECT:
        return "values"
    return None


def _looks_like_title(text: str) -> bool:
    """A short capitalised line without closing punctuation: the page's title, say."""
    return (
        bool(re.fullmatch(rf"[A-Z][\w{_APOSTROPHES}&/ ().-]*", text))
        and any(c.islower() for c in text)
        and len(text.split()) <= 6
        and not text.endswith((".", ":", ";", ","))
    )


def _looks_like_heading(text: str) -> bool:
    """A title-like line whose longer words are all capitalised ("Quality Scores").

    Stricter than a title: it ends a field's text or the prose before it, and a line of
    prose that merely lacks a full stop must not.
    """
    words = [w for w in re.findall(r"[A-Za-z/][\w/.-]*", text) if len(w) >= 4]
    return _looks_like_title(text) and all(w[0].isupper() for w in words)


def _is_marker(text: str | None) -> bool:
    """A run-together field's type line, or a value's meaning line."""
    return text is not None and (bool(_VALUE_MARKER.match(text)) or _is_type_marker(text))


def _is_type_marker(text: str) -> bool:
    marker = _TYPE_MARKER.match(text)
    return marker is not None and _is_type_words(marker["inner"].split(",")[0].strip())


def _is_type_words(text: str) -> bool:
    return _type_schema(text) is not None or bool(_TYPE_WORDS.match(text))


def _type_schema(type_text: str) -> dict[str, Any] | None:
    """Like ``schema_for_type``, also reading rendered forms ``enum<string>``, ``string<uuid>``."""
    schema = schema_for_type(type_text)
    if schema is not None or "<" not in type_text:
        return schema
    formats: list[str] = []
    plain: list[str] = []
    for alternative in (a.strip() for a in type_text.lower().split("|")):
        angle = _ANGLE_TYPE.match(alternative)
        if angle and angle["base"] == "enum":
            plain.append(angle["arg"])
        elif angle and angle["arg"] in _FORMATS:
            plain.append(angle["base"])
            formats.append(angle["arg"])
        else:
            plain.append(alternative)
    schema = schema_for_type(" | ".join(plain))
    if schema is not None and formats:
        schema["format"] = formats[0]
    return schema


# --------------------------------------------------------------------------- glued names


class _GlueSplitter:
    """Splits a field name off the end of the text it was glued to.

    ``...for the cloned voicename``: the name is the tail of the trailing identifier run.
    Evidence for a split point: the name appears elsewhere on the page, the prose part is
    a word the page uses, the name's first word is one the page (or APIs at large) uses.
    """

    def __init__(self, vocabulary: set[str], known_names: set[str]) -> None:
        self.vocabulary = vocabulary
        self.known_names = known_names

    def split(self, text: str) -> tuple[str, str] | None:
        """``(text before the name, name)``, or None when no split point is clearly best."""
        run = _TRAILING_RUN.search(text)
        if run is None:
            return None
        start = run.start()
        before = text[start - 1] if start else ""
        if not before or not (before.isspace() or before in _APOSTROPHES):
            # After punctuation (or alone) the whole run is the name: `null)status`.
            return (text[:start].rstrip(), run.group()) if _NAME.match(run.group()) else None
        best = self._best_cut(run.group())
        return None if best is None else (text[: start + best].rstrip(), run.group()[best:])

    def _best_cut(self, run: str) -> int | None:
        underscore = run.find("_")
        # The prose part holds no underscore: the cut lies within the run's first segment.
        last = underscore if underscore >= 0 else len(run)
        scores = {
            cut: self._score(run[:cut], run[cut:])
            for cut in range(last)
            if run[cut].islower() and _NAME.match(run[cut:])
        }
        if not scores:
            return None
        top = max(scores.values())
        winners = [cut for cut, score in scores.items() if score == top]
        return winners[0] if top > 0 and len(winners) == 1 else None

    def _score(self, prose: str, name: str) -> int:
        head = re.match(r"[a-z]+", name)
        first_word = head.group() if head else ""
        score = 3 if name in self.known_names else 0
        if prose and (prose.lower() in self.vocabulary or prose.isdigit() or prose.isupper()):
            score += 1
        if len(first_word) > 1 and (
            first_word in self.vocabulary or first_word in _COMMON_NAME_WORDS
        ):
            score += 1
        return score


def _page_words(texts: list[str]) -> tuple[set[str], set[str]]:
    """The page's vocabulary (lower-case words) and the identifiers it names anywhere."""
    vocabulary: set[str] = set()
    names: set[str] = set()
    for text in texts:
        vocabulary.update(w.lower() for w in _WORD.findall(text))
        names.update(_IDENTIFIER.findall(text))
        names.update(m["name"] for m in _JSON_KEY.finditer(text))
        bare = text.strip(" ,-•*:")
        if _NAME.match(bare):
            names.add(bare)
        bullet = _BULLET_NAME.match(text)
        if bullet:
            names.add(bullet["name"])
    return vocabulary, names


# --------------------------------------------------------------------------- scanning


class _Scanner:
    """Walks the lines once, sorting each into the page's parts."""

    def __init__(self, text: str, path: Path) -> None:
        self.path = path
        self.warnings: list[Diagnostic] = []
        self.lines = _logical_lines(text)
        self.names: dict[int, str] = {}  # marker line index → the field or value it names
        self.page = _Page()
        self.section: str | None = None  # None: the preamble, before any heading
        self.blank_before = False  # a blank line since the last prose line
        self.unplaced: list[int] = []  # indexes of lines the reader could not place
        self.last_field: _Field | None = None  # the last field read in this section

    def warn(self, message: str, line: int | None) -> None:
        self.warnings.append(Diagnostic(message, file=self.path, line=line))

    def scan(self) -> _Page:
        """Read the whole page."""
        self._resolve_glued_names()
        i = 0
        while i < len(self.lines):
            i = self._step(i)
        self._flush_unplaced()
        self._check_toggles()
        return self.page

    def _check_toggles(self) -> None:
        """Warn where a field's nested fields were folded away when the page was scraped."""
        for line, parent in self.page.toggles:
            if parent is None:
                self.warn("nested fields shown under no field; left out", line)
                continue
            prefixes = (f"{parent.name}.", f"{parent.name}[].")
            if not any(f.name.startswith(prefixes) for f in self.page.fields):
                self.warn(
                    f"the fields nested in {parent.name!r} are not in the text (folded when "
                    "the page was scraped); it is read without them",
                    line,
                )

    def _read_media_type(self, i: int) -> None:
        """``application/json`` under the body's or the response's heading."""
        text, no = self.lines[i].text or "", self.lines[i].no
        page = self.page
        if self.section == "response":
            if page.success_media not in (None, text):
                self.warn(f"a second response media type {text!r} is not read", no)
            else:
                page.success_media = text
        elif page.body_media not in (None, text):
            self.warn(f"a second request media type {text!r} is not read", no)
        else:
            page.body_media = text

    def _read_status(self, i: int) -> None:
        """A status line under the response's heading: the status of the fields below it.

        The first, a success, is the success's status. Fields under another status would be
        mixed into the success's: that part of the page is left out, with a warning.
        """
        text = self.lines[i].text or ""
        seen = any(f.section == "response" for f in self.page.fields)
        if text.startswith("2") and self.page.success_status is None and not seen:
            self.page.success_status = text
            return
        self.section = "unknown"
        self._add_unplaced(i)

    # -- glued names

    def _resolve_glued_names(self) -> None:
        """Find each marker's name: the line before it, or the tail glued onto that line."""
        to_split: set[int] = set()
        whole_lines: list[int] = []
        for k in range(len(self.lines)):
            if not _is_marker(self.lines[k].text):
                continue
            before = self.lines[k - 1].text if k else None
            if not before or _section_of(before) or _CHROME.match(before):
                self.warn("a field's type line with no name before it; left out", self.lines[k].no)
            elif _NAME_LINE.match(before):
                self.names[k] = before
                whole_lines.append(k - 1)
            else:
                to_split.add(k)
        texts = [
            self._without_run(line.text) if i + 1 in to_split else line.text
            for i, line in enumerate(self.lines)
            if line.text
        ]
        splitter = _GlueSplitter(*_page_words(texts))
        for k in sorted(to_split):
            self._split_name_off(splitter, k)
        for i in whole_lines:
            self.lines[i].text = None

    @staticmethod
    def _without_run(text: str) -> str:
        run = _TRAILING_RUN.search(text)
        return text[: run.start()] if run else text

    def _split_name_off(self, splitter: _GlueSplitter, k: int) -> None:
        owner = self.lines[k - 1]
        assert owner.text is not None
        split = splitter.split(owner.text)
        if split is None:
            run = _TRAILING_RUN.search(owner.text)
            self.warn(
                f"cannot tell where the text ends and the next field's name begins in "
                f"{run.group() if run else owner.text!r}; that field is left out",
                owner.no,
            )
            return  # the text stays whole: the reviewer sees the name where it was glued
        owner.text, self.names[k] = split

    # -- the main walk

    def _step(self, i: int) -> int:
        line = self.lines[i]
        text = line.text
        if text is None:
            return i + 1
        if not text:
            self.blank_before = True
            return i + 1
        if _CHROME.match(text):
            return i + 1
        if self.section in _FIELD_SECTIONS and _TOGGLE.match(text):
            self.page.toggles.append((line.no, self.last_field))
            return i + 1
        if self.section in ("body", "form", "response") and _MEDIA_LINE.match(text):
            self._read_media_type(i)
            return i + 1
        if self.section == "response" and _STATUS_LINE.match(text):
            self._read_status(i)
            return i + 1
        if text.startswith("curl "):
            return self._read_curl(i)
        if text.startswith(("{", "[")):
            return self._read_json(i)
        if self.section is None and self.page.method is None and _starts_operation(text):
            return self._read_method_and_path(i)
        if _is_type_marker(text):
            return self._read_run_together_field(i)
        if _VALUE_MARKER.match(text):
            return self._read_value_meaning(i)
        if self.section in _FIELD_SECTIONS and self._starts_token_field(i):
            return self._read_token_field(i)
        section = _section_of(text)
        if section is not None:
            return self._enter(section, i)
        self._read_prose(i)
        return i + 1

    def _enter(self, section: str, i: int) -> int:
        self._flush_unplaced()
        self.section = section
        self.last_field = None
        self.blank_before = False
        text = self.lines[i].text or ""
        if section == "form":
            self.page.form_body = True
        if section == "values":
            subject = _VALUES_HEADING.match(text)
            assert subject is not None
            self.page.value_lists.append(_ValueList(subject["subject"], self.lines[i].no))
        return i + 1

    def _read_prose(self, i: int) -> None:
        line = self.lines[i]
        text = line.text or ""
        if self.section is None:
            if self.page.title is None and _looks_like_title(text):
                self.page.title = text
            else:
                self._add_paragraph_line(self.page.lead, text)
        elif self.section in ("overview", "response") and not _looks_like_heading(text):
            target = self.page.overview if self.section == "overview" else self.page.response_prose
            self._add_paragraph_line(target, text)
        else:
            if _looks_like_heading(text):
                # A heading the reader does not know: what follows it is not placed either.
                self.section = "unknown"
            self._add_unplaced(i)

    def _add_paragraph_line(self, paragraphs: list[str], text: str) -> None:
        if paragraphs and not self.blank_before:
            paragraphs[-1] += "\n" + text
        else:
            paragraphs.append(text)
        self.blank_before = False

    def _add_unplaced(self, i: int) -> None:
        """Note a line the reader cannot place; one warning per run of such lines."""
        if self.unplaced:
            between = self.lines[self.unplaced[-1] + 1 : i]
            if any(ln.text and not _CHROME.match(ln.text) for ln in between):
                self._flush_unplaced()
        self.unplaced.append(i)

    def _flush_unplaced(self) -> None:
        if not self.unplaced:
            return
        lines = [self.lines[i] for i in self.unplaced]
        first, last = lines[0], lines[-1]
        headings = [ln.text for ln in lines if ln.text and _looks_like_heading(ln.text)]
        listed = f" ({'; '.join(headings)})" if headings else f" ({first.text!r})"
        span = f"line {first.no}" if first.no == last.no else f"lines {first.no}-{last.no}"
        self.warn(
            f"{span}{listed}: not a part of the operation the reader knows; left out", first.no
        )
        self.unplaced = []

    # -- method and path

    def _read_method_and_path(self, i: int) -> int:
        text = self.lines[i].text or ""
        joined = _METHOD_AND_TARGET.match(text)
        if joined:
            target = joined["target"]
            path = urlsplit(target).path if target.startswith("http") else target
            self._set_operation(joined["method"], path or "/", i)
            return i + 1
        pieces: list[str] = []
        j = i + 1
        while j < len(self.lines) and self._continues_path(pieces, self.lines[j].text):
            pieces.append(self.lines[j].text or "")
            j += 1
        if not pieces:
            self.warn(f"the method {text} is not followed by a path; ignored", self.lines[i].no)
            return i + 1
        self._set_operation(text, "".join(pieces), i)
        return j

    @staticmethod
    def _continues_path(pieces: list[str], text: str | None) -> bool:
        """Whether ``text`` is the next piece of a path split one segment per line."""
        if not text or not _PATH_PIECE.match(text):
            return False
        if not pieces:
            return text.startswith("/")
        return text.startswith("/") or pieces[-1].endswith("/")

    def _set_operation(self, method: str, path: str, i: int) -> None:
        self.page.method, self.page.path = method, path
        self.page.method_line = self.lines[i].no

    # -- examples

    def _read_curl(self, i: int) -> int:
        command = ""
        j = i
        while j < len(self.lines):
            text = self.lines[j].text or ""
            j += 1
            if text.endswith("\\"):
                command += text[:-1] + " "
                continue
            command += text
            try:
                tokens = shlex.split(command)
            except ValueError:  # a quoted value runs over several lines
                command += "\n"
                continue
            self.page.curl = _read_curl_tokens(tokens, self.lines[i].no)
            return j
        self.warn("the curl example never ends (an unclosed quote?); ignored", self.lines[i].no)
        return j

    def _read_json(self, i: int) -> int:
        raw_lines: list[str] = []
        j = i
        # A blank line ends an example that never closes: it must not swallow the page.
        while j < len(self.lines) and (j == i or self.lines[j].text != ""):
            raw_lines.append(self.lines[j].text or "")
            j += 1
            if _brackets_balanced("\n".join(raw_lines)):
                break
        raw = "\n".join(raw_lines)
        page = self.page
        into = page.request_examples if self.section in ("body", "form") else page.response_examples
        try:
            value = json.loads(raw)
        except json.JSONDecodeError as exc:
            self.warn(
                f"an example that is not valid JSON ({exc.msg}); kept as text", self.lines[i].no
            )
            into.append(Example(None, "application/json", raw, self.lines[i].no, False, raw))
            return j
        into.append(Example(None, "application/json", value, self.lines[i].no, True, raw))
        return j

    # -- fields

    def _starts_token_field(self, i: int) -> bool:
        """``name`` then a type line (a known type, or type words followed by a flag)."""
        name, type_line = self._text(i), self._text(i + 1)
        if not name or not type_line or not _NAME_LINE.match(name):
            return False
        if _type_schema(type_line) is not None:
            return True
        return bool(_TYPE_WORDS.match(type_line)) and bool(_FLAG.match(self._text(i + 2) or ""))

    def _text(self, i: int) -> str | None:
        return self.lines[i].text if 0 <= i < len(self.lines) else None

    def _read_token_field(self, i: int) -> int:
        name, type_text = self._text(i) or "", self._text(i + 1) or ""
        new = self._new_field(name, type_text, i + 1)
        j = i + 2
        while (flag := _FLAG.match(self._text(j) or "")) is not None:
            self._apply_flag(new, flag)
            j += 1
        while self._text(j) == "":
            j += 1
        text_lines, j = self._field_text(j, first_line_free=True)
        self._finish_field(new, text_lines)
        return j

    def _read_run_together_field(self, i: int) -> int:
        marker = _TYPE_MARKER.match(self.lines[i].text or "")
        assert marker is not None
        opening = _ALLOWED.search(marker["rest"])
        listing = opening is not None and not opening["inline"].strip()
        text_lines, j = self._field_text(i + 1, first_line_free=False, listing=listing)
        name = self.names.get(i)
        if name is None:
            return j  # warned about when the names were resolved
        type_text, *flags = (part.strip() for part in marker["inner"].split(","))
        new = self._new_field(name, type_text, i)
        for flag_text in flags:
            flag = _FLAG.match(flag_text)
            if flag is None:
                self.warn(f"unknown attribute {flag_text!r} of {name!r}; ignored", new.line)
            else:
                self._apply_flag(new, flag)
        first = _Line(self.lines[i].no, marker["rest"])
        self._finish_field(new, [first, *text_lines])
        return j

    def _new_field(self, name: str, type_text: str, type_index: int) -> _Field:
        line = self.lines[type_index].no
        schema = _type_schema(type_text)
        if schema is None:
            self.warn(f"unknown type {type_text!r} of {name!r}; its schema has no type", line)
            schema = {}
        section = self.section or "unknown"
        if section not in _FIELD_SECTIONS:
            self.warn(f"field {name!r} is not under a parameters or response heading", line)
        return _Field(name=name, section=section, line=line, schema=schema)

    @staticmethod
    def _apply_flag(target: _Field, flag: re.Match[str]) -> None:
        word = (flag["flag"] or "").lower()
        if flag["location"] is not None:
            # Where a parameter goes ("header" under "Authorizations"); nothing for a field.
            if target.section in _PARAMETER_SECTIONS:
                target.section = flag["location"].lower()
        elif word == "required":
            target.required = True
        elif word == "deprecated":
            target.deprecated = True
        elif word == "nullable":
            target.schema = make_nullable(target.schema)
        elif flag["default"] is not None:
            target.schema["default"] = coerce_literal(flag["default"], target.schema)

    def _field_text(
        self, j: int, *, first_line_free: bool, listing: bool = False
    ) -> tuple[list[_Line], int]:
        """A field's text lines from ``j`` on (an "Allowed values" list included).

        ``first_line_free``: the first line is text even if it looks like a heading.
        ``listing``: the text so far opened an "Allowed values" list.
        """
        collected: list[_Line] = []
        while j < len(self.lines) and not self._ends_field_text(j):
            text = self.lines[j].text or ""
            first = first_line_free and not collected
            if not listing and not first and _looks_like_heading(text):
                break
            allowed = _ALLOWED.search(text)
            if listing:
                listing = not _ALLOWED_LABEL_ONLY.match(text)
            elif allowed and not allowed["inline"].strip():
                listing = True
            collected.append(self.lines[j])
            j += 1
        return collected, j

    def _ends_field_text(self, j: int) -> bool:
        text = self.lines[j].text
        return (
            not text
            or bool(_CHROME.match(text))
            or text.startswith(("curl ", "{", "["))
            or _is_marker(text)
            or bool(_TOGGLE.match(text))
            or _section_of(text) is not None
            or (self.section in _FIELD_SECTIONS and self._starts_token_field(j))
        )

    def _finish_field(self, new: _Field, text_lines: list[_Line]) -> None:
        line = text_lines[0].no if text_lines else new.line
        description, values = _split_allowed_values([ln.text or "" for ln in text_lines])
        for text in unread_value_lists(description):
            self.warn(f"cannot tell the values in {text!r} of {new.name!r}; no enum is given", line)
        new.description = description
        # The rendered "Allowed values" list, else values the prose states ("One of a, b.").
        stated = StatedValues(values) if values else stated_values(description)
        if stated is not None:
            set_enum(new.schema, stated)
        default = stated_default(description)
        if default is not None and "default" not in new.schema:
            new.schema["default"] = coerce_literal(default, new.schema)
        new.schema = _read_value_hints(new.schema, description, line, self.warn)
        if new.section == "path" and not new.required:
            new.required = True  # a path parameter always is, whatever the page says
        self.page.fields.append(new)
        self.last_field = new

    def _read_value_meaning(self, i: int) -> int:
        marker = _VALUE_MARKER.match(self.lines[i].text or "")
        assert marker is not None
        name = self.names.get(i)
        if self.section != "values" or not self.page.value_lists:
            self._add_unplaced(i)
        elif name is not None:
            self.page.value_lists[-1].values.append((name, marker["rest"].strip()))
        return i + 1


def _starts_operation(text: str) -> bool:
    return bool(_METHOD_ONLY.match(text) or _METHOD_AND_TARGET.match(text))


def _read_curl_tokens(tokens: list[str], line: int) -> _Curl:
    """The method, URL and Content-Type a curl command states."""
    method = url = content_type = None
    for option, value in zip(tokens, [*tokens[1:], ""], strict=True):
        if option in ("-X", "--request"):
            method = value.upper()
        elif option == "--url" or (url is None and option.startswith(("http://", "https://"))):
            url = value if option == "--url" else option
        elif option in ("-H", "--header") and value.lower().startswith("content-type:"):
            content_type = value.split(":", 1)[1].strip()
    return _Curl(line=line, method=method, url=url, content_type=content_type)


def _brackets_balanced(text: str) -> bool:
    """Whether every bracket opened outside a JSON string has closed."""
    depth, in_string, escaped = 0, False, False
    for char in text:
        if escaped:
            escaped = False
        elif in_string:
            escaped = char == "\\"
            in_string = char != '"'
        elif char == '"':
            in_string = True
        elif char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
    return depth <= 0


def _split_allowed_values(texts: list[str]) -> tuple[str, list[str]]:
    """A field's description and the values of its "Allowed values" list.

    Handles ``...- Allowed values:`` then ``a`` / ``,b`` / ``,c`` lines closed by a bare
    ``- Allowed values:`` line, and ``Allowed values: a, b, c`` on one line (a list that is
    not single words, "Allowed values: any text", is not read and stays in the description).
    """
    prose: list[str] = []
    values: list[str] = []
    listing = False
    for text in texts:
        if listing:
            if _ALLOWED_LABEL_ONLY.match(text):
                listing = False
            else:
                values.extend(_list_items(text))
            continue
        allowed = _ALLOWED.search(text)
        if allowed is None:
            prose.append(text)
            continue
        listing = not allowed["inline"].strip()
        inline = None if listing else stated_values(allowed.group().lstrip(" -"))
        if not listing and inline is None:
            prose.append(text)  # not a list of values: the description says what it says
            continue
        before = text[: allowed.start()].rstrip(" -")
        if before:
            prose.append(before)
        values.extend(inline.values if inline is not None else [])
    return "\n".join(prose).strip(), values


def _list_items(text: str) -> list[str]:
    items = (item.strip().strip(_QUOTES) for item in text.split(","))
    return [item for item in items if item]


def _read_value_hints(
    schema: dict[str, Any], description: str, line: int, warn: Callable[[str, int | None], None]
) -> dict[str, Any]:
    """Enum, examples and nullability that a field's prose states.

    ``(“male”, “female”, null)`` is an enum that admits null; ``(e.g., “en”, “es”)`` is
    examples; "null if never used" says null is a value.
    """
    rest = description
    for group in _PARENTHESIZED.finditer(description):
        listed = _quoted_list(group["body"])
        if listed is None:
            continue
        found, admits_null, are_examples = listed
        values = [coerce_literal(v, schema) for v in found]
        if are_examples:
            schema["examples"] = values
            continue
        rest = rest.replace(group.group(), "")  # its `null` is dealt with here
        if "enum" in schema and set(schema["enum"]) != set(values):
            warn(f"the text lists values {found} unlike the allowed values; kept the latter", line)
        else:
            schema["enum"] = values
        if admits_null:
            schema = make_nullable(schema)
    if any(not _NOT_NULL.search(rest[: m.start()]) for m in _NULL.finditer(rest)):
        schema = make_nullable(schema)
    return schema


def _quoted_list(body: str) -> tuple[list[str], bool, bool] | None:
    """``(values, admits null, are examples)`` for a list of quoted values, else None."""
    are_examples = bool(_EXAMPLES_LEAD.match(body))
    items = [item.strip() for item in _EXAMPLES_LEAD.sub("", body).split(",")]
    if len(items) < 2 or any(not _QUOTED.match(i) and i.lower() != "null" for i in items):
        return None
    values = [m["value"] for m in map(_QUOTED.match, items) if m is not None]
    return values, len(values) < len(items), are_examples


# --------------------------------------------------------------------------- building


class _Builder:
    """Turns what was read off the page into the OpenAPI document."""

    def __init__(
        self, page: _Page, path: Path, options: PageOptions, warnings: list[Diagnostic]
    ) -> None:
        self.page = page
        self.file = path
        self.options = options
        self.warnings = warnings

    def warn(self, message: str, line: int | None) -> None:
        self.warnings.append(Diagnostic(message, file=self.file, line=line))

    def build(self) -> dict[str, Any]:
        method, route = self._operation()
        self._apply_value_lists()
        operation: dict[str, Any] = {}
        if self.page.title:
            operation["summary"] = self.page.title
        description = "\n\n".join([*self.page.lead, *self.page.overview])
        if description:
            operation["description"] = description
        parameters = self._parameters(route)
        if parameters:
            operation["parameters"] = parameters
        body = self._request_body()
        if body:
            operation["requestBody"] = body
        operation["responses"] = self._responses()
        document: dict[str, Any] = {
            "openapi": "3.1.0",
            "info": {"title": self.page.title or f"{method.upper()} {route}", "version": "0.0.0"},
        }
        server = self._server(route)
        if server:
            document["servers"] = [{"url": server}]
        document["paths"] = {route: {method: operation}}
        return document

    # -- method and path

    def _operation(self) -> tuple[str, str]:
        """The lower-case method and the path: the page's, else the options', else curl's."""
        given = self._given_operation()
        page, curl = self.page, self.page.curl
        if page.method and page.path:
            if given and given != (page.method, page.path):
                self.warn(
                    f"the page states {page.method} {page.path}, the options "
                    f"{given[0]} {given[1]}; followed the page",
                    page.method_line,
                )
            chosen = (page.method, page.path)
        elif given:
            chosen = given
        elif curl and curl.url and urlsplit(curl.url).path:
            self.warn(
                "the page states no method and path; took them from its curl example "
                '(give --operation "METHOD PATH" to be sure)',
                curl.line,
            )
            chosen = (curl.method or "GET", urlsplit(curl.url).path)
        else:
            raise ClientgenError(
                'the page states no method and path: give --operation "METHOD PATH" '
                "(or the vendor config's operation:)",
                file=self.file,
            )
        if curl and curl.method and curl.method != chosen[0]:
            self.warn(f"the curl example uses {curl.method}, not {chosen[0]}", curl.line)
        return chosen[0].lower(), chosen[1]

    def _given_operation(self) -> tuple[str, str] | None:
        if self.options.operation is None:
            return None
        match = _OPERATION.match(self.options.operation)
        if match is None or match["method"].upper() not in _METHODS:
            raise ClientgenError(
                f'the operation {self.options.operation!r} is not "METHOD /path"', file=self.file
            )
        return match["method"].upper(), match["path"]

    def _server(self, route: str) -> str | None:
        """The server the curl example's full URL states, when it ends with the path."""
        curl = self.page.curl
        if curl is None or curl.url is None or not curl.url.startswith(("http://", "https://")):
            return None
        url = curl.url.split("?", 1)[0]
        if not url.endswith(route):
            self.warn(f"the curl example's URL {url} does not end with the path {route}", curl.line)
            return None
        return url[: -len(route)] or None

    # -- enums from "<Subject> Values" sections

    def _apply_value_lists(self) -> None:
        for value_list in self.page.value_lists:
            if not value_list.values:
                self.warn(f"'{value_list.subject} Values' lists no values", value_list.line)
                continue
            target = self._field_named_by(value_list.subject)
            if target is None:
                self.warn(
                    f"'{value_list.subject} Values' names no documented field; left out",
                    value_list.line,
                )
                continue
            self._set_enum(target, value_list)

    def _field_named_by(self, subject: str) -> _Field | None:
        """The field a subject such as "Voice Status" names: `voice_status`, else `status`."""
        words = subject.lower().split()
        candidates = ["_".join(words[k:]) for k in range(len(words))]
        # Prefer response fields: such sections explain what the API returns.
        ordered = sorted(self.page.fields, key=lambda f: f.section != "response")
        for name in candidates:
            for candidate in ordered:
                if candidate.name == name:
                    return candidate
        return None

    def _set_enum(self, target: _Field, value_list: _ValueList) -> None:
        values = [coerce_literal(v, target.schema) for v, _ in value_list.values]
        known = [v for v in target.schema.get("enum", []) if v is not None]
        if known and set(known) != set(values):
            self.warn(
                f"'{value_list.subject} Values' lists {values}, the field {target.name!r} "
                f"{known}; used the section's list",
                value_list.line,
            )
        nullable = None in target.schema.get("enum", [])
        target.schema["enum"] = [*values, None] if nullable else values
        meanings = [meaning for _, meaning in value_list.values]
        target.schema["x-enum-descriptions"] = [*meanings, None] if nullable else meanings

    # -- parameters and bodies

    def _parameters(self, route: str) -> list[dict[str, Any]]:
        """The header, path and query parameters in page order; the path's own are all there."""
        fields = [f for f in self.page.fields if f.section in _PARAMETER_SECTIONS]
        in_route = _PATH_PARAM.findall(route)
        for source in fields:
            if source.section == "path" and source.name not in in_route:
                self.warn(f"path parameter {source.name!r} is not in the path {route}", source.line)
        parameters = [_parameter(f) for f in fields]
        documented = {f.name for f in fields if f.section == "path"}
        for name in in_route:
            if name not in documented:
                self.warn(f"path parameter {name!r} is not documented; added without a type", None)
                parameters.append({"name": name, "in": "path", "required": True, "schema": {}})
        return parameters

    def _request_body(self) -> dict[str, Any] | None:
        fields = [f for f in self.page.fields if f.section in ("body", "form")]
        examples = self.page.request_examples
        if not fields and not examples:
            return None
        media: dict[str, Any] = {}
        if fields:
            media["schema"] = self._object_schema(fields)
        for example in examples:
            add_example(media, example)
        body: dict[str, Any] = {}
        if any(f.required for f in fields):
            body["required"] = True
        body["content"] = {self._body_media_type(fields): media}
        return body

    def _body_media_type(self, fields: list[_Field]) -> str:
        curl = self.page.curl
        if self.page.body_media:
            return self.page.body_media
        if curl and curl.content_type:
            return curl.content_type.split(";", 1)[0].strip()
        if self.page.form_body or any(has_file(f.schema) for f in fields):
            return "multipart/form-data"
        return "application/json"

    # -- responses

    def _responses(self) -> dict[str, Any]:
        fields = [f for f in self.page.fields if f.section == "response"]
        schema = self._response_schema(fields) if fields else None
        stated = stated_success(s for text in self.page.response_prose for s in sentences(text))
        return build_responses(
            examples=self.page.response_examples,
            stated=self._stated_errors(),
            success_description="\n\n".join(self.page.response_prose) or "Successful response",
            success_schema=schema,
            fits_success=lambda value: is_success_body(value, schema),
            success_status=self.page.success_status or stated or "200",
            success_media=self.page.success_media or "application/json",
        )

    def _response_schema(self, fields: list[_Field]) -> dict[str, Any]:
        """The fields' object, or the wrapper holding an array of them when the page says so."""
        item = self._object_schema(fields)
        prose = " ".join(self.page.response_prose)
        if _BARE_ARRAY.search(prose):
            return {"type": "array", "items": item}
        if not _ARRAY_OF_ITEMS.search(prose):
            return item
        prop = self.options.response_property
        if prop:
            return {"type": "object", "properties": {prop: {"type": "array", "items": item}}}
        self.warn(
            "the response holds an array of these fields under a property the page does not "
            "name (set response_property in the vendor config); read as a bare array",
            fields[0].line,
        )
        return {"type": "array", "items": item}

    def _stated_errors(self) -> list[StatedError]:
        """What the prose states: "return 400 SOME_CODE", sentence by sentence."""
        prose = [*self.page.lead, *self.page.overview, *self.page.response_prose]
        prose += [f.description for f in self.page.fields]
        return stated_errors(s for paragraph in prose for s in sentences(paragraph))

    def _object_schema(self, fields: list[_Field]) -> dict[str, Any]:
        """The fields as an object; dotted names ("data.voice_id") under their parents."""
        builder = ObjectBuilder()
        for source in fields:
            schema = dict(source.schema)
            if source.description:
                schema["description"] = source.description
            if source.deprecated:
                schema["deprecated"] = True
            for problem in builder.add(source.name, schema, required=source.required):
                self.warn(problem, source.line)
        return builder.schema


def _parameter(source: _Field) -> dict[str, Any]:
    parameter: dict[str, Any] = {"name": source.name, "in": source.section}
    if source.required:
        parameter["required"] = True
    if source.description:
        parameter["description"] = source.description
    if source.deprecated:
        parameter["deprecated"] = True
    parameter["schema"] = source.schema
    return parameter
