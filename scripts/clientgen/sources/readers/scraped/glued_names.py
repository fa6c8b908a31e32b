"""Field names glued onto the end of the previous field's text (the *run together* shape)."""

from __future__ import annotations

import re

from clientgen.sources.readers.scraped.lines import APOSTROPHES

_NAME = re.compile(r"^[a-z_][A-Za-z0-9_]*$")
TRAILING_RUN = re.compile(r"[A-Za-z0-9_]+$")
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


class GlueSplitter:
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
        run = TRAILING_RUN.search(text)
        if run is None:
            return None
        start = run.start()
        before = text[start - 1] if start else ""
        if not before or not (before.isspace() or before in APOSTROPHES):
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


def page_words(texts: list[str]) -> tuple[set[str], set[str]]:
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
