"""Read spec/musicapi.yaml and list its documented operations.

One HTTP operation can carry several documented operations: POST /api/v1/sonic/create
serves create, extend, concat, cover and persona music. Those appear as the variants of
the request body's ``oneOf``/``anyOf``, each with its own ``x-docs-url`` and
``x-sdk-method``. Everything that needs "the list of operations" (the code generator,
the tests, the docs drift checker) reads it from here.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "spec" / "musicapi.yaml"
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
SPEC_URI = "urn:musicapi-spec"

Json = dict[str, Any]


@dataclass(frozen=True)
class PageRef:
    """A reference to a docs page an operation was read from (its URL and title)."""

    url: str
    title: str


@dataclass(frozen=True)
class DocumentedOperation:
    """One operation as the docs list it, with where it lives in the spec."""

    family: str
    sdk_method: str
    operation_id: str
    method: str
    path: str
    pages: tuple[PageRef, ...]
    section: str
    request_schema: str | None
    response_schema: str | None
    discriminator: str | None
    deprecated: bool
    credits: int | None
    summary: str
    credits_as_of: str | None = None  # the month of the price reading (x-credits-as-of)
    gone: bool = False  # MusicAPI retired it: it answers 410 (x-gone)
    agent_default: bool = False  # the MCP server offers it by default (x-agent-default)

    @property
    def docs_url(self) -> str:
        """The first (main) docs page of the operation."""
        return self.pages[0].url


def load(path: Path = SPEC_PATH) -> Json:
    """Parse the spec file (YAML anchors are expanded by the parser)."""
    with path.open(encoding="utf-8") as fh:
        data: Json = yaml.safe_load(fh)
    return data


@functools.cache
def load_default() -> Json:
    """The repository's spec, parsed once."""
    return load()


def pointer_escape(segment: str) -> str:
    """One JSON-pointer segment (``/api/v1/x`` -> ``~1api~1v1~1x``)."""
    return segment.replace("~", "~0").replace("/", "~1")


