"""Running a batch: creates under the client's pacing, waits, downloads, all journaled.

One process drives the whole batch: the API's pacing (one create every few seconds per
key) is the bound, so concurrency here only needs to cover the tasks in flight. Every
step is committed to the journal before the next one starts (see ``_journal``), and an
exclusive lock on the directory keeps a second run from sending the same jobs.
"""

from __future__ import annotations

import asyncio
import contextlib
import os  # noqa: TC003 - os.PathLike is in the public signatures
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from musicapi_client import _tracing
from musicapi_client._errors import (
    APIStatusError,
    BudgetExceededError,
    InsufficientCreditsError,
    InvalidRequestError,
    MusicAPIError,
    RateLimitError,
    SubscriptionRequiredError,
    TaskFailedError,
    WaitTimeoutError,
)
from musicapi_client._prices import check_prices
from musicapi_client._validation import is_finite_number
from musicapi_client.batch._credits import Ledger
from musicapi_client.batch._jobs import Job, load_jobs
from musicapi_client.batch._journal import (
    BudgetReached,
    Entry,
    Journal,
    JournalError,
    LocalJournal,
)
from musicapi_client.batch._manifest import MANIFEST, BatchError, rebuild, write_manifest
from musicapi_client.batch._shared_journal import BrokenEntry

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from musicapi_client import AsyncMusicAPI
    from musicapi_client._task import Task
    from musicapi_client.batch._record import WorkerRecord
    from musicapi_client.batch._shared_journal import SharedJournal

JOURNAL = "batch.sqlite"
AUDIO = "audio"
LOCK = "batch.lock"
DEFAULT_CONCURRENCY = 64
DEFAULT_WAIT_TIMEOUT = 3600.0
RATE_LIMITED_TRIES = 20  # creates answered 429 (refused, nothing started), per job and run
SHARED_SENDERS = 4  # creates of a shared batch's worker waiting for a slot at once
OTHERS_POLL = 1.0  # seconds between looks at what the other workers of a batch still hold
MAX_RATE_LIMIT_WAIT = 60.0  # seconds: a longer Retry-After is cut to this
AUDIO_SUFFIXES = frozenset({".mp3", ".wav", ".m4a", ".flac", ".ogg", ".opus", ".aac"})


class OnEvent(Protocol):
    """Told of every state change: the kind (a state, or ``note`` with a message), the
    job, and the journal's counts per state right after it."""

    def __call__(
        self, kind: str, entry: Entry | None, message: str, counts: dict[str, int]
    ) -> None: ...


