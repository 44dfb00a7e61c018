"""Reading a captured docs page (rendered text, or its HTML) into a structured operation.

A capture is what a browser's "copy" or "save as text" gives for a docs.musicapi.ai page:
navigation, then the title, method and API URL, "Body Params" with one block per field
(name, type, required/optional, description, "Allowed values:", bounds, default), request
samples in many languages, and "Responses" with the response fields and example JSON. The
parser skips what it does not need and copes with non-breaking spaces, CRLF line endings,
enum values run together, and pages in Chinese.
"""

from __future__ import annotations

import html.parser
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

if TYPE_CHECKING:
    from pathlib import Path

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
API_URL = re.compile(r"^(https?://[^\s/]+)(/api/v\d+/\S*)$")
DOCS_URL = re.compile(r"https?://docs\.musicapi\.ai/[\w./-]+")
TYPE_LINE = re.compile(
    r"^(enum<\w+>|array\s*\[[^\]]*\]|array|string|integer|number|boolean|object|null)(\s*\{\d+\})?(?![\w<])",
    re.IGNORECASE,
)
FIELD_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# One bound, e.g. "<= 2000 characters"; pages may run two together: ">= 30<= 240".
BOUND_PART = r"(>=|<=|>|<)\s*(-?\d+(?:\.\d+)?)\s*(characters|chars|items|字符|项)?"
BOUND = re.compile(rf"^(?:\s*{BOUND_PART})+\s*$", re.IGNORECASE)
STATUS_LINE = re.compile(r"^\W*([1-5]\d\d)\s*\S*$")

# The words Apidog prints, per language of the docs UI.
WORDS = {
    "required": {"required", "必需", "必填"},
    "optional": {"optional", "可选"},
    "body": {"body params", "body 参数", "body参数"},
    "path": {"path params", "path 参数", "path参数"},
    "query": {"query params", "query 参数", "query参数"},
    "header": {"header params", "header 参数", "header参数"},
    "allowed": {"allowed values:", "allowed values", "枚举值:", "枚举值", "可选值:"},
    "default": {"default:", "default", "默认值:", "默认值"},
    "example": {"example", "example:", "示例", "示例:", "示例值:"},
    "samples": {"request samples", "请求示例代码", "请求示例"},
    "responses": {"responses", "返回响应", "响应"},
}
STOP_BODY = WORDS["example"] | WORDS["samples"] | WORDS["responses"]
STATUS_MARKS = {
    "deprecated": "Deprecated",
    "unavailable": "Unavailable",
    "已废弃": "Deprecated",
    "不可用": "Unavailable",
}


class PageError(ValueError):
    """The file is not a docs operation page the checker can read."""


@dataclass
class PageField:
    """One parameter or response field as the page lists it."""

    name: str
    type: str
    required: bool
    enum_text: str | None = None
    enum_values: list[str] = field(default_factory=list)
    bounds: dict[str, float] = field(default_factory=dict)
    default: str | None = None


@dataclass
class DocsPage:
    """The parts of a page the checker compares with the spec."""

    source: str
    title: str
    method: str
    path: str
    section: str
    section_status: str | None
    docs_url: str | None
    body: list[PageField]
    response: list[PageField]
    example: str
    language: str