def validator(spec: Json, pointer: str) -> jsonschema.Draft202012Validator:
    """A JSON Schema validator for the schema at ``pointer`` in ``spec``, $refs resolved."""
    resource: Resource[Any] = Resource.from_contents(spec, default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
    return jsonschema.Draft202012Validator({"$ref": f"{SPEC_URI}#{pointer}"}, registry=registry)


def ref_name(ref: str) -> str:
    """``#/components/schemas/Foo`` -> ``Foo``."""
    return ref.rsplit("/", 1)[-1]


def resolve(spec: Json, node: Json) -> Json:
    """Follow ``$ref`` pointers inside the same document until a concrete node."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


VENDOR_ONLY = "x-vendor-sdk-only"


def client_spec(spec: Json) -> Json:
    """The spec the client is generated from: without what only the vendor's SDK calls.

    Operations and component schemas marked ``x-vendor-sdk-only`` stay in the bundled
    ``openapi.json`` (the mock serves them) but no generator sees them, so the client
    offers no method or model for them.
    """
    paths: Json = {}
    for path, item in spec["paths"].items():
        kept = {key: op for key, op in item.items() if not _vendor_only(op)}
        if any(key in HTTP_METHODS for key in kept):
            paths[path] = kept
    schemas = {
        name: schema
        for name, schema in spec["components"]["schemas"].items()
        if not _vendor_only(schema)
    }
    schemas = {name: _described_refs(spec, schema) for name, schema in schemas.items()}
    return spec | {"paths": paths, "components": spec["components"] | {"schemas": schemas}}


def _described_refs(spec: Json, schema: Json) -> Json:
    """``schema`` with each ``$ref`` property carrying its target's description.

    A parameter's help text is written once in generated code, as the model field's
    ``description`` (the CLI reads it there); a property that only points at a shared type
    (``mv`` -> ``SonicModel``) would otherwise have none of its own.
    """
    props = schema.get("properties")
    if not isinstance(props, dict):
        return schema
    described = {
        name: prop | {"description": resolve(spec, prop)["description"]}
        if "$ref" in prop and "description" not in prop and "description" in resolve(spec, prop)
        else prop
        for name, prop in props.items()
    }
    return schema | {"properties": described}


def _vendor_only(node: Any) -> bool:
    return isinstance(node, dict) and bool(node.get(VENDOR_ONLY))


def iter_http_operations(spec: Json) -> list[tuple[str, str, Json]]:
    """Every (METHOD, path, operation object) in document order."""
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def _json_body_ref(op: Json) -> str | None:
    body = op.get("requestBody")
    if not body:
        return None
    ref: str | None = body["content"]["application/json"]["schema"].get("$ref")
    return ref


def _success_ref(op: Json) -> str | None:
    ok = op["responses"].get("200", {})
    schema = ok.get("content", {}).get("application/json", {}).get("schema", {})
    ref = schema.get("$ref")
    return ref_name(ref) if ref else None


def _pages(node: Json) -> tuple[PageRef, ...]:
    if "x-docs-pages" in node:
        return tuple(PageRef(p["url"], p["title"]) for p in node["x-docs-pages"])
    return (PageRef(node["x-docs-url"], node["x-docs-title"]),)


def documented_operations(spec: Json) -> list[DocumentedOperation]:
    """The spec's operations as the docs list them (one per request variant)."""
    result: list[DocumentedOperation] = []
    for method, path, op in iter_http_operations(client_spec(spec)):
        family = op["tags"][0]
        body_ref = _json_body_ref(op)
        body = spec["components"]["schemas"][ref_name(body_ref)] if body_ref else {}
        variants = body.get("oneOf") or body.get("anyOf")
        common = {
            "family": family,
            "operation_id": op["operationId"],
            "method": method,
            "path": path,
            "section": op["x-docs-section"],
            "response_schema": _success_ref(op),
        }
        if variants:
            disc = body.get("discriminator", {}).get("propertyName")
            for variant in variants:
                name = ref_name(variant["$ref"])
                schema = spec["components"]["schemas"][name]
                result.append(
                    DocumentedOperation(
                        sdk_method=schema["x-sdk-method"],
                        pages=_pages(schema),
                        request_schema=name,
                        discriminator=disc,
                        deprecated=bool(op.get("deprecated") or schema.get("deprecated")),
                        credits=schema.get("x-credits"),
                        credits_as_of=schema.get("x-credits-as-of"),
                        summary=schema.get("description", op.get("summary", "")),
                        gone="x-gone" in op or "x-gone" in schema,
                        agent_default=bool(schema.get("x-agent-default")),
                        **common,
                    )
                )
        else:
            result.append(
                DocumentedOperation(
                    sdk_method=op["x-sdk-method"],
                    pages=_pages(op),
                    request_schema=ref_name(body_ref) if body_ref else None,
                    discriminator=None,
                    deprecated=bool(op.get("deprecated")),
                    credits=op.get("x-credits"),
                    credits_as_of=op.get("x-credits-as-of"),
                    summary=op.get("summary", ""),
                    gone="x-gone" in op,
                    agent_default=bool(op.get("x-agent-default")),
                    **common,
                )
            )
    return result


def enum_values(spec: Json, node: Json) -> tuple[list[Any], bool]:
    """The listed values of an enum and whether it is open (``([], False)`` for no enum).

    A closed enum is ``{enum: [...]}``; an open one is ``anyOf: [{enum: [...]}, {type:
    string}]``: the values are known, others are accepted too.
    """
    node = resolve(spec, node)
    if "enum" in node:
        return list(node["enum"]), False
    branches = [resolve(spec, b) for b in node.get("anyOf", [])]
    listed = [b for b in branches if "enum" in b]
    if len(listed) == 1 and any("enum" not in b and b.get("type") == "string" for b in branches):
        return list(listed[0]["enum"]), True
    return [], False
