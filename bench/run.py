"""make bench: every figure as a ratio against a baseline measured in the same run.

1. per-call overhead of client.riffusion.upload / client.sonic.get vs raw httpx2 on the same
   in-memory transport (sync and async; interleaved rounds, medians);
2. waiting: polls per task and detection delay vs a fixed 5 s poller, against the mock
   with realistic generation times (time-scaled);
3. concurrency: 200 tasks created and awaited at once with AsyncMusicAPI over a bounded
   pool, against the mock in its own process: wall time vs generation time;
4. a 200 MB streaming download: peak RSS growth and throughput vs raw httpx2 streaming;
5. import time of musicapi vs httpx2, the first request (imports included) vs raw httpx2's,
   and the wall time of `make generate`;
6. webhooks: detection delay and polls with AsyncWebhookHub vs adaptive polling, against
   the mock delivering signed events, and again with 20 % of the deliveries dropped;
7. batches: 500 jobs under the mock's pacing limit, wall time vs the bound pacing sets;
   then the same batch killed with SIGKILL at five random moments and resumed each time;
8. processes through Redis (a real redis-server): four processes creating on one key
   against the mock's per-key limit (refused creates, throughput vs the pacing bound), and
   a delivery received by one process ending another process's hub wait (delay, polls),
   and 300 jobs on three workers with three keys (wall vs a third of one key's bound;
   then one worker SIGKILLed mid-run);
9. tracing: sonic.get with an OpenTelemetry SDK tracer provider and an in-memory exporter
   vs no provider, over a socket to the mock and on the in-memory transport;
10. the vendor's musicapi-sdk (installed from PyPI into a venv of its own) on the same mock:
   its per-call time against ours, and its generate_and_wait polls and detection delay
   against our create + wait (needs the package registry; skipped without it);
11. apps: time to the first audio byte with stream_audio against the finished file's, and
   the spend limit's cost per create in process (vs no limit) and through Redis.

Prints a table and writes bench/results.json. Everything stays on 127.0.0.1 and ends by itself.
"""

from __future__ import annotations

import asyncio
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import charts  # bench/charts.py, beside this script
import httpx2
import report  # bench/report.py

import musicapi_client
from musicapi_client._pacing import JITTER_MARGIN
from musicapi_client.mock import MockServer, free_port

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results.json"
KEY = "bench-key"


@dataclass
class Row:
    """One measured figure, its baseline, and the target for their ratio."""

    name: str
    value: float
    baseline: float
    unit: str
    ratio: float
    target: str
    ok: bool | None  # None: reported, no target (said why in the target column)


def _row(name: str, value: float, baseline: float, unit: str, target: str, ok: bool | None) -> Row:
    ratio = value / baseline if baseline else float("nan")
    return Row(name, round(value, 3), round(baseline, 3), unit, round(ratio, 3), target, ok)


# ---------------------------------------------------------------------------- 1. overhead
UPLOADED = json.dumps({"code": 200, "clip_id": "c-1", "message": "success"}).encode()
TASK = json.dumps(
    {
        "code": 200,
        "message": "success",
        "data": [
            {
                "clip_id": f"c{i}",
                "state": "succeeded",
                "title": "T",
                "tags": "pop",
                "lyrics": "la",
                "image_url": "https://cdn.example.com/i.jpg",
                "audio_url": "https://cdn.example.com/a.mp3",
                "video_url": None,
                "created_at": "2025-06-12T08:30:11Z",
                "mv": "sonic-v6",
                "duration": 150.2,
            }
            for i in range(2)
        ],
    }
).encode()
JSON_HEADERS = {"content-type": "application/json"}
UPLOAD_URL = "https://api.musicapi.ai/api/v1/riffusion/upload"
TASK_URL = "https://api.musicapi.ai/api/v1/sonic/task/t1"
AUTH = {"Authorization": f"Bearer {KEY}"}


