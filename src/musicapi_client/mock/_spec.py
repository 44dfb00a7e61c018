"""What the mock knows about the API, read from the spec (``MusicAPI.catalog().spec()``).

Routes, request validation (JSON Schema, with the discriminator used to pick the variant
so errors name the real field), credit costs and the response examples that answers are
built from all come from ``openapi.json``: change the spec, regenerate, and the mock
follows.
"""

from __future__ import annotations

import copy
import functools
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

Json = dict[str, Any]
ROOT_URI = "urn:musicapi-spec"


@dataclass(frozen=True)
class Route:
    """One HTTP operation of the spec."""

    operation_id: str
    method: str
    path: str
    pattern: re.Pattern[str]
    family: str
    body_schema: str | None
    op: Json


@functools.cache
def spec() -> Json:
    """The bundled spec, as the server sees it: open enums closed to their known values.

    The client accepts a model version the spec does not list yet (the API may have
    added it); the mock plays a server that knows exactly the listed ones.
    """
    from musicapi_client import MusicAPI

    closed: Json = _closed(copy.deepcopy(MusicAPI.catalog().spec()))
    return closed


def _closed(node: Any) -> Any:
    """``anyOf: [{enum: [...]}, {type: string}]`` -> ``{type: string, enum: [...]}``, deeply."""
    if isinstance(node, list):
        return [_closed(item) for item in node]
    if not isinstance(node, dict):
        return node
    branches = node.get("anyOf")
    if isinstance(branches, list) and len(branches) == 2:
        listed = [b for b in branches if isinstance(b, dict) and "enum" in b]
        if len(listed) == 1 and any(b == {"type": "string"} for b in branches):
            node = {k: v for k, v in node.items() if k != "anyOf"} | listed[0]
    return {key: _closed(value) for key, value in node.items()}


def typical_seconds() -> dict[str, float]:
    """Each family's typical generation time (the tags' x-typical-seconds)."""
    return {
        tag["name"]: float(tag["x-typical-seconds"])
        for tag in spec()["tags"]
        if "x-typical-seconds" in tag
    }


@functools.cache
def registry() -> Registry[Any]:
    """A JSON Schema registry holding the spec, so ``$ref``s resolve."""
    resource: Resource[Any] = Resource.from_contents(spec(), default_specification=DRAFT202012)
    holder: Registry[Any] = Registry().with_resource(ROOT_URI, resource)
    return holder


FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("uri", raises=ValueError)
def _is_uri(value: object) -> bool:
    """An absolute URI with a scheme and a host (jsonschema checks none without extras)."""
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return (
        bool(parts.scheme and parts.netloc)
        and value.isascii()
        and value.isprintable()
        and " " not in value
    )


@functools.cache
def validator(pointer: str) -> jsonschema.Draft202012Validator:
    """A validator for the schema at a JSON pointer inside the spec, formats checked."""
    return jsonschema.Draft202012Validator(
        {"$ref": f"{ROOT_URI}#{pointer}"}, registry=registry(), format_checker=FORMATS
    )


@functools.cache
def routes() -> tuple[Route, ...]:
    """Every operation, with a regex matching its concrete paths."""
    found = []
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            body = (
                op.get("requestBody", {})
                .get("content", {})
                .get("application/json", {})
                .get("schema", {})
            )
            ref = body.get("$ref")
            pattern = re.compile("^" + re.sub(r"\{(\w+)\}", r"(?P<\1>[^/]+)", path) + "$")
            found.append(
                Route(
                    op["operationId"],
                    method.upper(),
                    path,
                    pattern,
                    op["tags"][0],
                    ref and ref.rsplit("/", 1)[1],
                    op,
                )
            )
    return tuple(found)


def match(method: str, path: str) -> tuple[Route, dict[str, str]] | None:
    """The route for a request and its path parameters, if any."""
    for route in routes():
        found = route.pattern.match(path)
        if found and route.method == method:
            return route, found.groupdict()
    return None


def methods_for(path: str) -> list[str]:
    """The methods the spec defines for a concrete path (empty when the path is unknown)."""
    return sorted({route.method for route in routes() if route.pattern.match(path)})


def schema(name: str) -> Json:
    """A component schema by name."""
    value: Json = spec()["components"]["schemas"][name]
    return value


def variant(body_schema: str, body: Any) -> str:
    """The variant schema a body addresses (by discriminator, or by trying each)."""
    union = schema(body_schema)
    options: list[str] = [
        ref["$ref"].rsplit("/", 1)[1] for ref in union.get("oneOf") or union.get("anyOf") or []
    ]
    if not options:
        return body_schema
    disc = union.get("discriminator", {})
    if disc and isinstance(body, dict) and isinstance(body.get(disc["propertyName"]), str):
        target = disc.get("mapping", {}).get(body.get(disc["propertyName"]))
        if target:
            return str(target.rsplit("/", 1)[1])
    valid = [name for name in options if validator(f"/components/schemas/{name}").is_valid(body)]
    return valid[0] if valid else options[0]


