"""Loading recordings and checking them against the spec.

A recording (``tests/recordings/<family>/<method>__<case>.yaml``) is one request/response
pair: ``operation`` (e.g. ``sonic.get``), ``request`` (method, path, JSON body),
``response`` (status, headers, JSON ``body`` or raw ``text``) and ``expect`` (what the
public client must make of it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import spec as spec_mod

RECORDINGS = Path(__file__).resolve().parents[1] / "tests" / "recordings"


@dataclass(frozen=True)
class Recording:
    """One recorded interaction."""

    path: Path
    data: dict[str, Any]

    @property
    def name(self) -> str:
        return f"{self.path.parent.name}/{self.path.stem}"

    @property
    def operation(self) -> str:
        return str(self.data["operation"])

    @property
    def case(self) -> str:
        return str(self.data["case"])

    @property
    def request(self) -> dict[str, Any]:
        return dict(self.data["request"])

    @property
    def response(self) -> dict[str, Any]:
        return dict(self.data["response"])

    @property
    def expect(self) -> dict[str, Any]:
        return dict(self.data["expect"])


def load_all(folder: Path = RECORDINGS) -> list[Recording]:
    """Every recording under ``folder``, sorted by path."""
    return [
        Recording(path, yaml.safe_load(path.read_text(encoding="utf-8")))
        for path in sorted(folder.glob("*/*.yaml"))
    ]


def find_operation(
    spec: dict[str, Any], method: str, path: str
) -> tuple[str, dict[str, Any]] | None:
    """The spec's path template and operation object for a concrete request."""
    for template, item in spec["paths"].items():
        pattern = "^" + re.sub(r"\{\w+\}", "[^/]+", template) + "$"
        if re.match(pattern, path) and method.lower() in item:
            return template, item[method.lower()]
    return None


def problems(spec: dict[str, Any], recording: Recording) -> list[str]:
    """Why a recording does not conform to ``spec`` (empty when it does)."""
    request, response = recording.request, recording.response
    found = find_operation(spec, request["method"], request["path"])
    if found is None:
        return [f"no operation for {request['method']} {request['path']}"]
    template, op = found
    base = f"/paths/{spec_mod.pointer_escape(template)}/{request['method'].lower()}"
    issues: list[str] = []
    if "requestBody" in op:
        pointer = f"{base}/requestBody/content/application~1json/schema"
        issues += [
            f"request: {e.message}"
            for e in spec_mod.validator(spec, pointer).iter_errors(request["body"])
        ]
    elif request.get("body") is not None:
        issues.append("request: the operation takes no body")
    status = str(response["status"])
    declared = op["responses"].get(status)
    if declared is None:
        return [*issues, f"response: status {status} is not declared"]
    pointer = (
        "/components/responses/" + spec_mod.ref_name(declared["$ref"])
        if "$ref" in declared
        else f"{base}/responses/{status}"
    )
    content = spec_mod.resolve(spec, declared).get("content", {})
    media = str(response["headers"].get("content-type", "")).split(";")[0]
    if media not in content:
        return [*issues, f"response: {media!r} is not declared for status {status}"]
    body = response.get("body") if "body" in response else response.get("text")
    validator = spec_mod.validator(
        spec, f"{pointer}/content/{spec_mod.pointer_escape(media)}/schema"
    )
    issues += [
        f"response: {e.message} at {'/'.join(map(str, e.absolute_path)) or 'body'}"
        for e in validator.iter_errors(body)
    ]
    return issues


def nonconforming(spec: dict[str, Any], recordings: list[Recording]) -> dict[str, list[str]]:
    """Recording name -> problems, for every recording the spec rejects."""
    report = {rec.name: problems(spec, rec) for rec in recordings}
    return {name: found for name, found in report.items() if found}


def default_spec() -> dict[str, Any]:
    """The repository's spec."""
    return spec_mod.load_default()
