"""Walks a scraped page's lines once, sorting each into the page's parts (both shapes)."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path
from urllib.parse import urlsplit

from clientgen.core.diagnostics import Diagnostic
from clientgen.sources.readers.field_types import (
    StatedValues,
    coerce_literal,
    make_nullable,
    set_enum,
    stated_default,
    stated_values,
    unread_value_lists,
)
from clientgen.sources.readers.page import PARAMETER_LOCATIONS
from clientgen.sources.readers.responses import Example
from clientgen.sources.readers.scraped.glued_names import TRAILING_RUN, GlueSplitter, page_words
from clientgen.sources.readers.scraped.lines import (
    TYPE_MARKER,
    TYPE_WORDS,
    VALUE_MARKER,
    VALUES_HEADING,
    is_marker,
    is_type_marker,
    logical_lines,
    looks_like_heading,
    looks_like_title,
    section_of,
    type_schema,
)
from clientgen.sources.readers.scraped.scanned_page import (
    Line,
    ScannedField,
    ScannedPage,
    ValueList,
)
from clientgen.sources.readers.scraped.value_hints import (
    ALLOWED,
    ALLOWED_LABEL_ONLY,
    METHOD_AND_TARGET,
    BracketDepth,
    read_curl_tokens,
    read_value_hints,
    split_allowed_values,
    starts_operation,
)

_PATH_PIECE = re.compile(r"^/?(?:[\w{}.~:-]+(?:/[\w{}.~:-]*)*)?$")
PARAMETER_SECTIONS = frozenset(PARAMETER_LOCATIONS)  # sections named as OpenAPI's `in`
_FIELD_SECTIONS = PARAMETER_SECTIONS | {"body", "form", "response"}

# Docs-site furniture, not documentation of the API: the lines a docs platform puts on every
# page (the skip link, the feedback prompt, the footer's "Docs for agents: llms.txt" link to
# the site's index for LLMs). Scraped text has lost the links and rules that would let the
# Mintlify reader tell a footer by its shape, so here the platform's wording tells it.
_CHROME = re.compile(
    r"^(?:skip to (?:main )?content|on this page|was this page helpful\??|copy page|ask ai"
    r"|edit this page|suggest edits|raise issue|powered by \S.*|docs for agents:.*)$",
    re.IGNORECASE,
)
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


class Scanner:
    """Walks the lines once, sorting each into the page's parts."""

    def __init__(self, text: str, path: Path) -> None:
        self.path = path
        self.warnings: list[Diagnostic] = []
        self.lines = logical_lines(text)
        self.names: dict[int, str] = {}  # marker line index → the field or value it names
        self.page = ScannedPage()
        self.section: str | None = None  # None: the preamble, before any heading
        self.blank_before = False  # a blank line since the last prose line
        self.unplaced: list[int] = []  # indexes of lines the reader could not place
        self.last_field: ScannedField | None = None  # the last field read in this section

    def warn(self, message: str, line: int | None) -> None:
        self.warnings.append(Diagnostic(message, file=self.path, line=line))

    def scan(self) -> ScannedPage:
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
            if not is_marker(self.lines[k].text):
                continue
            before = self.lines[k - 1].text if k else None
            if not before or section_of(before) or _CHROME.match(before):
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
        splitter = GlueSplitter(*page_words(texts))
        for k in sorted(to_split):
            self._split_name_off(splitter, k)
        for i in whole_lines:
            self.lines[i].text = None

    @staticmethod
    def _without_run(text: str) -> str:
        run = TRAILING_RUN.search(text)
        return text[: run.start()] if run else text

    def _split_name_off(self, splitter: GlueSplitter, k: int) -> None:
        owner = self.lines[k - 1]
        assert owner.text is not None
        split = splitter.split(owner.text)
        if split is None:
            run = TRAILING_RUN.search(owner.text)
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
        if self.section is None and self.page.method is None and starts_operation(text):
            return self._read_method_and_path(i)
        if is_type_marker(text):
            return self._read_run_together_field(i)
        if VALUE_MARKER.match(text):
            return self._read_value_meaning(i)
        if self.section in _FIELD_SECTIONS and self._starts_token_field(i):
            return self._read_token_field(i)
        section = section_of(text)
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
            subject = VALUES_HEADING.match(text)
            assert subject is not None
            self.page.value_lists.append(ValueList(subject["subject"], self.lines[i].no))
        return i + 1

    def _read_prose(self, i: int) -> None:
        line = self.lines[i]
        text = line.text or ""
        if self.section is None:
            if self.page.title is None and looks_like_title(text):
                self.page.title = text
            else:
                self._add_paragraph_line(self.page.lead, text)
        elif self.section in ("overview", "response") and not looks_like_heading(text):
            target = self.page.overview if self.section == "overview" else self.page.response_prose
            self._add_paragraph_line(target, text)
        else:
            if looks_like_heading(text):
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
        headings = [ln.text for ln in lines if ln.text and looks_like_heading(ln.text)]
        listed = f" ({'; '.join(headings)})" if headings else f" ({first.text!r})"
        span = f"line {first.no}" if first.no == last.no else f"lines {first.no}-{last.no}"
        self.warn(
            f"{span}{listed}: not a part of the operation the reader knows; left out", first.no
        )
        self.unplaced = []

    # -- method and path

    def _read_method_and_path(self, i: int) -> int:
        text = self.lines[i].text or ""
        joined = METHOD_AND_TARGET.match(text)
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
            self.page.curl = read_curl_tokens(tokens, self.lines[i].no)
            return j
        self.warn("the curl example never ends (an unclosed quote?); ignored", self.lines[i].no)
        return j

    def _read_json(self, i: int) -> int:
        raw_lines: list[str] = []
        brackets = BracketDepth()
        j = i
        # A blank line ends an example that never closes: it must not swallow the page.
        while j < len(self.lines) and (j == i or self.lines[j].text != ""):
            line = self.lines[j].text or ""
            balanced = brackets.feed(("\n" if raw_lines else "") + line)
            raw_lines.append(line)
            j += 1
            if balanced:
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
        if type_schema(type_line) is not None:
            return True
        return bool(TYPE_WORDS.match(type_line)) and bool(_FLAG.match(self._text(i + 2) or ""))

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
        marker = TYPE_MARKER.match(self.lines[i].text or "")
        assert marker is not None
        opening = ALLOWED.search(marker["rest"])
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
        first = Line(self.lines[i].no, marker["rest"])
        self._finish_field(new, [first, *text_lines])
        return j

    def _new_field(self, name: str, type_text: str, type_index: int) -> ScannedField:
        line = self.lines[type_index].no
        schema = type_schema(type_text)
        if schema is None:
            self.warn(f"unknown type {type_text!r} of {name!r}; its schema has no type", line)
            schema = {}
        section = self.section or "unknown"
        if section not in _FIELD_SECTIONS:
            self.warn(f"field {name!r} is not under a parameters or response heading", line)
        return ScannedField(name=name, section=section, line=line, schema=schema)

    @staticmethod
    def _apply_flag(target: ScannedField, flag: re.Match[str]) -> None:
        word = (flag["flag"] or "").lower()
        if flag["location"] is not None:
            # Where a parameter goes ("header" under "Authorizations"); nothing for a field.
            if target.section in PARAMETER_SECTIONS:
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
    ) -> tuple[list[Line], int]:
        """A field's text lines from ``j`` on (an "Allowed values" list included).

        ``first_line_free``: the first line is text even if it looks like a heading.
        ``listing``: the text so far opened an "Allowed values" list.
        """
        collected: list[Line] = []
        while j < len(self.lines) and not self._ends_field_text(j):
            text = self.lines[j].text or ""
            first = first_line_free and not collected
            if not listing and not first and looks_like_heading(text):
                break
            allowed = ALLOWED.search(text)
            if listing:
                listing = not ALLOWED_LABEL_ONLY.match(text)
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
            or is_marker(text)
            or bool(_TOGGLE.match(text))
            or section_of(text) is not None
            or (self.section in _FIELD_SECTIONS and self._starts_token_field(j))
        )

    def _finish_field(self, new: ScannedField, text_lines: list[Line]) -> None:
        line = text_lines[0].no if text_lines else new.line
        description, values = split_allowed_values([ln.text or "" for ln in text_lines])
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
        new.schema = read_value_hints(new.schema, description, line, self.warn)
        if new.section == "path" and not new.required:
            new.required = True  # a path parameter always is, whatever the page says
        self.page.fields.append(new)
        self.last_field = new

    def _read_value_meaning(self, i: int) -> int:
        marker = VALUE_MARKER.match(self.lines[i].text or "")
        assert marker is not None
        name = self.names.get(i)
        if self.section != "values" or not self.page.value_lists:
            self._add_unplaced(i)
        elif name is not None:
            self.page.value_lists[-1].values.append((name, marker["rest"].strip()))
        return i + 1
