"""Render the parts of generated/ that neither off-the-shelf generator makes.

``operations.py`` is the table of documented operations (where to send, which model
validates the body, which generated request builder to call); ``resources.py`` holds
one typed method per documented operation, sync and async. Both come from the spec
through the templates in ``generator/templates``.
"""

from __future__ import annotations

import keyword
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from generator import spec as spec_mod

if TYPE_CHECKING:
    from generator.spec import DocumentedOperation, Json

TEMPLATES = Path(__file__).resolve().parent / "templates"
SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}
FAMILY_CLASS = {
    "sonic": "Sonic",
    "riffusion": "Riffusion",
    "studio": "Studio",
    "lyrics": "Lyrics",
    "nuro": "Nuro",
    "credits": "Credits",
}


class SpecShapeError(ValueError):
    """The spec uses a construct the generator does not know how to render."""


@dataclass(frozen=True)
class Param:
    """One keyword argument of a generated method."""

    name: str
    annotation: str
    required: bool
    default: str  # Python source of the signature default ("" when required)
    fallback: str | None  # Python source of the value sent when the caller passes None
    doc: str


@dataclass(frozen=True)
class Rule:
    """A field required only when another field has a given value (from if/then/else)."""

    field: str
    equals: Any
    then_required: tuple[str, ...]
    else_required: tuple[str, ...]


@dataclass(frozen=True)
class Method:
    """A documented operation ready for the templates."""

    op: DocumentedOperation
    key: str
    role: str  # "create" | "poll" | "call"
    params: tuple[Param, ...]
    fixed: tuple[tuple[str, str], ...]  # fields the variant fixes (const), as Python source
    task_id_field: str | None
    expected_clips: int | None
    rules: tuple[Rule, ...]
    attrs_model: str | None
    http_module: str
    doc: str


def _annotation(spec: Json, schema: Json) -> str:
    if "$ref" in schema:
        name = spec_mod.ref_name(schema["$ref"])
        target = spec_mod.resolve(spec, schema)
        if target.get("type") == "object":
            return f"models.{name} | dict[str, Any]"
        return f"models.{name}"
    if "enum" in schema:
        return "Literal[" + ", ".join(repr(v) for v in schema["enum"]) + "]"
    if "const" in schema:
        return f"Literal[{schema['const']!r}]"
    kind = schema.get("type")
    if kind == "array":
        return f"list[{_annotation(spec, schema['items'])}]"
    if kind == "object":
        return "dict[str, Any]"
    if isinstance(kind, str) and kind in SCALARS:
        return SCALARS[kind]
    raise SpecShapeError(f"cannot map schema to a Python type: {schema}")


def _constraints(schema: Json) -> str:
    words = {
        "minLength": "at least {} characters",
        "maxLength": "at most {} characters",
        "minimum": ">= {}",
        "maximum": "<= {}",
        "maxItems": "at most {} items",
    }
    found = [text.format(schema[k]) for k, text in words.items() if k in schema]
    return f" ({', '.join(found)})" if found else ""


def _default_object(spec: Json, schema: Json) -> dict[str, Any] | None:
    """The object a $ref'd schema defaults to when all its required fields are fixed."""
    if "$ref" not in schema:
        return None
    target = spec_mod.resolve(spec, schema)
    if target.get("type") != "object" or not target.get("required"):
        return None
    props = target.get("properties", {})
    value = {}
    for name in target.get("required", []):
        prop = props.get(name, {})
        if "const" not in prop:
            return None
        value[name] = prop["const"]
    return value


def _rules(schema: Json) -> tuple[Rule, ...]:
    if "if" not in schema:
        return ()
    condition = schema["if"]
    (field, test), *rest = condition.get("properties", {}).items()
    if rest or "const" not in test:
        raise SpecShapeError(f"only single-field const conditions are supported: {condition}")
    return (
        Rule(
            field=field,
            equals=test["const"],
            then_required=tuple(schema.get("then", {}).get("required", [])),
            else_required=tuple(schema.get("else", {}).get("required", [])),
        ),
    )


