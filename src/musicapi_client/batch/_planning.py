"""Planning a run: which jobs are finished and which sent, in what order, until when."""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from musicapi_client import _tracing
from musicapi_client.batch._journal import Entry, LocalJournal
from musicapi_client.batch._sending import Sending
from musicapi_client.batch._shared_journal import BrokenEntry

OTHERS_POLL = 1.0  # seconds between looks at what the other workers of a batch still hold


class Batch(Sending):
    """One run: created jobs finished, planned ones sent, and in a shared batch the jobs
    of dead workers taken over until no live worker holds any."""

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
