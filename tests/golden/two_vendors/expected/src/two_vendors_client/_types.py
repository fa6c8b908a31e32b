"""``NOT_GIVEN``: the default of every optional argument, so that ``None`` can mean null.

An argument left out is not sent; one passed as ``None`` is sent as JSON ``null`` where the
API accepts null (``description=None`` clears a description), and ``timeout=None`` means no
timeout, as in httpx.
"""

import enum
from typing import Final, Literal

__all__ = ["NOT_GIVEN", "NotGiven"]


class NotGiven(enum.Enum):
    """The type of :data:`NOT_GIVEN`; a one-member enum, so that ``x is not NOT_GIVEN`` narrows
    ``x`` for type checkers."""

    NOT_GIVEN = "NOT_GIVEN"

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __bool__(self) -> Literal[False]:
        return False


NOT_GIVEN: Final = NotGiven.NOT_GIVEN