def _handler(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(
        200, content=UPLOADED if request.method == "POST" else TASK, headers=JSON_HEADERS
    )


def _median_per_call(
    variants: dict[str, Callable[[], Any]], calls: int, rounds: int
) -> dict[str, float]:
    for fn in variants.values():
        for _ in range(200):
            fn()
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for _ in range(rounds):
        for name, fn in variants.items():
            started = time.perf_counter()
            for _ in range(calls):
                fn()
            samples[name].append((time.perf_counter() - started) / calls * 1e6)
    return {name: statistics.median(values) for name, values in samples.items()}


def bench_overhead(calls: int = 1000, rounds: int = 21) -> list[Row]:
    """Each call of ours against the same request made with raw httpx2, in paired rounds."""
    transport = httpx2.MockTransport(_handler)
    raw = httpx2.Client(transport=transport)
    client = musicapi_client.MusicAPI(api_key=KEY, http_client=httpx2.Client(transport=transport))
    araw = httpx2.AsyncClient(transport=transport)
    aclient = musicapi_client.AsyncMusicAPI(
        api_key=KEY, http_client=httpx2.AsyncClient(transport=transport)
    )

    async def raw_upload() -> Any:
        body = {"url": "https://f.example.com/a.mp3"}
        return (await araw.post(UPLOAD_URL, json=body, headers=AUTH)).json()

    async def raw_get() -> Any:
        return (await araw.get(TASK_URL, headers=AUTH)).json()

    loop = asyncio.new_event_loop()
    pairs: dict[str, tuple[float, float, float]] = {
        "1. sync riffusion.upload per call": _paired(
            lambda: raw.post(
                UPLOAD_URL, json={"url": "https://f.example.com/a.mp3"}, headers=AUTH
            ).json(),
            lambda: client.riffusion.upload(url="https://f.example.com/a.mp3"),
            calls,
            rounds,
        ),
        "1. sync sonic.get per call": _paired(
            lambda: raw.get(TASK_URL, headers=AUTH).json(),
            lambda: client.sonic.get("t1"),
            calls,
            rounds,
        ),
        "1. async riffusion.upload per call": _paired(
            raw_upload,
            lambda: aclient.riffusion.upload(url="https://f.example.com/a.mp3"),
            calls,
            rounds,
            batch=_async_batch(loop),
        ),
        "1. async sonic.get per call": _paired(
            raw_get, lambda: aclient.sonic.get("t1"), calls, rounds, batch=_async_batch(loop)
        ),
    }
    loop.close()
    return [
        _row(name, base * ratio, base, "us", "<= 1.00 (paired rounds)", ratio <= 1.00)
        for name, (base, _, ratio) in pairs.items()
    ]


# ---------------------------------------------------------------------------- 2. waiting
SPEED = 20.0


async def _wait_all(
    mock: MockServer, durations: list[float], fixed: bool
) -> tuple[list[int], list[float]]:
    schedule = musicapi_client.PollSchedule(scale=1 / SPEED)
    client = musicapi_client.AsyncMusicAPI(
        api_key=mock.api_key,
        base_url=mock.url,
        poll_schedule=schedule,
        create_interval=3.0 / SPEED,  # paced on the mock's clock, as the real API asks
    )

    async def one(duration: float) -> tuple[int, float]:
        created = await client.sonic.create(
            custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"
        )
        task = mock.state.tasks[created.task_id]
        task.duration = duration / SPEED
        polls = 0
        if fixed:
            while True:
                polls += 1
                if (await client.sonic.get(created.task_id)).status == "succeeded":
                    break
                await asyncio.sleep(5.0 / SPEED)
        else:

            def count(_: musicapi_client.Task) -> None:
                nonlocal polls
                polls += 1

            await created.wait(on_progress=count, timeout=600)
        delay = (time.monotonic() - (task.started + task.duration)) * SPEED
        return polls, delay / duration

    results = await asyncio.gather(*(one(d) for d in durations))
    await client.close()
    return [r[0] for r in results], [r[1] for r in results]


def bench_waiting(tasks: int = 24) -> list[Row]:
    rng = random.Random(7)
    durations = [rng.uniform(50.0, 150.0) for _ in range(tasks)]  # seconds of real generation
    with MockServer(speed=SPEED, api_key=KEY, credits=1e9) as mock:
        ours_polls, ours_delay = asyncio.run(_wait_all(mock, durations, fixed=False))
        fixed_polls, fixed_delay = asyncio.run(_wait_all(mock, durations, fixed=True))
    mean_ours, mean_fixed = statistics.mean(ours_polls), statistics.mean(fixed_polls)
    delay = statistics.median(ours_delay) * 100
    return [
        _row(
            "2. polls per task (adaptive vs fixed 5 s)",
            mean_ours,
            mean_fixed,
            "polls",
            "<= 1.00",
            mean_ours <= mean_fixed,
        ),
        _row(
            "2. median detection delay, % of generation time",
            delay,
            statistics.median(fixed_delay) * 100,
            "%",
            "value <= 10 %",
            delay <= 10.0,
        ),
    ]


async def _first_audio(mock: MockServer, tasks: int) -> tuple[list[float], list[float]]:
    schedule = musicapi_client.PollSchedule(scale=1 / SPEED)
    client = musicapi_client.AsyncMusicAPI(
        api_key=mock.api_key, base_url=mock.url, poll_schedule=schedule, create_interval=0
    )

    async def one() -> tuple[float, float]:
        started = time.monotonic()
        created = await client.sonic.create(
            custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"
        )
        await created.wait(until="streaming", timeout=600)
        streaming = time.monotonic() - started
        await created.wait(timeout=600)
        return streaming, time.monotonic() - started

    results = await asyncio.gather(*(one() for _ in range(tasks)))
    await client.close()
    return [r[0] for r in results], [r[1] for r in results]


def bench_first_audio(tasks: int = 12) -> list[Row]:
    """Time to first audio: wait(until="streaming") vs waiting for the finished clips."""
    with MockServer(speed=SPEED, api_key=KEY, credits=1e9) as mock:
        streaming, complete = asyncio.run(_first_audio(mock, tasks))
    first, full = statistics.median(streaming), statistics.median(complete)
    return [
        _row(
            "2. time to first audio: wait(until='streaming') vs complete",
            first * SPEED,
            full * SPEED,
            "s",
            "<= 0.75",
            first / full <= 0.75,
        )
    ]


# ---------------------------------------------------------------------------- 6. webhooks
WEBHOOK_SECRET = "bench-webhook-secret"


async def _hub_waits(mock: MockServer, durations: list[float]) -> tuple[list[float], int, int]:
    """Create one task per duration with a webhook_url, wait on the hub: delays, done, polls."""
    client = musicapi_client.AsyncMusicAPI(
        api_key=mock.api_key,
        base_url=mock.url,
        poll_schedule=musicapi_client.PollSchedule(scale=1 / SPEED),
        create_interval=3.0 / SPEED,
        webhook_secret=WEBHOOK_SECRET,
    )
    hub = musicapi_client.AsyncWebhookHub(client)
    server = _receiver(hub.deliver)
    url = f"http://127.0.0.1:{server.server_port}/webhooks"
    polls_before = mock.requests("sonic_get")

    async def one(duration: float) -> tuple[bool, float]:
        created = await client.sonic.create(
            custom_mode=False, gpt_description_prompt="x", mv="sonic-v6", webhook_url=url
        )
        task = mock.state.tasks[created.task_id]
        task.duration = duration / SPEED
        result = await hub.wait(created, timeout=600)
        delay = (time.monotonic() - (task.started + task.duration)) * SPEED
        return result.status == "succeeded", delay / duration

    try:
        results = await asyncio.gather(*(one(d) for d in durations))
    finally:
        server.shutdown()
        await client.close()
    done = sum(1 for ok, _ in results if ok)
    return [delay for _, delay in results], done, mock.requests("sonic_get") - polls_before


def bench_webhooks(tasks: int = 24) -> list[Row]:
    """Detection delay and polls: webhooks (all delivered, then 20 % lost) vs adaptive polls."""
    rng = random.Random(7)
    durations = [rng.uniform(50.0, 150.0) for _ in range(tasks)]
    with MockServer(speed=SPEED, api_key=KEY, credits=1e9) as mock:
        polls, polled_delay = asyncio.run(_wait_all(mock, durations, fixed=False))
        delays, done, hub_polls = asyncio.run(_hub_waits(mock, durations))
    with MockServer(speed=SPEED, api_key=KEY, credits=1e9, webhook_drop=0.2) as lossy:
        _, lossy_done, lossy_polls = asyncio.run(_hub_waits(lossy, durations))
        dropped = lossy.state.stats()["webhooks"].get("dropped", 0)
    delay = statistics.median(delays) * 100
    return [
        _row(
            "6. median detection delay, webhooks vs adaptive polling, % of generation",
            delay,
            statistics.median(polled_delay) * 100,
            "%",
            "value <= 1 %",
            delay <= 1.0,
        ),
        _row(
            "6. polls per task, webhooks vs adaptive polling",
            hub_polls / tasks,
            statistics.mean(polls),
            "polls",
            "value = 0, all done",
            hub_polls == 0 and done == tasks,
        ),
        _row(
            f"6. 20 % of deliveries dropped ({dropped} events): tasks done of {tasks}",
            lossy_done,
            tasks,
            "tasks",
            "= 1.00",
            lossy_done == tasks,
        ),
        _row(
            "6. 20 % dropped: polls per task, vs adaptive polling",
            lossy_polls / tasks,
            statistics.mean(polls),
            "polls",
            "< 1.00",
            lossy_polls / tasks < statistics.mean(polls),
        ),
    ]


# ---------------------------------------------------------------------------- 8. processes
SCALE_INTERVAL = 0.2  # seconds between creates on one key (the mock refuses sooner ones)
SCALE_CREATES = 10  # creates per process, four processes

PACED_CHILD = """
import sys, time, json, warnings
warnings.simplefilter("ignore", DeprecationWarning)
import musicapi_client
client = musicapi_client.MusicAPI(
    api_key=sys.argv[3], base_url=sys.argv[1], redis_url=sys.argv[2],
    create_interval=float(sys.argv[4]), max_retries=0,
)
times = []
for _ in range(int(sys.argv[5])):
    client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
    times.append(time.time())
print(json.dumps(times))
"""

HUB_CHILD = """
import sys, time, json, asyncio, warnings
warnings.simplefilter("ignore", DeprecationWarning)
import musicapi_client
async def main():
    client = musicapi_client.AsyncMusicAPI(
        api_key=sys.argv[3], base_url=sys.argv[1], redis_url=sys.argv[2], create_interval=0,
        webhook_secret=sys.argv[5],
    )
    hub = musicapi_client.AsyncWebhookHub(client, fallback_after=3600)
    async def one(n):
        created = await client.sonic.create(
            custom_mode=False, gpt_description_prompt=f"{n}", mv="sonic-v6",
            webhook_url=sys.argv[4],
        )
        task = await hub.wait(created, timeout=600)
        return created.task_id, time.time(), task.status
    print(json.dumps(await asyncio.gather(*(one(n) for n in range(int(sys.argv[6]))))))
    hub.close()
    await client.close()
asyncio.run(main())
"""


def _redis_server() -> Any:
    sys.path.insert(0, str(ROOT))
    from tests.redis_server import RedisServer  # the tests' real redis-server on 127.0.0.1

    return RedisServer().start()


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )


def bench_processes(tasks: int = 16) -> list[Row]:
    """Four processes on one key paced through Redis; a delivery received by one process
    ending another's wait."""
    redis = _redis_server()
    try:
        with MockServer(
            speed=SPEED, api_key=KEY, credits=1e9, create_interval=SCALE_INTERVAL
        ) as mock:
            runs = [
                _child(
                    PACED_CHILD, mock.url, redis.url, KEY, str(SCALE_INTERVAL), str(SCALE_CREATES)
                )
                for _ in range(4)
            ]
            times = sorted(t for run in runs for t in json.loads(run.communicate(timeout=600)[0]))
            refused = mock.state.stats()["paced"]
        spacing = SCALE_INTERVAL * (1 + JITTER_MARGIN)  # the interval and its transit margin
        bound = (len(times) - 1) * spacing
        took = times[-1] - times[0]
        hub_rows = _hub_across_processes(redis.url, tasks)
        hub_rows += bench_shared_batches(redis.url)
    finally:
        redis.close()
    return [
        _row(
            "8. 4 processes, one key: creates refused as early by the mock",
            refused,
            len(times),
            "creates",
            "value = 0",
            refused == 0,
        ),
        _row(
            "8. 4 processes, one key: throughput vs the pacing bound (interval + 10 %)",
            bound / took,
            1.0,
            "x",
            ">= 0.95",
            bound / took >= 0.95,
        ),
        *hub_rows,
    ]


SHARED_JOBS = 300
# 10x, not bench 7's 100x: the pacer's margin and the mock's tolerance then leave 60 ms of
# slack per create, not 6 ms, which four busy processes on two cores would eat (an event
# loop late by more than the slack sends a create "early": 429, re-queued).
SHARED_SPEED = 10.0
SHARED_KEYS = (KEY, "bench-key-2", "bench-key-3")


def _shared_batch(
    redis_url: str, work: Path, kill: bool
) -> tuple[float, dict[str, Any], list[Any]]:
    """300 jobs, three workers with three keys: (seconds from the first create to the last
    job done, the mock's stats, the journal's entries); ``kill``: one SIGKILLed mid-run."""
    from musicapi_client._redis import RedisLink
    from musicapi_client.batch._jobs import load_jobs
    from musicapi_client.batch._shared_journal import SharedJournal, batch_key

    jobs = work / ("killed.jsonl" if kill else "jobs.jsonl")
    _batch_jobs(jobs, SHARED_JOBS, prefix="k" if kill else "j")  # two batches: two names
    extra = ("--create-interval", str(BATCH_INTERVAL), "--more-keys", ",".join(SHARED_KEYS[1:]))
    mock, url = _start_mock_process(BATCH_GENERATION, SHARED_SPEED, *extra)
    try:
        runs = [
            _run_child(url, jobs, work / f"{jobs.stem}-{n}", key, redis_url, str(SHARED_SPEED))
            for n, key in enumerate(SHARED_KEYS)
        ]
        if kill:
            deadline = time.monotonic() + 120
            while (
                httpx2.get(url + "/__mock__/stats", timeout=5)
                .json()["requests"]
                .get("sonic_create", 0)
                < SHARED_JOBS // 3
            ):
                if time.monotonic() > deadline:
                    break
                time.sleep(0.01)
            runs[0].kill()
        for run in runs:
            run.communicate(timeout=900)
        stats = httpx2.get(url + "/__mock__/stats", timeout=5).json()
    finally:
        mock.kill()
    link = RedisLink(redis_url, namespace="bench")
    key = batch_key(load_jobs(jobs, musicapi_client.MusicAPI.catalog()))

    async def read() -> list[Any]:
        try:
            return await SharedJournal(link, key, out="", wait_for_redis=False).entries()
        finally:
            await link.aclose()

    entries = asyncio.run(read())
    sent = [e.sent_at for e in entries if e.sent_at]
    finished = [e.finished_at for e in entries if e.finished_at]
    wall = max(finished) - min(sent) if sent and finished else float("inf")
    return wall, stats, entries


def bench_shared_batches(redis_url: str) -> list[Row]:
    """Section 8's batch rows: three workers and three keys vs a third of one key's bound."""
    interval = BATCH_INTERVAL / SHARED_SPEED
    generation = BATCH_GENERATION / SHARED_SPEED
    per_key = SHARED_JOBS / len(SHARED_KEYS)
    bound = (per_key - 1) * interval * (1 + JITTER_MARGIN) + generation
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        wall, stats, entries = _shared_batch(redis_url, work, kill=False)
        done = sum(1 for e in entries if e.state == "done")
        _, killed_stats, killed = _shared_batch(redis_url, work, kill=True)
    settled = sum(1 for e in killed if e.state in {"done", "unknown"})
    return [
        _row(
            f"8. {SHARED_JOBS} jobs, 3 workers, 3 keys: first create to last done vs a third "
            "of one key's bound",
            wall,
            bound,
            "s",
            f"<= 1.15, all done ({stats['paced']} paced)",
            wall / bound <= 1.15 and done == SHARED_JOBS,
        ),
        _row(
            "8. one of the 3 workers SIGKILLed: creates accepted twice (mock)",
            killed_stats["repeated_creates"],
            SHARED_JOBS,
            "creates",
            "value = 0",
            killed_stats["repeated_creates"] == 0,
        ),
        _row(
            "8. one of the 3 workers SIGKILLed: jobs done or unknown",
            settled,
            SHARED_JOBS,
            "jobs",
            "= 1.00 (0 lost)",
            settled == SHARED_JOBS,
        ),
    ]


