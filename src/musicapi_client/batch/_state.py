"""A batch run's state: what the planning, sending and finishing layers share.

A run is one object, built in layers, each in its own module and each using only the
layers below it: :class:`BatchState` (here: the journal, the client, the ledger, events),
``_finishing.Finishing`` (waits and downloads), ``_sending.Sending`` (creates, within the
budget and the pacing) and ``_planning.Batch`` (what runs when).
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from musicapi_client import AsyncMusicAPI
    from musicapi_client.batch._credits import Ledger
    from musicapi_client.batch._jobs import Job
    from musicapi_client.batch._journal import Entry, LocalJournal
    from musicapi_client.batch._shared_journal import SharedJournal

SHARED_SENDERS = 4  # creates of a shared batch's worker waiting for a slot at once


class OnEvent(Protocol):
    """Told of every state change: the kind (a state, or ``note`` with a message), the
    job, and the journal's counts per state right after it."""

    def __call__(
        self, kind: str, entry: Entry | None, message: str, counts: dict[str, int]
    ) -> None: ...


class BatchState:
    """One run over an open journal: its settings and what it has learnt so far."""

    def __init__(
        self,
        journal: LocalJournal | SharedJournal,
        client: AsyncMusicAPI,
        out: Path,
        jobs: list[Job],
        *,
        concurrency: int,
        ledger: Ledger,
        max_credits: float | None,
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
        self.shared_budget = max_credits if journal.shared else None
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