@dataclass
class BatchResult:
    """What a run left behind: counts per state, credits, notes, and where."""

    out: Path
    counts: dict[str, int]
    credits_estimated: float
    balance_before: float | None = None
    balance_after: float | None = None
    notes: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    prices: dict[str, float] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Jobs in the journal."""
        return sum(self.counts.values())

    @property
    def all_done(self) -> bool:
        """True when every job is done."""
        return self.counts.get("done", 0) == self.total

    @property
    def credits_spent(self) -> float | None:
        """What the account really lost in this run: its balance before minus after
        (None when either could not be read)."""
        if self.balance_before is None or self.balance_after is None:
            return None
        return round(self.balance_before - self.balance_after, 3)

    @property
    def exit_code(self) -> int:
        """0 when every job is done, else 1."""
        return 0 if self.all_done else 1


def _clip_row(clip: Any) -> dict[str, Any]:
    return {
        "clip_id": clip.clip_id,
        "state": clip.state,
        "title": clip.title,
        "audio_url": clip.audio_url,
        "duration": clip.duration,
    }


def _suffix(url: str) -> str:
    suffix = Path(urlsplit(url).path).suffix.lower()
    return suffix if suffix in AUDIO_SUFFIXES else ".mp3"


@contextlib.contextmanager
def _exclusive(out: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``out`` (released by the OS even on SIGKILL)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no second-run protection
        yield
        return
    with (out / LOCK).open("a+") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise JournalError(
                f"{out} is used by another batch run right now (wait for it, or stop it)"
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class _Batch:
    """One run over an open journal."""

    def __init__(
        self,
        journal: LocalJournal | SharedJournal,
        client: AsyncMusicAPI,
        out: Path,
        jobs: list[Job],
        *,
        concurrency: int,
        ledger: Ledger,
        wait_timeout: float,
        on_event: OnEvent | None,
        provenance: bool = False,
    ) -> None:
        self.journal = journal
        self.provenance = provenance  # mark each downloaded file as AI-generated
        self.client = client
        # Creates go out through an unpaced copy: the batch takes each pacing slot from
        # the client itself first, and only then marks the job as sending.
        self.sender = client.with_options(create_interval=0)
        self.out = out
        self.jobs = {job.id: job for job in jobs}  # what the job file holds now
        self.concurrency = concurrency
        self.ledger = ledger
        self.wait_timeout = wait_timeout
        self.on_event = on_event
        self.stop_reason: str | None = None
        self.crashed: list[str] = []  # unexpected errors, raised as BatchError at the end
        self.finishing: set[str] = set()  # jobs whose wait this run started
        self.lease_done = asyncio.Event()  # the run is over: stop renewing the lease
        # A shared batch holds --max-credits in Redis, across workers (the ledger cannot:
        # other workers' charges would look like this one's on the balance).
        self.shared_budget: float | None = None
        # Creates go one pacing slot at a time anyway; a shared batch keeps only a few
        # waiting for slots, so that a job another worker claims meanwhile wastes no slot.
        self.send_gate = asyncio.Semaphore(SHARED_SENDERS if journal.shared else concurrency)
        self.turns: list[Entry] = []  # a shared batch: this worker's order of the jobs
        self.cursor = 0  # how far _next_planned has looked in it
        self.notes: list[str] = []
        self.operations = {op.key: op for op in client.catalog().operations}

    async def emit(self, kind: str, entry: Entry | None = None, message: str = "") -> None:
        if kind == "note":
            self.notes.append(message)
        if self.on_event is not None:
            self.on_event(kind, entry, message, await self.journal.counts())

    def stop(self, reason: str) -> None:
        """No create starts after this (senders waiting for a slot or credits see it)."""
        if self.stop_reason is None:
            self.stop_reason = reason
        self.ledger.stop(reason)

    # ------------------------------------------------------------------ the run
    async def run(self) -> None:
        slots = asyncio.Semaphore(self.concurrency)

        async def guarded(coro: Any, job_id: str) -> None:
            try:
                with _tracing.span("musicapi batch.job", {"musicapi.batch.job_id": job_id}):
                    await coro
            except BrokenEntry as exc:  # one job's entry in Redis is garbage: that job's
                await self.emit("note", message=str(exc))
            except Exception as exc:  # a bug, or the disk: stop sending, keep the journal
                self.crashed.append(f"job {job_id}: {type(exc).__name__}: {exc}")
                self.stop("stopped sending after an unexpected error")
            finally:
                slots.release()

        lease = asyncio.create_task(self._renew_lease()) if self.journal.shared else None
        try:
            await self._run(slots, guarded)
        finally:
            self.lease_done.set()
            if lease is not None:
                await lease
        if self.stop_reason is not None:
            await self.emit("note", message=self.stop_reason)

    async def _run(self, slots: asyncio.Semaphore, guarded: Any) -> None:
        async with asyncio.TaskGroup() as group:
            for entry in await self.journal.to_finish():
                await slots.acquire()
                group.create_task(guarded(self.finish(entry), entry.id))
            for entry in self._in_turn(await self.journal.entries("planned")):
                job = self.jobs.get(entry.id)
                if job is None:
                    continue  # no longer in the job file (listed in a note)
                if self.stop_reason is not None:
                    break
                await slots.acquire()
                if self.stop_reason is not None:
                    slots.release()
                    break
                group.create_task(guarded(self.send(entry, job), entry.id))
            if self.journal.shared:
                await self._take_over_the_dead(group, slots, guarded)
        if self.journal.shared and not self.crashed:  # stopped by the budget too
            await self._until_the_batch_is_over(slots, guarded)

    async def _until_the_batch_is_over(self, slots: asyncio.Semaphore, guarded: Any) -> None:
        """A worker of a shared batch ends with the batch: while other live workers still
        hold jobs, it waits, taking over the jobs of any worker that dies meanwhile. It
        takes over before it looks: a worker whose lease lapsed since the last pass no
        longer counts as holding anything, so its jobs are taken now or never."""
        assert not isinstance(self.journal, LocalJournal)  # a SharedJournal
        while True:
            async with asyncio.TaskGroup() as group:
                await self._take_over_the_dead(group, slots, guarded)
            if not await self.journal.held_by_others():
                return
            await self.client._pause(OTHERS_POLL)

    def _in_turn(self, planned: list[Entry]) -> list[Entry]:
        """Planned jobs in file order; workers of a shared batch start at different points
        (fewer of them reach for the same job at once)."""
        worker = getattr(self.journal, "worker", None)
        if worker is None or not planned:
            return planned
        start = int(worker.rsplit("-", 1)[-1], 16) % len(planned)
        self.turns = planned[start:] + planned[:start]
        return self.turns

    async def _next_planned(self, taken: str) -> tuple[Entry, Job] | None:
        """The next job of this worker's turn that is still planned (a shared batch)."""
        while self.cursor < len(self.turns):
            entry = self.turns[self.cursor]
            self.cursor += 1
            job = self.jobs.get(entry.id)
            if entry.id == taken or job is None:
                continue
            try:
                current = await self.journal.get(entry.id)
            except BrokenEntry:
                continue
            if current.state == "planned":
                return current, job
        return None

    async def _take_over_the_dead(self, group: Any, slots: Any, guarded: Any) -> None:
        """Once its own jobs are sent: the created jobs of workers that died."""
        for entry in await self.journal.recover():
            await self.emit("unknown", entry)
        for entry in await self.journal.to_finish():
            if entry.id in self.finishing:
                continue
            await slots.acquire()
            group.create_task(guarded(self.finish(entry), entry.id))

    async def _renew_lease(self) -> None:
        """Keep this worker's lease alive while the run lasts (a shared batch)."""
        assert not isinstance(self.journal, LocalJournal)  # a SharedJournal
        while not self.lease_done.is_set():
            await self.journal.heartbeat()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.lease_done.wait(), timeout=self.journal.lease / 3)

    async def send(self, entry: Entry, job: Job) -> None:
        """Create the job's task (marked sending first), then finish it.

        The order: credits admitted (see ``_credits``), a pacing slot taken, then the stop
        checked once more, so no create starts after the batch decided to stop. A 429 (the
        create was refused, nothing started) puts the job back to planned and tries again
        on a later slot, at most ``RATE_LIMITED_TRIES`` times a run.
        """
        op = self.operations[entry.operation]
        method = getattr(getattr(self.sender, op.family), op.name)
        async with self.send_gate:  # a shared batch: a few senders, each job checked first
            if self.journal.shared and (await self.journal.get(entry.id)).state != "planned":
                return  # another worker took it since this run listed the planned jobs
            for _ in range(RATE_LIMITED_TRIES):
                ticket = await self.ledger.admit(entry.operation)
                if ticket is None:
                    await self._budget_reached()
                    return
                try:
                    await self.client._take_create_slot()
                except BaseException:
                    self.ledger.release(ticket)
                    raise
                if self.stop_reason is not None:  # decided while this create waited its turn
                    self.ledger.release(ticket)
                    return
                taken = await self._claim_for_slot(entry, job, ticket)
                if taken is None:
                    return
                entry, job, ticket = taken
                op = self.operations[entry.operation]
                method = getattr(getattr(self.sender, op.family), op.name)
                try:
                    await self.emit("sending", entry)
                except BaseException:  # the callback failed: the create never left
                    await self.journal.move(entry.id, "planned", error="not sent: on_event raised")
                    self.ledger.release(ticket)
                    raise
                try:
                    created = await method(**job.params)
                except asyncio.CancelledError:
                    await self.journal.move(entry.id, "unknown", error="interrupted while sending")
                    self.ledger.unknown(ticket)
                    raise
                except RateLimitError as exc:
                    self.ledger.release(ticket)
                    entry = await self.journal.move(entry.id, "planned", error=str(exc))
                    if exc.retry_after:
                        await self.client._pause(min(exc.retry_after, MAX_RATE_LIMIT_WAIT))
                    continue
                except MusicAPIError as exc:
                    await self._refused(entry, exc, ticket)
                    return
                break
            else:
                await self.emit(
                    "planned", entry, "rate-limited on every try: left for the next run"
                )
                return
        entry = await self.journal.move(
            entry.id,
            "created",
            task_id=created.task_id,
            family=created.family,
            expected_clips=created.expected_clips,
        )
        await self.ledger.accepted(ticket)
        if entry.operation in self.ledger.measured:  # the journal keeps what it really cost
            entry = await self.journal.move(
                entry.id, "created", credits=self.ledger.measured[entry.operation]
            )
        await self.emit("created", entry)
        await self.finish(entry)

    async def _claim_for_slot(
        self, entry: Entry, job: Job, ticket: int
    ) -> tuple[Entry, Job, int] | None:
        """Claim ``entry`` for the slot just taken. In a shared batch, when another worker
        took it, the slot is still this worker's: it goes to the next job still planned
        (whose own turn then finds it taken). None: nothing to send on this slot."""
        claimed = await self._claim(entry, ticket)
        while claimed is None and self.journal.shared and self.stop_reason is None:
            found = await self._next_planned(entry.id)
            if found is None:
                return None
            entry, job = found
            admitted = await self.ledger.admit(entry.operation)
            if admitted is None:
                await self._budget_reached()
                return None
            ticket = admitted
            claimed = await self._claim(entry, ticket)
        return None if claimed is None else (claimed, job, ticket)

    async def _claim(self, entry: Entry, ticket: int) -> Entry | None:
        """Mark the job sending (committed); None, its ticket released, when it is not this
        run's to send: another worker took it, the shared budget is reached, or Redis lost
        the batch (then the batch stops sending)."""
        try:
            claimed = await self.journal.claim(
                entry.id,
                budget=self.shared_budget,
                sends=entry.sends + 1,
                sent_at=time.time(),
                error=None,
            )
        except BudgetReached:  # every worker's committed credits, plus this job's
            self.ledger.release(ticket)
            await self._budget_reached()
            return None
        if claimed is None:  # another worker of a shared batch took it first
            self.ledger.release(ticket)
            if self.journal.lost:
                self.stop(LOST_STOP)
        return claimed

    async def _budget_reached(self) -> None:
        if self.stop_reason is not None:
            return
        if self.shared_budget is not None:
            assert not isinstance(self.journal, LocalJournal)  # a SharedJournal
            committed = await self.journal.committed()
            self.stop(
                f"budget: --max-credits {self.shared_budget:g} reached across the batch's "
                f"workers ({committed:g} committed, estimated); the rest stays planned"
            )
            return
        budget = self.ledger.budget or 0.0
        self.stop(
            f"budget: --max-credits {budget:g} reached ({self.ledger.spent:g} spent"
            + (", measured on the balance" if self.ledger.measuring else ", estimated")
            + "); the rest stays planned"
        )

    async def _refused(self, entry: Entry, exc: MusicAPIError, ticket: int) -> None:
        """Where a create that raised goes: unknown, rejected, or back to planned."""
        if exc.outcome_unknown:
            state = "unknown"
            self.ledger.unknown(ticket)
        elif isinstance(exc, APIStatusError | InvalidRequestError):
            state = "rejected"
            self.ledger.refused(ticket)
        elif isinstance(exc, BudgetExceededError):  # the client's spend limit: not sent
            state = "planned"
            self.ledger.release(ticket)
            self.stop(f"stopped sending: {exc.message}")
        else:  # provably never sent (e.g. connection refused): send it next time
            state = "planned"
            self.ledger.release(ticket)
            self.stop(f"stopped sending: the API could not be reached ({exc})")
        if isinstance(exc, InsufficientCreditsError):
            self.stop("stopped sending: the account has too few credits left")
        elif isinstance(exc, SubscriptionRequiredError):
            self.stop("stopped sending: the account has no active subscription")
        moved = await self.journal.move(entry.id, state, error=str(exc))
        await self.emit(state, moved)

    async def finish(self, entry: Entry) -> None:
        """Wait for the job's task and download its audio; commit the outcome."""
        self.finishing.add(entry.id)
        assert entry.task_id is not None
        assert entry.family is not None
        resource = getattr(self.client, entry.family)
        try:
            task: Task = await resource.wait(
                entry.task_id, timeout=self.wait_timeout, expected_clips=entry.expected_clips
            )
        except TaskFailedError as exc:
            clips = [_clip_row(c) for c in exc.task.clips]
            await self._settle(entry, "failed", clips=clips, error=str(exc))
            return
        except WaitTimeoutError as exc:
            await self._settle(entry, "created", error=f"{exc} (a rerun resumes the wait)")
            return
        except MusicAPIError as exc:
            lost = isinstance(exc, APIStatusError) and 400 <= exc.status_code < 500
            await self._settle(entry, "failed" if lost else "created", error=str(exc))
            return
        clips = [_clip_row(c) for c in task.clips]
        files: list[str] = []
        if entry.download:
            try:
                files = await self._download(entry, task)
            except MusicAPIError as exc:
                await self._settle(entry, "created", clips=clips, error=f"download: {exc}")
                return
            if self.provenance:  # every file of it was marked as it was written
                clips = [{**row, "provenance": bool(row["audio_url"])} for row in clips]
        await self._settle(
            entry, "done", clips=clips, files=files, error=None, finished_at=time.time()
        )

    async def _download(self, entry: Entry, task: Task) -> list[str]:
        """Fetch each clip; a file counts as downloaded only if this job's journal row
        says this job wrote it (each file is journaled as soon as it is complete)."""
        folder = self.out / AUDIO
        folder.mkdir(parents=True, exist_ok=True)
        written = list(entry.files)
        files = []
        for n, clip in enumerate((c for c in task.clips if c.audio_url), 1):
            assert clip.audio_url is not None
            stem = f"{entry.stem}-{n}"
            kept = next((f for f in written if Path(f).name.startswith(stem + ".")), None)
            if kept is not None and (self.out / kept).exists():
                files.append(kept)
                continue
            target = folder / f"{stem}{_suffix(clip.audio_url)}"
            final = await self.client.download(clip, target, provenance=self.provenance)
            name = str(final.relative_to(self.out))
            if name not in written:
                written = [f for f in written if f != kept] + [name]
                await self.journal.move(entry.id, "created", files=written)
            files.append(name)
        return files

    async def _settle(self, entry: Entry, state: str, **fields: Any) -> None:
        moved = await self.journal.move(entry.id, state, **fields)
        # Back to created: the task exists, its wait or downloads are for the next run.
        await self.emit("incomplete" if state == "created" else state, moved)


