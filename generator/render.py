"""Render the parts of generated/ that the two off-the-shelf generators do not make.

From the spec, through the Jinja templates in ``generator/templates``:

- ``operations/<family>.py``: each documented operation and family as data (the
  runtime's ``Operation`` and ``Family``), wired to openapi-python-client's endpoint
  objects and datamodel-code-generator's models; ``operations/__init__.py``: the catalog,
  whose families load on first use;
- ``resources/<family>.py``: one typed method per documented operation, sync and async,
  and the typed ``with_raw_response`` wrappers; ``resources/__init__.py`` loads them lazily;
- ``client.py``: ``MusicAPI`` and ``AsyncMusicAPI``, the runtime's client bases with one
  attribute per family;
- ``__init__.py``.
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
OUTPUTS = ("client.py", "__init__.py")
API_REFERENCE = "api.md"  # written beside the package: the reference users read


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
    kind: str  # what the CLI parses: str, int, float, bool or json
    many: bool
    choices: tuple[str, ...]
    open: bool  # choices listed, other values accepted too
    cli_default: str  # Python source of the CLI's default ("None" for none)
    retired: tuple[str, ...] = ()  # known values MusicAPI retired (x-retired-values)
    retired_note: str = ""  # what the warning for one of them says


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
    const: str  # the Python name of its Operation in operations.py
    role: str  # "create" | "poll" | "call"
    params: tuple[Param, ...]
    fixed: tuple[tuple[str, str], ...]  # fields the variant fixes (const), as Python source
    task_id_field: str | None
    expected_clips: int | None
    rules: tuple[Rule, ...]
    endpoint: str  # the endpoint module's alias in operations.py
    doc: str
    returns: tuple[str, ...]  # the models a call may return (its 2xx answers)
    deprecation: str
    repeat: tuple[float, float] | None


@dataclass(frozen=True)
class Family:
    """One tag of the spec: a docs section and a client attribute."""

    name: str
    cls: str
    doc: str
    typical_seconds: float | None
    methods: tuple[Method, ...]
    poll: Method | None
    task_shapes: tuple[tuple[str, str], ...]  # (model name, shape)
    deprecated: bool
    webhook_platforms: tuple[str, ...]


def _annotation(spec: Json, schema: Json) -> str:
    if "$ref" in schema:
        name = spec_mod.ref_name(schema["$ref"])
        target = spec_mod.resolve(spec, schema)
        if target.get("type") == "object":
            return f"models.{name} | dict[str, Any]"
        return f"models.{name}"
    values, is_open = spec_mod.enum_values(spec, schema)
    if values:
        literal = "Literal[" + ", ".join(repr(v) for v in values) + "]"
        return literal + " | str" if is_open else literal
    if "const" in schema:
        return f"Literal[{schema['const']!r}]"
    kind = schema.get("type")
    if kind == "array":
        return f"list[{_annotation(spec, schema['items'])}]"
    if kind == "object":
        return "dict[str, Any]"
    if isinstance(kind, str) and kind in SCALARS:
        return SCALARS[kind]
    if isinstance(kind, list) and kind and all(k in SCALARS for k in kind if k != "null"):
        return " | ".join(SCALARS[k] for k in kind if k != "null")  # e.g. seed: str | int
    raise SpecShapeError(f"cannot map schema to a Python type: {schema}")


def _cli_kind(spec: Json, schema: Json) -> tuple[str, bool, tuple[str, ...], bool]:
    """What the CLI parses for a property: (kind, many, choices, open)."""
    target = spec_mod.resolve(spec, schema)
    if target.get("type") == "array":
        kind, _, choices, is_open = _cli_kind(spec, target["items"])
        return kind, True, choices, is_open
    values, is_open = spec_mod.enum_values(spec, target)
    choices = tuple(str(v) for v in values)
    json_type = target.get("type") or ("string" if values else None)
    if isinstance(json_type, list) and "string" in json_type:
        json_type = "string"  # a union with text: the command line passes text as given
    if not isinstance(json_type, str) or json_type not in SCALARS:
        return "json", False, (), False
    return SCALARS[json_type], False, choices, is_open


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
        kind, many, choices, is_open = _cli_kind(spec, raw)
        sdk_default = raw.get("x-sdk-default", raw.get("default"))
        retired = spec_mod.resolve(spec, raw).get("x-retired-values", {})
        common = {
            "name": name,
            "doc": doc,
            "kind": kind,
            "many": many,
            "choices": choices,
            "open": is_open,
            "retired": tuple(retired.get("values", ())),
            "retired_note": retired.get("note", ""),
        }
        if name in required and sdk_default is not None:
            default = repr(sdk_default)
            params.append(
                Param(
                    **common,
                    annotation=annotation,
                    required=False,
                    default=default,
                    fallback=None,
                    cli_default=default,
                )
            )
        elif name in required and (obj := _default_object(spec, raw)) is not None:
            params.append(
                Param(
                    **common,
                    annotation=annotation + " | None",
                    required=False,
                    default="None",
                    fallback=repr(obj),
                    cli_default="None",
                )
            )
        elif name in required:
            params.append(
                Param(
                    **common,
                    annotation=annotation,
                    required=True,
                    default="",
                    fallback=None,
                    cli_default="None",
                )
            )
        else:
            params.append(
                Param(
                    **common,
                    annotation=annotation + " | None",
                    required=False,
                    default="None",
                    fallback=None,
                    cli_default="None",
                )
            )
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
        when = f"as of {op.credits_as_of}" if op.credits_as_of else "an estimate"
        lines.append(
            f"About {op.credits} credits ({when}; prices move: "
            "MusicAPI(credit_prices=...) overrides the table)."
        )
    if op.deprecated:
        lines.append("Deprecated by MusicAPI: calling it emits a DeprecationWarning.")
    return "\n".join(lines)


def _endpoint_module(http_dir: Path, operation_id: str) -> str:
    """The endpoint module openapi-python-client wrote, as a dotted path below the package.

    Looked up on disk because the generator renames some tag packages (``credits_``).
    """
    found = sorted(http_dir.glob(f"api/*/{operation_id}.py"))
    if len(found) != 1:
        raise SpecShapeError(f"expected one generated module for {operation_id}, found {found}")
    return f"_http.api.{found[0].parent.name}.{operation_id}"


def _poll_expected(spec: Json, op: DocumentedOperation) -> int | None:
    poll = next(
        (
            o
            for m, p, o in spec_mod.iter_http_operations(spec)
            if m == "GET" and p.startswith(op.path.rsplit("/", 1)[0] + "/task/")
        ),
        {},
    )
    expected: int | None = poll.get("x-expected-clips")
    return expected


def methods(spec: Json) -> list[Method]:
    """Every documented operation, shaped for the templates."""
    http_ops = {(m, p): o for m, p, o in spec_mod.iter_http_operations(spec)}
    result = []
    for op in spec_mod.documented_operations(spec):
        role, id_field = _role(spec, op)
        schema = spec["components"]["schemas"][op.request_schema] if op.request_schema else {}
        params, fixed = _params(spec, schema)
        http = http_ops[(op.method, op.path)]
        # A variant's own figure, else its endpoint's, else (creates) the family poll's.
        expected = schema.get("x-expected-clips", http.get("x-expected-clips"))
        if role == "create" and expected is None:
            expected = _poll_expected(spec, op)
        key = f"{op.family}.{op.sdk_method}"
        tag = next(t for t in spec["tags"] if t["name"] == op.family)
        repeat = http.get("x-repeat-while-preparing")
        result.append(
            Method(
                op=op,
                key=key,
                const=key.replace(".", "_").upper(),
                role=role,
                params=params,
                fixed=fixed,
                task_id_field=id_field,
                expected_clips=expected,
                rules=_rules(schema),
                endpoint=f"_{op.operation_id}",
                doc=_doc(op),
                returns=_answers(spec, http) if role == "call" else (),
                deprecation=" ".join(str(tag.get("x-deprecation", "")).split()),
                repeat=(float(repeat["every"]), float(repeat["within"])) if repeat else None,
            )
        )
    return result


def _answers(spec: Json, http: Json) -> tuple[str, ...]:
    """The schemas a call's 2xx answers carry, 200 first."""
    found: list[str] = []
    for status, answer in sorted(http["responses"].items()):
        if not str(status).startswith("2"):
            continue
        response = spec_mod.resolve(spec, answer)
        schema = response.get("content", {}).get("application/json", {}).get("schema", {})
        refs = spec_mod.resolve(spec, schema).get("oneOf") or [schema]
        found += [spec_mod.ref_name(ref["$ref"]) for ref in refs if "$ref" in ref]
    return tuple(dict.fromkeys(found))


