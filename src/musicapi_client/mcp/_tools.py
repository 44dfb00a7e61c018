"""The MCP server's tools, made from the catalog (the spec, generated): nothing per operation.

One tool per create operation of the families that are not retired (deprecated ones only
when asked; by default only those the spec marks ``x-agent-default``), its input schema
the request model's JSON Schema restricted to what a caller sets (the fixed fields left
out, the per-mode rules stated), its description the operation's summary with its dated
price; and the task-level tools ``get_task``, ``wait_for_task``, ``get_credits`` and
``download_clip``. A new operation in the spec is a new tool here with no edit.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from musicapi_client._operation import Catalog, Operation

Kind = Literal["create", "get_task", "wait_for_task", "get_credits", "download_clip"]
MAX_WAIT = 55.0  # seconds: MCP clients cut a call after about 60 s without progress
DEFAULT_WAIT = 45.0
UNKNOWN_OUTCOME = "do not create again; check get_task"

CLIP_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "clip_id": {"type": "string"},
        "state": {"type": "string"},
        "title": {"type": ["string", "null"]},
        "audio_url": {"type": ["string", "null"]},
        "stream_url": {"type": ["string", "null"], "description": "Live while it streams."},
        "duration": {"type": ["number", "null"]},
    },
    "required": ["clip_id", "state"],
}
TASK_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "task_id": {"type": "string"},
        "family": {"type": "string"},
        "status": {"enum": ["pending", "running", "succeeded", "failed"]},
        "raw_status": {"type": "string"},
        "clips": {"type": "array", "items": CLIP_SCHEMA},
        "error": {"type": ["string", "null"]},
        "done": {"type": "boolean", "description": "True once the task will not change."},
        "next": {"type": "string", "description": "What to call next, if anything."},
    },
    "required": ["task_id", "family", "status", "clips", "done", "next"],
}
# Short on purpose: every create tool carries it, and every agent turn every tool.
CREATED_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"task_id": {"type": "string"}, "credits": {"type": ["number", "null"]}},
    "required": ["task_id", "credits"],
}
CREDITS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "credits": {"type": "number"},
        "extra_credits": {"type": "number"},
        "spend_limit": {
            "type": ["object", "null"],
            "description": "This server's spend limit for your key: limit, reserved, left.",
        },
    },
    "required": ["credits"],
}
DOWNLOAD_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "clip_id": {"type": "string"},
        "url": {"type": "string"},
        "path": {"type": ["string", "null"], "description": "Where it was saved, if saved."},
    },
    "required": ["clip_id", "url"],
}


@dataclass(frozen=True)
class ToolSpec:
    """One tool: its name, what it does, its schemas, how it behaves, what it runs."""

    name: str
    title: str
    description: str
    input_schema: dict[str, Any]
    output_schema: dict[str, Any]
    read_only: bool
    kind: Kind
    operation: Operation | None = None


def _inline(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with its ``$defs`` references replaced by what they name (agents read a
    flat schema more reliably than one that points elsewhere)."""
    defs = schema.pop("$defs", {})

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                target = copy.deepcopy(defs[ref.removeprefix("#/$defs/")])
                extra = {k: v for k, v in node.items() if k != "$ref"}
                return walk({**target, **extra})
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    found: dict[str, Any] = walk(schema)
    return found


def _rules(op: Operation) -> str:
    """The operation's per-mode rules in words."""
    said = []
    for rule in op.rules:
        then = ", ".join(rule.then_required)
        text = f"When {rule.field} is {str(rule.equals).lower()}, {then} is required"
        if rule.else_required:
            text += f"; otherwise {', '.join(rule.else_required)} is"
        said.append(text + ".")
    return " ".join(said)


# Left out of the tools: the server waits for its tasks itself (wait_for_task), and a
# webhook secret is not something to hand to a model.
NOT_FOR_AGENTS = frozenset({"webhook_url", "webhook_secret"})