class _TextExtractor(html.parser.HTMLParser):
    BLOCKS: ClassVar[frozenset[str]] = frozenset(
        {
            "p",
            "div",
            "li",
            "tr",
            "br",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "pre",
            "section",
            "td",
            "span",
        }
    )

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0
        self.canonical: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in {"script", "style"}:
            self.skip += 1
        if tag == "link" and values.get("rel") == "canonical":
            self.canonical = values.get("href")
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self.skip = max(0, self.skip - 1)
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML capture, one block per line (canonical URL first)."""
    extractor = _TextExtractor()
    extractor.feed(markup)
    text = "".join(extractor.parts)
    return (f"{extractor.canonical}\n" if extractor.canonical else "") + text


def normalise(text: str) -> list[str]:
    """Lines without CR, NBSP, zero-width characters or trailing spaces."""
    text = (
        text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\u200b", "")
    )
    text = text.replace("\ufeff", "")
    return [line.rstrip() for line in text.split("\n")]


def _is(line: str, word: str) -> bool:
    return line.strip().lower() in WORDS[word]


def _starts(line: str, word: str) -> bool:
    lowered = line.strip().lower()
    return any(lowered.startswith(w) for w in WORDS[word])


def _find_operation(lines: list[str]) -> tuple[int, str, str]:
    for index, line in enumerate(lines):
        if line.strip().upper() in METHODS:
            for follow in lines[index + 1 : index + 4]:
                found = API_URL.match(follow.strip())
                if found:
                    return index, line.strip().upper(), found.group(2)
    raise PageError("no operation found (a method line followed by an API URL)")


def _section(lines: list[str], method_at: int) -> tuple[str, str | None]:
    """The breadcrumb section above the title, and its status from the navigation."""
    section = ""
    for line in reversed(lines[:method_at]):
        crumb = re.match(r"^\s*\d+\.\s+(.+)$", line)
        if crumb:
            section = crumb.group(1).strip()
            break
    status = None
    base = re.sub(
        r"\s*\((deprecated|unavailable|已废弃|不可用)\)\s*$", "", section, flags=re.IGNORECASE
    )
    if not base:  # no breadcrumb in this capture: the section and its mark are unknown
        return "", None
    for line in lines:
        entry = line.strip().lstrip("•-* ").strip()
        if entry.lower().startswith(base.lower()) and "(" in entry:
            marker = entry[entry.find("(") + 1 : entry.rfind(")")].strip().lower()
            status = STATUS_MARKS.get(marker, status)
    marker_in_crumb = re.search(r"\((\w+)\)\s*$", section)
    if marker_in_crumb:
        status = STATUS_MARKS.get(marker_in_crumb.group(1).lower(), status)
    return base, status


def _title(lines: list[str], method_at: int) -> str:
    for line in reversed(lines[:method_at]):
        if line.strip():
            return line.strip()
    return ""


def _fields(lines: list[str]) -> list[PageField]:
    """Field blocks: name, type line, required/optional, then details until the next block."""
    found: list[PageField] = []
    index = 0
    while index < len(lines) - 1:
        name, kind = lines[index].strip(), lines[index + 1].strip()
        type_match = TYPE_LINE.match(kind)
        if FIELD_NAME.match(name) and type_match:
            flag_line = lines[index + 2].strip() if index + 2 < len(lines) else ""
            required = _is(flag_line, "required")
            current = PageField(
                name=name, type=_normalise_type(type_match.group(1)), required=required
            )
            found.append(current)
            index += 3 if (required or _is(flag_line, "optional")) else 2
            index = _details(lines, index, current)
            continue
        index += 1
    return found


def _details(lines: list[str], index: int, current: PageField) -> int:
    """Read description, allowed values, bounds and default; return where the next block starts."""
    while index < len(lines):
        line = lines[index].strip()
        if (
            index + 1 < len(lines)
            and FIELD_NAME.match(line)
            and TYPE_LINE.match(lines[index + 1].strip())
        ):
            return index
        if _is(line, "allowed") or (_starts(line, "allowed") and ":" in line):
            rest = line.split(":", 1)[1].strip() if ":" in line else ""
            values = [rest] if rest else []
            index += 1
            while index < len(lines) and lines[index].strip() and not _is_detail(lines, index):
                values.append(lines[index].strip())
                index += 1
            current.enum_text = "\n".join(values)
            continue
        if BOUND.match(line):
            for op, number, unit in re.findall(BOUND_PART, line, flags=re.IGNORECASE):
                current.bounds[_bound_key(op, unit.lower(), current.type)] = float(number)
        elif _starts(line, "default"):
            value = line.split(":", 1)[1].strip() if ":" in line else ""
            if not value and index + 1 < len(lines):
                index += 1
                value = lines[index].strip()
            current.default = value
        index += 1
    return index


def _is_detail(lines: list[str], index: int) -> bool:
    line = lines[index].strip()
    nxt = lines[index + 1].strip() if index + 1 < len(lines) else ""
    return bool(
        BOUND.match(line)
        or _starts(line, "default")
        or _starts(line, "example")
        or (FIELD_NAME.match(line) and TYPE_LINE.match(nxt))
    )


def _bound_key(op: str, unit: str, kind: str) -> str:
    upper = op.startswith("<")
    if unit in {"characters", "chars", "字符"} or (kind == "string" and not unit):
        return "maxLength" if upper else "minLength"
    if unit in {"items", "项"} or kind == "array":
        return "maxItems" if upper else "minItems"
    return "maximum" if upper else "minimum"


def _normalise_type(raw: str) -> str:
    lowered = raw.lower().replace(" ", "")
    if lowered.startswith("enum<"):
        return lowered[5:-1]
    if lowered.startswith("array"):
        return "array"
    return lowered


def _slice(
    lines: list[str], start_words: str, stops: set[str], begin: int = 0
) -> tuple[list[str], int]:
    for index in range(begin, len(lines)):
        if _starts(lines[index], start_words):
            end = index + 1
            while end < len(lines) and lines[end].strip().lower() not in stops:
                end += 1
            return lines[index + 1 : end], end
    return [], begin


def parse_page(text: str, source: str = "<page>") -> DocsPage:
    """Parse one captured page; raises PageError when it holds no operation."""
    if "<html" in text[:2000].lower() or "<body" in text[:5000].lower():
        text = html_to_text(text)
    lines = normalise(text)
    method_at, method, path = _find_operation(lines)
    section, status = _section(lines, method_at)
    language = "zh" if any(_starts(line, "body") and "参数" in line for line in lines) else "en"
    body_lines, end = _slice(lines, "body", STOP_BODY, method_at)
    path_lines, _ = _slice(lines, "path", STOP_BODY, method_at)
    responses_at = next(
        (i for i in range(end, len(lines)) if _is(lines[i], "responses")), len(lines)
    )
    response_lines = lines[responses_at + 1 :]
    ok_at = next(
        (
            i
            for i, line in enumerate(response_lines)
            if (m := STATUS_LINE.match(line)) and m.group(1).startswith("2")
        ),
        None,
    )
    response_fields: list[PageField] = []
    if ok_at is not None:
        block_end = next(
            (
                i
                for i in range(ok_at + 1, len(response_lines))
                if STATUS_LINE.match(response_lines[i])
            ),
            len(response_lines),
        )
        response_fields = _fields(response_lines[ok_at + 1 : block_end])
    example_lines, _ = (
        _slice(lines, "example", WORDS["samples"] | WORDS["responses"], end)
        if body_lines
        else ([], 0)
    )
    docs_url = next((m.group(0) for line in lines[:5] if (m := DOCS_URL.search(line))), None)
    return DocsPage(
        source=source,
        title=_title(lines, method_at),
        method=method,
        path=path,
        section=section,
        section_status=status,
        docs_url=docs_url,
        body=_fields(body_lines) + [f for f in _fields(path_lines) if f.name != "task_id"],
        response=response_fields,
        example="\n".join(example_lines),
        language=language,
    )


def read_page(path: Path) -> DocsPage:
    """Read and parse a capture file (text or HTML, UTF-8 with or without BOM)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PageError(f"cannot read {path}: {exc}") from exc
    return parse_page(text, str(path))
