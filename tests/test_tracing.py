"""OpenTelemetry spans: one per SDK call, attempts and retries as events, nothing secret.

The tests hand the client an SDK tracer provider with an in-memory exporter (only for
the test: ``get_tracer_provider`` is patched, the process-wide provider stays unset).
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING, Any

import httpx2
import pytest
from opentelemetry import trace
from opentelemetry.sdk.trace import ReadableSpan, SpanProcessor, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import StatusCode

import musicapi_client
from musicapi_client import batch
from musicapi_client.mock import MockServer
from tests.fakes import API_KEY, FakeAPI, ok, resolve

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator
    from pathlib import Path

SECRET = "whsec-SECRET-987"
PROMPT = "a very particular prompt"
CREATED = {"code": 200, "message": "success", "task_id": "task-1"}
AUDIO = "https://cdn.example/c1.mp3?signature=SIGNED"
DONE = {
    "code": 200,
    "data": [{"clip_id": c, "state": "succeeded", "audio_url": AUDIO} for c in ("c1", "c2")],
}


@pytest.fixture
def spans(monkeypatch: pytest.MonkeyPatch) -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)
    yield exporter
    provider.shutdown()


def _everything(found: list[ReadableSpan]) -> str:
    """Every attribute and event of every span, as text, to look for what must not be."""
    return json.dumps(
        [
            [dict(s.attributes or {}), [(e.name, dict(e.attributes or {})) for e in s.events]]
            for s in found
        ],
        default=str,
    )


async def test_a_create_its_wait_and_a_download_each_make_a_span(
    spans: InMemorySpanExporter, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    api = (
        FakeAPI()
        .on("POST", "/api/v1/sonic/create", ok(CREATED, headers={"x-request-id": "r1"}))
        .on("GET", "/api/v1/sonic/task/task-1", ok(DONE))
        .on("GET", "/c1.mp3", httpx2.Response(200, content=b"ID3audio"))
    )
    client = client_for(api, create_interval=0, webhook_secret=SECRET)
    created = await resolve(
        client.sonic.create(
            custom_mode=False,
            gpt_description_prompt=PROMPT,
            mv="sonic-v6",
            webhook_url="https://hooks.example/in",
        )
    )
    task = await resolve(created.wait())
    await resolve(client.download(task.clips[0], tmp_path))
    found = spans.get_finished_spans()
    names = [s.name for s in found]
    assert names[0] == "musicapi sonic.create"
    assert names[-2:] == ["musicapi sonic.wait", "musicapi download"]
    create = found[0]
    assert create.attributes is not None
    assert create.attributes["musicapi.operation"] == "sonic.create"
    assert create.attributes["musicapi.family"] == "sonic"
    assert create.attributes["musicapi.task_id"] == "task-1"
    assert create.attributes["http.response.status_code"] == 200
    assert create.attributes["musicapi.credits_estimate"] == client.credit_prices["sonic.create"]
    wait = found[-2]
    polls = [s for s in found if s.name == "musicapi sonic.get"]
    assert polls
    assert all(p.parent is not None and p.parent.span_id == wait.context.span_id for p in polls)
    assert wait.attributes is not None
    assert wait.attributes["musicapi.task_status"] == "succeeded"
    assert create.events == ()  # one attempt, answered: the span is the attempt
    text = _everything(found)
    for secret in (API_KEY, SECRET, PROMPT, "SIGNED", "hooks.example"):
        assert secret not in text


async def test_retries_are_events_and_a_lost_create_says_its_outcome_is_unknown(
    spans: InMemorySpanExporter, client_for: Callable[..., Any]
) -> None:
    def timeout(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("slow", request=request)

    api = (
        FakeAPI()
        .on(
            "GET",
            "/api/v1/get-credits",
            httpx2.Response(503),
            ok({"credits": 1, "extra_credits": 0}),
        )
        .on("POST", "/api/v1/sonic/create", timeout)
    )
    client = client_for(api, create_interval=0)
    await resolve(client.credits.get())
    with pytest.raises(musicapi_client.APITimeoutError):
        await resolve(
            client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
        )
    credits, create = spans.get_finished_spans()
    assert [(e.name, dict(e.attributes or {})) for e in credits.events] == [
        ("musicapi.attempt", {"attempt": 0, "http.response.status_code": 503}),
        ("musicapi.retry", {"attempt": 1, "delay_s": client.sleeps[0]}),
        ("musicapi.attempt", {"attempt": 1, "http.response.status_code": 200}),
    ]
    assert credits.status.status_code is StatusCode.UNSET
    assert create.status.status_code is StatusCode.ERROR
    assert create.attributes is not None
    assert create.attributes["musicapi.outcome_unknown"] is True
    assert create.attributes["error.type"] == "APITimeoutError"
    assert [dict(e.attributes or {}) for e in create.events] == [
        {"attempt": 0, "error.type": "ReadTimeout"}
    ]


def test_each_batch_job_is_a_span_with_its_calls_inside(
    spans: InMemorySpanExporter, tmp_path: Path
) -> None:
    jobs = tmp_path / "jobs.jsonl"
    params = {"custom_mode": False, "gpt_description_prompt": "song", "mv": "sonic-v6"}
    jobs.write_text(json.dumps({"id": "j1", "operation": "sonic.create", "params": params}) + "\n")
    with MockServer(speed=50) as mock:
        client = musicapi_client.AsyncMusicAPI(
            api_key=mock.api_key,
            base_url=mock.url,
            create_interval=0.01,
            poll_schedule=musicapi_client.PollSchedule(scale=1 / 50),
        )
        assert batch.run(jobs, tmp_path / "out", client=client).exit_code == 0
    found = spans.get_finished_spans()
    jobs_spans = [s for s in found if s.name == "musicapi batch.job"]
    assert jobs_spans
    assert all(s.attributes and s.attributes["musicapi.batch.job_id"] == "j1" for s in jobs_spans)
    create = next(s for s in found if s.name == "musicapi sonic.create")
    assert create.parent is not None
    assert create.parent.span_id in {s.context.span_id for s in jobs_spans}


def test_without_a_tracer_provider_nothing_of_opentelemetry_is_imported() -> None:
    code = (
        "import sys, httpx2, musicapi_client\n"
        "api = lambda r: httpx2.Response(200, json={'credits': 1, 'extra_credits': 0})\n"
        "c = musicapi_client.MusicAPI(api_key='k', http_client=httpx2.Client("
        "transport=httpx2.MockTransport(api)))\n"
        "c.credits.get()\n"
        "print(any(m.startswith('opentelemetry') for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False", done.stderr


def test_an_unset_provider_means_no_spans(client_for: Callable[..., Any]) -> None:
    """opentelemetry imported, no provider set (the proxy): the client does not trace."""
    from musicapi_client import _tracing

    assert isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider)
    assert _tracing.tracer() is None


class _Raising(SpanProcessor):
    """A span processor that fails where it is told to (as a buggy exporter would)."""

    def __init__(self, where: str) -> None:
        self.where = where

    def on_start(self, span: Any, parent_context: Any = None) -> None:
        if self.where == "start":
            raise RuntimeError("processor failed on start")

    def on_end(self, span: Any) -> None:
        if self.where == "end":
            raise RuntimeError("processor failed on end")


class _NoTracer:
    """A tracer provider whose get_tracer raises."""

    def get_tracer(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("no tracer for you")


def _failing_provider(where: str) -> Any:
    if where == "get_tracer":
        return _NoTracer()
    provider = TracerProvider()
    provider.add_span_processor(_Raising(where))
    return provider


def _api_for_outcomes() -> FakeAPI:
    def lost(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadTimeout("slow", request=request)

    return (
        FakeAPI()
        .on(
            "POST",
            "/api/v1/sonic/create",
            ok(CREATED, headers={"x-request-id": "r1"}),
            ok({"message": "bad prompt"}, status=400),
            lost,
        )
        .on("GET", "/api/v1/sonic/task/task-1", ok(DONE))
    )


@pytest.mark.parametrize("where", ["start", "end", "get_tracer"])
async def test_a_failing_tracer_changes_nothing_a_call_returns(
    where: str,
    mode: str,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from musicapi_client import _tracing
    from tests.fakes import make_client

    async def outcomes() -> list[Any]:
        client = make_client(mode, _api_for_outcomes(), create_interval=0)
        found: list[Any] = []
        created = await resolve(
            client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
        )
        found.append((created.task_id, created.request_id))
        task = await resolve(created.wait())
        found.append((task.status, [c.clip_id for c in task.clips], task.request_id))
        for _ in range(2):  # a refused create, then one whose outcome is unknown
            with pytest.raises(musicapi_client.MusicAPIError) as caught:
                await resolve(
                    client.sonic.create(
                        custom_mode=False, gpt_description_prompt="y", mv="sonic-v6"
                    )
                )
            error = caught.value
            found.append((type(error).__name__, error.outcome_unknown, str(error)))
        return found

    untraced = await outcomes()
    monkeypatch.setattr(_tracing, "_reported", [False], raising=False)
    provider = _failing_provider(where)
    monkeypatch.setattr(trace, "get_tracer_provider", lambda: provider)
    with caplog.at_level("DEBUG", logger="musicapi_client"):
        traced = await outcomes()
    assert traced == untraced
    assert untraced[0] == ("task-1", "r1")
    assert untraced[2][:2] == ("BadRequestError", False)
    assert untraced[3][:2] == ("APITimeoutError", True)
    warned = [r for r in caplog.records if "tracing failed" in r.getMessage()]
    assert [r.levelname for r in warned][:1] == ["WARNING"]  # said once ...
    assert all(r.levelname == "DEBUG" for r in warned[1:])  # ... then only at debug level
    assert len(warned) > 1
