"""Refresh the success recordings from a live server (``make record``).

    MUSICAPI_API_KEY=... python -m tools.record --upload-url https://you/own.mp3 \\
        [--spend-credits] [--only sonic] [--base-url URL] [--out tests/recordings]

Replays the request of every ``done`` recording (uploads and creates only with
``--spend-credits``: they cost credits), then polls each created task and stores what the
task endpoint answered before and after completion (``get__not_ready``, ``get__partial``,
``get__done``). Recorded files keep no request headers; response headers are reduced to
content type and Retry-After; the key, e-mail addresses, the upload URL and artist names are
replaced. Error cases cannot be provoked on demand and are left as they are.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import time
from pathlib import Path
from typing import Any

import httpx2
import yaml

from musicapi_client import MusicAPI
from tools.recordings import RECORDINGS, Recording, load_all

OPERATIONS = {op.key: op for op in MusicAPI.catalog().operations}

KEPT_HEADERS = ("content-type", "retry-after")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PLACEHOLDER_UPLOAD = "https://files.example.org/mine/upload.mp3"


def redact(value: Any, secrets: list[str]) -> Any:
    """A copy of ``value`` without secrets, e-mail addresses or artist names."""
    if isinstance(value, dict):
        return {
            k: ("REDACTED" if k == "artist" and v else redact(v, secrets)) for k, v in value.items()
        }
    if isinstance(value, list):
        return [redact(item, secrets) for item in value]
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, "REDACTED" if "://" not in secret else PLACEHOLDER_UPLOAD)
        return EMAIL.sub("redacted@example.com", value)
    return value


def _capture(
    http: httpx2.Client,
    base: str,
    key: str,
    rec: Recording,
    body: Any,
    path: str,
    secrets: list[str],
) -> dict[str, Any]:
    response = http.request(
        rec.request["method"], base + path, json=body, headers={"Authorization": f"Bearer {key}"}
    )
    headers = {k: response.headers[k] for k in KEPT_HEADERS if k in response.headers}
    answer: dict[str, Any] = {"status": response.status_code, "headers": headers}
    try:
        answer["body"] = redact(response.json(), secrets)
    except ValueError:
        answer["text"] = redact(response.text, secrets)
    return {
        **rec.data,
        "source": f"live {dt.date.today().isoformat()}",
        "request": {**rec.request, "path": path, "body": redact(body, secrets)},
        "response": answer,
    }


def _write(out: Path, data: dict[str, Any]) -> Path:
    family, method = data["operation"].split(".")
    target: Path = out / family / f"{method}__{data['case']}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100), encoding="utf-8"
    )
    return target


def record(
    *,
    base: str,
    key: str,
    out: Path,
    upload_url: str | None,
    spend: bool,
    only: str | None,
    poll_every: float = 15.0,
    poll_timeout: float = 900.0,
) -> list[Path]:
    """Re-record what can be re-recorded; return the files written."""
    secrets = [key, *([upload_url] if upload_url else [])]
    written: list[Path] = []
    created: dict[str, tuple[str, Recording]] = {}
    templates = {(r.operation, r.case): r for r in load_all()}
    with httpx2.Client(timeout=120) as http:
        for rec in load_all():
            op = OPERATIONS[rec.operation]
            if rec.case != "done" or op.role == "poll" or (only and op.family != only):
                continue
            if op.method == "POST" and not spend:
                continue
            body = rec.request["body"]
            if body and "url" in body:
                if not upload_url:
                    continue
                body = {**body, "url": upload_url}
            data = _capture(http, base, key, rec, body, rec.request["path"], secrets)
            written.append(_write(out, data))
            if op.role == "create" and data["response"]["status"] == 200:
                answer = data["response"]["body"]
                task_id = answer.get(op.task_id_field or "task_id")
                created.setdefault(op.family, (task_id, rec))
        for family, (task_id, _) in created.items():
            poll = templates[(f"{family}.get", "done")]
            path = f"/api/v1/{family}/task/{task_id}"
            deadline = time.monotonic() + poll_timeout
            while time.monotonic() < deadline:
                data = _capture(http, base, key, poll, None, path, secrets)
                case = _poll_case(data["response"])
                written.append(
                    _write(
                        out,
                        {
                            **data,
                            "case": case,
                            "expect": templates.get((f"{family}.get", case), poll).expect,
                        },
                    )
                )
                if case in {"done", "failed"}:
                    break
                time.sleep(poll_every)
    return written


def _poll_case(response: dict[str, Any]) -> str:
    """The recording case a poll answer illustrates (named as in tests/recordings)."""
    body = response.get("body")
    if not isinstance(body, dict):
        return "failed"
    if response["status"] == 202 or body.get("type") == "not_ready":
        return "not_ready"
    data = body.get("data")
    if "type" in body and data is None and "status" not in body:
        return "failed"
    producer = {"SUCCESS": "done", "FAILED": "failed", "PENDING": "pending", "RUNNING": "running"}
    if isinstance(data, list) and str(body.get("status")) in producer:  # producer's answers
        return producer[str(body["status"])]
    if isinstance(data, list):
        finished = len(data) >= 2 and all(clip.get("state") == "succeeded" for clip in data)
        return "done" if finished else "partial"
    if isinstance(data, dict):
        return {"SUCCESS": "done", "FAILURE": "failed"}.get(str(data.get("status")), "in_progress")
    return {"succeeded": "done", "failed": "failed"}.get(str(body.get("status")), "running")


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m tools.record",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--base-url", default=os.environ.get("MUSICAPI_BASE_URL", "https://api.musicapi.ai")
    )
    parser.add_argument("--api-key", default=os.environ.get("MUSICAPI_API_KEY"))
    parser.add_argument("--out", type=Path, default=RECORDINGS)
    parser.add_argument(
        "--upload-url", help="public URL of audio you own (uploads are skipped without it)"
    )
    parser.add_argument(
        "--spend-credits", action="store_true", help="also replay creates and uploads"
    )
    parser.add_argument("--only", help="one family, e.g. sonic")
    parser.add_argument("--poll-every", type=float, default=15.0)
    args = parser.parse_args(argv)
    if not args.api_key:
        print("error: set MUSICAPI_API_KEY (or pass --api-key)", file=sys.stderr)
        return 2
    written = record(
        base=args.base_url.rstrip("/"),
        key=args.api_key,
        out=args.out,
        upload_url=args.upload_url,
        spend=args.spend_credits,
        only=args.only,
        poll_every=args.poll_every,
    )
    for path in written:
        print(f"recorded {path}")
    print("now run: python -m tools.coverage && make test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
