"""Site-relative links in a vendor's prose made absolute from its documentation site.

Mintlify pages link to each other by path (``[Speak](/api-v2/post/tts)``), which means nothing
in a docstring or an IDE tooltip; with the vendor's ``docs_url`` they become
``https://docs.bland.ai/api-v2/post/tts``.
"""

from __future__ import annotations

import re
from typing import Any, Final

from clientgen.core.openapi import walk_nodes

_PROSE_KEYS: Final = ("description", "summary")
# `](/path)`, not `](//host/...)` (protocol-relative), nor a link inside the page (`](#x)`).
_SITE_RELATIVE: Final = re.compile(r"\]\((/(?!/)[^)\s]*)\)")


def absolute_doc_links(document: Any, docs_url: str) -> int:
    """Rewrite, in place, every site-relative Markdown link of the document's descriptions and
    summaries; return how many were rewritten."""
    count = 0

    def absolute(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"]({docs_url}{match.group(1)})"

    for node, _where in walk_nodes(document):
        for key in _PROSE_KEYS:
            if isinstance(node.get(key), str):
                node[key] = _SITE_RELATIVE.sub(absolute, node[key])
    return count