def _task_shapes(spec: Json, poll: DocumentedOperation) -> tuple[tuple[str, str], ...]:
    """(model, shape) for every schema the poll endpoint answers 2xx with."""
    http = next(
        o for m, p, o in spec_mod.iter_http_operations(spec) if (m, p) == (poll.method, poll.path)
    )
    found: list[tuple[str, str]] = []
    for status, answer in sorted(http["responses"].items()):
        if not str(status).startswith("2"):
            continue
        response = spec_mod.resolve(spec, answer)
        schema = response.get("content", {}).get("application/json", {}).get("schema", {})
        refs = spec_mod.resolve(spec, schema).get("oneOf") or [schema]
        for ref in refs:
            name = spec_mod.ref_name(ref["$ref"])
            shape = spec["components"]["schemas"][name].get("x-task-shape")
            if shape is None:
                raise SpecShapeError(f"{name}: a poll answer needs x-task-shape")
            found.append((name, shape))
    return tuple(found)


def families(spec: Json, all_methods: list[Method]) -> list[Family]:
    """Every tag that has operations, in the spec's tag order."""
    result = []
    for tag in spec["tags"]:
        members = tuple(m for m in all_methods if m.op.family == tag["name"])
        if not members:
            continue
        poll = next((m for m in members if m.role == "poll"), None)
        name = tag["name"]
        if not name.isidentifier() or keyword.iskeyword(name):
            raise SpecShapeError(f"tag {name!r} cannot be a Python attribute")
        result.append(
            Family(
                name=name,
                cls="".join(part.capitalize() for part in name.split("_")) + "Resource",
                doc=tag["description"].strip(),
                typical_seconds=tag.get("x-typical-seconds"),
                methods=members,
                poll=poll,
                task_shapes=_task_shapes(spec, poll.op) if poll else (),
                deprecated=all(m.op.deprecated for m in members),
                webhook_platforms=tuple(tag.get("x-webhook-platforms", ())),
            )
        )
    return result