async def _no_balance() -> float | None:
    """A shared batch's workers do not measure: each would see the others' charges."""
    return None


async def _balance(client: AsyncMusicAPI) -> float | None:
    try:
        answer = await client.credits.get()
    except MusicAPIError:
        return None
    total = (answer.credits or 0) + (getattr(answer, "extra_credits", 0) or 0)
    return float(total)


SHARED_MARK = "shared-batch.txt"  # in a shared batch worker's --out: the batch it ran
LOST_STOP = (
    "stopped sending: Redis no longer holds this shared batch (flushed, restarted without "
    "persistence, or evicted); what this worker created is finished from its own record"
)


def _check_shared_mark(folder: Path, key: str | None, known: bool, record: Path) -> None:
    """A worker's --out remembers the shared batch it ran. Joining it again when Redis no
    longer has it (flushed, or another server), or running it without Redis, would send
    every job again: refused, saying how to restore it from the workers' records."""
    mark = folder / SHARED_MARK
    if not mark.is_file():
        return
    ran = mark.read_text(encoding="utf-8").strip()
    if key is None:
        raise JournalError(
            f"this directory ran shared batch {ran} through Redis: run it with --redis "
            "(without it, jobs other workers sent would be sent again)"
        )
    if ran == key and not known:
        raise JournalError(
            f"this directory ran shared batch {key}, which Redis no longer holds (flushed, "
            "or another server): sending its jobs again could start them twice. Rebuild it "
            "from every worker's record first: musicapi batch restore JOBS --redis URL "
            f"{_worker_dirs(record, folder)}; then run the workers again"
        )


