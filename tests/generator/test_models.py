"""The generated pydantic models agree with the spec's examples and stay lenient on responses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from generator import spec as spec_mod
from musicapi_client_generated import models
from musicapi_client_generated.operations import OPERATIONS


def _examples(kind: str) -> list[tuple[str, Any, str]]:
    spec = spec_mod.client_spec(spec_mod.load_default())  # what the models are made from
    found = []
    for method, path, op in spec_mod.iter_http_operations(spec):
        if kind == "request" and "requestBody" in op:
            media = op["requestBody"]["content"]["application/json"]
            schema = spec_mod.ref_name(media["schema"]["$ref"])
            found += [
                (f"{method} {path} {n}", ex["value"], schema) for n, ex in media["examples"].items()
            ]
        if kind == "response":
            for status in ("200", "202"):
                response = op["responses"].get(status)
                if response is None:
                    continue
                media = spec_mod.resolve(spec, response)["content"]["application/json"]
                schema = spec_mod.ref_name(media["schema"]["$ref"])
                for name, example in media["examples"].items():
                    value = spec_mod.resolve(spec, example)["value"]
                    found.append((f"{method} {path} {status} {name}", value, schema))
    return found


@pytest.mark.parametrize(
    ("ident", "value", "schema"), _examples("request"), ids=lambda x: str(x)[:60]
)
def test_request_examples_validate_with_the_generated_union(
    ident: str, value: Any, schema: str
) -> None:
    parsed = TypeAdapter(getattr(models, schema)).validate_python(value)
    assert parsed.model_dump(mode="json", exclude_unset=True) == value, ident


@pytest.mark.parametrize(
    ("ident", "value", "schema"), _examples("response"), ids=lambda x: str(x)[:60]
)
def test_response_examples_parse_without_loss(ident: str, value: Any, schema: str) -> None:
    parsed = TypeAdapter(getattr(models, schema)).validate_python(value)
    assert parsed.model_dump(mode="json", exclude_unset=True) == value, ident


def test_unknown_fields_and_values_are_kept() -> None:
    body = {
        "code": 200,
        "data": [{"clip_id": "c", "state": "mastering", "bpm": 120}],
        "extra": True,
    }
    task = TypeAdapter(models.SonicTaskResult).validate_python(body)
    assert isinstance(task, models.SonicTask)
    assert task.data[0].state == "mastering"
    assert task.data[0].model_extra == {"bpm": 120}
    assert task.model_extra == {"extra": True}


def test_discriminated_variant_requires_its_own_fields() -> None:
    with pytest.raises(ValidationError) as info:
        TypeAdapter(models.SonicCreateRequest).validate_python(
            {
                "task_type": "extend_music",
                "custom_mode": True,
                "continue_clip_id": "c",
                "mv": "sonic-v4",
            }
        )
    assert ("extend_music", "continue_at") in [e["loc"] for e in info.value.errors()]


def test_operations_table_covers_every_documented_operation() -> None:
    ops = spec_mod.documented_operations(spec_mod.load_default())
    assert {f"{o.family}.{o.sdk_method}" for o in ops} == set(OPERATIONS)
    assert OPERATIONS["sonic.concat"].expected_clips == 1
    assert OPERATIONS["studio.custom_mode"].deprecated
    assert OPERATIONS["studio.custom_mode"].task_id_field == "data"
    assert OPERATIONS["nuro.get"].role == "poll"
    assert OPERATIONS["sonic.upload"].role == "call"


def test_a_parameters_help_is_its_model_fields_description() -> None:
    """The help text lives once in generated code (the model field); the CLI reads it there."""
    spec = spec_mod.client_spec(spec_mod.load_default())
    operations = Path(models.__file__).parent.parent / "operations"
    assert all("help=" not in p.read_text(encoding="utf-8") for p in operations.glob("*.py"))
    op = OPERATIONS["sonic.create"]
    schema = spec["components"]["schemas"][op.request_model.__name__]  # type: ignore[union-attr]
    for param in op.params:
        raw = schema["properties"][param.name]
        written = raw.get("description") or spec_mod.resolve(spec, raw).get("description", "")
        assert op.help_for(param).startswith(written.strip()), param.name
    by_name = {p.name: p for p in op.params}
    assert op.help_for(by_name["gpt_description_prompt"]).endswith("(at most 400 characters)")
    assert op.help_for(by_name["mv"]).startswith("Sonic model version")  # from the $ref target
    assert op.help_for(by_name["style_weight"]).endswith("(>= 0, <= 1)")
