"""Compare captured docs pages with spec/musicapi.yaml and report every difference.

    python -m tools.docs_check PAGE_OR_DIR... [--complete] [--json] [--spec FILE]
    make docs-check DOCS=captures/

Each page is mapped to a documented operation (by its docs URL when the capture has one,
else by method + path, title and the example's task_type), and its fields are compared with
the spec's variant schema: fields added or removed, type, required flag, enum values, bounds,
default, the section's Deprecated/Unavailable mark, and response fields. A capture of the
Credits Usage Guide is compared with each operation's ``x-credits`` (see ``docs_credits``).
Where the spec deliberately differs from a page, the property's ``x-docs`` records what the
page said, and that is what the page is compared with. Exit status: 0 no drift, 1 drift, 2
unreadable input.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from generator import spec as spec_mod
from tools import docs_credits
from tools.docs_page import DocsPage, PageError, PageField, html_to_text, read_page

if TYPE_CHECKING:
    from generator.spec import Json

TYPE_NAMES = {"string", "integer", "number", "boolean", "object", "array", "null"}


@dataclass(frozen=True)
class Finding:
    """One difference between a page and the spec."""

    operation: str
    page: str
    kind: str
    field: str | None
    message: str


@dataclass(frozen=True)
class SpecPage:
    """A docs page the spec says an operation came from."""

    key: str
    url: str
    title: str
    section: str
    method: str
    path: str
    schema: str | None
    response: str | None
    discriminator: str | None
    union: str | None
    deprecated: bool
    fields: tuple[str, ...] | None
    required: tuple[str, ...] | None


def spec_pages(spec: Json) -> list[SpecPage]:
    """Every (operation, docs page) pair of the spec."""
    pages = []
    for op in spec_mod.documented_operations(spec):
        http = next(
            o for m, p, o in spec_mod.iter_http_operations(spec) if (m, p) == (op.method, op.path)
        )
        union = (
            http.get("requestBody", {})
            .get("content", {})
            .get("application/json", {})
            .get("schema", {})
        )
        union_name = spec_mod.ref_name(union["$ref"]) if "$ref" in union else None
        node = (
            spec["components"]["schemas"][op.request_schema]
            if op.request_schema and op.discriminator
            else http
        )
        entries = node.get("x-docs-pages") or [{"url": p.url, "title": p.title} for p in op.pages]
        if op.request_schema and not op.discriminator and union_name != op.request_schema:
            entries = (
                spec["components"]["schemas"][op.request_schema].get("x-docs-pages") or entries
            )
        for entry in entries:
            pages.append(
                SpecPage(
                    key=f"{op.family}.{op.sdk_method}",
                    url=entry["url"],
                    title=entry["title"],
                    section=op.section,
                    method=op.method,
                    path=op.path,
                    schema=op.request_schema,
                    response=op.response_schema,
                    discriminator=op.discriminator,
                    union=union_name if union_name != op.request_schema else None,
                    deprecated=op.deprecated,
                    fields=tuple(entry["fields"]) if "fields" in entry else None,
                    required=tuple(entry["required"]) if "required" in entry else None,
                )
            )
    return pages


# ---------------------------------------------------------------- mapping pages to operations
def _path_matches(template: str, path: str) -> bool:
    pattern = "^" + re.sub(r"\\\{\w+\\\}", "[^/]*", re.escape(template)) + "/?$"
    return re.match(pattern, path) is not None


def _example_tags(example: str) -> dict[str, Any]:
    text = re.sub(r"^\s*//.*$", "", example, flags=re.MULTILINE)
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        found = re.findall(r'"(task_type|type|lyrics_type)"\s*:\s*"([^"]+)"', example)
        return dict(found)
    return data if isinstance(data, dict) else {}


def _fold(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def match_page(page: DocsPage, pages: list[SpecPage], spec: Json) -> SpecPage | None:
    """The spec page a capture documents, or None for an operation the spec lacks."""
    if page.docs_url:
        for candidate in pages:
            if candidate.url.rstrip("/") == page.docs_url.rstrip("/"):
                return candidate
    candidates = [c for c in pages if c.method == page.method and _path_matches(c.path, page.path)]
    titled = [c for c in candidates if _fold(c.title) == _fold(page.title)]
    if len(titled) == 1:
        return titled[0]
    tags = _example_tags(page.example)
    for candidate in candidates:
        if candidate.discriminator and candidate.union:
            mapping = spec["components"]["schemas"][candidate.union]["discriminator"]["mapping"]
            target = mapping.get(tags.get(candidate.discriminator, ""), "")
            if spec_mod.ref_name(target) == candidate.schema:
                return candidate
    return candidates[0] if len(candidates) == 1 else None


# ---------------------------------------------------------------- the spec side
def _facts(spec: Json, raw: Json, required: bool) -> Json:
    node = spec_mod.resolve(spec, raw) if "$ref" in raw else raw
    kinds = node.get("type", "object" if "properties" in node else "string")  # anyOf enums: string
    kind = next((k for k in kinds if k != "null"), "string") if isinstance(kinds, list) else kinds
    facts: Json = {
        "type": kind,
        "required": required,
        "enum": spec_mod.enum_values(spec, node)[0] or None,
        "default": node.get("default"),
    }
    if kind == "array":
        facts["enum"] = spec_mod.enum_values(spec, node.get("items", {}))[0] or None
    facts["bounds"] = {
        k: node[k]
        for k in ("minLength", "maxLength", "minimum", "maximum", "maxItems", "minItems")
        if k in raw or k in node
    }
    overrides = dict(raw.get("x-docs", {}))
    facts["absent"] = overrides.pop("absent", False)
    for key in ("minLength", "maxLength", "minimum", "maximum", "maxItems", "minItems"):
        if key in overrides:
            facts["bounds"][key] = overrides.pop(key)
    facts.update(overrides)
    return facts


def request_view(spec: Json, target: SpecPage) -> dict[str, Json]:
    """Field name -> what the page should show, for the page's variant."""
    if target.schema is None:
        return {}
    schema = spec["components"]["schemas"][target.schema]
    required = set(schema.get("required", []))
    view: dict[str, Json] = {}
    for name, raw in schema.get("properties", {}).items():
        view[name] = _facts(spec, raw, name in required)
        nested = spec_mod.resolve(spec, raw) if "$ref" in raw else raw
        for child, child_raw in nested.get("properties", {}).items():
            view.setdefault(
                child, _facts(spec, child_raw, child in set(nested.get("required", [])))
            )
    if target.discriminator and target.union:
        mapping = spec["components"]["schemas"][target.union]["discriminator"]["mapping"]
        view[target.discriminator]["enum"] = list(mapping)
    if target.fields is not None:
        view = {name: facts for name, facts in view.items() if name in target.fields}
        for name, facts in view.items():
            facts["required"] = name in (target.required or ())
            facts["absent"] = False
    return view