def _worker_dirs(record: Path, folder: Path) -> str:
    """The --out directories a worker's record names (its own first), for a message."""
    from musicapi_client.batch._record import WorkerRecord

    dirs = [str(folder)]
    if record.is_file():
        try:
            kept = WorkerRecord(record)
        except JournalError:
            return str(folder)
        try:
            dirs += [out for out, _ in kept.workers().values() if out and out not in dirs]
        finally:
            kept.close()
    return " ".join(dirs)


async def _open_shared(
    link: Any, folder: Path, jobs: list[Job]
) -> tuple[SharedJournal, WorkerRecord]:
    """The shared journal of ``jobs`` in Redis, joined, with this worker's record beside it."""
    from musicapi_client.batch._record import RECORD, WorkerRecord
    from musicapi_client.batch._shared_journal import SharedJournal, batch_key

    key = batch_key(jobs)
    probe = SharedJournal(link, key, str(folder.resolve()))
    _check_shared_mark(folder, key, await probe.known(), folder / RECORD)
    record = WorkerRecord(folder / RECORD)
    journal = SharedJournal(link, key, str(folder.resolve()), record)
    (folder / SHARED_MARK).write_text(key + "\n", encoding="utf-8")
    await journal.join()
    return journal, record


def _check_concurrency(concurrency: object) -> int:
    if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
        raise InvalidRequestError(
            f"concurrency must be an int >= 1, got {concurrency!r}", field="concurrency"
        )
    return concurrency


