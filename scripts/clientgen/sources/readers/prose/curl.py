"""Curl examples: the server and the body's media type they show (never the operation)."""

from __future__ import annotations

import re
import shlex

from clientgen.sources.readers.page_log import PageLog
from clientgen.sources.readers.page_openapi import ROUTE_PARAMETER
from clientgen.sources.readers.prose.blocks import Code
from clientgen.sources.readers.prose.page_model import Curl

_SHELL_LANGUAGES = frozenset({"bash", "sh", "shell", "zsh", "curl", "console", "terminal", ""})

# curl options whose value is the next word (so that the value is not taken for the URL).
_CURL_VALUED = frozenset(
    {"-u", "--user", "-o", "--output", "-A", "--user-agent", "-e", "--referer", "-b", "--cookie"}
    | {"-c", "--cookie-jar", "-m", "--max-time", "--connect-timeout", "-T", "--upload-file"}
)
_CURL_DATA = frozenset(
    {"-d", "--data", "--data-raw", "--data-binary", "--data-urlencode", "--json"}
)
_CURL_FORM = frozenset({"-F", "--form", "--form-string"})


def curl_examples(code: Code, log: PageLog) -> list[Curl]:
    """The curl commands of a shell block (none for other languages)."""
    if code.language not in _SHELL_LANGUAGES:
        return []
    lines = code.body.split("\n")
    out: list[Curl] = []
    index = 0
    while index < len(lines):
        start = index
        command = lines[index].strip().removeprefix("$ ").strip()
        index += 1
        if not command.startswith("curl "):
            continue
        # A command runs on over escaped line ends, and over a quoted body's own lines.
        while index < len(lines) and (command.endswith("\\") or _unclosed_quote(command)):
            if command.endswith("\\"):
                command = command[:-1].rstrip() + " " + lines[index].strip()
            else:
                command += "\n" + lines[index]
            index += 1
        try:
            tokens = shlex.split(command)
        except ValueError as exc:
            log.warn(f"the curl example is not read ({exc})", code.line + 1 + start)
            continue
        out.append(_curl(tokens, code.line + 1 + start))
    return out


def _unclosed_quote(command: str) -> bool:
    try:
        shlex.split(command)
    except ValueError:
        return True
    return False


def _curl(tokens: list[str], line: int) -> Curl:
    method: str | None = None
    url: str | None = None
    form = data = False
    content_type: str | None = None
    index = 1
    while index < len(tokens):
        word = tokens[index]
        value = tokens[index + 1] if index + 1 < len(tokens) else ""
        step = 2
        if word in ("-X", "--request"):
            method = value.upper()
        elif word.startswith("-X") and len(word) > 2:
            method, step = word[2:].upper(), 1
        elif word in ("-H", "--header"):
            name, _, text = value.partition(":")
            if name.strip().lower() == "content-type":
                content_type = text.split(";")[0].strip().lower()
        elif word in _CURL_FORM:
            form = True
        elif word in _CURL_DATA:
            data = True
        elif word == "--url":
            url = value
        elif word in _CURL_VALUED:
            pass
        else:
            step = 1
            if url is None and word.startswith(("http://", "https://")):
                url = word
        index += step
    if method is None:
        method = "POST" if form or data else "GET"
    return Curl(line, method, url, form, content_type)


def route_pattern(route: str) -> str:
    """A regex for a path template: each ``{name}`` stands for one segment."""
    pieces = re.split(r"(\{[^{}/]+\})", route)
    return "".join("[^/]+" if ROUTE_PARAMETER.fullmatch(p) else re.escape(p) for p in pieces)