def validation_error(body_schema: str, body: Any) -> tuple[str, str] | None:
    """(field, message) for the first problem of a request body, or None if it is valid."""
    union = schema(body_schema)
    disc = union.get("discriminator", {}).get("propertyName")
    tag = body.get(disc) if disc and isinstance(body, dict) else None
    if (
        disc
        and isinstance(body, dict)
        and (not isinstance(tag, str) or tag not in union["discriminator"]["mapping"])
    ):
        allowed = ", ".join(union["discriminator"]["mapping"])
        return disc, f"The '{disc}' field is invalid. It should be one of: {allowed}."
    name = variant(body_schema, body)
    errors = sorted(
        validator(f"/components/schemas/{name}").iter_errors(body), key=lambda e: list(e.path)
    )
    if not errors:
        return None
    error = errors[0]
    if error.validator == "required":
        field = str(error.message).split("'")[1]
        return field, f"The '{field}' field is required."
    field = ".".join(str(p) for p in error.path) or "body"
    return field, f"The '{field}' field is invalid: {error.message}"


def starts_task(route: Route) -> bool:
    """True when the operation's answer carries a task id to poll (a create)."""
    answer = route.op["responses"].get("200", {})
    schema = answer.get("content", {}).get("application/json", {}).get("schema", {})
    target = schema_by_ref(schema)
    return "x-task-id-field" in target or "task_id" in target.get("properties", {})


def schema_by_ref(node: Json) -> Json:
    """The schema a ``$ref`` points at (or ``node`` itself)."""
    ref = node.get("$ref")
    return schema(ref.rsplit("/", 1)[1]) if ref else node


def task_id_field(route: Route) -> str:
    """Where a create answer carries the task id (``task_id``, or studio's ``data``)."""
    ref = route.op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
    return str(schema(ref.rsplit("/", 1)[1]).get("x-task-id-field", "task_id"))


def operation_key(route: Route, variant_name: str | None) -> str:
    """The client's name of what a request calls (``sonic.create``), as job files use it."""
    method = schema(variant_name).get("x-sdk-method") if variant_name else None
    return f"{route.family}.{method or route.op.get('x-sdk-method', route.operation_id)}"


def credits_for(
    route: Route, variant_name: str | None, prices: dict[str, float] | None = None
) -> float:
    """Credits one call costs: ``prices`` (by operation key) over the spec's x-credits on
    the variant or the operation."""
    if prices and (key := operation_key(route, variant_name)) in prices:
        return float(prices[key])
    if variant_name and "x-credits" in schema(variant_name):
        return float(schema(variant_name)["x-credits"])
    return float(route.op.get("x-credits", 0))


@functools.cache
def refusals() -> dict[str, str]:
    """The documented 403 answers, by kind (the spec's x-error-kinds on Forbidden), with
    the message of each one's example: what the mock's policy faults answer."""
    forbidden = spec()["components"]["responses"]["Forbidden"]
    examples = forbidden["content"]["application/json"].get("examples", {})
    return {
        kind["kind"]: examples[kind["kind"]]["value"]["message"]
        for kind in forbidden.get("x-error-kinds", ())
        if kind["kind"] in examples
    }


def example(route: Route, status: str, name: str | None = None) -> Json:
    """A deep copy of a response example of an operation (the first one by default)."""
    response = route.op["responses"][status]
    if "$ref" in response:
        response = spec()["components"]["responses"][response["$ref"].rsplit("/", 1)[1]]
    examples = response["content"]["application/json"]["examples"]
    chosen = examples[name] if name else next(iter(examples.values()))
    if "$ref" in chosen:
        chosen = spec()["components"]["examples"][chosen["$ref"].rsplit("/", 1)[1]]
    return copy.deepcopy(chosen["value"])


def rendered_by(model: Any) -> Any:
    """The model the mock reports for a clip: a retired id (the spec's x-retired-values)
    is rendered by the first known one (sonic-v6 since 2026-09-09), as the API does."""
    return _renderers().get(model, model) if isinstance(model, str) else model


@functools.cache
def _renderers() -> dict[str, str]:
    """Retired model id -> the model that renders it, read once from the spec."""
    found: dict[str, str] = {}
    for node in spec()["components"]["schemas"].values():
        retired = node.get("x-retired-values") if isinstance(node, dict) else None
        if retired:  # (closed here: the known values, newest first)
            found.update(dict.fromkeys(retired.get("values", ()), node["enum"][0]))
    return found


def default_task_type(route: Route, body: Any) -> None:
    """A create body without ``task_type`` is a ``create_music`` (the server's default, which
    the vendor SDK's examples rely on), where the route's union knows that tag."""
    if not isinstance(body, dict) or "task_type" in body or not route.body_schema:
        return
    union = schema(route.body_schema)
    discriminator = union.get("discriminator", {})
    if discriminator.get("propertyName") == "task_type" and "create_music" in discriminator.get(
        "mapping", {}
    ):
        body["task_type"] = "create_music"