def _check_number(name: str, value: object, *, low: float, optional: bool) -> float | None:
    if value is None and optional:
        return None
    if not is_finite_number(value) or value < low:
        raise InvalidRequestError(f"{name} must be a number >= {low:g}, got {value!r}", field=name)
    return float(value)


def _check_client(client: object) -> AsyncMusicAPI | None:
    from musicapi_client._async_client import AsyncClient

    if client is not None and not isinstance(client, AsyncClient):
        raise InvalidRequestError(
            f"a batch runs on an AsyncMusicAPI, got {type(client).__name__}: pass "
            "musicapi_client.AsyncMusicAPI(...) (batch.run drives it from sync code)",
            field="client",
        )
    return client  # type: ignore[return-value]


async def arun(
    jobs: str | os.PathLike[str] | list[Job],
    out: str | os.PathLike[str],
    *,
    client: AsyncMusicAPI | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_credits: float | None = None,
    resubmit_unknown: bool = False,
    wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_event: OnEvent | None = None,
    credit_prices: Mapping[str, float] | None = None,
    provenance: bool = False,
) -> BatchResult:
    """Run (or resume) the batch of ``jobs`` into ``out``; see :mod:`musicapi_client.batch`.

    ``provenance=True`` marks every downloaded file as AI-generated (see
    ``client.download``); the manifest says which were.

    ``credit_prices`` overrides the client's price table (itself the spec's estimates
    unless ``AsyncMusicAPI(credit_prices=...)``): it plans; what is spent is measured.
    Raises JobFileError (bad lines) or JournalError (changed jobs, a concurrent run)
    before anything is sent.
    """
    import musicapi_client  # the façade (this module is a leaf, like the CLI)

    concurrency = _check_concurrency(concurrency)
    budget = _check_number("max_credits", max_credits, low=0, optional=True)
    timeout = _check_number("wait_timeout", wait_timeout, low=1, optional=False)
    assert timeout is not None
    given = _check_client(client)
    client = given or musicapi_client.AsyncMusicAPI()
    options: dict[str, Any] = {
        "concurrency": concurrency,
        "resubmit_unknown": resubmit_unknown,
        "on_event": on_event,
        "provenance": provenance,
    }
    if provenance:
        from musicapi_client._provenance import check_available

        check_available()  # before anything is sent
    try:
        prices = {**client.credit_prices, **check_prices(credit_prices, client.catalog())}
        loaded = jobs if isinstance(jobs, list) else load_jobs(jobs, client.catalog())
        folder = Path(out)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidRequestError(f"--out {out}: {exc}", field="out") from None
        with _exclusive(folder):
            return await _run_in(folder, client, loaded, budget, timeout, prices, options)
    finally:
        if given is None:
            await client.close()


