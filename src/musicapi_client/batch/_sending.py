"""Sending a planned job's create: within the budget, on a pacing slot, never twice."""

from __future__ import annotations

import asyncio
import time
from typing import TYPE_CHECKING

from musicapi_client._errors import (
    APIStatusError,
    BudgetExceededError,
    InsufficientCreditsError,
    InvalidRequestError,
    MusicAPIError,
    RateLimitError,
    SubscriptionRequiredError,
)
from musicapi_client.batch._finishing import Finishing
from musicapi_client.batch._journal import BudgetReached, LocalJournal
from musicapi_client.batch._shared_journal import BrokenEntry

if TYPE_CHECKING:
    from musicapi_client.batch._jobs import Job
    from musicapi_client.batch._journal import Entry

RATE_LIMITED_TRIES = 20  # creates answered 429 (refused, nothing started), per job and run
MAX_RATE_LIMIT_WAIT = 60.0  # seconds: a longer Retry-After is cut to this
LOST_STOP = (
    "stopped sending: Redis no longer holds this shared batch (flushed, restarted without "
    "persistence, or evicted); what this worker created is finished from its own record"
)


class Sending(Finishing):
    """Creates: each job claimed (committed as sending) before its create leaves."""

    async def send(self, entry: Entry, job: Job) -> None:
        """Create the job's task (marked sending first), then finish it.

        The order: credits admitted (see ``_credits``), a pacing slot taken, then the stop
        checked once more, so no create starts after the batch decided to stop. A 429 (the
        create was refused, nothing started) puts the job back to planned and tries again
        on a later slot, at most ``RATE_LIMITED_TRIES`` times a run.
        """
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
