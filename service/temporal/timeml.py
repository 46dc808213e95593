"""The TimeML view of the tagger's output: a range is annotated as its two ends.

The product keeps "from 2015 to 2018" as one interval (one event span on a timeline); TimeML and the
TempEval scorers mark "2015" and "2018" as two DATEs. Each range expression carries both ends with their
own offsets and values, so either view comes from one run.
"""

from __future__ import annotations

from collections.abc import Iterable

from service.temporal.model import Expression


def timeml_view(expressions: Iterable[Expression]) -> list[Expression]:
    """The expressions with every range replaced by its two ends, in text order."""
    out: list[Expression] = []
    for expr in expressions:
        out.extend(expr.parts or (expr,))
    return out
