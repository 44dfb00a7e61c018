"""The spec is valid OpenAPI 3.1, passes the committed lint ruleset, and covers the docs."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
from typing import TYPE_CHECKING, Any

import pytest
import yaml
from openapi_spec_validator import validate

from generator import spec as spec_mod

if TYPE_CHECKING:
    from pathlib import Path

ROOT = spec_mod.ROOT
REDOCLY = ROOT / "node_modules" / ".bin" / "redocly"

# The 13 method+path pairs of the mid-2025 docs navigation.
EXPECTED_PAIRS = {
    ("POST", "/api/v1/sonic/create"),
    ("POST", "/api/v1/sonic/persona"),
    ("POST", "/api/v1/sonic/upload"),
    ("GET", "/api/v1/sonic/task/{task_id}"),
    ("POST", "/api/v1/riffusion/create"),
    ("POST", "/api/v1/riffusion/upload"),
    ("GET", "/api/v1/riffusion/task/{task_id}"),
    ("POST", "/api/v1/studio/create"),
    ("GET", "/api/v1/studio/task/{task_id}"),
    ("POST", "/api/v1/sonic/lyrics"),
    ("POST", "/api/v1/nuro/create"),
    ("GET", "/api/v1/nuro/task/{task_id}"),
    ("GET", "/api/v1/get-credits"),
}
# The 2026 surface (../shared/reference/musicapi-2026): fifteen more paths.
EXPECTED_PAIRS_2026 = {
    ("POST", f"/api/v1/sonic/{name}")
    for name in (
        "stems/basic",
        "stems/full",
        "wav",
        "download",
        "midi",
        "vox",
        "bpm",
        "aligned-lyrics",
        "upsample-tags",
        "sample",
        "mashup",
        "replace-section",
        "upload-cover",
        "upload-extend",
        "create-voice",
    )
}

# The 27 documented operations: (docs section, page title).
EXPECTED_PAGES = (
    {
        ("sonic", t)
        for t in (
            "create music",
            "extend music",
            "concat music",
            "cover music",
            "create persona",
            "create music with persona",
            "upload music",
            "get music",
        )
    }
    | {
        ("riffusion", t)
        for t in (
            "create music (with lyrics)",
            "create music (with description)",
            "cover music",
            "extend music",
            "replace music section",
            "swap music sound",
            "swap music vocals",
            "upload",
            "get music",
        )
    }
    | {
        ("studio", t)
        for t in (
            "description mode (Use case1)",
            "extend mode (Use case2)",
            "custom mode (Use case3)",
            "instrumental mode (Use case4)",
            "get music",
        )
    }
    | {
        ("lyrics generation", "Make Lyrics"),
        ("nuro", "create vocal music"),
        ("nuro", "create instrument music"),
        ("nuro", "get music"),
        ("get-credits", "get-credits"),
    }
)
# Paths only the vendor's SDK calls (no docs page): the mock serves them, the client does not.
EXPECTED_PAIRS_VENDOR_ONLY = {
    ("POST", "/api/v1/suno/create"),
    ("GET", "/api/v1/suno/clip/{task_id}"),
    ("POST", "/api/v1/suno/make-lyrics"),
    ("GET", "/api/v1/suno/get-lyrics/{task_id}"),
    ("POST", "/api/v1/suno/get-song"),
}
EXPECTED_PAIRS_PRODUCER = {
    ("POST", "/api/v1/producer/create"),
    ("POST", "/api/v1/producer/upload"),
    ("POST", "/api/v1/producer/download"),
    ("POST", "/api/v1/producer/lyrics-create"),
    ("POST", "/api/v1/producer/video-clip"),
    ("GET", "/api/v1/producer/task/{task_id}"),
}
EXPECTED_PAGES_PRODUCER = {
    ("producer", t)
    for t in (
        "create music",
        "cover music",
        "extend music",
        "replace music",
        "upload",
        "download",
        "lyrics create",
        "video clip",
        "get task",
    )
}
# ...and the 18 operations the 2026 docs added to sonic.
EXPECTED_PAGES_2026 = {
    ("sonic", t)
    for t in (
        "remaster",
        "add vocals",
        "add instrumental",
        "stems basic",
        "stems full",
        "get wav",
        "download",
        "get midi",
        "get VOX",
        "get BPM",
        "get lyrics timeline",
        "upsample tags",
        "sample",
        "mashup",
        "replace section",
        "upload and cover music",
        "upload and extend music",
        "create voice",
    )
}


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return spec_mod.load()


def test_spec_is_valid_openapi_31(spec: dict[str, Any]) -> None:
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.skipif(not REDOCLY.exists(), reason="run `make node` to install the linter")
def test_spec_passes_the_committed_lint_ruleset() -> None:
    done = subprocess.run(
        [str(REDOCLY), "lint", "spec/musicapi.yaml", "--config", "redocly.yaml"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(not REDOCLY.exists(), reason="run `make node` to install the linter")
def test_lint_ruleset_rejects_an_operation_without_docs_url(
    spec: dict[str, Any], tmp_path: Path
) -> None:
    broken = copy.deepcopy(spec)
    del broken["paths"]["/api/v1/get-credits"]["get"]["x-docs-url"]
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    shutil.copy(ROOT / "redocly.yaml", tmp_path / "redocly.yaml")
    done = subprocess.run(
        [str(REDOCLY), "lint", "spec.yaml", "--config", "redocly.yaml"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
        check=False,
    )
    assert done.returncode != 0
    assert "operation-docs-url" in done.stdout + done.stderr


def test_every_documented_method_and_path_is_present(spec: dict[str, Any]) -> None:
    pairs = {(m, p) for m, p, _ in spec_mod.iter_http_operations(spec_mod.client_spec(spec))}
    expected = EXPECTED_PAIRS | EXPECTED_PAIRS_2026 | EXPECTED_PAIRS_PRODUCER
    missing = expected - pairs
    assert not missing, f"missing from the spec: {sorted(missing)}"
    assert pairs == expected


def test_the_vendor_sdk_only_paths_are_described_apart(spec: dict[str, Any]) -> None:
    every = {(m, p): op for m, p, op in spec_mod.iter_http_operations(spec)}
    client = {(m, p) for m, p, _ in spec_mod.iter_http_operations(spec_mod.client_spec(spec))}
    vendor_only = set(every) - client
    assert vendor_only == EXPECTED_PAIRS_VENDOR_ONLY
    for pair in vendor_only:
        op = every[pair]
        assert op["x-vendor-sdk-only"] is True
        assert any(source.startswith("sdk musicapi-sdk 0.1.0") for source in op["x-source"])
        assert "x-docs-url" not in op, "a page exists: then it is documented, not vendor-only"
    kept = spec_mod.client_spec(spec)["components"]["schemas"]
    assert not [name for name, schema in kept.items() if schema.get("x-vendor-sdk-only")]
    assert {"SunoMakeLyricsRequest", "SunoSong"} <= set(spec["components"]["schemas"]) - set(kept)


def test_every_documented_page_maps_to_an_operation(spec: dict[str, Any]) -> None:
    ops = spec_mod.documented_operations(spec)
    pages = {(op.section, page.title) for op in ops for page in op.pages}
    assert pages == EXPECTED_PAGES | EXPECTED_PAGES_2026 | EXPECTED_PAGES_PRODUCER
    assert len(pages) == 27 + 18 + 9


def test_sdk_method_names_are_unique_per_family(spec: dict[str, Any]) -> None:
    seen: dict[tuple[str, str], str] = {}
    for op in spec_mod.documented_operations(spec):
        key = (op.family, op.sdk_method)
        assert key not in seen, f"{key} used by {seen[key]} and {op.request_schema}"
        assert op.sdk_method.isidentifier()
        seen[key] = op.request_schema or op.operation_id


def test_operation_ids_are_python_names(spec: dict[str, Any]) -> None:
    for _, _, op in spec_mod.iter_http_operations(spec):
        assert op["operationId"].isidentifier()
        assert op["operationId"] == op["operationId"].lower()


def _media_examples(spec: dict[str, Any]) -> list[tuple[str, str, Any]]:
    """(schema pointer, example id, value) for every request and response example."""
    found = []
    for method, path, op in spec_mod.iter_http_operations(spec):
        base = f"/paths/{spec_mod.pointer_escape(path)}/{method.lower()}"
        media_sets = []
        if "requestBody" in op:
            media_sets.append((f"{base}/requestBody", op["requestBody"]))
        for status, response in op["responses"].items():
            resolved = spec_mod.resolve(spec, response)
            pointer = (
                "/components/responses/" + spec_mod.ref_name(response["$ref"])
                if "$ref" in response
                else f"{base}/responses/{status}"
            )
            media_sets.append((pointer, resolved))
        for pointer, holder in media_sets:
            for media_type, media in holder.get("content", {}).items():
                mpointer = f"{pointer}/content/{spec_mod.pointer_escape(media_type)}/schema"
                for name, example in media.get("examples", {}).items():
                    value = spec_mod.resolve(spec, example)["value"]
                    found.append((mpointer, f"{method} {path} {media_type} {name}", value))
    return found


def test_every_operation_has_request_and_success_examples(spec: dict[str, Any]) -> None:
    for method, path, op in spec_mod.iter_http_operations(spec):
        if "requestBody" in op:
            assert op["requestBody"]["content"]["application/json"].get("examples"), (method, path)
        ok = op["responses"]["200"]["content"]["application/json"]
        assert ok.get("examples"), (method, path)


def test_every_request_variant_has_an_example(spec: dict[str, Any]) -> None:
    examples = {ident: value for _, ident, value in _media_examples(spec)}
    for op in spec_mod.documented_operations(spec):
        if op.request_schema is None:
            continue
        schema = spec["components"]["schemas"][op.request_schema]
        props = schema.get("properties", {})
        tag = op.discriminator or "lyrics_type"
        allowed = props.get(tag, {})
        values = set(allowed.get("enum", [])) | (
            {allowed["const"]} if "const" in allowed else set()
        )
        matching = [
            v
            for ident, v in examples.items()
            if ident.startswith(f"{op.method} {op.path} application/json")
            and isinstance(v, dict)
            and (not values or v.get(tag) in values)
            and spec_mod.validator(spec, f"/components/schemas/{op.request_schema}").is_valid(v)
        ]
        assert matching, f"no request example for {op.family}.{op.sdk_method}"


def test_every_example_validates_against_its_schema(spec: dict[str, Any]) -> None:
    examples = _media_examples(spec)
    assert len(examples) > 40
    for pointer, ident, value in examples:
        errors = list(spec_mod.validator(spec, pointer).iter_errors(value))
        assert not errors, f"{ident}: {[e.message for e in errors]}"


@pytest.mark.parametrize(
    ("schema", "body", "needle"),
    [
        (
            "SonicCreateRequest",
            {
                "task_type": "extend_music",
                "custom_mode": False,
                "continue_clip_id": "c",
                "mv": "sonic-v4",
            },
            "continue_at",
        ),
        (
            "SonicCreateRequest",
            {"task_type": "create_music", "custom_mode": True, "mv": "sonic-v4"},
            "prompt",
        ),
        (
            "SonicCreateRequest",
            {"task_type": "create_music", "custom_mode": "no", "mv": "sonic-v4"},
            "boolean",
        ),
        (
            "RiffusionCreateRequest",
            {"task_type": "create_music", "custom_mode": False, "mv": "FUZZ-1.1"},
            "prompt",
        ),
        ("NuroCreateRequest", {"type": "vocal", "lyrics": "x", "duration": 10}, "30"),
        ("LyricsRequest", {"description": "x" * 121}, "long"),
    ],
)
def test_schemas_reject_invalid_requests(
    spec: dict[str, Any], schema: str, body: dict[str, Any], needle: str
) -> None:
    errors = list(spec_mod.validator(spec, f"/components/schemas/{schema}").iter_errors(body))
    assert errors
    text = " ".join(
        str(e.message) + " " + " ".join(str(c.message) for c in e.context) for e in errors
    )
    assert needle in text


def test_response_schemas_tolerate_unknown_fields_and_states(spec: dict[str, Any]) -> None:
    body = {
        "code": 200,
        "message": "success",
        "brand_new_field": {"x": 1},
        "data": [{"clip_id": "c1", "state": "mastering", "audio_url": None, "new_clip_field": 3}],
    }
    assert spec_mod.validator(spec, "/components/schemas/SonicTaskResult").is_valid(body)
    assert spec_mod.validator(spec, "/components/schemas/TaskFailure").is_valid(
        {"type": "quota_exceeded"}
    )


def test_decisions_are_recorded_where_the_docs_contradict(spec: dict[str, Any]) -> None:
    schemas = spec["components"]["schemas"]
    for name in (
        "SonicCreateMusic",
        "SonicClip",
        "SonicExtendMusic",
        "NuroBgm",
        "RiffusionCreateMusic",
    ):
        assert schemas[name].get("x-decision"), name
    assert schemas["SonicCreateMusic"]["properties"]["title"]["maxLength"] == 80


def test_every_request_field_has_an_example(spec: dict[str, Any]) -> None:
    missing = []
    for op in spec_mod.documented_operations(spec):
        if op.request_schema is None:
            continue
        schema = spec["components"]["schemas"][op.request_schema]
        for name, prop in schema.get("properties", {}).items():
            target = spec_mod.resolve(spec, prop) if "$ref" in prop else prop
            fixed = "const" in prop or "x-sdk-default" in prop
            shown = "examples" in prop or "examples" in target or "properties" in target
            if not (fixed or shown):
                missing.append(f"{op.request_schema}.{name}")
    assert not missing, f"request fields without an example: {sorted(set(missing))}"


@pytest.mark.parametrize(
    ("schema", "body"),
    [
        (
            "SonicCreateMusic",
            {
                "task_type": "create_music",
                "custom_mode": False,
                "mv": "sonic-v9",
                "gpt_description_prompt": "x",
            },
        ),
        (
            "RiffusionCreateMusic",
            {"task_type": "create_music", "custom_mode": False, "prompt": "x", "mv": "FUZZ-2.0"},
        ),
    ],
)
def test_model_versions_are_open(spec: dict[str, Any], schema: str, body: dict[str, Any]) -> None:
    """A model version the API adds later validates: the known ones are listed, not enforced."""
    validator = spec_mod.validator(spec, f"/components/schemas/{schema}")
    assert list(validator.iter_errors(body)) == []
    values, is_open = spec_mod.enum_values(
        spec, spec["components"]["schemas"][schema]["properties"]["mv"]
    )
    assert is_open
    assert len(values) >= 4


def test_everything_added_from_the_2026_surface_says_where_it_comes_from(
    spec: dict[str, Any],
) -> None:
    """A maintainer with a live key knows what to verify first (docs, sdk, 3p, inferred)."""
    kinds = ("docs ", "sdk ", "3p ", "inferred")
    missing = []
    for _, path, op in spec_mod.iter_http_operations(spec):
        if (("POST", path) in EXPECTED_PAIRS_2026) and not op.get("x-source"):
            missing.append(path)
    schemas = spec["components"]["schemas"]
    for name in ("SonicRemaster", "SonicAddVocals", "SonicAddInstrumental"):
        if not schemas[name].get("x-source"):
            missing.append(name)
    for field in (
        "auto_lyrics",
        "vocal_gender",
        "style_weight",
        "weirdness_constraint",
        "duration",
        "use_suno_cdn",
        "webhook_url",
        "webhook_secret",
    ):
        if not schemas["SonicCreateMusic"]["properties"][field].get("x-source"):
            missing.append(f"SonicCreateMusic.{field}")
    assert missing == []
    for _, path, op in spec_mod.iter_http_operations(spec):
        for source in op.get("x-source", []):
            assert source.startswith(kinds), (path, source)


def test_contradictions_between_sources_are_decided(spec: dict[str, Any]) -> None:
    paths = spec["paths"]
    for path in ("/api/v1/sonic/stems/basic", "/api/v1/sonic/stems/full", "/api/v1/sonic/wav"):
        assert paths[path]["post"].get("x-decision"), path  # 15 vs 20, 75 vs 50 and 12 vs 24
    create = spec["components"]["schemas"]["SonicCreateMusic"]["properties"]
    assert create["use_suno_cdn"].get("x-decision")  # required or not
    assert "use_suno_cdn" not in spec["components"]["schemas"]["SonicCreateMusic"]["required"]