def _hub_across_processes(redis_url: str, tasks: int) -> list[Row]:
    """This process receives the deliveries (its hub shares them through Redis); a child
    process waits on its own hub: the delay from receipt here to the end of its wait."""
    received: dict[str, float] = {}
    generation = 60.0  # seconds, real time scaled by the mock's SPEED
    with MockServer(speed=SPEED, api_key=KEY, credits=1e9) as mock:
        client = musicapi_client.MusicAPI(
            api_key=KEY, base_url=mock.url, webhook_secret=WEBHOOK_SECRET, redis_url=redis_url
        )
        hub = musicapi_client.WebhookHub(client)

        def deliver(body: bytes, headers: Any) -> None:
            event = hub.deliver(body, headers)
            if event is not None and event.type == "song.completed":
                received[event.task.task_id] = time.time()

        server = _receiver(deliver)
        url = f"http://127.0.0.1:{server.server_port}/webhooks"
        polls_before = mock.requests("sonic_get")
        run = _child(HUB_CHILD, mock.url, redis_url, KEY, url, WEBHOOK_SECRET, str(tasks))
        ended = json.loads(run.communicate(timeout=600)[0])
        polls = mock.requests("sonic_get") - polls_before
        server.shutdown()
        hub.close()
        client.close()
        typical = generation / SPEED
    delays = [end - received[task_id] for task_id, end, _ in ended if task_id in received]
    delay = statistics.median(delays) / typical * 100 if delays else float("inf")
    done = sum(1 for _, _, status in ended if status == "succeeded")
    return [
        _row(
            "8. delivery in process A ends process B's wait: median delay, % of generation",
            delay,
            1.0,
            "%",
            "value <= 1 %",
            delay <= 1.0,
        ),
        _row(
            "8. process B's polls per task (its waits end on A's deliveries)",
            polls / tasks,
            0.0,
            "polls",
            "value = 0, all done",
            polls == 0 and done == tasks,
        ),
    ]


def _receiver(deliver: Callable[[bytes, Any], object]) -> ThreadingHTTPServer:
    """A stdlib server on 127.0.0.1 that hands every POST to ``deliver`` (a hub's, or
    the app's route): 400 when it fails verification, else 200."""

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            try:
                deliver(body, self.headers)
                status = 200
            except musicapi_client.WebhookVerificationError:
                status = 400
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *_: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


# ---------------------------------------------------------------------------- 7. batches
BATCH_SPEED = 100.0  # the mock's time scale: a 3 s pacing interval becomes 30 ms
BATCH_INTERVAL = 3.0  # seconds between creates the mock allows (the API's per-key pacing)
BATCH_GENERATION = 60.0  # seconds of generation per song (real time)


def _batch_jobs(path: Path, count: int, prefix: str = "j") -> None:
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            params = {"custom_mode": False, "gpt_description_prompt": f"loop {n}", "mv": "sonic-v6"}
            handle.write(json.dumps({"id": f"{prefix}{n:04d}", "operation": "sonic.create",
                                     "params": params}) + "\n")  # fmt: skip


def child_batch(
    url: str, jobs: str, out: str, key: str = KEY, redis_url: str = "", speed: str = ""
) -> None:
    """One run of the batch (a child process, so it can be killed): the Python API. With
    ``redis_url``, a worker of a batch shared through Redis."""
    from musicapi_client import batch

    scale = float(speed or BATCH_SPEED)
    client = musicapi_client.AsyncMusicAPI(
        api_key=key,
        base_url=url,
        create_interval=BATCH_INTERVAL / scale,
        poll_schedule=musicapi_client.PollSchedule(scale=1 / scale),
        max_concurrency=64,
        redis_url=redis_url or None,
    )
    batch.run(jobs, out, client=client, concurrency=256)


def _run_child(url: str, jobs: Path, out: Path, *worker: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, __file__, "--child-batch", url, str(jobs), str(out), *worker],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        # A killed worker's jobs move on soon; one namespace: workers with several keys
        # run one batch.
        env={**os.environ, "MUSICAPI_BATCH_LEASE": "2", "MUSICAPI_REDIS_NAMESPACE": "bench"},
    )


def bench_batches(jobs: int = 500, kills: int = 5) -> list[Row]:
    """500 paced jobs: wall time vs the pacing bound; then five SIGKILLs and resumes."""
    rng = random.Random(5)
    interval = BATCH_INTERVAL / BATCH_SPEED
    generation = BATCH_GENERATION / BATCH_SPEED
    # The last create, then its generation; creates are spaced the interval plus the
    # pacer's transit margin (10 %), on purpose, so that is the bound pacing sets.
    bound = (jobs - 1) * interval * (1 + JITTER_MARGIN) + generation
    extra = ("--create-interval", str(BATCH_INTERVAL))
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        _batch_jobs(work / "jobs.jsonl", jobs)
        mock, url = _start_mock_process(BATCH_GENERATION, BATCH_SPEED, *extra)
        try:
            started = time.monotonic()
            child = _run_child(url, work / "jobs.jsonl", work / "clean")
            child.communicate(timeout=600)
            wall = time.monotonic() - started
            clean_ok = child.returncode == 0
            paced = httpx2.get(url + "/__mock__/stats", timeout=5).json()["paced"]
        finally:
            mock.kill()
        mock, url = _start_mock_process(BATCH_GENERATION, BATCH_SPEED, *extra)
        try:
            killed = 0
            for _ in range(kills):
                child = _run_child(url, work / "jobs.jsonl", work / "killed")
                time.sleep(rng.uniform(0.5, 0.9 * bound / kills + 0.5))
                if child.poll() is None:
                    child.kill()
                    killed += 1
                child.communicate(timeout=60)
            child = _run_child(url, work / "jobs.jsonl", work / "killed")
            child.communicate(timeout=600)
            stats = httpx2.get(url + "/__mock__/stats", timeout=5).json()
        finally:
            mock.kill()
        rows = [json.loads(line) for line in (work / "killed" / "manifest.jsonl").open()]
    done = sum(1 for r in rows if r["status"] == "done")
    unknown = sum(1 for r in rows if r["status"] == "unknown")
    complete = sum(
        1
        for r in rows
        if r["status"] in {"done", "unknown"} and (r["status"] != "done" or r["task_id"])
    )
    return [
        _row(
            f"7. {jobs} jobs under pacing (one create per {interval * 1000:g} ms): wall vs bound",
            wall,
            bound,
            "s",
            f"<= 1.10, all done, {paced} paced",
            wall / bound <= 1.10 and clean_ok,
        ),
        _row(
            f"7. {killed} SIGKILLs then resume: creates sent twice (mock)",
            stats["repeated_creates"],
            jobs,
            "creates",
            "value = 0",
            stats["repeated_creates"] == 0,
        ),
        _row(
            f"7. {killed} SIGKILLs: jobs done + unknown ({unknown} unknown), of {jobs}",
            done + unknown,
            jobs,
            "jobs",
            "= 1.00 (0 lost)",
            done + unknown == jobs,
        ),
        _row(
            "7. manifest rows complete after the resumes",
            complete,
            jobs,
            "rows",
            "= 1.00",
            complete == jobs,
        ),
    ]


