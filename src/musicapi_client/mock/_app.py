"""The mock's HTTP surface: every operation of the spec, plus audio and admin endpoints.

Answers are the spec's own response examples with ids, titles, states and URLs filled in
from the mock's state, so they always conform to the spec.
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from starlette.applications import Starlette
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route as StarletteRoute

from musicapi_client._validation import MAX_DEPTH  # the client's own limit on nesting
from musicapi_client.mock import _audio, _spec
from musicapi_client.mock._state import REFUSALS
from musicapi_client.mock._webhooks import Deliverer

if TYPE_CHECKING:
    from collections.abc import AsyncIterator

    from starlette.requests import Request

    from musicapi_client.mock._state import MockConfig, MockState, MockTask

Json = dict[str, Any]
# The mock serves the API as it stands (2026) unless asked for the mid-2025 behaviour.
API_2025 = "2025-06"
# Task types that work on a clip from upload under their plain name.
UPLOAD_TASKS = frozenset({"concat_music", "add_vocals", "add_instrumental"})
MAX_AUDIO_SECONDS = 6 * 3600.0  # at most six hours (streamed, never held: bench 4 takes 200 MB)
HTTP_METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE")
# A live stream: a fifth of the song exists when it starts, the rest comes as it is made;
# more is looked for every LIVE_STEP seconds (at speed 1), at most MAX_LIVE_STEPS times.
LIVE_HEAD = 0.2
LIVE_STEP = 0.25
MAX_LIVE_STEPS = 100_000
KEY_PARAM = "__api_key"  # not a path parameter: the caller's key, for per-key pacing


def _error(status: int, message: str, **extra: Any) -> JSONResponse:
    body: Json = {"code": status, "message": message, **extra}
    return JSONResponse(body, status_code=status)


class MockAPI:
    """Request handling over a :class:`MockState`."""

    def __init__(self, state: MockState, base_url: str = "") -> None:
        self.state = state
        self.base_url = base_url
        self.webhooks = Deliverer(state, self.poll_answer)

    @property
    def config(self) -> MockConfig:
        return self.state.config

    # ------------------------------------------------------------------ plumbing
    async def dispatch(self, request: Request) -> Response:
        """Answer an API request; every answer carries an ``x-request-id``, as the API's do."""
        response = await self._answer(request)
        response.headers["x-request-id"] = f"mock-{self.state.new_id()}"
        return response

    async def _answer(self, request: Request) -> Response:
        found = _spec.match(request.method, request.url.path)
        if found is None:
            allowed = _spec.methods_for(request.url.path)
            if allowed:
                headers = {"Allow": ", ".join(allowed)}
                return JSONResponse({"code": 405, "message": "Method Not Allowed"}, 405, headers)
            return _error(404, f"no such endpoint: {request.method} {request.url.path}")
        route, params = found
        self.state.count(route.operation_id)
        if "x-gone" in route.op and self.config.api != API_2025:
            return _error(410, "This API has been deprecated and is no longer available.")
        if "slow" in self.state.faults:
            await asyncio.sleep(self.config.slow_seconds / self.config.speed)
        denied = self._auth(request)
        if denied is not None:
            return denied
        # Which key called: creates are paced per key, as the API does.
        params = {**params, KEY_PARAM: request.headers["authorization"].partition(" ")[2]}
        fault = self.state.take_fault(route.operation_id, create=_spec.starts_task(route))
        if fault is not None:
            return self._fault(fault)
        body: Any = None
        if route.body_schema:
            try:
                body = json.loads(await request.body() or b"null")
            except (ValueError, RecursionError):  # not JSON, not UTF-8, or nested too deep
                return _error(400, "The body is not valid JSON.")
            if _nested_deeper_than(body, MAX_DEPTH):
                return _error(400, f"The body is nested deeper than {MAX_DEPTH} levels.")
            if self.config.api != API_2025:
                _spec.default_task_type(route, body)  # the server's create_music default
            retired = route.op.get("x-retired-task-types", [])
            if isinstance(body, dict) and body.get("task_type") in retired:
                return _error(410, f"task_type {body['task_type']} has been retired.")
            problem = _spec.validation_error(route.body_schema, body)
            if problem is not None:
                field, message = problem
                return _error(400, message, field=field)
        handler = getattr(self, f"_{route.operation_id}", None) or (
            self._create if _spec.starts_task(route) else self._generic
        )
        response: Response = handler(route, body, params)
        return response

    def _auth(self, request: Request) -> Response | None:
        header = request.headers.get("authorization")
        if not header:
            return _error(401, "Authorization header is missing.")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return _error(401, "Invalid authorization format.")
        if token != self.config.api_key and token not in self.config.more_keys:
            return _error(401, "Invalid API key.")
        return None

    def _fault(self, fault: str) -> Response:
        retry = f"{max(0.05, 1.0 / self.config.speed):.2f}"
        if fault == "429":
            return JSONResponse(
                {"code": 429, "message": "Too many requests"}, 429, {"Retry-After": retry}
            )
        if fault == "html502":
            return Response(
                "<html><body><h1>502 Bad Gateway</h1></body></html>", 502, media_type="text/html"
            )
        if fault == "drop":
            return _Dropped()
        if fault in REFUSALS:  # a documented 403, as the spec's example words it
            return _error(403, _spec.refusals()[REFUSALS[fault]])
        return JSONResponse({"type": "api_error", "message": f"injected {fault}"}, int(fault))

    # ------------------------------------------------------------------ helpers
    def _url(self, kind: str, clip_id: str, suffix: str | None = None) -> str:
        suffix = suffix or ("wav" if kind == "audio" else "png")
        return f"{self.base_url}/{kind}/{clip_id}.{suffix}"

    def _check_clip(self, body: Json) -> Response | None:
        clip = body.get("continue_clip_id")
        if clip is None:
            return None
        task_type = str(body.get("task_type", ""))
        if clip in self.state.uploaded_clips:
            if task_type and "upload" not in task_type and task_type not in UPLOAD_TASKS:
                return _error(400, f"clip {clip} was uploaded: use the *_upload_* task type.")
            return None
        if clip not in self.state.generated_clips:
            return _error(
                400, f"The 'continue_clip_id' clip {clip} was not found.", field="continue_clip_id"
            )
        return None

    def _charge(self, route: _spec.Route, variant: str | None) -> Response | None:
        cost = _spec.credits_for(route, variant, self.config.credit_prices)
        if cost and not self.state.spend(cost):
            return _error(
                403, "The remaining credits are not enough. Buy a credit pack or subscribe."
            )
        return None

    # ------------------------------------------------------------------ creates
    def _create(self, route: _spec.Route, body: Json, params: dict[str, str]) -> Response:
        variant = _spec.variant(route.body_schema or "", body)
        problem = self._check_clip(body)
        if (
            problem is None
            and body.get("task_type") == "persona_music"
            and body["persona_id"] not in self.state.personas
        ):
            problem = _error(400, "The 'persona_id' persona was not found.", field="persona_id")
        if problem is not None:
            return problem
        wait = self.state.pace(params.get(KEY_PARAM, ""))
        if wait is not None:
            retry = f"{max(wait, 0.01):.2f}"
            return JSONResponse(
                {"code": 429, "message": "Too many requests: one create every few seconds."},
                429,
                {"Retry-After": retry},
            )
        charged = self._charge(route, variant)
        if charged is not None:
            return charged
        poll = next(r for r in _spec.routes() if r.family == route.family and r.method == "GET")
        clips = int(
            _spec.schema(variant).get("x-expected-clips")
            or route.op.get("x-expected-clips")
            or poll.op.get("x-expected-clips")
            or 1
        )
        self.state.accept_create(body)
        task = self.state.add_task(route.family, body, clips)
        self.webhooks.schedule(task, body)
        answer = _spec.example(route, "200")
        answer[_spec.task_id_field(route)] = task.task_id
        return JSONResponse(answer)

    _sonic_create = _riffusion_create = _studio_create = _nuro_create = _create

    def _upload(self, route: _spec.Route, body: Json, _: dict[str, str]) -> Response:
        charged = self._charge(route, None)
        if charged is not None:
            return charged
        answer = _spec.example(route, "200")
        answer["clip_id"] = self.state.new_id()
        with self.state.lock:
            self.state.uploaded_clips.add(answer["clip_id"])
        return JSONResponse(answer)

    _sonic_upload = _riffusion_upload = _upload

    def _sonic_create_persona(self, route: _spec.Route, body: Json, _: dict[str, str]) -> Response:
        problem = self._check_clip(body)
        if problem is not None:
            return problem
        answer = _spec.example(route, "200")
        answer["persona_id"] = self.state.new_id()
        with self.state.lock:
            self.state.personas.add(answer["persona_id"])
        return JSONResponse(answer)

    def _lyrics_create(self, route: _spec.Route, body: Json, _: dict[str, str]) -> Response:
        answer = _spec.example(route, "200")
        topic = body["description"].strip().rstrip(".")
        for n, result in enumerate(answer["results"], 1):
            result["title"] = f"{topic[:40].title()} ({n})"
        return JSONResponse(answer)

    # Legacy /suno/* paths the vendor's SDK calls (x-vendor-sdk-only in the spec).
    def _suno_make_lyrics(self, route: _spec.Route, body: Json, _: dict[str, str]) -> Response:
        answer = _spec.example(route, "200")
        task_id = self.state.new_id()
        with self.state.lock:
            self.state.lyrics_prompts[task_id] = body["prompt"]
        answer["data"]["task_id"] = task_id
        return JSONResponse(answer)

    def _suno_get_lyrics(self, route: _spec.Route, _: Any, params: dict[str, str]) -> Response:
        prompt = self.state.lyrics_prompts.get(params["task_id"])
        if prompt is None:
            return _error(400, "task not found.")
        answer = _spec.example(route, "200")
        topic = prompt.strip().rstrip(".")
        answer["data"].update(task_id=params["task_id"], title=topic[:40].title())
        return JSONResponse(answer)

    def _credits_get(self, route: _spec.Route, body: Any, _: dict[str, str]) -> Response:
        answer = _spec.example(route, "200")
        with self.state.lock:
            answer.update(credits=self.state.credits, extra_credits=self.state.extra_credits)
        return JSONResponse(answer)

    def _generic(self, route: _spec.Route, body: Any, _: dict[str, str]) -> Response:
        return JSONResponse(_spec.example(route, "200"))

    # ------------------------------------------------------------------ polls
    def poll_answer(self, task: MockTask) -> Json:
        """The body a poll of ``task`` would get now (what webhook deliveries carry)."""
        route = next(r for r in _spec.routes() if r.family == task.family and r.method == "GET")
        handler = getattr(self, f"_{route.operation_id}", None) or self._generic
        response: Response = handler(route, None, {"task_id": task.task_id})
        answer: Json = json.loads(bytes(response.body))
        return answer

    def _task(self, route: _spec.Route, params: dict[str, str]) -> MockTask | Response:
        task = self.state.tasks.get(params["task_id"])
        if task is None or task.family != route.family:
            if route.family == "nuro":
                return JSONResponse({"type": "not_found", "message": "Task not found"}, 404)
            return _error(400, "task not found.")
        return task

    def _clip(self, route: _spec.Route, task: MockTask, clip_id: str, done: bool) -> Json:
        """A clip of ``task``: succeeded when ``done``, else streaming (audio, no duration)."""
        template: Json = _spec.example(route, "200", "succeeded")["data"][0]
        request = task.request
        template.update(
            clip_id=clip_id,
            state="succeeded" if done else "streaming",
            title=request.get("title") or "Mock song",
            lyrics=request.get("prompt") or request.get("lyrics") or template.get("lyrics"),
            # While it streams, the clip's audio is a live URL (growing); then the file's.
            audio_url=self._url("audio" if done else "stream", clip_id, "wav"),
            image_url=self._url("image", clip_id) if done else None,
            video_url=None,
            created_at=datetime.fromtimestamp(time.time(), UTC).isoformat().replace("+00:00", "Z"),
            mv=_spec.rendered_by(request.get("mv", template.get("mv"))),
            duration=self.config.audio_seconds if done else None,
        )
        if "tags" in template:
            template["tags"] = request.get("tags") or template["tags"]
        if "sound" in template or route.family == "riffusion":
            template["sound"] = request.get("sound")
        return template

    def _clip_task(self, route: _spec.Route, _: Any, params: dict[str, str]) -> Response:
        task = self._task(route, params)
        if isinstance(task, Response):
            return task
        phase = task.phase(self.state.now(), self.config)
        if phase in {"pending", "running"}:
            return JSONResponse(_spec.example(route, "202"), 202)
        if phase == "done" and task.outcome == "fail":
            return JSONResponse(_spec.example(route, "200", "failed"))
        answer = _spec.example(route, "200", "succeeded")
        n_last = len(task.clip_ids) - 1  # a one-clip task streams until it is done
        answer["data"] = [
            self._clip(
                route, task, clip_id, phase == "done" or (phase == "partial" and n == 0 < n_last)
            )
            for n, clip_id in enumerate(task.clip_ids)
        ]
        return JSONResponse(answer)

    _sonic_get = _riffusion_get = _suno_clip_get = _clip_task

    def _producer_get(self, route: _spec.Route, _: Any, params: dict[str, str]) -> Response:
        task = self._task(route, params)
        if isinstance(task, Response):
            return task
        phase = task.phase(self.state.now(), self.config)
        answer: Json = {"code": 200, "message": "success", "data": []}
        if phase == "pending":
            answer["status"] = "PENDING"
        elif phase != "done":
            answer["status"] = "RUNNING"
        elif task.outcome == "fail":
            answer.update(status="FAILED", message="Generation failed; credits refunded")
        else:
            template = _spec.example(route, "200", "succeeded")["data"][0]
            answer["status"] = "SUCCESS"
            answer["data"] = [
                dict(
                    template,
                    clip_id=clip_id,
                    title=task.request.get("title") or "Mock song",
                    audio_url=self._url("audio", clip_id, "m4a"),
                    wav_url=self._url("audio", clip_id, "wav"),
                    image_url=self._url("image", clip_id),
                    duration=str(self.config.audio_seconds),
                )
                for clip_id in task.clip_ids
            ]
        return JSONResponse(answer)

    def _studio_get(self, route: _spec.Route, _: Any, params: dict[str, str]) -> Response:
        task = self._task(route, params)
        if isinstance(task, Response):
            return task
        phase = task.phase(self.state.now(), self.config)
        answer = _spec.example(route, "200")
        data = answer["data"]
        template = data["data"]["songs"][0]
        # Streaming is still in progress: a studio task reports SUCCESS only once it is done.
        status = {
            "pending": "NOT_START",
            "running": "IN_PROGRESS",
            "streaming": "IN_PROGRESS",
            "partial": "IN_PROGRESS",
        }.get(phase, "SUCCESS")
        if phase == "done" and task.outcome == "fail":
            status = "FAILURE"
        data.update(
            task_id=task.task_id,
            status=status,
            progress="100%" if status == "SUCCESS" else "50%",
            fail_reason="injected failure" if status == "FAILURE" else "",
        )
        songs = []
        if status == "SUCCESS":
            for clip_id in task.clip_ids:
                song = dict(
                    template,
                    id=clip_id,
                    song_path=self._url("audio", clip_id),
                    image_path=self._url("image", clip_id),
                    duration=self.config.audio_seconds,
                )
                songs.append(song)
        data["data"] = {"songs": songs}
        return JSONResponse(answer)

    def _nuro_get(self, route: _spec.Route, _: Any, params: dict[str, str]) -> Response:
        task = self._task(route, params)
        if isinstance(task, Response):
            return task
        phase = task.phase(self.state.now(), self.config)
        if phase == "done" and task.outcome == "fail":
            return JSONResponse(_spec.example(route, "200", "failed"))
        if phase != "done":
            answer = _spec.example(route, "200", "running")
            elapsed = self.state.now() - task.started
            answer.update(
                task_id=task.task_id,
                status="pending" if phase == "pending" else "running",
                progress=min(99, int(100 * elapsed / task.duration)),
            )
            return JSONResponse(answer)
        answer = _spec.example(route, "200", "succeeded")
        answer.update(
            task_id=task.task_id,
            audio_url=self._url("audio", task.clip_ids[0]),
            duration=self.config.audio_seconds,
            lyrics=task.request.get("lyrics", ""),
        )
        return JSONResponse(answer)

    # ------------------------------------------------------------------ files and admin
    async def audio(self, request: Request) -> Response:
        self.state.count("audio")
        clip_id = request.path_params["clip_id"]
        if clip_id not in self.state.generated_clips and clip_id not in self.state.uploaded_clips:
            return Response("not found", 404)
        try:
            seconds = float(request.query_params.get("seconds", self.config.audio_seconds))
        except ValueError:
            seconds = math.nan
        if not 0 <= seconds <= MAX_AUDIO_SECONDS:  # nan fails both comparisons
            return Response(f"seconds must be a number from 0 to {MAX_AUDIO_SECONDS}", 400)
        data = _audio.data_bytes_for(seconds)
        return StreamingResponse(
            _iterate(_audio.wav_chunks(data)),
            media_type="audio/wav",
            headers={"Content-Length": str(_audio.wav_size(data))},
        )

    async def stream(self, request: Request) -> Response:
        """A streaming clip's live URL: its WAV as it is made, chunked with no
        Content-Length, growing until the clip is done (as the API's live URL does)."""
        self.state.count("stream")
        task = self.state.task_of_clip(request.path_params["clip_id"])
        if task is None:
            return Response("not found", 404)
        data = _audio.data_bytes_for(self.config.audio_seconds)
        return StreamingResponse(self._live(task, data), media_type="audio/wav")

    async def _live(self, task: MockTask, data: int) -> AsyncIterator[bytes]:
        """The live stream's bytes: the header, then what is made, as it is made."""
        yield _audio.wav_header(data)
        sent = 0
        step = max(0.005, LIVE_STEP / self.config.speed)
        for _ in range(MAX_LIVE_STEPS):  # bounded: a stuck clock ends the stream early
            made = int(data * self._made(task)) // 2 * 2
            while sent < made:
                size = min(made - sent, _audio.CHUNK)
                yield _audio.BLOCK[:size]
                sent += size
            if sent >= data:
                return
            await asyncio.sleep(step)

    def _made(self, task: MockTask) -> float:
        """How much of ``task``'s audio exists now: a head when it starts streaming, all
        of it once it is done."""
        start = task.duration * self.config.streaming_fraction
        elapsed = self.state.now() - task.started
        if elapsed >= task.duration or task.duration <= start:
            return 1.0
        progress = max(0.0, (elapsed - start) / (task.duration - start))
        return min(1.0, LIVE_HEAD + (1 - LIVE_HEAD) * progress)

    async def audio_m4a(self, request: Request) -> Response:
        """The clip's audio as M4A (producer clips), built in memory: clips are short."""
        self.state.count("audio")
        clip_id = request.path_params["clip_id"]
        if clip_id not in self.state.generated_clips:
            return Response("not found", 404)
        return Response(_audio.m4a_bytes(self.config.audio_seconds), media_type="audio/mp4")

    async def image(self, request: Request) -> Response:
        self.state.count("image")
        return Response(_audio.PNG_1X1, media_type="image/png")

    async def admin(self, request: Request) -> Response:
        action = request.path_params["action"]
        if action == "stats" and request.method == "GET":
            return JSONResponse(self.state.stats())
        if action == "faults" and request.method == "POST":
            try:
                body = json.loads(await request.body())
                if not isinstance(body, dict):
                    raise ValueError('the body must be a JSON object: {"faults": "429,500"}')
                self.state.set_faults(str(body.get("faults", "none")))
            except (ValueError, RecursionError) as exc:
                return JSONResponse({"message": str(exc)}, 400)
            return JSONResponse(self.state.stats())
        return JSONResponse({"message": "unknown admin action"}, 404)