def _params(spec: Json, schema: Json) -> tuple[tuple[Param, ...], tuple[tuple[str, str], ...]]:
    required = set(schema.get("required", []))
    params: list[Param] = []
    fixed: list[tuple[str, str]] = []
    for name, raw in schema.get("properties", {}).items():
        prop = spec_mod.resolve(spec, raw) if "$ref" in raw and "description" not in raw else raw
        if "const" in raw:
            fixed.append((name, repr(raw["const"])))
            continue
        if keyword.iskeyword(name):
            raise SpecShapeError(f"property {name!r} is a Python keyword")
        doc = (raw.get("description") or prop.get("description") or "").strip()
        doc += _constraints(raw)
        annotation = _annotation(spec, raw)
        sdk_default = raw.get("x-sdk-default", raw.get("default"))
        if name in required and sdk_default is not None:
            params.append(Param(name, annotation, False, repr(sdk_default), None, doc))
        elif name in required and (obj := _default_object(spec, raw)) is not None:
            params.append(Param(name, annotation + " | None", False, "None", repr(obj), doc))
        elif name in required:
            params.append(Param(name, annotation, True, "", None, doc))
        else:
            params.append(Param(name, annotation + " | None", False, "None", None, doc))
    # Required keyword arguments first, then the optional ones, each in spec order.
    params.sort(key=lambda p: not p.required)
    return tuple(params), tuple(fixed)


def _role(spec: Json, op: DocumentedOperation) -> tuple[str, str | None]:
    if op.method == "GET" and "{task_id}" in op.path:
        return "poll", None
    response = spec["components"]["schemas"].get(op.response_schema or "", {})
    if "x-task-id-field" in response:
        return "create", response["x-task-id-field"]
    if "task_id" in response.get("properties", {}):
        return "create", "task_id"
    return "call", None


def _doc(op: DocumentedOperation) -> str:
    lines = [op.summary.strip().rstrip(".") + "."]
    lines.append("")
    lines.append("Docs: " + ", ".join(page.url for page in op.pages))
    if op.credits:
        lines.append(f"Costs {op.credits} credits.")
    if op.deprecated:
        lines.append("Deprecated: the docs mark this section Unavailable.")
    return "\n".join(lines)


def methods(spec: Json, http_dir: Path) -> list[Method]:
    """Every documented operation, shaped for the templates."""
    result = []
    for op in spec_mod.documented_operations(spec):
        http_op = next(
            o for m, p, o in spec_mod.iter_http_operations(spec) if (m, p) == (op.method, op.path)
        )
        role, id_field = _role(spec, op)
        schema = spec["components"]["schemas"][op.request_schema] if op.request_schema else {}
        params, fixed = _params(spec, schema)
        expected = schema.get("x-expected-clips")
        if role == "create" and expected is None:
            poll = next(
                (
                    o
                    for m, p, o in spec_mod.iter_http_operations(spec)
                    if m == "GET" and p.startswith(op.path.rsplit("/", 1)[0] + "/task/")
                ),
                {},
            )
            expected = poll.get("x-expected-clips")
        if role == "poll":
            expected = http_op.get("x-expected-clips")
        result.append(
            Method(
                op=op,
                key=f"{op.family}.{op.sdk_method}",
                role=role,
                params=params,
                fixed=fixed,
                task_id_field=id_field,
                expected_clips=expected,
                rules=_rules(schema),
                attrs_model=op.request_schema,
                http_module=_http_module(http_dir, op.operation_id),
                doc=_doc(op),
            )
        )
    return result


def _http_module(http_dir: Path, operation_id: str) -> str:
    """The relative import path of the endpoint module openapi-python-client wrote.

    Looked up on disk because the generator renames some tag packages (``credits_``).
    """
    found = sorted(http_dir.glob(f"api/*/{operation_id}.py"))
    if len(found) != 1:
        raise SpecShapeError(f"expected one generated module for {operation_id}, found {found}")
    return f"._http.api.{found[0].parent.name}.{operation_id}"


def render(spec: Json, out_dir: Path) -> list[Path]:
    """Write operations.py, resources.py and __init__.py into ``out_dir``."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - renders Python source, not HTML
    )
    env.filters["pyrepr"] = repr
    all_methods = methods(spec, out_dir / "_http")
    families = []
    for family, cls in FAMILY_CLASS.items():
        members = [m for m in all_methods if m.op.family == family]
        if members:
            tag = next(t for t in spec["tags"] if t["name"] == family)
            families.append(
                {"name": family, "cls": cls, "doc": tag["description"], "methods": members}
            )
    context = {"methods": all_methods, "families": families, "title": spec["info"]["title"]}
    written = []
    for name in ("operations.py", "resources.py", "__init__.py"):
        target = out_dir / name
        target.write_text(env.get_template(name + ".jinja").render(**context), encoding="utf-8")
        written.append(target)
    return written