async def _run_in(
    folder: Path,
    client: AsyncMusicAPI,
    jobs: list[Job],
    budget: float | None,
    timeout: float,
    prices: dict[str, float | None],
    options: dict[str, Any],
) -> BatchResult:
    """Open the batch's journal in ``folder`` (or in Redis), run it, write the manifest."""
    link = client._coordination()
    record: WorkerRecord | None = None
    journal: LocalJournal | SharedJournal
    lost = False
    if link is None:
        _check_shared_mark(folder, None, True, folder)
        lost = not (folder / JOURNAL).exists() and (folder / MANIFEST).exists()
        journal = LocalJournal(Journal(folder / JOURNAL))
    else:  # one batch for every worker that runs this job file with this Redis
        journal, record = await _open_shared(link, folder, jobs)
    try:
        result = await _run(
            journal,
            client,
            folder,
            jobs,
            max_credits=budget,
            wait_timeout=timeout,
            rebuild_from_manifest=lost,
            prices=prices,
            **options,
        )
    finally:
        # A shared batch Redis lost mid-run: the worker's record holds what it did.
        write_manifest(await journal.entries(), folder, shared=journal.shared)
        await journal.close()
        if record is not None:
            record.close()
    return result


async def _run(
    journal: LocalJournal | SharedJournal,
    client: AsyncMusicAPI,
    out: Path,
    jobs: list[Job],
    *,
    concurrency: int,
    max_credits: float | None,
    resubmit_unknown: bool,
    wait_timeout: float,
    on_event: OnEvent | None,
    rebuild_from_manifest: bool,
    prices: dict[str, float | None],
    provenance: bool = False,
) -> BatchResult:
    catalog = client.catalog()
    costs = prices
    await journal.plan(jobs, costs)
    if journal.shared:  # the budget is held by the shared journal; prices as estimated
        ledger = Ledger(_no_balance, costs, None)
    else:
        carried = await journal.credits_committed()
        ledger = Ledger(lambda: _balance(client), costs, max_credits, carried=carried)
    batch = _Batch(
        journal,
        client,
        out,
        jobs,
        concurrency=concurrency,
        ledger=ledger,
        wait_timeout=wait_timeout,
        on_event=on_event,
        provenance=provenance,
    )
    if journal.shared:
        batch.shared_budget = max_credits
    if rebuild_from_manifest and isinstance(journal, LocalJournal):
        families = {op.key: op.family for op in catalog.operations}
        await batch.emit("note", message=rebuild(journal.journal, out, jobs, families))
    for entry in await journal.recover():
        await batch.emit("unknown", entry)
    await _resubmit_or_list(batch, resubmit_unknown)
    await _note_broken(batch)
    absent = [e.id for e in await journal.entries("planned") if e.id not in batch.jobs]
    if absent:
        await batch.emit(
            "note",
            message=f"{len(absent)} planned job(s) are no longer in the job file and are "
            f"not sent: {_listed(absent)}",
        )
    await _refetch_missing(journal, out)
    planned = [e for e in await journal.entries("planned") if e.id in batch.jobs]
    needed = sum(ledger.price(entry.operation) for entry in planned)
    before = await ledger.start()
    if before is None and not journal.shared:
        await batch.emit(
            "note",
            message="could not read the account's credits"
            + ("; the budget is held on estimates only" if max_credits is not None else ""),
        )
    elif before is not None and needed > before:
        await batch.emit(
            "note",
            message=f"the account has {before:g} credits; the {len(planned)} planned job(s) "
            f"need about {needed:g}",
        )
    await batch.run()
    if batch.crashed:
        raise BatchError(
            f"the batch stopped ({'; '.join(batch.crashed[:3])}); every finished step is "
            "journaled: fix the cause and run it again to resume"
        )
    counts = await journal.counts()
    if journal.lost:  # the record holds this worker's jobs; the others' fate is unknown here
        counts["planned"] += max(0, len(batch.jobs) - sum(counts.values()))
        await batch.emit("note", message=_lost_note(journal, out))
    after = await _balance(client) if before is not None else None
    return BatchResult(
        out=out,
        counts=counts,
        credits_estimated=await journal.credits_committed(),
        balance_before=before,
        balance_after=after,
        notes=batch.notes,
        unknown=[entry.id for entry in await journal.entries("unknown")],
        prices=dict(ledger.measured),
    )