def response_view(spec: Json, schema_name: str | None) -> dict[str, bool]:
    """Leaf field name -> required, for the success response (unions and arrays flattened)."""
    found: dict[str, bool] = {}

    def walk(node: Json, required: set[str]) -> None:
        node = spec_mod.resolve(spec, node) if "$ref" in node else node
        for option in node.get("oneOf", []) + node.get("anyOf", []):
            walk(option, set())
        for name, raw in node.get("properties", {}).items():
            if raw.get("x-docs", {}).get("absent"):
                continue  # the page does not show this part of the answer
            found[name] = found.get(name, False) or name in required
            child = spec_mod.resolve(spec, raw) if "$ref" in raw else raw
            inner = child.get("items") or child
            walk(inner, set(spec_mod.resolve(spec, inner).get("required", [])))

    if schema_name:
        schema = spec["components"]["schemas"][schema_name]
        walk(schema, set(schema.get("required", [])))
    return found


# ---------------------------------------------------------------- enum run-togethers
def split_enum(text: str, known: list[str]) -> tuple[list[str], list[str]]:
    """Split each line into known values; return (values, chunks that matched nothing)."""
    values: list[str] = []
    unparsed: list[str] = []
    for line in (part.strip() for part in text.splitlines()):
        if not line:
            continue
        pieces = _merge_suffixes(_segment(line, sorted(set(known), key=len, reverse=True)))
        for piece, is_known in pieces:
            (values if is_known else unparsed).append(piece.strip())
    return values, [chunk for chunk in unparsed if chunk]


