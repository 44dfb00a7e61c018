"""The benchmarks as text: the markdown tables ``make bench`` prints and writes into the docs.

Rows are dicts as in ``bench/results.json``. Two tables are kept up to date between marker
comments, so neither page can go stale after a run: every row in ``docs/benchmarks.md``
(``<!-- bench:full -->``) and the headline rows in ``README.md`` (``<!-- bench:headline -->``),
each block ending at ``<!-- /bench -->``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PAGES = {"full": ROOT / "docs" / "benchmarks.md", "headline": ROOT / "README.md"}
# The README's rows (the start of each row's name), in this order.
HEADLINE = (
    "1. sync sonic.get per call",
    "1. async sonic.get per call",
    "2. polls per task",
    "6. median detection delay",
    "11. time to the first audio byte",
    "7. 5 SIGKILLs then resume: creates sent twice",
    "8. 4 processes, one key: creates refused",
    "10. songs finished when the wait returns",
)


def _order(row: dict[str, Any]) -> int:
    return int(row["name"].split(".", 1)[0])


def _ratio(row: dict[str, Any]) -> str:
    ratio = float(row["ratio"])
    return "n/a" if ratio != ratio else f"{ratio:.2f}"  # NaN: a baseline of 0


def _verdict(row: dict[str, Any]) -> str:
    return "n/a" if row["ok"] is None else "yes" if row["ok"] else "NO"


def full_table(rows: list[dict[str, Any]]) -> str:
    """Every row, by section."""
    lines = ["| benchmark | value | baseline | ratio | target | ok |", "|---|---|---|---|---|---|"]
    for r in sorted(rows, key=_order):
        lines.append(
            f"| {r['name']} | {r['value']:g} {r['unit']} | {r['baseline']:g} {r['unit']} "
            f"| {_ratio(r)} | {r['target']} | {_verdict(r)} |"
        )
    return "\n".join(lines)


def headline_table(rows: list[dict[str, Any]]) -> str:
    """The README's rows: what each measures, ours, the baseline, the ratio."""
    lines = ["| benchmark | ours | baseline | ratio |", "|---|---|---|---|"]
    for start in HEADLINE:
        r = next((row for row in rows if row["name"].startswith(start)), None)
        if r is not None:
            lines.append(
                f"| {r['name']} | {r['value']:g} {r['unit']} | {r['baseline']:g} {r['unit']} "
                f"| {_ratio(r)} |"
            )
    return "\n".join(lines)


def write_tables(rows: list[dict[str, Any]], pages: dict[str, Path] = PAGES) -> list[Path]:
    """Replace each page's marked table with the one these rows make; the pages changed."""
    made = {"full": full_table(rows), "headline": headline_table(rows)}
    changed = []
    for kind, page in pages.items():
        text = page.read_text(encoding="utf-8")
        marked = re.compile(rf"(<!-- bench:{kind} -->\n).*?(<!-- /bench -->)", re.DOTALL)
        if marked.search(text) is None:
            continue
        new = marked.sub(lambda m: m[1] + made[kind] + "\n" + m[2], text)  # noqa: B023
        if new != text:
            page.write_text(new, encoding="utf-8")
            changed.append(page)
    return changed
