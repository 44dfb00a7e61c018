"""Job files: JSON Lines (or CSV), every line checked before anything is sent.

One job per line::

    {"id": "forest-01", "operation": "sonic.create", "params": {...},
     "download": true, "name": "forest"}

``operation`` is the key of a create-type operation of the client (``sonic.create``,
``producer.cover``, ...), ``params`` that method's keyword arguments (``extra_body``
included). The CSV variant has a header row: ``id`` and ``operation`` columns, optional
``download`` and ``name``, and one column per parameter (empty cells are left out;
values are read with the parameter's type from the spec). Files are read as UTF-8 with or
without a byte-order mark (Notepad, Excel's "CSV UTF-8"); JSON Lines split on ``\n`` only,
so a raw U+2028 inside a JSON string stays in its line.

Every job gets a file stem of its own (its ``name``, else its id, with a short hash of the
id when the id is not a safe file name as it is): two jobs that would share files are
refused before anything is sent.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from musicapi_client._errors import InvalidRequestError
from musicapi_client._request import WEBHOOK_SECRET
from musicapi_client._validation import validate_body

if TYPE_CHECKING:
    import os

    from musicapi_client._operation import Catalog, Operation, Param

KEYS = frozenset({"id", "operation", "params", "download", "name"})
MAX_PROBLEMS = 50  # problems listed before "... and N more"
_NAME = re.compile(r"[A-Za-z0-9._-]{1,100}")
_TRUE, _FALSE = {"true", "1", "yes"}, {"false", "0", "no", ""}


@dataclass(frozen=True, slots=True)
class Job:
    """One validated job: which create to call, with what, and what to keep."""

    id: str
    operation: str
    params: dict[str, Any]
    download: bool = False
    name: str | None = None
    line: int = 0
    fingerprint: str = field(default="", compare=False)

    @property
    def stem(self) -> str:
        """The stem of this job's file names (unique in its batch)."""
        return file_stem(self.name, self.id)


def file_stem(name: str | None, job_id: str) -> str:
    """The stem of a job's file names: its ``name``, else its id.

    An id that is not a safe file name as it is (``a/b``, 101 characters) gets a short
    hash of the whole id after its safe part, so ``a/b`` and ``a_b`` never share a stem.
    """
    if name:
        return name
    if _NAME.fullmatch(job_id):
        return job_id
    safe = re.sub(r"[^A-Za-z0-9._-]", "_", job_id)[:80]
    return f"{safe}-{hashlib.sha256(job_id.encode('utf-8')).hexdigest()[:10]}"


def public_params(params: dict[str, Any]) -> dict[str, Any]:
    """``params`` without secrets (``webhook_secret``, also inside ``extra_body``): what a
    journal, a manifest or a fingerprint may keep. The secret stays in the job file."""
    kept = {key: value for key, value in params.items() if key != WEBHOOK_SECRET}
    extra = kept.get("extra_body")
    if isinstance(extra, dict) and WEBHOOK_SECRET in extra:
        kept["extra_body"] = {k: v for k, v in extra.items() if k != WEBHOOK_SECRET}
    return kept


class JobFileError(InvalidRequestError):
    """The job file has bad lines; ``problems`` lists them as ``(line, field, message)``."""

    def __init__(self, path: str, problems: list[tuple[int, str, str]]) -> None:
        shown = [f"line {n}: {where}: {what}" for n, where, what in problems[:MAX_PROBLEMS]]
        if len(problems) > MAX_PROBLEMS:
            shown.append(f"... and {len(problems) - MAX_PROBLEMS} more")
        super().__init__(
            f"{path}: {len(problems)} bad line(s), nothing was sent:\n  " + "\n  ".join(shown),
            field=problems[0][1] if problems else None,
        )
        self.problems = problems


def fingerprint(operation: str, params: dict[str, Any]) -> str:
    """A digest of what a job sends: a resumed run refuses a job whose content changed.

    Secrets are left out (a new webhook secret does not change the song, and no digest of
    a secret is kept).
    """
    return digest(operation, public_params(params))