def _merge_suffixes(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """A known value followed by a fragment such as ``-5`` or ``.1`` is one new value.

    ``sonic-v5-5`` segmented against a spec that knows ``sonic-v5`` gives ``sonic-v5`` +
    ``-5``: a new version of a known name, not a known value and a stray fragment.
    """
    merged: list[tuple[str, bool]] = []
    for piece, is_known in pieces:
        if merged and merged[-1][1] and not is_known and piece[:1] in "-._":
            merged[-1] = (merged[-1][0] + piece, False)
        else:
            merged.append((piece, is_known))
    return merged


def _segment(line: str, known: list[str]) -> list[tuple[str, bool]]:
    """Cover ``line`` with known values, leaving as few unknown characters as possible."""
    size = len(line)
    best: list[tuple[int, list[tuple[str, bool]]] | None] = [None] * (size + 1)
    best[0] = (0, [])
    for start in range(size):
        current = best[start]
        if current is None:
            continue
        cost, pieces = current
        for value in known:
            if line.startswith(value, start):
                end = start + len(value)
                if best[end] is None or best[end][0] > cost:  # type: ignore[index]
                    best[end] = (cost, [*pieces, (value, True)])
        if pieces and not pieces[-1][1]:
            extended = [*pieces[:-1], (pieces[-1][0] + line[start], False)]
        else:
            extended = [*pieces, (line[start], False)]
        if best[start + 1] is None or best[start + 1][0] > cost + 1:  # type: ignore[index]
            best[start + 1] = (cost + 1, extended)
    result = best[size]
    return result[1] if result else [(line, False)]


# ---------------------------------------------------------------- comparing
def _compare_field(key: str, source: str, page_field: PageField, facts: Json) -> list[Finding]:
    found = []

    def note(kind: str, message: str) -> None:
        found.append(Finding(key, source, kind, page_field.name, message))

    if facts.get("absent"):
        note(
            "field-now-documented",
            f"'{page_field.name}' is now on the page; the spec marks it x-docs absent",
        )
    if page_field.type in TYPE_NAMES and page_field.type != facts["type"]:
        note(
            "type-changed",
            f"'{page_field.name}' is {page_field.type} on the page, {facts['type']} in the spec",
        )
    if page_field.required != facts["required"]:
        page_state, spec_state = (
            ("required", "optional") if page_field.required else ("optional", "required")
        )
        note(
            "required-changed",
            f"'{page_field.name}' is {page_state} on the page, {spec_state} in the spec",
        )
    if page_field.enum_text is not None:
        known = [str(v) for v in facts.get("enum") or []]
        values, unparsed = split_enum(page_field.enum_text, known)
        for chunk in unparsed:
            if "\n" in page_field.enum_text or not known:
                note(
                    "enum-added",
                    f"'{page_field.name}' allows {chunk!r} on the page, not in the spec",
                )
            else:
                note(
                    "enum-unparsed",
                    f"'{page_field.name}': could not split {chunk!r} against the spec's values "
                    "(a new value, or several run together)",
                )
        for missing in [v for v in known if v not in values]:
            note("enum-removed", f"'{page_field.name}' no longer lists {missing!r} on the page")
    for bound, value in page_field.bounds.items():
        spec_value = facts["bounds"].get(bound)
        if spec_value is None or float(spec_value) != value:
            note(
                "bound-changed",
                f"'{page_field.name}' {bound} is {value:g} on the page, {spec_value} in the spec",
            )
    if page_field.default is not None and str(facts.get("default")) != page_field.default:
        note(
            "default-changed",
            f"'{page_field.name}' defaults to {page_field.default} on the page, "
            f"{facts.get('default')} in the spec",
        )
    return found


def _flag(required: bool) -> str:
    return "required" if required else "optional"


def compare(page: DocsPage, target: SpecPage, spec: Json) -> list[Finding]:
    """Every difference between one page and its spec operation."""
    key, source = target.key, page.source
    findings: list[Finding] = []
    view = request_view(spec, target)
    on_page = {f.name: f for f in page.body}
    for name, page_field in on_page.items():
        if name not in view:
            findings.append(
                Finding(
                    key,
                    source,
                    "field-added",
                    name,
                    f"'{name}' ({page_field.type}, {_flag(page_field.required)}) is on the page, "
                    "not in the spec",
                )
            )
            continue
        findings += _compare_field(key, source, page_field, view[name])
    for name, facts in view.items():
        if name not in on_page and not facts.get("absent"):
            findings.append(
                Finding(
                    key, source, "field-removed", name, f"'{name}' is in the spec, not on the page"
                )
            )
    if page.section_status and not target.deprecated:
        findings.append(
            Finding(
                key,
                source,
                "section-deprecated",
                None,
                f"the page marks section '{page.section}' {page.section_status}; the spec does not",
            )
        )
    if target.deprecated and page.section and not page.section_status:
        findings.append(
            Finding(
                key,
                source,
                "section-restored",
                None,
                "the spec marks this operation deprecated; the page no longer does",
            )
        )
    responses = response_view(spec, target.response)
    if page.response:
        for page_field in page.response:
            if page_field.name not in responses:
                findings.append(
                    Finding(
                        key,
                        source,
                        "response-field-added",
                        page_field.name,
                        f"response field '{page_field.name}' is on the page, not in the spec",
                    )
                )
        listed = {f.name for f in page.response}
        for name, required in responses.items():
            if required and name not in listed:
                findings.append(
                    Finding(
                        key,
                        source,
                        "response-field-removed",
                        name,
                        f"required response field '{name}' is not on the page",
                    )
                )
    return findings


def check(
    paths: list[Path], spec: Json, *, complete: bool = False
) -> tuple[list[Finding], list[str]]:
    """Findings for the pages under ``paths``, and the files that could not be read."""
    files = sorted(
        p
        for path in paths
        for p in ([path] if path.is_file() else path.rglob("*"))
        if p.is_file() and p.suffix.lower() in {".txt", ".html", ".htm", ".md", ""}
    )
    pages = spec_pages(spec)
    findings: list[Finding] = []
    errors: list[str] = []
    covered: set[str] = set()
    for file in files:
        rows = _credit_rows(file, spec)
        if rows is not None:
            findings += [
                Finding(operation, str(file), kind, "x-credits", message)
                for operation, kind, message in docs_credits.compare(rows, str(file), spec)
            ]
            continue
        try:
            page = read_page(file)
        except PageError as exc:
            errors.append(f"{file}: {exc}")
            continue
        target = match_page(page, pages, spec)
        if target is None:
            label = f"(new) {page.method} {page.path}"
            findings.append(
                Finding(
                    label,
                    page.source,
                    "operation-added",
                    None,
                    f"page '{page.title}' ({page.section}) has no operation in the spec",
                )
            )
            continue
        covered.add(target.url)
        findings += compare(page, target, spec)
    if complete:
        for target in pages:
            if target.url not in covered:
                findings.append(
                    Finding(
                        target.key,
                        "-",
                        "not-covered",
                        None,
                        f"no captured page for '{target.title}' ({target.url})",
                    )
                )
    if not files:
        errors.append("no page files found")
    return findings, errors


def _credit_rows(file: Path, spec: Json) -> list[docs_credits.CreditRow] | None:
    """The rows of a Credits Usage Guide capture (None for any other file)."""
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return None  # read_page reports it
    if file.suffix.lower() in {".html", ".htm"}:
        text = html_to_text(text)
    return docs_credits.read_rows(text, spec)


def report(findings: list[Finding]) -> str:
    """One line per finding, grouped by operation."""
    lines: list[str] = []
    for operation in sorted({f.operation for f in findings}):
        group = [f for f in findings if f.operation == operation]
        lines.append(f"{operation}  ({', '.join(sorted({f.page for f in group}))})")
        lines += [f"  {f.kind}: {f.message}" for f in group]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; see the module docstring."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.docs_check",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("pages", nargs="+", type=Path, help="captured pages, or folders of them")
    parser.add_argument(
        "--complete", action="store_true", help="also report spec pages no capture covers"
    )
    parser.add_argument("--json", action="store_true", help="print findings as JSON")
    parser.add_argument("--spec", type=Path, default=spec_mod.SPEC_PATH)
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.pages if not p.exists()]
    if missing:
        print(f"error: not found: {', '.join(missing)}", file=sys.stderr)
        return 2
    findings, errors = check(args.pages, spec_mod.load(args.spec), complete=args.complete)
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    if args.json:
        print(json.dumps([asdict(f) for f in findings], indent=2, ensure_ascii=False))
    elif findings:
        print(report(findings))
    else:
        print("no drift: the pages agree with the spec")
    if errors and not findings:
        return 2
    return 1 if findings or errors else 0


if __name__ == "__main__":
    sys.exit(main())
