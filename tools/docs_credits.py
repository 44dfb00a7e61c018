"""The "Credits Usage Guide" page: what each operation costs, compared with ``x-credits``.

A capture of the guide is its rendered text: headings naming a section (``sonic``,
``producer``, ...) and table rows of an operation and its credits per call, the cells
separated by a tab (a browser's copy of a table), `` | `` or ``:``::

    sonic
    create music	20
    extend / remaster / add vocals / add instrumental	15

A row names one or more operations (split on ``/`` and ``,``), each matched within its
section by its docs page title (``create music``, ``stems basic``) or its method name
(``add vocals``). Findings: ``credits-changed`` (the page and the spec's ``x-credits``
differ) and ``credits-unmatched`` (a row that names no operation of the spec).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from generator import spec as spec_mod
from tools.docs_page import API_URL

if TYPE_CHECKING:
    from generator.spec import Json

TITLE = "credits usage guide"
ROW = re.compile(
    r"^(?P<name>[^\t|:]+?)\s*(?:\t+|\s\|\s|:)\s*(?P<credits>\d+(?:\.\d+)?)\s*(?:credits?)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CreditRow:
    """One row of the guide: a section, the operation names it lists, credits per call."""

    section: str
    names: tuple[str, ...]
    credits: float
    line: int


def _fold(text: str) -> str:
    return " ".join(text.lower().replace("_", " ").replace("-", " ").split())


def read_rows(text: str, spec: Json) -> list[CreditRow] | None:
    """The guide's rows, or None when ``text`` is not the credits guide (an operation page,
    which shows an API URL)."""
    lines = [line.replace("\u00a0", " ").rstrip() for line in text.splitlines()]
    starts = [n for n, line in enumerate(lines) if _fold(line) == TITLE]
    if not starts or any(API_URL.match(line.strip()) for line in lines):
        return None
    sections = {_fold(op.section) for op in spec_mod.documented_operations(spec)}
    rows: list[CreditRow] = []
    section = ""
    for number, line in enumerate(lines[starts[-1] + 1 :], starts[-1] + 2):
        stripped = line.strip()
        if _fold(stripped) in sections:
            section = _fold(stripped)
            continue
        match = ROW.match(stripped)
        if match is None:
            continue
        names = tuple(_fold(n) for n in re.split(r"[/,]", match["name"]) if n.strip())
        rows.append(CreditRow(section, names, float(match["credits"]), number))
    return rows or None


def _operations(spec: Json) -> dict[tuple[str, str], tuple[str, float | None]]:
    """(section, folded name) -> (operation key, its x-credits), by title and by method."""
    found: dict[tuple[str, str], tuple[str, float | None]] = {}
    for op in spec_mod.documented_operations(spec):
        key = f"{op.family}.{op.sdk_method}"
        credits = float(op.credits) if op.credits is not None else None
        section = _fold(op.section)
        for name in (*(_fold(page.title) for page in op.pages), _fold(op.sdk_method)):
            found.setdefault((section, name), (key, credits))
            found.setdefault(("", name), (key, credits))  # rows under no known heading
    return found


def compare(rows: list[CreditRow], source: str, spec: Json) -> list[tuple[str, str, str]]:
    """``(operation, kind, message)`` for each row whose price differs from the spec."""
    operations = _operations(spec)
    findings: list[tuple[str, str, str]] = []
    for row in rows:
        for name in row.names:
            found = operations.get((row.section, name)) or operations.get(("", name))
            if found is None:
                where = f"{row.section} " if row.section else ""
                findings.append(
                    (
                        f"(credits) {where}{name}",
                        "credits-unmatched",
                        f"line {row.line}: '{name}' costs {row.credits:g} credits on the page "
                        "and names no operation of the spec",
                    )
                )
                continue
            key, credits = found
            if credits != row.credits:
                spec_says = f"{credits:g}" if credits is not None else "no figure"
                findings.append(
                    (
                        key,
                        "credits-changed",
                        f"costs {row.credits:g} credits on the page, {spec_says} in the spec "
                        f"(x-credits; {source} line {row.line})",
                    )
                )
    return findings


__all__ = ["CreditRow", "compare", "read_rows"]