def _compact(prop: dict[str, Any], retired: tuple[str, ...] = ()) -> dict[str, Any]:
    """A property's schema as an agent needs it, at a quarter of the size (every agent
    turn carries every tool): no examples or titles, an optional value without its null
    branch, an open list of values as words (retired ones left out), a URL as a format."""
    prop = {k: v for k, v in prop.items() if k not in ("examples", "title")}
    if "default" in prop and prop["default"] is None:
        del prop["default"]
    options = [o for o in prop.pop("anyOf", ()) if o != {"type": "null"}]
    if len(options) == 2 and "enum" in options[0] and options[1] == {"type": "string"}:
        known = ", ".join(v for v in options[0]["enum"] if v not in retired)
        prop = {**prop, "type": "string"}
        prop["description"] = f"{prop.get('description', '')} Known: {known}.".strip()
    elif len(options) == 1:
        prop = {**options[0], **prop}
    elif options:
        prop["anyOf"] = [_compact(option) for option in options]
    pattern = prop.get("pattern", "")
    if pattern.startswith("^https?://") and len(pattern) > 40:
        del prop["pattern"]
        prop["format"] = "uri"  # the client checks it in full before sending
    if isinstance(prop.get("items"), dict):
        prop["items"] = _compact(prop["items"])
    if isinstance(prop.get("properties"), dict):
        prop["properties"] = {k: _compact(v) for k, v in prop["properties"].items()}
    return prop


def input_schema(op: Operation) -> dict[str, Any]:
    """The create's input: its request model's JSON Schema, only what a caller sets, made
    compact, with the per-mode rules as its description."""
    assert op.request_model is not None
    full = _inline(op.request_model.model_json_schema())
    params = [p for p in op.params if p.name in full["properties"] and p.name not in NOT_FOR_AGENTS]
    schema: dict[str, Any] = {
        "type": "object",
        "properties": {p.name: _compact(full["properties"][p.name], p.retired) for p in params},
        "required": [p.name for p in params if p.required],
        "additionalProperties": False,
    }
    if rules := _rules(op):
        schema["description"] = rules
    return schema


def price_words(op: Operation, prices: dict[str, float | None]) -> str:
    """``costs about N credits, price of 2026-10``, or that the price is unknown;
    ``prices`` are the caller's overrides (undated)."""
    price = prices.get(op.key, op.credits)
    if price is None:
        return "its price is not documented"
    dated = f", {op.credits_as_of}" if op.credits_as_of and op.key not in prices else ""
    return f"~{price:g} credits{dated} estimate"


def create_tool(op: Operation, prices: dict[str, float | None]) -> ToolSpec:
    """The tool of one create operation."""
    summary = op.summary.strip().splitlines()[0] if op.summary.strip() else op.key
    summary = summary if summary.endswith((".", "!", "?")) else f"{summary}."
    description = (
        f"{summary} Paid ({price_words(op, prices)}): call once, then wait_for_task with "
        "its task_id."
    )
    if op.deprecated:
        description = f"[deprecated: {op.deprecation}] {description}"
    price = prices.get(op.key, op.credits)
    cost = f"~{price:g} credits" if price is not None else "credits"
    return ToolSpec(
        name=tool_name(op),
        title=f"{op.family} {op.name.replace('_', ' ')} (costs {cost})",
        description=description,
        input_schema=input_schema(op),
        output_schema=CREATED_SCHEMA,
        read_only=False,
        kind="create",
        operation=op,
    )


def tool_name(op: Operation) -> str:
    """``sonic_create``, ``producer_cover``: the family, then the operation."""
    return f"{op.family}_{op.name}"


def task_tools(polled: list[str], downloads: bool) -> list[ToolSpec]:
    """The tools that read tasks, credits and clips (free)."""
    family = {
        "type": "string",
        "enum": polled,
        "description": "The task's family (the create tool's prefix); optional when this "
        "server made the task.",
    }
    task_id = {"type": "string", "minLength": 1, "description": "The id a create returned."}
    return [
        _get_task_tool(task_id, family),
        _wait_tool(task_id, family),
        _credits_tool(),
        _download_tool(task_id, family, downloads),
    ]