def _nested_deeper_than(value: Any, limit: int) -> bool:
    """True when ``value`` holds lists or objects more than ``limit`` levels deep."""
    level = [value]
    for _ in range(limit + 1):
        level = [
            item
            for node in level
            if isinstance(node, dict | list)
            for item in (node.values() if isinstance(node, dict) else node)
        ]
        if not level:
            return False
    return True


async def _iterate(chunks: Any) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


class _Dropped(Response):
    """Promises a body and closes the connection halfway: a dropped connection."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [(b"content-type", b"application/json"), (b"content-length", b"1000")],
            }
        )
        await send({"type": "http.response.body", "body": b'{"code": 200, "da', "more_body": True})
        raise ConnectionAbortedError("mock dropped the connection")


def create_app(state: MockState, base_url: str = "") -> tuple[Starlette, MockAPI]:
    """The ASGI app serving ``state``; ``base_url`` prefixes the audio URLs it hands out."""
    api = MockAPI(state, base_url)
    routes = [
        StarletteRoute("/audio/{clip_id}.wav", api.audio, methods=["GET"]),
        StarletteRoute("/audio/{clip_id}.m4a", api.audio_m4a, methods=["GET"]),
        StarletteRoute("/stream/{clip_id}.wav", api.stream, methods=["GET"]),
        StarletteRoute("/image/{clip_id}.png", api.image, methods=["GET"]),
        StarletteRoute("/__mock__/{action}", api.admin, methods=["GET", "POST"]),
        StarletteRoute("/{path:path}", api.dispatch, methods=list(HTTP_METHODS)),
    ]
    return Starlette(routes=routes), api
