"""The docs drift checker reads real-looking captures and reports exactly what changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import spec as spec_mod
from tools import docs_check
from tools.docs_page import PageError, parse_page, read_page

CAPTURES = Path(__file__).parent / "captures"
# The captures below were written against the mid-2025 docs; they are checked against the
# spec of that time (0.1.0), kept here, so each still shows exactly its one kind of change.
SPEC_2025 = Path(__file__).parent / "spec-2025-06.yaml"
SEED = spec_mod.ROOT.parent / "shared" / "reference" / "musicapi" / "seed-riffusion-upload-page.txt"

EXPECTED = {
    "sonic-extend_no-drift.txt": set(),
    "sonic-upload_chinese.txt": set(),
    "credits-get_html.html": set(),
    "riffusion-upload_added-field.txt": {("field-added", "callback_url")},
    "riffusion-extend_removed-enum.txt": {("enum-removed", "mv")},
    "lyrics-make_required-changed.txt": {("required-changed", "description")},
    "sonic-stems_new-operation.txt": {("operation-added", None)},
    "nuro-get_deprecated-section.txt": {("section-deprecated", None)},
    "nuro-vocal_unparsed-enum.txt": {("enum-unparsed", "genre")},
}


def _spec_2025() -> dict[str, object]:
    return spec_mod.load(SPEC_2025)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_capture_reports_exactly_its_change(name: str) -> None:
    findings, errors = docs_check.check([CAPTURES / name], _spec_2025())
    assert errors == []
    assert {(f.kind, f.field) for f in findings} == EXPECTED[name]


def test_captures_map_to_the_right_operations() -> None:
    pages = docs_check.spec_pages(_spec_2025())
    spec = _spec_2025()
    expected = {
        "sonic-extend_no-drift.txt": "sonic.extend",
        "riffusion-extend_removed-enum.txt": "riffusion.extend",
        "sonic-upload_chinese.txt": "sonic.upload",
        "credits-get_html.html": "credits.get",
        "nuro-vocal_unparsed-enum.txt": "nuro.create_vocal",
    }
    for name, key in expected.items():
        target = docs_check.match_page(read_page(CAPTURES / name), pages, spec)
        assert target is not None, name
        assert target.key == key, name


def test_capture_quirks_are_handled() -> None:
    raw = (CAPTURES / "sonic-extend_no-drift.txt").read_bytes()
    assert b"\r\n" in raw
    assert "\u00a0".encode() in raw
    page = read_page(CAPTURES / "sonic-extend_no-drift.txt")
    assert (page.method, page.path, page.title, page.section) == (
        "POST",
        "/api/v1/sonic/create",
        "extend music",
        "sonic",
    )
    fields = {f.name: f for f in page.body}
    assert fields["continue_at"].type == "integer"
    assert fields["title"].bounds == {"maxLength": 80}
    values, unparsed = docs_check.split_enum(
        fields["mv"].enum_text or "",
        ["sonic-v4", "sonic-v4-5", "sonic-v4-5-plus", "sonic-v3-5", "sonic-v5"],
    )
    assert values == ["sonic-v3-5", "sonic-v4", "sonic-v4-5", "sonic-v4-5-plus", "sonic-v5"]
    assert unparsed == []
    chinese = read_page(CAPTURES / "sonic-upload_chinese.txt")
    assert chinese.language == "zh"
    assert [(f.name, f.required) for f in chinese.body] == [("url", True)]


@pytest.mark.skipif(not SEED.exists(), reason="../shared is not beside the checkout")
def test_the_seed_capture_agrees_with_the_spec() -> None:
    page = read_page(SEED)
    assert (page.method, page.path, page.section) == (
        "POST",
        "/api/v1/riffusion/upload",
        "riffusion",
    )
    assert [f.name for f in page.response] == ["code", "clip_id", "message"]
    findings, errors = docs_check.check([SEED], _spec_2025())
    assert (findings, errors) == ([], [])


def test_enum_splitting_prefers_known_values_and_reports_leftovers() -> None:
    known = ["FUZZ-1.1 Pro", "FUZZ-1.1", "FUZZ-1.0 Pro", "FUZZ-1.0"]
    assert docs_check.split_enum("FUZZ-1.1FUZZ-1.1 ProFUZZ-1.0", known) == (
        ["FUZZ-1.1", "FUZZ-1.1 Pro", "FUZZ-1.0"],
        [],
    )
    assert docs_check.split_enum("FUZZ-1.1 ProFUZZ-2.0FUZZ-1.0", known) == (
        ["FUZZ-1.1 Pro", "FUZZ-1.0"],
        ["FUZZ-2.0"],
    )
    assert docs_check.split_enum("a\nb", []) == ([], ["a", "b"])


def test_complete_reports_operations_no_page_covers() -> None:
    findings, _ = docs_check.check(
        [CAPTURES / "sonic-upload_chinese.txt"], _spec_2025(), complete=True
    )
    uncovered = [f for f in findings if f.kind == "not-covered"]
    assert len(uncovered) == len(docs_check.spec_pages(_spec_2025())) - 1 == 26


def test_a_page_without_an_operation_is_unreadable(tmp_path: Path) -> None:
    guide = tmp_path / "faq.txt"
    guide.write_text(
        "MusicAPI\nFrequently Asked Questions\nHow do credits work?\n", encoding="utf-8"
    )
    with pytest.raises(PageError):
        parse_page(guide.read_text())
    assert docs_check.main([str(guide)]) == 2
    assert docs_check.main([str(tmp_path / "missing.txt")]) == 2


def test_cli_exit_codes_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    old = ["--spec", str(SPEC_2025)]
    assert docs_check.main([str(CAPTURES / "sonic-extend_no-drift.txt"), *old]) == 0
    assert "no drift" in capsys.readouterr().out
    added = CAPTURES / "riffusion-upload_added-field.txt"
    assert docs_check.main([str(added), "--json", *old]) == 1
    (finding,) = json.loads(capsys.readouterr().out)
    assert finding["operation"] == "riffusion.upload"
    assert finding["kind"] == "field-added"
    assert docs_check.main([str(CAPTURES), *old]) == 1
    out = capsys.readouterr().out
    assert out.count("\n  ") == sum(len(v) for v in EXPECTED.values())
    assert "lyrics.create  (" in out


def test_a_capture_without_breadcrumb_does_not_borrow_another_sections_mark() -> None:
    text = "\n".join(
        [
            "- sonic",
            "- riffusion",
            "- studio(Unavailable)",
            "- nuro",
            "upload",
            "POST",
            "https://api.musicapi.ai/api/v1/riffusion/upload",
            "Body Params application/json",
            "url",
            "string",
            "required",
            "Audio you own.",
        ]
    )
    page = parse_page(text)
    assert (page.section, page.section_status) == ("", None)
    findings = docs_check.compare(
        page,
        docs_check.match_page(page, docs_check.spec_pages(_spec_2025()), _spec_2025()),
        _spec_2025(),
    )
    assert findings == []


def test_bounds_run_together_on_one_line_are_both_read() -> None:
    text = "\n".join(
        [
            "  1. nuro",
            "create vocal music",
            "POST",
            "https://api.musicapi.ai/api/v1/nuro/create",
            "Body Params application/json",
            "type",
            "enum<string>",
            "required",
            "Allowed values:",
            "vocalbgm",
            "lyrics",
            "string",
            "required",
            "<= 2000 characters",
            "gender",
            "enum<string>",
            "optional",
            "genre",
            "enum<string>",
            "optional",
            "mood",
            "enum<string>",
            "optional",
            "timbre",
            "enum<string>",
            "optional",
            "duration",
            "integer",
            "optional",
            ">= 30<= 200",
            "Example",
            '{"type": "vocal", "lyrics": "la"}',
        ]
    )
    page = parse_page(text)
    assert {f.name: f.bounds for f in page.body}["duration"] == {"minimum": 30.0, "maximum": 200.0}
    spec = _spec_2025()
    target = docs_check.match_page(page, docs_check.spec_pages(spec), spec)
    assert target is not None
    findings = docs_check.compare(page, target, spec)
    assert [(f.kind, f.field) for f in findings] == [("bound-changed", "duration")]


def test_unknown_section_is_not_reported_as_restored() -> None:
    fields = [
        ("code", "string"),
        ("message", "string"),
        ("data", "object"),
        ("task_id", "string"),
        ("status", "string"),
    ]
    text = "\n".join(
        [
            "- studio",
            "get music",
            "GET",
            "https://api.musicapi.ai/api/v1/studio/task/{task_id}",
            "Path Params",
            "task_id",
            "string",
            "required",
            "Responses",
            "\U0001f7e2200success",
            "application/json",
            "Body",
            *[line for name, kind in fields for line in (name, kind, "required")],
        ]
    )
    page = parse_page(text)
    spec = _spec_2025()
    target = docs_check.match_page(page, docs_check.spec_pages(spec), spec)
    assert target is not None
    assert target.key == "studio.get"
    assert docs_check.compare(page, target, spec) == []


CAPTURES_2026 = Path(__file__).parent / "captures-2026"
NEW_PAGES_2026 = {
    "add instrumental",
    "add vocals",
    "remaster",
    "create voice",
    "download",
    "mashup",
    "get midi",
    "replace section",
    "sample",
    "stems basic",
    "stems full",
    "upload and cover music",
    "upload and extend music",
    "upsample tags",
    "get VOX",
    "get wav",
    "get BPM",
    "get lyrics timeline",
}
NEW_CREATE_FIELDS_2026 = {
    "auto_lyrics",
    "vocal_gender",
    "style_weight",
    "weirdness_constraint",
    "duration",
    "use_suno_cdn",
    "webhook_url",
    "webhook_secret",
}


def test_the_2026_pages_show_up_as_added_against_the_mid_2025_spec() -> None:
    """Step 2 of the doc-change workflow, as it ran for 0.2.0: every new page is an
    operation-added, every new create field a field-added, the new model an enum-added."""
    findings, errors = docs_check.check([CAPTURES_2026], _spec_2025())
    assert errors == []
    added_pages = {f.message.split("'")[1] for f in findings if f.kind == "operation-added"}
    assert added_pages == NEW_PAGES_2026
    fields = {
        f.field for f in findings if f.kind == "field-added" and f.operation == "sonic.create"
    }
    assert fields == NEW_CREATE_FIELDS_2026
    assert ("enum-added", "mv") in {(f.kind, f.field) for f in findings}


def test_the_2026_pages_agree_with_the_spec_they_were_written_into() -> None:
    """After the spec edit (step 3) the same pages report no drift: against the spec as it
    stood until the October 2026 change (kept as spec-2026-09.yaml, as the 0.1.0 one is)."""
    findings, errors = docs_check.check([CAPTURES_2026], spec_mod.load(SPEC_2026_09))
    assert errors == []
    assert findings == []


CAPTURES_2026_10 = Path(__file__).parent / "captures-2026-10"
SPEC_2026_09 = Path(__file__).parent / "spec-2026-09.yaml"


def test_the_october_2026_pages_show_the_new_models_and_prices() -> None:
    """Step 2 of the workflow for 0.3.0: the create page's v6 models and the credits
    guide's new prices, each reported against the spec before the change."""
    findings, errors = docs_check.check([CAPTURES_2026_10], spec_mod.load(SPEC_2026_09))
    assert errors == []
    models = {(f.kind, f.message.split("'")[3]) for f in findings if f.field == "mv"}
    assert models == {
        *(("enum-added", v) for v in ("sonic-v6", "sonic-v6-wild", "sonic-v6-mini")),
        *(
            ("enum-removed", v)
            for v in ("sonic-v3-5", "sonic-v4", "sonic-v4-5", "sonic-v4-5-plus", "sonic-v5")
        ),
        ("enum-removed", "sonic-v5-5"),
    }
    prices = {
        (f.operation, f.message.split(" credits")[0].split()[-1])
        for f in findings
        if f.kind == "credits-changed"
    }
    assert prices == {
        ("sonic.create", "20"),
        ("sonic.remaster", "15"),
        ("sonic.add_vocals", "15"),
        ("sonic.add_instrumental", "15"),
        ("sonic.stems_basic", "30"),
        ("credits.get", "0"),  # free, and now written down
    }


def test_the_october_2026_pages_agree_with_the_current_spec() -> None:
    """After the spec edit, no drift: the captures and the spec say the same."""
    findings, errors = docs_check.check([CAPTURES_2026_10], spec_mod.load_default())
    assert errors == []
    assert findings == []


def test_the_credits_guide_reports_a_price_no_operation_has() -> None:
    from tools import docs_credits

    text = "Credits Usage Guide\nsonic\ncreate music\t25\nmake a podcast\t9\n"
    rows = docs_credits.read_rows(text, spec_mod.load_default())
    assert rows is not None
    findings = docs_credits.compare(rows, "guide.txt", spec_mod.load_default())
    assert [kind for _, kind, _ in findings] == ["credits-changed", "credits-unmatched"]
    assert "25 credits on the page, 20 in the spec" in findings[0][2]
    operation_page = (CAPTURES_2026_10 / "sonic-create-music.txt").read_text(encoding="utf-8")
    assert docs_credits.read_rows(operation_page, spec_mod.load_default()) is None