def _get_task_tool(task_id: dict[str, Any], family: dict[str, Any]) -> ToolSpec:
    """get_task: one read of a task."""
    return ToolSpec(
        "get_task",
        "Get a task (free)",
        "Read a task once: its status and clips (free; no credits). Audio URLs come as "
        "resource links.",
        {
            "type": "object",
            "properties": {"task_id": task_id, "family": family},
            "required": ["task_id"],
            "additionalProperties": False,
        },
        TASK_SCHEMA,
        True,
        "get_task",
    )


def _wait_tool(task_id: dict[str, Any], family: dict[str, Any]) -> ToolSpec:
    """wait_for_task: a bounded wait on the server."""
    return ToolSpec(
        "wait_for_task",
        "Wait for a task (free)",
        "Wait, here on the server, until a task is done (or can be played, with until="
        f"'streaming'), at most `timeout` seconds ({DEFAULT_WAIT:g} by default, "
        f"{MAX_WAIT:g} at most, so your client never cuts the call): it polls on an "
        "adaptive schedule and reports progress. If the task is not done by then, "
        "call wait_for_task again with the same task_id: the task goes on meanwhile.",
        {
            "type": "object",
            "properties": {
                "task_id": task_id,
                "family": family,
                "timeout": {
                    "type": "number",
                    "exclusiveMinimum": 0,
                    "maximum": MAX_WAIT,
                    "default": DEFAULT_WAIT,
                },
                "until": {"enum": ["complete", "streaming"], "default": "complete"},
            },
            "required": ["task_id"],
            "additionalProperties": False,
        },
        TASK_SCHEMA,
        True,
        "wait_for_task",
    )


def _credits_tool() -> ToolSpec:
    """get_credits: the balance and the spend limit."""
    return ToolSpec(
        "get_credits",
        "Get credits (free)",
        "The account's remaining credits, and this server's spend limit for your key.",
        {"type": "object", "properties": {}, "additionalProperties": False},
        CREDITS_SCHEMA,
        True,
        "get_credits",
    )


def _download_tool(task_id: dict[str, Any], family: dict[str, Any], downloads: bool) -> ToolSpec:
    """download_clip: a file under --download-dir (stdio), else the URL."""
    where = (
        "saves it under the server's download directory and returns its path"
        if downloads
        else "returns its URL (this server saves no files)"
    )
    return ToolSpec(
        "download_clip",
        "Download a clip (free)",
        f"The finished audio of a clip of a done task: {where}.",
        {
            "type": "object",
            "properties": {
                "task_id": task_id,
                "family": family,
                "clip_id": {"type": "string", "minLength": 1},
            },
            "required": ["task_id", "clip_id"],
            "additionalProperties": False,
        },
        DOWNLOAD_SCHEMA,
        not downloads,
        "download_clip",
    )


def choose(
    catalog: Catalog,
    prices: dict[str, float | None],
    *,
    families: set[str] | None = None,
    names: set[str] | None = None,
    deprecated: bool = False,
    every: bool = False,
    downloads: bool = False,
) -> list[ToolSpec]:
    """The tools to offer: creates of the (not retired) families, then the task tools.

    By default only the creates the spec marks ``x-agent-default`` (every agent turn
    carries the whole list); a family asked for (``families``, or a deprecated one with
    ``deprecated``), ``names`` or ``every`` offers all its creates; ``names`` then keeps
    only those tools."""
    asked = families is not None or names is not None or every
    offered = []
    for family in catalog.families.values():
        if families is not None and family.name not in families:
            continue
        if family.deprecated and not deprecated:
            continue
        whole = asked or family.deprecated
        for op in family.operations:
            offer = op.role == "create" and op.request_model is not None and not op.gone
            if offer and (whole or op.agent_default):
                offered.append(create_tool(op, prices))
    offered += task_tools(sorted(catalog.polled), downloads)
    if names is not None:
        offered = [tool for tool in offered if tool.name in names]
    return offered