# ---------------------------------------------------------------------------- 3. concurrency
def _start_mock_process(
    generation: float, speed: float, *extra: str
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "musicapi_client.mock",
            "--port",
            str(port),
            "--speed",
            str(speed),
            "--api-key",
            KEY,
            "--generation-seconds",
            str(generation),
            "--credits",
            "1e9",
            *extra,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        try:
            httpx2.get(url + "/__mock__/stats", timeout=1)
            return process, url
        except httpx2.TransportError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the mock process did not start")


def bench_concurrency(tasks: int = 200, pool: int = 20) -> list[Row]:
    generation, speed = 90.0, 30.0  # a 90 s generation, 30x faster: 3 s
    process, url = _start_mock_process(generation, speed)
    try:
        httpx2.post(url + "/__mock__/faults", json={"faults": "none"}, timeout=5)
        peak, errors, wall = asyncio.run(_concurrent(url, tasks, pool, speed))
    finally:
        process.terminate()
        process.wait(timeout=10)
    target = generation / speed
    return [
        _row(
            f"3. {tasks} tasks at once: wall vs generation time",
            wall,
            target,
            "s",
            "<= 1.25 (0 errors)",
            wall / target <= 1.25 and errors == 0,
        ),
        _row(
            f"3. peak open connections (pool limit {pool})",
            peak,
            pool,
            "conns",
            "<= 1.00",
            peak <= pool,
        ),
    ]


async def _concurrent(url: str, tasks: int, pool: int, speed: float) -> tuple[int, int, float]:
    limits = httpx2.Limits(max_connections=pool, max_keepalive_connections=pool)
    http = httpx2.AsyncClient(limits=limits, timeout=60)
    client = musicapi_client.AsyncMusicAPI(
        api_key=KEY,
        base_url=url,
        http_client=http,
        max_concurrency=pool,
        poll_schedule=musicapi_client.PollSchedule(scale=1 / speed),
        # This figure is about the pool under load, not about the per-key create limit
        # (its mock enforces none): creates are not paced here.
        create_interval=0,
    )
    peak = 0
    stop = asyncio.Event()

    async def sample() -> None:
        nonlocal peak
        pool_ = http._transport._pool  # type: ignore[attr-defined]
        while not stop.is_set():
            peak = max(peak, len(pool_.connections))
            await asyncio.sleep(0.005)

    async def one() -> musicapi_client.Task:
        created = await client.sonic.create(
            custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"
        )
        return await created.wait(timeout=120)

    sampler = asyncio.create_task(sample())
    started = time.perf_counter()
    results = await asyncio.gather(*(one() for _ in range(tasks)), return_exceptions=True)
    wall = time.perf_counter() - started
    stop.set()
    await sampler
    await client.close()
    await http.aclose()
    failures = [r for r in results if isinstance(r, BaseException) or r.status != "succeeded"]
    for failure in failures[:3]:
        print(f"bench 3 failure: {failure!r}", file=sys.stderr)
    errors = len(failures)
    return peak, errors, wall


# ---------------------------------------------------------------------------- 4. download
DOWNLOAD_MB = 200


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def child_download(kind: str, url: str, dest: str) -> None:
    """Run in a fresh process: download once, print seconds, bytes and RSS growth as JSON."""
    client = musicapi_client.MusicAPI(api_key=KEY)
    http = httpx2.Client(timeout=60)
    before = _rss_mb()
    started = time.perf_counter()
    if kind == "sdk":
        path = client.download(
            musicapi_client.Clip(clip_id="bench", state="succeeded", audio_url=url), dest
        )
    else:
        path = Path(dest)
        with http.stream("GET", url) as response, path.open("wb") as out:
            for chunk in response.iter_bytes(64 * 1024):
                out.write(chunk)
    seconds = time.perf_counter() - started
    size = path.stat().st_size
    path.unlink()
    print(json.dumps({"seconds": seconds, "bytes": size, "rss_growth_mb": _peak_rss_mb() - before}))


def bench_download(rounds: int = 5) -> list[Row]:
    process, url = _start_mock_process(30.0, 1.0)
    try:
        client = musicapi_client.MusicAPI(api_key=KEY, base_url=url)
        clip = client.sonic.upload(url="https://files.example.com/bench.mp3").clip_id
        seconds = DOWNLOAD_MB * 1024 * 1024 / 16000
        audio = f"{url}/audio/{clip}.wav?seconds={seconds}"
        found: dict[str, list[dict[str, float]]] = {"sdk": [], "raw": []}
        with tempfile.TemporaryDirectory() as folder:
            for _ in range(rounds):
                for kind in ("raw", "sdk"):
                    done = subprocess.run(
                        [
                            sys.executable,
                            __file__,
                            "--child-download",
                            kind,
                            audio,
                            f"{folder}/clip-{kind}.wav",
                        ],
                        capture_output=True,
                        text=True,
                        timeout=300,
                        check=True,
                    )
                    found[kind].append(json.loads(done.stdout))
    finally:
        process.terminate()
        process.wait(timeout=10)
    throughput = {
        k: statistics.median(r["bytes"] / r["seconds"] / 1e6 for r in v) for k, v in found.items()
    }
    growth = max(r["rss_growth_mb"] for r in found["sdk"])
    raw_growth = max(r["rss_growth_mb"] for r in found["raw"])
    return [
        _row(
            f"4. {DOWNLOAD_MB} MB download throughput",
            throughput["sdk"],
            throughput["raw"],
            "MB/s",
            ">= 0.90",
            throughput["sdk"] / throughput["raw"] >= 0.90,
        ),
        _row(
            f"4. {DOWNLOAD_MB} MB download peak RSS growth",
            growth,
            raw_growth,
            "MB",
            "value < 20 MB",
            growth < 20,
        ),
    ]


# ---------------------------------------------------------------------------- 5. import, generate
def _import_seconds(module: str) -> float:
    code = f"import time; t = time.perf_counter(); import {module}; print(time.perf_counter() - t)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout)


FIRST_REQUEST = """
import time
started = time.perf_counter()
import httpx2
{imports}
body = {body!r}
def handler(request):
    return httpx2.Response(200, content=body, headers={{"content-type": "application/json"}})
http = httpx2.Client(transport=httpx2.MockTransport(handler))
{call}
print(time.perf_counter() - started)
"""
FIRST_CALLS = {
    "sdk": (
        "import musicapi_client",
        "musicapi_client.MusicAPI(api_key='k', http_client=http).sonic.get('t1')",
    ),
    "raw": ("", "http.get('https://api.musicapi.ai/api/v1/sonic/task/t1').json()"),
}
# 0.1.0's first sonic.get took 3.06x a first raw httpx2 get, 0.4.0's 3.4x (every family's
# operations and models); since the per-family modules a first call loads its family only,
# and the target is 2.5x (issue 34).
FIRST_REQUEST_TARGET = 2.5


def _first_request_seconds(kind: str) -> float:
    imports, call = FIRST_CALLS[kind]
    code = FIRST_REQUEST.format(imports=imports, body=TASK, call=call)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(done.stdout)


def bench_import_and_generate(runs: int = 15) -> list[Row]:
    # Bytecode first: with PYTHONDONTWRITEBYTECODE set, an edited module would otherwise
    # be compiled again in every measured process.
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "src", "generated"], cwd=ROOT, check=True
    )
    samples: dict[str, list[float]] = {"musicapi_client": [], "httpx2": [], "sdk": [], "raw": []}
    for _ in range(runs):
        for module in ("musicapi_client", "httpx2"):
            samples[module].append(_import_seconds(module))
        for kind in ("sdk", "raw"):
            samples[kind].append(_first_request_seconds(kind))
    ours, base = (statistics.median(samples[m]) * 1000 for m in ("musicapi_client", "httpx2"))
    first, first_raw = (statistics.median(samples[m]) * 1000 for m in ("sdk", "raw"))
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "generator", "--out", folder],
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        generate = time.perf_counter() - started
    return [
        _row(
            "5. import musicapi_client vs import httpx2",
            ours,
            base,
            "ms",
            "<= 1.15",
            ours / base <= 1.15,
        ),
        _row(
            "5. first sonic.get, imports included, vs first raw httpx2 get",
            first,
            first_raw,
            "ms",
            f"<= {FIRST_REQUEST_TARGET}",
            first / first_raw <= FIRST_REQUEST_TARGET,
        ),
        _row(
            "5. make generate wall time (vs 20 s budget)",
            generate,
            20.0,
            "s",
            "< 1.00",
            generate < 20.0,
        ),
    ]


