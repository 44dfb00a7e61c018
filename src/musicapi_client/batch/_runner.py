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
    InsufficientCreditsError,
    InvalidRequestError,
    MusicAPIError,
    RateLimitError,
    TaskFailedError,
    WaitTimeoutError,
)
from musicapi_client._prices import check_prices
from musicapi_client._validation import is_finite_number
from musicapi_client.batch._credits import Ledger
from musicapi_client.batch._jobs import Job, load_jobs
from musicapi_client.batch._journal import BudgetReached, Entry, Journal, JournalError
from musicapi_client.batch._manifest import MANIFEST, BatchError, rebuild, write_manifest

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from musicapi_client import AsyncMusicAPI
    from musicapi_client._task import Task
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
        journal: Journal | SharedJournal,
        client: AsyncMusicAPI,
        out: Path,
        jobs: list[Job],
        *,
        concurrency: int,
        ledger: Ledger,
        wait_timeout: float,
        on_event: OnEvent | None,
    ) -> None:
        self.journal = journal
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

    def emit(self, kind: str, entry: Entry | None = None, message: str = "") -> None:
        if kind == "note":
            self.notes.append(message)
        if self.on_event is not None:
            self.on_event(kind, entry, message, self.journal.counts())

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
            self.emit("note", message=self.stop_reason)

    async def _run(self, slots: asyncio.Semaphore, guarded: Any) -> None:
        async with asyncio.TaskGroup() as group:
            for entry in self.journal.to_finish():
                await slots.acquire()
                group.create_task(guarded(self.finish(entry), entry.id))
            for entry in self._in_turn(self.journal.entries("planned")):
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
        assert not isinstance(self.journal, Journal)  # a SharedJournal
        while True:
            async with asyncio.TaskGroup() as group:
                await self._take_over_the_dead(group, slots, guarded)
            if not self.journal.held_by_others():
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

    def _next_planned(self, taken: str) -> tuple[Entry, Job] | None:
        """The next job of this worker's turn that is still planned (a shared batch)."""
        while self.cursor < len(self.turns):
            entry = self.turns[self.cursor]
            self.cursor += 1
            job = self.jobs.get(entry.id)
            if entry.id == taken or job is None:
                continue
            current = self.journal.get(entry.id)
            if current.state == "planned":
                return current, job
        return None

    async def _take_over_the_dead(self, group: Any, slots: Any, guarded: Any) -> None:
        """Once its own jobs are sent: the created jobs of workers that died."""
        for entry in self.journal.recover():
            self.emit("unknown", entry)
        for entry in self.journal.to_finish():
            if entry.id in self.finishing:
                continue
            await slots.acquire()
            group.create_task(guarded(self.finish(entry), entry.id))

    async def _renew_lease(self) -> None:
        """Keep this worker's lease alive while the run lasts (a shared batch)."""
        assert not isinstance(self.journal, Journal)  # a SharedJournal
        while not self.lease_done.is_set():
            self.journal.heartbeat()
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
            if self.journal.shared and self.journal.get(entry.id).state != "planned":
                return  # another worker took it since this run listed the planned jobs
            for _ in range(RATE_LIMITED_TRIES):
                ticket = await self.ledger.admit(entry.operation)
                if ticket is None:
                    self._budget_reached()
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
                    self.emit("sending", entry)
                except BaseException:  # the callback failed: the create never left
                    self.journal.move(entry.id, "planned", error="not sent: on_event raised")
                    self.ledger.release(ticket)
                    raise
                try:
                    created = await method(**job.params)
                except asyncio.CancelledError:
                    self.journal.move(entry.id, "unknown", error="interrupted while sending")
                    self.ledger.unknown(ticket)
                    raise
                except RateLimitError as exc:
                    self.ledger.release(ticket)
                    entry = self.journal.move(entry.id, "planned", error=str(exc))
                    if exc.retry_after:
                        await self.client._pause(min(exc.retry_after, MAX_RATE_LIMIT_WAIT))
                    continue
                except MusicAPIError as exc:
                    self._refused(entry, exc, ticket)
                    return
                break
            else:
                self.emit("planned", entry, "rate-limited on every try: left for the next run")
                return
        entry = self.journal.move(
            entry.id,
            "created",
            task_id=created.task_id,
            family=created.family,
            expected_clips=created.expected_clips,
        )
        await self.ledger.accepted(ticket)
        if entry.operation in self.ledger.measured:  # the journal keeps what it really cost
            entry = self.journal.move(
                entry.id, "created", credits=self.ledger.measured[entry.operation]
            )
        self.emit("created", entry)
        await self.finish(entry)

    async def _claim_for_slot(
        self, entry: Entry, job: Job, ticket: int
    ) -> tuple[Entry, Job, int] | None:
        """Claim ``entry`` for the slot just taken. In a shared batch, when another worker
        took it, the slot is still this worker's: it goes to the next job still planned
        (whose own turn then finds it taken). None: nothing to send on this slot."""
        claimed = self._claim(entry, ticket)
        while claimed is None and self.journal.shared and self.stop_reason is None:
            found = self._next_planned(entry.id)
            if found is None:
                return None
            entry, job = found
            admitted = await self.ledger.admit(entry.operation)
            if admitted is None:
                self._budget_reached()
                return None
            ticket = admitted
            claimed = self._claim(entry, ticket)
        return None if claimed is None else (claimed, job, ticket)

    def _claim(self, entry: Entry, ticket: int) -> Entry | None:
        """Mark the job sending (committed); None, its ticket released, when it is not this
        run's to send: another worker took it, or the shared budget is reached."""
        try:
            claimed = self.journal.claim(
                entry.id,
                budget=self.shared_budget,
                sends=entry.sends + 1,
                sent_at=time.time(),
                error=None,
            )
        except BudgetReached:  # every worker's committed credits, plus this job's
            self.ledger.release(ticket)
            self._budget_reached()
            return None
        if claimed is None:  # another worker of a shared batch took it first
            self.ledger.release(ticket)
        return claimed

    def _budget_reached(self) -> None:
        if self.stop_reason is not None:
            return
        if self.shared_budget is not None:
            assert not isinstance(self.journal, Journal)  # a SharedJournal
            self.stop(
                f"budget: --max-credits {self.shared_budget:g} reached across the batch's "
                f"workers ({self.journal.committed():g} committed, estimated); the rest "
                "stays planned"
            )
            return
        budget = self.ledger.budget or 0.0
        self.stop(
            f"budget: --max-credits {budget:g} reached ({self.ledger.spent:g} spent"
            + (", measured on the balance" if self.ledger.measuring else ", estimated")
            + "); the rest stays planned"
        )

    def _refused(self, entry: Entry, exc: MusicAPIError, ticket: int) -> None:
        """Where a create that raised goes: unknown, rejected, or back to planned."""
        if exc.outcome_unknown:
            state = "unknown"
            self.ledger.unknown(ticket)
        elif isinstance(exc, APIStatusError | InvalidRequestError):
            state = "rejected"
            self.ledger.refused(ticket)
        else:  # provably never sent (e.g. connection refused): send it next time
            state = "planned"
            self.ledger.release(ticket)
            self.stop(f"stopped sending: the API could not be reached ({exc})")
        if isinstance(exc, InsufficientCreditsError):
            self.stop("stopped sending: the account has too few credits left")
        moved = self.journal.move(entry.id, state, error=str(exc))
        self.emit(state, moved)

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
            self._settle(entry, "failed", clips=clips, error=str(exc))
            return
        except WaitTimeoutError as exc:
            self._settle(entry, "created", error=f"{exc} (a rerun resumes the wait)")
            return
        except MusicAPIError as exc:
            lost = isinstance(exc, APIStatusError) and 400 <= exc.status_code < 500
            self._settle(entry, "failed" if lost else "created", error=str(exc))
            return
        clips = [_clip_row(c) for c in task.clips]
        files: list[str] = []
        if entry.download:
            try:
                files = await self._download(entry, task)
            except MusicAPIError as exc:
                self._settle(entry, "created", clips=clips, error=f"download: {exc}")
                return
        self._settle(entry, "done", clips=clips, files=files, error=None, finished_at=time.time())

    async def _download(self, entry: Entry, task: Task) -> list[str]:
        """Fetch each clip; a file counts as downloaded only if this job's journal row
        says this job wrote it (each file is journaled as soon as it is complete)."""
        folder = self.out / AUDIO
        folder.mkdir(parents=True, exist_ok=True)
        written = list(entry.files)
        files = []
        for n, clip in enumerate((c for c in task.clips if c.audio_url), 1):
            assert clip.audio_url is not None
            path = folder / f"{entry.stem}-{n}{_suffix(clip.audio_url)}"
            name = str(path.relative_to(self.out))
            if name not in written or not path.exists():
                await self.client.download(clip, path)
                if name not in written:
                    written.append(name)
                    self.journal.move(entry.id, "created", files=written)
            files.append(name)
        return files

    def _settle(self, entry: Entry, state: str, **fields: Any) -> None:
        moved = self.journal.move(entry.id, state, **fields)
        # Back to created: the task exists, its wait or downloads are for the next run.
        self.emit("incomplete" if state == "created" else state, moved)


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


