"""make bench's outputs beside its table: the charts and the tables it writes into the docs."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench"


def _bench_module(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCH))
    try:
        return importlib.import_module(name)
    finally:
        sys.path.remove(str(BENCH))


def _row(name: str, value: float, baseline: float, ok: bool | None = True) -> dict[str, Any]:
    ratio = value / baseline if baseline else float("nan")
    return {"name": name, "value": value, "baseline": baseline, "unit": "us",
            "ratio": ratio, "target": "<= 1.00", "ok": ok}  # fmt: skip


def test_the_tables_replace_only_what_their_markers_hold(tmp_path: Path) -> None:
    report = _bench_module("report")
    page = tmp_path / "page.md"
    page.write_text("before\n<!-- bench:full -->\nold\n<!-- /bench -->\nafter\n")
    unmarked = tmp_path / "other.md"
    unmarked.write_text("no markers\n")
    rows = [_row("2. polls per task", 13, 19), _row("1. sync sonic.get per call", 50, 0, None)]
    changed = report.write_tables(rows, {"full": page, "headline": unmarked})
    text = page.read_text()
    assert changed == [page]
    assert text.startswith("before\n<!-- bench:full -->\n| benchmark |")
    assert text.endswith("<!-- /bench -->\nafter\n")
    assert "old" not in text
    assert text.index("1. sync") < text.index("2. polls")  # by section
    assert "| n/a | <= 1.00 | n/a |" in text  # a zero baseline, a row with no target
    assert unmarked.read_text() == "no markers\n"
    assert report.write_tables(rows, {"full": page}) == []  # the same rows: nothing to write


@pytest.mark.slow  # matplotlib's first import takes seconds
def test_charts_are_drawn_from_complete_rows_the_same_each_time(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    charts = _bench_module("charts")
    rows = [
        _row(bar.row + " (measured)", 10.0 + n, 12.0)
        for n, bar in enumerate(b for c in charts.CHARTS for p in c.panels for b in p.bars)
    ]
    drawn = charts.draw(rows, tmp_path / "a")
    assert [p.name for p in drawn] == [c.file for c in charts.CHARTS]
    again = charts.draw(rows, tmp_path / "b")
    assert [p.read_bytes() for p in drawn] == [p.read_bytes() for p in again]
    assert "<svg" in drawn[0].read_text()
    overhead = charts.CHARTS[0].panels[0].bars[0].row
    partial = [row for row in rows if not row["name"].startswith(overhead)]
    assert charts.CHARTS[0].file not in {p.name for p in charts.draw(partial, tmp_path / "c")}