# ---------------------------------------------------------------------------- 9. tracing
def _traced_and_not(call: Callable[[], Any], calls: int, rounds: int) -> tuple[float, float]:
    """Median microseconds per ``call`` without a tracer provider and with the SDK's
    (SimpleSpanProcessor into an InMemorySpanExporter), in interleaved rounds."""
    from opentelemetry import trace
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor
    from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

    exporter = InMemorySpanExporter()
    provider = TracerProvider()
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    unset = trace.get_tracer_provider
    samples: dict[bool, list[float]] = {False: [], True: []}
    try:
        for _ in range(rounds):
            for traced in (False, True):
                trace.get_tracer_provider = (lambda: provider) if traced else unset
                started = time.perf_counter()
                for _ in range(calls):
                    call()
                samples[traced].append((time.perf_counter() - started) / calls * 1e6)
                exporter.clear()
    finally:
        trace.get_tracer_provider = unset
        provider.shutdown()
    return statistics.median(samples[True]), statistics.median(samples[False])


def bench_tracing(calls: int = 100, rounds: int = 31) -> list[Row]:
    process, url = _start_mock_process(60.0, 1.0)
    try:
        over_socket = musicapi_client.MusicAPI(api_key=KEY, base_url=url)
        task_id = over_socket.sonic.create(
            custom_mode=False, gpt_description_prompt="bench", mv="sonic-v6"
        ).task_id
        on, off = _traced_and_not(lambda: over_socket.sonic.get(task_id), calls, rounds)
        over_socket.close()
    finally:
        process.kill()
        process.wait()
    in_memory = musicapi_client.MusicAPI(
        api_key=KEY, http_client=httpx2.Client(transport=httpx2.MockTransport(_handler))
    )
    on_memory, off_memory = _traced_and_not(lambda: in_memory.sonic.get("t1"), 2000, rounds)
    return [
        _row(
            "9. sonic.get over a socket, tracing on (in-memory exporter) vs off",
            on,
            off,
            "us",
            "<= 1.10",
            on / off <= 1.10,
        ),
        _row(
            "9. sonic.get on the in-memory transport, tracing on vs off",
            on_memory,
            off_memory,
            "us",
            "none (the SDK's span)",
            None,
        ),
    ]


# ---------------------------------------------------------------------------- 10. vendor SDK
VENDOR = "musicapi-sdk==0.1.0"
VENDOR_CHILD = """
import json, sys, time, statistics, threading
import musicapi
from musicapi import _types as t
base, key = sys.argv[1], sys.argv[2]
generation, tasks, calls = float(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
client = musicapi.MusicAPI(api_key=key, base_url=base + "/api/v1")
task_id = client.sonic.create(t.SonicCreateParams(
    task_type="create_music", custom_mode=False, mv="sonic-v6", gpt_description_prompt="x")).task_id
for _ in range(20):
    client.sonic.get_task(task_id)
started = time.perf_counter()
for _ in range(calls):
    client.sonic.get_task(task_id)
per_call = (time.perf_counter() - started) / calls * 1e6
delays, finished = [], []
def one(n):
    began = time.monotonic()
    song = client.sonic.generate_and_wait(t.SonicCreateParams(
        task_type="create_music", custom_mode=False, mv="sonic-v6", gpt_description_prompt=str(n)))
    delays.append(time.monotonic() - began - generation)
    finished.append(bool(song.data) and all(c.state == "succeeded" for c in song.data))
threads = [threading.Thread(target=one, args=(n,)) for n in range(tasks)]
[th.start() for th in threads]
[th.join() for th in threads]
print(json.dumps({"per_call": per_call, "delays": delays, "finished": sum(finished)}))
"""


def _vendor_python(folder: Path) -> str | None:
    """A venv of its own holding the vendor's SDK, or None when it cannot be installed."""
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    done = subprocess.run(
        [str(folder / "bin" / "pip"), "install", "-q", "--disable-pip-version-check", VENDOR],
        capture_output=True,
        text=True,
        check=False,
    )
    return str(folder / "bin" / "python") if done.returncode == 0 else None


def _sonic_polls(url: str) -> int:
    stats = httpx2.get(url + "/__mock__/stats", timeout=5).json()
    return int(stats["requests"].get("sonic_get", 0))