async def _refetch_missing(journal: LocalJournal | SharedJournal, out: Path) -> None:
    """Done jobs whose files went missing from this directory are fetched again. In a
    shared batch only this worker's own directory is looked at: another worker's files
    live in its --out (perhaps on another machine), which is not this one's to judge."""
    here = str(out.resolve())
    for entry in await journal.entries("done"):
        if not entry.download or (journal.shared and entry.out != here):
            continue
        if not all((out / name).exists() for name in entry.files):
            await journal.move(entry.id, "created", error="downloads missing: fetching them again")


def _lost_note(journal: LocalJournal | SharedJournal, out: Path) -> str:
    """What to do after Redis lost a shared batch under this worker."""
    return (
        f"Redis lost shared batch {getattr(journal, 'batch', '?')} mid-run: this worker's "
        f"manifest is written from its own record ({out / 'worker.sqlite'}); once every "
        "worker has stopped, rebuild the batch in Redis with `musicapi batch restore JOBS "
        "--redis URL DIR...` (every worker's --out), then run them again"
    )


async def _note_broken(batch: _Batch) -> None:
    """Jobs whose entry in Redis cannot be read are named once; the rest goes on."""
    broken = batch.journal.broken
    if broken:
        listed = _listed([f"{job_id} ({why})" for job_id, why in broken.items()])
        await batch.emit(
            "note",
            message=f"{len(broken)} job(s) have an unreadable entry in Redis and are left as "
            f"they are: {listed}",
        )


