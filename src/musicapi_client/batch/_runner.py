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
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from musicapi_client._budget import LocalBudgets
from musicapi_client._errors import (
    InvalidRequestError,
    MusicAPIError,
)
from musicapi_client._prices import check_prices
from musicapi_client._validation import is_finite_number
from musicapi_client.batch._credits import BatchBudget, Ledger
from musicapi_client.batch._jobs import Job, load_jobs
from musicapi_client.batch._journal import (
    Journal,
    JournalError,
    LocalJournal,
)
from musicapi_client.batch._manifest import MANIFEST, BatchError, rebuild, write_manifest
from musicapi_client.batch._planning import Batch

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from musicapi_client import AsyncMusicAPI
    from musicapi_client.batch._record import WorkerRecord
    from musicapi_client.batch._shared_journal import SharedJournal
    from musicapi_client.batch._state import OnEvent

JOURNAL = "batch.sqlite"
LOCK = "batch.lock"
DEFAULT_CONCURRENCY = 64
DEFAULT_WAIT_TIMEOUT = 3600.0


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
    budget: str = ""  # the named budget max_credits is held in: client.budget(budget)

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
    await journal.plan(jobs, prices)
    if journal.shared:  # the budget is held by the shared journal; prices as estimated
        ledger = Ledger(_no_balance, prices, None)
    else:
        carried = await journal.credits_committed()
        held = None  # max_credits as a named budget of the client's (in process: no Redis)
        budgets = client._spend_limits()
        if max_credits is not None and isinstance(budgets, LocalBudgets):
            held = BatchBudget(budgets, journal.budget, max_credits)
        ledger = Ledger(lambda: _balance(client), prices, max_credits, carried=carried, held=held)
    batch = Batch(
        journal,
        client,
        out,
        jobs,
        concurrency=concurrency,
        ledger=ledger,
        max_credits=max_credits,
        wait_timeout=wait_timeout,
        on_event=on_event,
        provenance=provenance,
    )
    await _before_sending(batch, rebuild_from_manifest, resubmit_unknown)
    before = await _opening_balance(batch, max_credits)
    await batch.run()
    if batch.crashed:
        raise BatchError(
            f"the batch stopped ({'; '.join(batch.crashed[:3])}); every finished step is "
            "journaled: fix the cause and run it again to resume"
        )
    return await _result(batch, before)


async def _before_sending(
    batch: Batch, rebuild_from_manifest: bool, resubmit_unknown: bool
) -> None:
    """What a run settles before it sends: the journal rebuilt from the manifest if asked,
    creates a crash left in flight made unknown, jobs gone from the file listed, files
    gone from the directory fetched again."""
    journal, out = batch.journal, batch.out
    if rebuild_from_manifest and isinstance(journal, LocalJournal):
        families = {op.key: op.family for op in batch.client.catalog().operations}
        await batch.emit(
            "note", message=rebuild(journal.journal, out, list(batch.jobs.values()), families)
        )
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


async def _opening_balance(batch: Batch, max_credits: float | None) -> float | None:
    """The account's balance before the first create (None: it could not be read), with a
    note when it cannot be read or looks too small for what is planned."""
    journal, ledger = batch.journal, batch.ledger
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
    return before


async def _result(batch: Batch, before: float | None) -> BatchResult:
    """What the run left behind, with the balance after it when the one before was read."""
    journal = batch.journal
    counts = await journal.counts()
    if journal.lost:  # the record holds this worker's jobs; the others' fate is unknown here
        counts["planned"] += max(0, len(batch.jobs) - sum(counts.values()))
        await batch.emit("note", message=_lost_note(journal, batch.out))
    after = await _balance(batch.client) if before is not None else None
    return BatchResult(
        out=batch.out,
        counts=counts,
        credits_estimated=await journal.credits_committed(),
        balance_before=before,
        balance_after=after,
        notes=batch.notes,
        unknown=[entry.id for entry in await journal.entries("unknown")],
        prices=dict(batch.ledger.measured),
        budget=journal.budget,
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


async def _note_broken(batch: Batch) -> None:
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


async def _resubmit_or_list(batch: Batch, resubmit_unknown: bool) -> None:
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