def _ours_on(url: str, generation: float, tasks: int, calls: int) -> tuple[float, list[float], int]:
    schedule = musicapi_client.PollSchedule(typical_seconds={"sonic": generation})
    client = musicapi_client.MusicAPI(
        api_key=KEY, base_url=url, poll_schedule=schedule, create_interval=0
    )
    task_id = client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")
    for _ in range(20):
        client.sonic.get(task_id.task_id)
    started = time.perf_counter()
    for _ in range(calls):
        client.sonic.get(task_id.task_id)
    per_call = (time.perf_counter() - started) / calls * 1e6
    delays: list[float] = []
    finished: list[bool] = []

    def one(n: int) -> None:
        began = time.monotonic()
        created = client.sonic.create(
            custom_mode=False, gpt_description_prompt=str(n), mv="sonic-v6"
        )
        task = created.wait(timeout=600)
        delays.append(time.monotonic() - began - generation)
        finished.append(task.all_clips_ready)

    threads = [threading.Thread(target=one, args=(n,)) for n in range(tasks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    client.close()
    return per_call, delays, sum(finished)


def bench_vendor(generation: float = 30.0, tasks: int = 4, calls: int = 300) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        python = _vendor_python(Path(folder) / "venv")
        if python is None:
            print(f"[bench 10 skipped: {VENDOR} could not be installed]", file=sys.stderr)
            return []
        found: dict[str, tuple[float, list[float], int, float]] = {}
        for who in ("vendor", "ours"):
            process, url = _start_mock_process(generation, 1.0)
            try:
                if who == "vendor":
                    args = [url, KEY, str(generation), str(tasks), str(calls)]
                    done = subprocess.run(
                        [python, "-c", VENDOR_CHILD, *args],
                        capture_output=True,
                        text=True,
                        check=True,
                        timeout=900,
                    )
                    report = json.loads(done.stdout)
                    per_call, delays = report["per_call"], report["delays"]
                    finished = report["finished"]
                else:
                    per_call, delays, finished = _ours_on(url, generation, tasks, calls)
                polls = (_sonic_polls(url) - 20 - calls) / tasks  # the waits' polls
                found[who] = (per_call, delays, finished, polls)
            finally:
                process.kill()
                process.wait()
    ours, vendor = found["ours"], found["vendor"]
    ours_delay, vendor_delay = statistics.median(ours[1]), statistics.median(vendor[1])
    return [
        _row(
            "10. sonic.get per call over a socket: ours vs musicapi-sdk",
            ours[0],
            vendor[0],
            "us",
            "<= 1.00",
            ours[0] <= vendor[0],
        ),
        _row(
            f"10. songs finished when the wait returns, of {tasks}: ours vs generate_and_wait",
            ours[2],
            vendor[2],
            "songs",
            f"ours = {tasks}",
            ours[2] == tasks,
        ),
        _row(
            f"10. seconds from the song's end to the wait's return ({generation:g} s songs)",
            ours_delay,
            vendor_delay,
            "s",
            "ours >= 0 (never early), <= 10 % of generation",
            0 <= ours_delay <= 0.1 * generation,
        ),
        _row(
            "10. polls per task: ours vs generate_and_wait (which stops at the first 200)",
            ours[3],
            vendor[3],
            "polls",
            "none (it stops early)",
            None,
        ),
    ]


# ---------------------------------------------------------------------------- report
# ---------------------------------------------------------------------------- 11. apps
async def _first_byte(mock: MockServer, tasks: int) -> tuple[list[float], list[float]]:
    """Seconds from each create to its first audio byte: listening to the live stream vs
    fetching the finished file."""
    schedule = musicapi_client.PollSchedule(scale=1 / SPEED)
    client = musicapi_client.AsyncMusicAPI(
        api_key=mock.api_key, base_url=mock.url, poll_schedule=schedule, create_interval=0
    )

    async def first_chunk(clip: musicapi_client.Clip) -> None:
        chunks = client.stream_audio(clip)
        await anext(chunks)
        await chunks.aclose()  # type: ignore[attr-defined]

    async def one() -> tuple[float, float]:
        started = time.monotonic()
        created = await client.sonic.create(
            custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"
        )
        live = await created.wait(until="streaming", timeout=600)
        await first_chunk(live.clips[0])
        streamed = time.monotonic() - started
        done = await created.wait(timeout=600)
        await first_chunk(done.clips[0])  # the finished file's first byte
        return streamed, time.monotonic() - started

    results = await asyncio.gather(*(one() for _ in range(tasks)))
    await client.close()
    return [r[0] for r in results], [r[1] for r in results]


def _sync_batch(fn: Callable[[], Any], calls: int) -> float:
    """Microseconds per call of ``calls`` calls of ``fn``."""
    started = time.perf_counter()
    for _ in range(calls):
        fn()
    return (time.perf_counter() - started) / calls * 1e6


def _async_batch(loop: asyncio.AbstractEventLoop) -> Callable[[Callable[[], Any], int], float]:
    """:func:`_sync_batch` for a coroutine function, timed inside ``loop``."""

    async def batch(fn: Callable[[], Awaitable[Any]], calls: int) -> float:
        started = time.perf_counter()
        for _ in range(calls):
            await fn()
        return (time.perf_counter() - started) / calls * 1e6

    return lambda fn, calls: loop.run_until_complete(batch(fn, calls))


def _paired(
    baseline: Callable[[], Any],
    variant: Callable[[], Any],
    calls: int,
    rounds: int,
    batch: Callable[[Callable[[], Any], int], float] = _sync_batch,
) -> tuple[float, float, float]:
    """Each round times the baseline and the variant back to back, in alternating order;
    the median per-call times and the median of the rounds' ratios (robust to a machine
    whose speed drifts between rounds, which a ratio of medians is not). The garbage
    collector is off while a round runs, as timeit does: its pauses land in one variant's
    round or the other's by chance."""
    import gc

    for fn in (baseline, variant):
        batch(fn, 200)
    base, other, ratios = [], [], []
    for n in range(rounds):
        gc.collect()
        gc.disable()
        timed = {}
        for name, fn in (("b", baseline), ("v", variant))[:: 1 if n % 2 else -1]:
            timed[name] = batch(fn, calls)
        gc.enable()
        base.append(timed["b"])
        other.append(timed["v"])
        ratios.append(timed["v"] / timed["b"])
    return statistics.median(base), statistics.median(other), statistics.median(ratios)


def _reservation_cost(client: musicapi_client.MusicAPI, number: int = 20000) -> float:
    """Microseconds a create under an in-process spend limit spends on its reservation
    (the price looked up, reserved, kept): the least of 15 timed repeats, as timeit
    advises, since the work is fixed and only the machine's noise varies."""
    import timeit

    op = next(o for o in client.catalog().operations if o.key == "sonic.create")

    def reserve() -> None:
        price = client._price_to_reserve(op)
        client._budgets.reserve(client._budget_name, 1e18, price, op.key)

    return min(timeit.repeat(reserve, number=number, repeat=15)) / number * 1e6


def _creates(client: musicapi_client.MusicAPI) -> Callable[[], Any]:
    return lambda: client.sonic.create(custom_mode=False, gpt_description_prompt="x", mv="sonic-v6")


def bench_apps(tasks: int = 12, calls: int = 500, rounds: int = 41) -> list[Row]:
    """Listening early and the spend limit (issue 31)."""
    with MockServer(speed=SPEED, api_key=KEY, credits=1e9) as mock:
        streamed, finished = asyncio.run(_first_byte(mock, tasks))
    first, full = statistics.median(streamed), statistics.median(finished)
    created = json.dumps({"code": 200, "message": "success", "task_id": "t1"}).encode()
    transport = httpx2.MockTransport(
        lambda request: httpx2.Response(200, content=created, headers=JSON_HEADERS)
    )

    def make(**options: Any) -> musicapi_client.MusicAPI:
        return musicapi_client.MusicAPI(
            api_key=KEY, create_interval=0, http_client=httpx2.Client(transport=transport),
            **options,
        )  # fmt: skip

    local = _paired(_creates(make()), _creates(make(max_credits=1e12)), calls, rounds)
    reserving = _reservation_cost(make(max_credits=1e12))
    redis = _redis_server()
    try:
        shared = _median_per_call(
            {
                "no limit": _creates(make()),
                "redis limit": _creates(make(max_credits=1e12, redis_url=redis.url)),
            },
            calls // 10,
            rounds,
        )
    finally:
        redis.close()
    added = shared["redis limit"] - shared["no limit"]
    return [
        _row(
            "11. time to the first audio byte: stream_audio vs the finished file",
            first * SPEED,
            full * SPEED,
            "s",
            "<= 0.5",
            first / full <= 0.5,
        ),
        _row(
            "11. a create under a spend limit (in process): + its reservation's own cost",
            local[0] + reserving,
            local[0],
            "us",
            "<= 1.02",
            (local[0] + reserving) / local[0] <= 1.02,
        ),
        _row(
            "11. the same, end to end (median of paired rounds; the machine's noise included)",
            local[0] * local[2],
            local[0],
            "us",
            "reported (noise: a few %)",
            None,
        ),
        _row(
            f"11. a create under a spend limit in Redis (+{added:.0f} us median) vs without",
            shared["redis limit"],
            shared["no limit"],
            "us",
            "reported (one Lua round trip)",
            None,
        ),
    ]


# ---------------------------------------------------------------------------- 12. MCP
async def _mcp_rounds(url: str, calls: int, rounds: int) -> tuple[float, float, int]:
    """Per call: get_task over stdio and sonic.get on the same mock (medians of paired
    rounds, microseconds), and the default tool list's size in characters."""
    from mcp.client.client import Client
    from mcp.client.stdio import StdioServerParameters

    env = {**os.environ, "MUSICAPI_API_KEY": KEY, "MUSICAPI_BASE_URL": url}
    server = StdioServerParameters(
        command=sys.executable, args=["-m", "musicapi_client", "mcp"], env=env
    )
    client = musicapi_client.AsyncMusicAPI(api_key=KEY, base_url=url, create_interval=0)
    created = await client.sonic.create(
        custom_mode=False, gpt_description_prompt="x", mv="sonic-v6"
    )
    arguments = {"task_id": created.task_id, "family": "sonic"}
    async with Client(server) as agent:
        listed = await agent.list_tools()
        wire = [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in listed.tools]
        size = len(json.dumps(wire, separators=(",", ":")))  # as tools/list carries them
        for _ in range(20):  # warm both paths
            await agent.call_tool("get_task", arguments)
            await client.sonic.get(created.task_id)
        tool_times: list[float] = []
        get_times: list[float] = []
        for n in range(rounds):
            order = ("tool", "get") if n % 2 else ("get", "tool")
            for which in order:
                started = time.perf_counter()
                for _ in range(calls):
                    if which == "tool":
                        await agent.call_tool("get_task", arguments)
                    else:
                        await client.sonic.get(created.task_id)
                spent = (time.perf_counter() - started) / calls * 1e6
                (tool_times if which == "tool" else get_times).append(spent)
    await client.close()
    return statistics.median(tool_times), statistics.median(get_times), size


def bench_mcp(calls: int = 50, rounds: int = 9) -> list[Row]:
    """What an agent's get_task over stdio adds to the client's own call, and what the
    default tool list costs every agent turn (characters / 4 as tokens)."""
    process, url = _start_mock_process(60.0, 1.0)  # its own process, as an agent's API is
    try:
        tool, get, size = asyncio.run(_mcp_rounds(url, calls, rounds))
    finally:
        process.terminate()
        process.wait(timeout=10)
    added_ms = (tool - get) / 1000
    return [
        _row(
            f"12. get_task tool over stdio vs sonic.get (+{added_ms:.2f} ms a call)",
            tool,
            get,
            "us",
            "added <= 2 ms",
            added_ms <= 2.0,
        ),
        _row(
            "12. the default tool list, in tokens (characters / 4), vs the 6,000 budget",
            size / 4,
            6000,
            "tokens",
            "<= 1.00",
            size / 4 <= 6000,
        ),
    ]


def machine() -> dict[str, Any]:
    """What this ran on."""
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "python": platform.python_version(),
        "os": platform.platform(),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "httpx2": httpx2.__version__,
        "musicapi-client": musicapi_client.__version__,
    }


def main() -> int:
    """Run every benchmark (or one: ``--only 3``) and report."""
    if len(sys.argv) > 1 and sys.argv[1] == "--child-download":
        child_download(*sys.argv[2:5])
        return 0
    if len(sys.argv) > 1 and sys.argv[1] == "--child-batch":
        child_batch(*sys.argv[2:8])
        return 0
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    suites: dict[str, Callable[[], list[Row]]] = {
        "1": bench_overhead,
        "2": lambda: bench_waiting() + bench_first_audio(),
        "3": bench_concurrency,
        "4": bench_download,
        "5": bench_import_and_generate,
        "6": bench_webhooks,
        "7": bench_batches,
        "8": bench_processes,
        "9": bench_tracing,
        "10": bench_vendor,
        "11": bench_apps,
        "12": bench_mcp,
    }
    rows: list[Row] = []
    for number, suite in suites.items():
        if only and number != only:
            continue
        started = time.perf_counter()
        rows += suite()
        print(
            f"[bench {number} done in {time.perf_counter() - started:.1f} s]",
            file=sys.stderr,
            flush=True,
        )
    all_rows = _kept_rows(only) + [asdict(r) for r in rows]
    results = {"machine": machine(), "rows": all_rows}
    RESULTS.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"machine: {results['machine']}")
    print(report.full_table([asdict(r) for r in rows]))
    print(f"(written to {RESULTS.relative_to(ROOT)})")
    for path in charts.draw(all_rows) + report.write_tables(all_rows):
        print(f"(updated {path.relative_to(ROOT)})")
    return 0


def _kept_rows(only: str | None) -> list[dict[str, Any]]:
    """With ``--only N``, the last results' rows of the other sections (they stay true)."""
    if only is None or not RESULTS.exists():
        return []
    rows: list[dict[str, Any]] = json.loads(RESULTS.read_text(encoding="utf-8"))["rows"]
    return [row for row in rows if not row["name"].startswith(f"{only}.")]


if __name__ == "__main__":
    sys.exit(main())