def _listed(ids: list[str]) -> str:
    return ", ".join(ids[:20]) + (" ..." if len(ids) > 20 else "")


async def _resubmit_or_list(batch: _Batch, resubmit_unknown: bool) -> None:
    """Jobs of unknown outcome: planned again when the user asks, else named."""
    unknown = await batch.journal.entries("unknown")
    if not unknown:
        return
    listed = _listed([entry.id for entry in unknown])
    if not resubmit_unknown:
        await batch.emit(
            "note",
            message=f"{len(unknown)} job(s) of unknown outcome are not sent again ({listed}): "
            "their create may have started a task; check the dashboard, then "
            "--resubmit-unknown",
        )
        return
    await batch.emit(
        "note", message=f"sending {len(unknown)} job(s) of unknown outcome again: {listed}"
    )
    for entry in unknown:
        await batch.emit("resubmit", await batch.journal.move(entry.id, "planned", error=None))


def run(
    jobs: str | os.PathLike[str] | list[Job],
    out: str | os.PathLike[str],
    *,
    client: AsyncMusicAPI | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    max_credits: float | None = None,
    resubmit_unknown: bool = False,
    wait_timeout: float = DEFAULT_WAIT_TIMEOUT,
    on_event: OnEvent | None = None,
    credit_prices: Mapping[str, float] | None = None,
    provenance: bool = False,
) -> BatchResult:
    """:func:`arun` from synchronous code (``client``, if given, is an AsyncMusicAPI)."""
    _check_client(client)
    return asyncio.run(
        arun(
            jobs,
            out,
            client=client,
            concurrency=concurrency,
            max_credits=max_credits,
            resubmit_unknown=resubmit_unknown,
            wait_timeout=wait_timeout,
            on_event=on_event,
            credit_prices=credit_prices,
            provenance=provenance,
        )
    )


def open_journal(out: str | os.PathLike[str]) -> Journal:
    """The journal of an existing batch directory (for ``batch status``)."""
    path = Path(out) / JOURNAL
    if not path.is_file():
        raise JournalError(f"{out} has no batch journal ({JOURNAL})")
    return Journal(path)


__all__ = ["BatchError", "BatchResult", "arun", "open_journal", "run", "write_manifest"]
