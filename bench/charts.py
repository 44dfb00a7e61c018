"""The benchmarks as pictures: ``make bench`` draws its rows into ``docs/img/*.svg``.

Each chart is drawn from the rows of a run (``bench/results.json``): our figure in colour,
the baseline it is measured against in grey, so the picture says what the table's ratio says.
A chart whose rows a run did not make keeps its last file. ``python bench/charts.py`` redraws
them all from the last results.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

ROOT = Path(__file__).resolve().parents[1]
IMG = ROOT / "docs" / "img"
RESULTS = ROOT / "bench" / "results.json"
OURS, BASE = "#3f51b5", "#b0b7c9"


@dataclass(frozen=True)
class Bar:
    """One bar: a row's measured value (ours) or its baseline."""

    label: str
    row: str  # the start of the row's name
    side: Literal["value", "baseline"]

    @property
    def colour(self) -> str:
        return OURS if self.side == "value" else BASE


@dataclass(frozen=True)
class Panel:
    unit: str
    bars: tuple[Bar, ...]


@dataclass(frozen=True)
class Chart:
    file: str
    title: str
    panels: tuple[Panel, ...]


def _ours(label: str, row: str) -> Bar:
    return Bar(label, row, "value")


def _base(label: str, row: str) -> Bar:
    return Bar(label, row, "baseline")


CHARTS = (
    Chart(
        "bench-overhead.svg",
        "Per call: musicapi-client against raw httpx2 on the same transport",
        (
            Panel(
                "microseconds per call",
                (
                    _ours("sync get (ours)", "1. sync sonic.get"),
                    _base("sync get (httpx2)", "1. sync sonic.get"),
                    _ours("async get (ours)", "1. async sonic.get"),
                    _base("async get (httpx2)", "1. async sonic.get"),
                    _ours("sync upload (ours)", "1. sync riffusion.upload"),
                    _base("sync upload (httpx2)", "1. sync riffusion.upload"),
                ),
            ),
        ),
    ),
    Chart(
        "bench-detection.svg",
        "How soon a finished song is noticed",
        (
            Panel(
                "median delay, % of the generation",
                (
                    _base("fixed 5 s polling", "2. median detection delay"),
                    _ours("adaptive polling", "2. median detection delay"),
                    _ours("webhooks", "6. median detection delay"),
                ),
            ),
            Panel(
                "polls per task",
                (
                    _base("fixed 5 s polling", "2. polls per task"),
                    _ours("adaptive polling", "2. polls per task"),
                    _ours("webhooks", "6. polls per task"),
                ),
            ),
        ),
    ),
    Chart(
        "bench-first-audio.svg",
        "Time to first audio",
        (
            Panel(
                "seconds",
                (
                    _ours("wait(until='streaming')", "2. time to first audio"),
                    _base("wait() for the finished song", "2. time to first audio"),
                    _ours("stream_audio(): first byte", "11. time to the first audio byte"),
                    _base("download(): the whole file", "11. time to the first audio byte"),
                ),
            ),
        ),
    ),
    Chart(
        "bench-processes.svg",
        "Many processes, one key: the pacing bound is reached, not passed",
        (
            Panel(
                "seconds from first create to last done",
                (
                    _ours("500 jobs, 1 process", "7. 500 jobs under pacing"),
                    _base("its pacing bound", "7. 500 jobs under pacing"),
                    _ours("300 jobs, 3 workers, 3 keys", "8. 300 jobs, 3 workers"),
                    _base("a third of one key's bound", "8. 300 jobs, 3 workers"),
                ),
            ),
            Panel(
                "creates the mock refused as too early",
                (
                    _ours("4 processes, one key", "8. 4 processes, one key: creates refused"),
                    _base("creates sent", "8. 4 processes, one key: creates refused"),
                ),
            ),
        ),
    ),
    Chart(
        "bench-vendor.svg",
        "Beside the vendor's musicapi-sdk on the same mock",
        (
            Panel(
                "microseconds per sonic.get",
                (
                    _ours("musicapi-client", "10. sonic.get per call"),
                    _base("musicapi-sdk", "10. sonic.get per call"),
                ),
            ),
            Panel(
                "songs finished when the wait returns (of 4)",
                (
                    _ours("musicapi-client", "10. songs finished"),
                    _base("musicapi-sdk", "10. songs finished"),
                ),
            ),
        ),
    ),
)


def _value(rows: list[dict[str, Any]], bar: Bar) -> float | None:
    row = next((row for row in rows if row["name"].startswith(bar.row)), None)
    return None if row is None else float(row[bar.side])


def _draw(chart: Chart, values: list[list[tuple[Bar, float]]], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "musicapi-client"  # the same file for the same figures
    plt.rcParams["svg.fonttype"] = "none"  # text as text: small files, and searchable
    heights = [0.5 + 0.38 * len(bars) for bars in values]
    figure, axes_list = plt.subplots(
        len(values),
        1,
        figsize=(7.5, 0.6 + sum(heights)),
        gridspec_kw={"height_ratios": heights},
        squeeze=False,
    )
    for axes, panel, bars in zip(axes_list[:, 0], chart.panels, values, strict=True):
        labels = [bar.label for bar, _ in bars]
        numbers = [number for _, number in bars]
        places = list(range(len(bars)))[::-1]
        axes.barh(places, numbers, height=0.6, color=[bar.colour for bar, _ in bars])
        for place, number in zip(places, numbers, strict=True):
            axes.text(number, place, f" {number:.3g}", va="center", fontsize=8)
        axes.set_yticks(places, labels, fontsize=9)
        axes.set_xlabel(panel.unit, fontsize=9)
        axes.set_xlim(0, (max(numbers) or 1) * 1.18)
        for side in ("top", "right"):
            axes.spines[side].set_visible(False)
    figure.suptitle(chart.title, fontsize=10)
    figure.tight_layout()
    figure.savefig(path, format="svg", metadata={"Date": None})
    plt.close(figure)


def draw(rows: list[dict[str, Any]], folder: Path = IMG) -> list[Path]:
    """Every chart all of whose rows are in ``rows``; the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    drawn: list[Path] = []
    for chart in CHARTS:
        values = [[(bar, _value(rows, bar)) for bar in panel.bars] for panel in chart.panels]
        if any(number is None for panel in values for _, number in panel):
            continue
        found = [[(bar, number) for bar, number in panel if number is not None] for panel in values]
        _draw(chart, found, folder / chart.file)
        drawn.append(folder / chart.file)
    return drawn


def main() -> int:
    rows = json.loads(RESULTS.read_text(encoding="utf-8"))["rows"]
    for path in draw(rows):
        print(f"drew {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