def webhook_events(spec: Json) -> list[tuple[str, str]]:
    """(event type, task status) for every event of the spec's ``webhooks``."""
    found = []
    for name, item in spec.get("webhooks", {}).items():
        status = item["post"].get("x-task-status")
        if status not in {"succeeded", "failed", "streaming"}:
            raise SpecShapeError(
                f"webhook {name}: x-task-status must be succeeded, failed or streaming"
            )
        found.append((name, status))
    return found


ERROR_TYPES = frozenset({"insufficient_credits", "subscription_required", "content_policy"})


def error_kinds(spec: Json) -> list[tuple[int, str, str, str, str | None, str]]:
    """(status, kind, match, error, reason, advice) for each documented answer a
    response's ``x-error-kinds`` names, with the status that response is given under."""
    statuses: dict[str, set[int]] = {}
    for item in spec.get("paths", {}).values():
        for operation in item.values():
            if not isinstance(operation, dict):
                continue
            for code, response in operation.get("responses", {}).items():
                if isinstance(response, dict) and "$ref" in response and code.isdigit():
                    statuses.setdefault(spec_mod.ref_name(response["$ref"]), set()).add(int(code))
    found = []
    for name, response in sorted(spec.get("components", {}).get("responses", {}).items()):
        for entry in response.get("x-error-kinds", ()):
            if entry["error"] not in ERROR_TYPES:
                raise SpecShapeError(
                    f"{name}: x-error-kinds error must be one of {sorted(ERROR_TYPES)}"
                )
            for status in sorted(statuses.get(name, ())):
                found.append(
                    (
                        status,
                        entry["kind"],
                        entry["match"].lower(),
                        entry["error"],
                        entry.get("reason"),
                        entry["advice"],
                    )
                )
    return found


def webhook_payload(spec: Json) -> str | None:
    """The model every webhook delivery's body is (one shared schema), if the spec says."""
    refs = {
        item["post"]["requestBody"]["content"]["application/json"]["schema"].get("$ref")
        for item in spec.get("webhooks", {}).values()
    }
    if len(refs) != 1 or None in refs:
        return None
    return spec_mod.ref_name(refs.pop())


def render(spec: Json, out_dir: Path) -> list[Path]:
    """Write operations/, resources/, client.py and __init__.py into ``out_dir``."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # noqa: S701 - renders Python source, not HTML
    )
    env.filters["pyrepr"] = repr
    all_methods = methods(spec)
    endpoints = sorted(
        {(m.endpoint, _endpoint_module(out_dir / "_http", m.op.operation_id)) for m in all_methods}
    )
    context = {
        "methods": all_methods,
        "families": families(spec, all_methods),
        "endpoints": endpoints,
        "webhook_events": webhook_events(spec),
        "webhook_payload": webhook_payload(spec),
        "error_kinds": error_kinds(spec),
        "title": spec["info"]["title"],
        "version": spec["info"]["version"],
    }
    written = []
    api = out_dir.parent / API_REFERENCE
    api.write_text(env.get_template(API_REFERENCE + ".jinja").render(**context), encoding="utf-8")
    written.append(api)
    for name in OUTPUTS:
        target = out_dir / name
        target.write_text(env.get_template(name + ".jinja").render(**context), encoding="utf-8")
        written.append(target)
    # The operations and the resources: one module per family, loaded when first used.
    for package, init_template, family_template in (
        ("operations", "operations_init.py.jinja", "operations_family.py.jinja"),
        ("resources", "resources_init.py.jinja", "resources.py.jinja"),
    ):
        folder = out_dir / package
        folder.mkdir()
        init = folder / "__init__.py"
        init.write_text(env.get_template(init_template).render(**context), "utf-8")
        written.append(init)
        for family in context["families"]:
            aliases = {m.endpoint for m in family.methods}
            text = env.get_template(family_template).render(f=family, aliases=aliases, **context)
            target = folder / f"{family.name}.py"
            target.write_text(text, encoding="utf-8")
            written.append(target)
    return written