def _remember_shared_batch(folder: Path, key: str, known: bool) -> None:
    """A worker's --out remembers the shared batch it ran. Joining it again when Redis no
    longer has it (flushed, or another server) would send every job again: refused."""
    mark = folder / SHARED_MARK
    if mark.is_file() and mark.read_text(encoding="utf-8").strip() == key and not known:
        raise JournalError(
            f"this directory ran shared batch {key}, which Redis no longer holds (flushed, "
            "or another server): sending its jobs again could start them twice. Check the "
            "manifests of its workers, then use a new --out (or remove "
            f"{SHARED_MARK}) to run it anyway"
        )
    mark.write_text(key + "\n", encoding="utf-8")


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
    from musicapi_client._base_client import AsyncClient

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
) -> BatchResult:
    """Run (or resume) the batch of ``jobs`` into ``out``; see :mod:`musicapi_client.batch`.

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
    try:
        prices = {**client.credit_prices, **check_prices(credit_prices, client.catalog())}
        loaded = jobs if isinstance(jobs, list) else load_jobs(jobs, client.catalog())
        folder = Path(out)
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InvalidRequestError(f"--out {out}: {exc}", field="out") from None
        with _exclusive(folder):
            link = client._coordination()
            lost = link is None and not (folder / JOURNAL).exists() and (folder / MANIFEST).exists()
            journal: Journal | SharedJournal
            if link is None:
                journal = Journal(folder / JOURNAL)
            else:  # one batch for every worker that runs this job file with this Redis
                from musicapi_client.batch._shared_journal import SharedJournal, batch_key

                key = batch_key(loaded)
                journal = SharedJournal(link, key, str(folder.resolve()))
                _remember_shared_batch(folder, key, journal.known())
            try:
                return await _run(
                    journal,
                    client,
                    folder,
                    loaded,
                    concurrency=concurrency,
                    max_credits=budget,
                    resubmit_unknown=resubmit_unknown,
                    wait_timeout=timeout,
                    on_event=on_event,
                    rebuild_from_manifest=lost,
                    prices=prices,
                )
            finally:
                # A shared journal Redis lost mid-run (a flush) would write an empty
                # manifest over this worker's record: keep the one it has.
                if not journal.shared or journal.known():
                    write_manifest(journal, folder)
                journal.close()
    finally:
        if given is None:
            await client.close()


async def _run(
    journal: Journal | SharedJournal,
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
) -> BatchResult:
    catalog = client.catalog()
    costs = prices
    journal.plan(jobs, costs)
    if journal.shared:  # the budget is held by the shared journal; prices as estimated
        ledger = Ledger(_no_balance, costs, None)
    else:
        ledger = Ledger(
            lambda: _balance(client), costs, max_credits, carried=journal.credits_committed()
        )
    batch = _Batch(
        journal,
        client,
        out,
        jobs,
        concurrency=concurrency,
        ledger=ledger,
        wait_timeout=wait_timeout,
        on_event=on_event,
    )
    if journal.shared:
        batch.shared_budget = max_credits
    if rebuild_from_manifest and isinstance(journal, Journal):
        families = {op.key: op.family for op in catalog.operations}
        batch.emit("note", message=rebuild(journal, out, jobs, families))
    for entry in journal.recover():
        batch.emit("unknown", entry)
    _resubmit_or_list(batch, resubmit_unknown)
    absent = [e.id for e in journal.entries("planned") if e.id not in batch.jobs]
    if absent:
        batch.emit(
            "note",
            message=f"{len(absent)} planned job(s) are no longer in the job file and are "
            f"not sent: {_listed(absent)}",
        )
    for entry in journal.entries("done"):
        if entry.download and not all((out / name).exists() for name in entry.files):
            journal.move(entry.id, "created", error="downloads missing: fetching them again")
    planned = [e for e in journal.entries("planned") if e.id in batch.jobs]
    needed = sum(ledger.price(entry.operation) for entry in planned)
    before = await ledger.start()
    if before is None and not journal.shared:
        batch.emit(
            "note",
            message="could not read the account's credits"
            + ("; the budget is held on estimates only" if max_credits is not None else ""),
        )
    elif before is not None and needed > before:
        batch.emit(
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
    after = await _balance(client) if before is not None else None
    return BatchResult(
        out=out,
        counts=journal.counts(),
        credits_estimated=journal.credits_committed(),
        balance_before=before,
        balance_after=after,
        notes=batch.notes,
        unknown=[entry.id for entry in journal.entries("unknown")],
        prices=dict(ledger.measured),
    )


def _listed(ids: list[str]) -> str:
    return ", ".join(ids[:20]) + (" ..." if len(ids) > 20 else "")


def _resubmit_or_list(batch: _Batch, resubmit_unknown: bool) -> None:
    """Jobs of unknown outcome: planned again when the user asks, else named."""
    unknown = [e for e in batch.journal.entries("unknown")]
    if not unknown:
        return
    listed = _listed([entry.id for entry in unknown])
    if not resubmit_unknown:
        batch.emit(
            "note",
            message=f"{len(unknown)} job(s) of unknown outcome are not sent again ({listed}): "
            "their create may have started a task; check the dashboard, then "
            "--resubmit-unknown",
        )
        return
    batch.emit("note", message=f"sending {len(unknown)} job(s) of unknown outcome again: {listed}")
    for entry in unknown:
        batch.emit("resubmit", batch.journal.move(entry.id, "planned", error=None))


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
        )
    )


def open_journal(out: str | os.PathLike[str]) -> Journal:
    """The journal of an existing batch directory (for ``batch status``)."""
    path = Path(out) / JOURNAL
    if not path.is_file():
        raise JournalError(f"{out} has no batch journal ({JOURNAL})")
    return Journal(path)


__all__ = ["BatchError", "BatchResult", "arun", "open_journal", "run", "write_manifest"]