def digest(operation: str, params: dict[str, Any]) -> str:
    """16 hex digits of SHA-256 over the canonical JSON of ``[operation, params]``."""
    text = json.dumps([operation, params], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _creates(catalog: Catalog) -> dict[str, Operation]:
    return {op.key: op for op in catalog.operations if op.role == "create"}


def check_job(raw: Any, line: int, creates: dict[str, Operation]) -> Job:
    """A Job from one parsed line; InvalidRequestError (its field named) when it is bad."""
    if not isinstance(raw, dict):
        raise InvalidRequestError("a job is a JSON object", field="(line)")
    unknown = sorted(set(raw) - KEYS)
    if unknown:
        raise InvalidRequestError(
            f"unknown key(s) {unknown}; a job has {sorted(KEYS)}", field=unknown[0]
        )
    job_id = raw.get("id")
    if not isinstance(job_id, str) or not job_id.strip() or len(job_id) > 200:
        raise InvalidRequestError(
            "id must be a non-empty string (200 characters at most)", field="id"
        )
    key = raw.get("operation")
    op = creates.get(key) if isinstance(key, str) else None
    if op is None:
        raise InvalidRequestError(
            f"{key!r} is not a create operation (e.g. {', '.join(list(creates)[:4])}, ...)",
            field="operation",
        )
    params = raw.get("params", {})
    if not isinstance(params, dict):
        raise InvalidRequestError(
            "params must be an object of the method's arguments", field="params"
        )
    accepted = {p.name for p in op.params} | {"extra_body"}
    stray = sorted(set(params) - accepted)
    if stray:
        raise InvalidRequestError(
            f"{op.key} takes no argument {stray[0]!r}", field=f"params.{stray[0]}"
        )
    download = raw.get("download", False)
    if not isinstance(download, bool):
        raise InvalidRequestError("download must be true or false", field="download")
    name = raw.get("name")
    if name is not None and not (isinstance(name, str) and _NAME.fullmatch(name)):
        raise InvalidRequestError(
            "name must be 1-100 of A-Z a-z 0-9 . _ - (a file name stem)", field="name"
        )
    given = {k: v for k, v in params.items() if k != "extra_body"}
    try:
        validate_body(op, given, params.get("extra_body"))
    except InvalidRequestError as exc:
        exc.field = f"params.{exc.field}" if exc.field else "params"
        raise
    return Job(job_id, op.key, params, download, name, line, fingerprint(op.key, params))


def _csv_value(param: Param | None, text: str) -> Any:
    """A CSV cell read with the parameter's type (JSON for nested values and lists)."""
    if param is None or (param.kind == "str" and not param.many):
        return text
    if param.kind == "bool":
        return _csv_bool(text)
    if param.many or param.kind == "json":
        return json.loads(text)
    return int(text) if param.kind == "int" else float(text)


def _csv_rows(text: str, creates: dict[str, Operation]) -> list[tuple[int, Any]]:
    reader = csv.DictReader(io.StringIO(text))
    rows: list[tuple[int, Any]] = []
    for row in reader:
        line = reader.line_num
        raw: dict[str, Any] = {"params": {}}
        op = creates.get(row.get("operation") or "")
        params = {p.name: p for p in op.params} if op else {}
        try:
            for column, cell in row.items():
                if column is None or cell is None:
                    raise ValueError("the row's cells do not match the header")
                if column in {"id", "operation", "name"}:
                    if cell:
                        raw[column] = cell
                elif column == "download":
                    raw[column] = _csv_bool(cell)
                elif cell != "":
                    raw["params"][column] = _csv_value(params.get(column), cell)
        except ValueError as exc:
            rows.append((line, InvalidRequestError(str(exc), field=column or "(row)")))
            continue
        rows.append((line, raw))
    return rows


def _csv_bool(cell: str) -> bool:
    lowered = cell.strip().lower()
    if lowered not in _TRUE | _FALSE:
        raise ValueError(f"{cell!r} is not true or false")
    return lowered in _TRUE


def _jsonl_rows(text: str) -> list[tuple[int, Any]]:
    rows: list[tuple[int, Any]] = []
    # "\n" only: str.splitlines() would also split inside a JSON string at U+2028 and kin.
    for number, raw_line in enumerate(text.split("\n"), 1):
        line = raw_line.removesuffix("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue  # blank lines and comments
        try:
            rows.append((number, json.loads(line)))
        except (ValueError, RecursionError) as exc:
            rows.append((number, InvalidRequestError(f"not JSON ({exc})", field="(line)")))
    return rows


def load_jobs(path: str | os.PathLike[str], catalog: Catalog) -> list[Job]:
    """Every job of the file, validated; JobFileError listing every bad line otherwise."""
    source = Path(path)
    try:
        text = source.read_text(encoding="utf-8-sig")  # a BOM is dropped, not read as data
    except (OSError, UnicodeDecodeError) as exc:
        raise JobFileError(str(source), [(0, "(file)", f"cannot be read: {exc}")]) from None
    creates = _creates(catalog)
    rows = _csv_rows(text, creates) if source.suffix.lower() == ".csv" else _jsonl_rows(text)
    jobs: list[Job] = []
    problems: list[tuple[int, str, str]] = []
    seen: dict[str, int] = {}
    stems: dict[str, int] = {}
    for line, raw in rows:
        try:
            if isinstance(raw, InvalidRequestError):
                raise raw
            job = check_job(raw, line, creates)
        except InvalidRequestError as exc:
            problems.append((line, exc.field or "(line)", exc.message))
            continue
        if job.id in seen:
            problems.append((line, "id", f"{job.id!r} is already the id of line {seen[job.id]}"))
            continue
        # Case-insensitive: on macOS and Windows "Rain" and "rain" are one file.
        stem = job.stem.lower()
        if stem in stems:
            where = "name" if job.name else "id"
            problems.append(
                (line, where, f"its files would be named like line {stems[stem]}'s "
                 f"({job.stem!r}): give it a name of its own")
            )  # fmt: skip
            continue
        seen[job.id] = line
        stems[stem] = line
        jobs.append(job)
    if not jobs and not problems:
        problems.append((0, "(file)", "no jobs"))
    if problems:
        raise JobFileError(str(source), problems)
    return jobs
