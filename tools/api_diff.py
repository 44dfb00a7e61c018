"""Release notes: what changed in the public API between two versions of the spec.

    python -m tools.api_diff OLD.yaml NEW.yaml
    make release-notes OLD=v0.1.0          # compares git's OLD:spec/musicapi.yaml with the file

Lists added and removed operations and fields, and marks each change breaking or not for
users of the client: removing an operation or field, a new required field, a type change,
a removed enum value or a tighter bound breaks callers; additions and looser rules do not.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from generator import spec as spec_mod

if TYPE_CHECKING:
    from generator.spec import Json

LOWER_IS_TIGHTER = ("maxLength", "maximum", "maxItems")
HIGHER_IS_TIGHTER = ("minLength", "minimum", "minItems")


@dataclass(frozen=True)
class Change:
    """One change of the public API."""

    operation: str
    breaking: bool
    text: str


def _operations(spec: Json) -> dict[str, spec_mod.DocumentedOperation]:
    return {f"{op.family}.{op.sdk_method}": op for op in spec_mod.documented_operations(spec)}


def _fields(spec: Json, name: str | None) -> dict[str, Json]:
    if not name:
        return {}
    schema = spec["components"]["schemas"][name]
    required = set(schema.get("required", []))
    result = {}
    for prop, raw in schema.get("properties", {}).items():
        node = spec_mod.resolve(spec, raw) if "$ref" in raw else raw
        values, is_open = spec_mod.enum_values(spec, node)
        kinds = node.get("type", "string" if values else "object")
        result[prop] = {
            "type": kinds if isinstance(kinds, str) else "|".join(sorted(kinds)),
            "required": prop in required,
            "enum": set(map(str, values or ([node["const"]] if "const" in node else []))),
            "open": is_open,
            "pattern": node.get("pattern"),
            "retired": set(node.get("x-retired-values", {}).get("values", ())),
            **{k: node[k] for k in (*LOWER_IS_TIGHTER, *HIGHER_IS_TIGHTER) if k in node},
        }
    return result


def _response_fields(spec: Json, name: str | None) -> set[str]:
    found: set[str] = set()

    def walk(node: Json) -> None:
        node = spec_mod.resolve(spec, node) if "$ref" in node else node
        for option in node.get("oneOf", []) + node.get("anyOf", []):
            walk(option)
        for prop, raw in node.get("properties", {}).items():
            found.add(prop)
            child = spec_mod.resolve(spec, raw) if "$ref" in raw else raw
            walk(child.get("items", child))

    if name:
        walk(spec["components"]["schemas"][name])
    return found


def _field_changes(key: str, old: dict[str, Json], new: dict[str, Json]) -> list[Change]:
    changes = []
    for name in sorted(new.keys() - old.keys()):
        required = new[name]["required"]
        changes.append(
            Change(key, required, f"new {'required' if required else 'optional'} field '{name}'")
        )
    changes += [
        Change(key, True, f"field '{name}' removed") for name in sorted(old.keys() - new.keys())
    ]
    for name in sorted(old.keys() & new.keys()):
        before, after = old[name], new[name]
        if before["type"] != after["type"]:
            # A type that still takes every value it took (string -> integer|string) is wider.
            narrower = not set(before["type"].split("|")) <= set(after["type"].split("|"))
            changes.append(
                Change(key, narrower, f"'{name}' type {before['type']} -> {after['type']}")
            )
        if before["required"] != after["required"]:
            changes.append(
                Change(
                    key,
                    after["required"],
                    f"'{name}' is now {'required' if after['required'] else 'optional'}",
                )
            )
        if before["enum"] and not before["open"] and after["open"]:
            changes.append(Change(key, False, f"'{name}' now accepts values beyond its list"))
        elif before["open"] and after["enum"] and not after["open"]:
            changes.append(Change(key, True, f"'{name}' accepts only its listed values now"))
        if before["enum"] and after["enum"] != before["enum"]:
            if removed := sorted(before["enum"] - after["enum"]):
                text = "no longer lists" if after["open"] else "no longer accepts"
                changes.append(
                    Change(key, not after["open"], f"'{name}' {text} {', '.join(removed)}")
                )
            if added := sorted(after["enum"] - before["enum"]):
                verb = "lists" if after["open"] else "accepts"
                changes.append(Change(key, False, f"'{name}' now {verb} {', '.join(added)}"))
        if after["pattern"] != before["pattern"]:
            # A new or changed pattern refuses values that passed before (before sending).
            text = "must now match a pattern" if before["pattern"] is None else "pattern changed"
            changes.append(Change(key, after["pattern"] is not None, f"'{name}' {text}"))
        if retired := sorted(after["retired"] - before["retired"]):
            changes.append(
                Change(
                    key,
                    False,
                    f"'{name}' values retired (sent, with a warning): {', '.join(retired)}",
                )
            )
        for bound in (*LOWER_IS_TIGHTER, *HIGHER_IS_TIGHTER):
            a, b = before.get(bound), after.get(bound)
            if a == b:
                continue
            tighter = b is not None and (
                a is None or (b < a if bound in LOWER_IS_TIGHTER else b > a)
            )
            changes.append(Change(key, tighter, f"'{name}' {bound} {a} -> {b}"))
    return changes


def diff(old: Json, new: Json) -> list[Change]:
    """Every change between two specs, by operation."""
    before, after = _operations(old), _operations(new)
    changes = [Change(key, False, "new operation") for key in sorted(after.keys() - before.keys())]
    changes += [
        Change(key, True, "operation removed") for key in sorted(before.keys() - after.keys())
    ]
    for key in sorted(before.keys() & after.keys()):
        a, b = before[key], after[key]
        changes += _field_changes(
            key, _fields(old, a.request_schema), _fields(new, b.request_schema)
        )
        gone = _response_fields(old, a.response_schema) - _response_fields(new, b.response_schema)
        came = _response_fields(new, b.response_schema) - _response_fields(old, a.response_schema)
        changes += [Change(key, True, f"response field '{n}' removed") for n in sorted(gone)]
        changes += [Change(key, False, f"response field '{n}' added") for n in sorted(came)]
        if b.deprecated and not a.deprecated:
            changes.append(Change(key, False, "now deprecated"))
        if a.credits != b.credits:
            when = f", as of {b.credits_as_of}" if b.credits_as_of else ""
            was = a.credits if a.credits is not None else "no figure"
            changes.append(Change(key, False, f"costs about {b.credits} credits (was {was}{when})"))
    return changes


def render(changes: list[Change], old: Json, new: Json) -> str:
    """Markdown release notes."""
    title = f"## API changes ({old['info']['version']} -> {new['info']['version']})"
    if not changes:
        return f"{title}\n\nNo change to the public API.\n"
    lines = [title, ""]
    for heading, breaking in (("Breaking", True), ("Compatible", False)):
        picked = [c for c in changes if c.breaking is breaking]
        if picked:
            lines += [f"### {heading}", *[f"- `{c.operation}`: {c.text}" for c in picked], ""]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Print release notes; exit 1 when a change is breaking."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.api_diff",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("old", type=Path)
    parser.add_argument("new", type=Path, nargs="?", default=spec_mod.SPEC_PATH)
    args = parser.parse_args(argv)
    old, new = spec_mod.load(args.old), spec_mod.load(args.new)
    changes = diff(old, new)
    print(render(changes, old, new))
    return 1 if any(c.breaking for c in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
