"""What a batch may spend: planned with estimates, measured on the account's balance.

The spec's credit figures plan a batch but promise nothing (MusicAPI raised its prices on
2026-10-07 with no change to the API). So the balance, which is free to read, is read
before the first create and after every accepted one, and three rules hold:

- the first create of each operation goes out alone, and its price is measured (the
  balance before minus after); later creates of it are counted at that price;
- a create starts only if what was measured, plus every create in flight (sent, or
  accepted but not yet seen on the balance), plus its own price fits ``max_credits``;
  when it would not, it waits for the creates in flight to be measured and decides again;
- near the end of the balance creates go one at a time, so the server's 403 ("too few
  credits") is met once and stops the batch.

When the balance cannot be read the ledger falls back to the estimates alone (and says
so): then a budget holds only as well as the spec's figures.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Mapping

EPSILON = 1e-9


class Ledger:
    """Admits creates against a budget and the balance; learns prices from the balance."""

    def __init__(
        self,
        read_balance: Callable[[], Awaitable[float | None]],
        estimates: Mapping[str, float | None],
        budget: float | None,
        *,
        carried: float = 0.0,
    ) -> None:
        self._read = read_balance
        self.estimates = dict(estimates)
        self.budget = budget
        self.carried = carried  # credits of earlier runs of this batch (journaled)
        self.before: float | None = None
        self.balance: float | None = None
        self.measured: dict[str, float] = {}
        self.assumed = 0.0  # may have been charged, not visible on any balance read
        self.stopped: str | None = None
        self._flying: dict[int, tuple[str, float]] = {}
        self._answered: list[tuple[int, str, float]] = []
        self._learner: int | None = None
        self._tickets = itertools.count(1)
        self._admitted = 0
        self._changed = asyncio.Event()
        self._reading = asyncio.Lock()

    async def start(self) -> float | None:
        """Read the balance before the first create (None: it could not be read)."""
        self.before = self.balance = await self._read()
        return self.before

    @property
    def measuring(self) -> bool:
        """True when the balance could be read at the start."""
        return self.before is not None

    @property
    def spent(self) -> float:
        """Credits this batch has spent: measured on the balance, plus those assumed."""
        measured = 0.0
        if self.before is not None and self.balance is not None:
            measured = self.before - self.balance
        return self.carried + measured + self.assumed

    def price(self, operation: str) -> float:
        """What one create of ``operation`` costs: as measured, else as estimated."""
        if operation in self.measured:
            return self.measured[operation]
        return self.estimates.get(operation) or 0.0

    def _pending(self) -> float:
        return sum(p for _, p in self._flying.values()) + sum(p for _, _, p in self._answered)

    def _notify(self) -> None:
        self._changed.set()
        self._changed = asyncio.Event()

    async def admit(self, operation: str) -> int | None:
        """Wait until a create of ``operation`` may start; its ticket, or None to stop.

        None means the batch is stopping, or the budget is reached (``stopped`` says
        which only in the first case: the caller words the budget's note).
        """
        while True:
            if self.stopped is not None:
                return None
            price = self.price(operation)
            pending = self._pending()
            busy = bool(self._flying or self._answered)
            learning = self.measuring and operation not in self.measured
            fits_budget = self.budget is None or (
                self.spent + pending + price <= self.budget + EPSILON
            )
            fits_balance = self.balance is None or self.balance - pending >= price - EPSILON
            if self._learner is None and fits_budget and fits_balance and not (learning and busy):
                break
            if busy:
                await self._changed.wait()
                continue
            if not fits_budget:
                return None
            break  # at the balance's edge, alone: the server decides (a 403 stops the batch)
        ticket = next(self._tickets)
        self._flying[ticket] = (operation, price)
        self._admitted += 1
        if learning:
            self._learner = ticket
        return ticket

    def release(self, ticket: int) -> None:
        """The create was not sent after all (stopping, a 429, no connection)."""
        self._drop(ticket)

    def refused(self, ticket: int) -> None:
        """The API refused the create (a 4xx): nothing was charged."""
        self._drop(ticket)

    def unknown(self, ticket: int) -> None:
        """The create's outcome is unknown: count it as spent at its price."""
        found = self._drop(ticket)
        if found is not None:
            self.assumed += found[1]

    def _drop(self, ticket: int) -> tuple[str, float] | None:
        found = self._flying.pop(ticket, None)
        if self._learner == ticket:
            self._learner = None
        self._notify()
        return found

    async def accepted(self, ticket: int) -> None:
        """The create started a task: read the balance to see what it cost."""
        found = self._flying.pop(ticket, None)
        if found is None:
            return
        self._answered.append((ticket, *found))
        try:
            await self._settle(learner=self._learner == ticket)
        finally:
            if self._learner == ticket:
                self._learner = None
            self._notify()

    async def _settle(self, *, learner: bool) -> None:
        """Read the balance once for every create answered so far. A price is learnt only
        from a create that went out alone (the learner): the read before it and this one
        bracket exactly its charge. (Two creates in flight could both be charged before the
        first one's read, and the second read would see a drop of 0.)"""
        async with self._reading:  # one read at a time; each covers all answered before it
            covered = list(self._answered)
            if not covered:
                return
            alone = learner and len(covered) == 1 and not self._flying
            admitted = self._admitted
            try:
                balance = await self._read() if self.measuring else None
            except BaseException:
                balance = None
                raise
            finally:
                del self._answered[: len(covered)]
                if balance is None:
                    self.assumed += sum(p for _, _, p in covered)
            if balance is None or self.balance is None:
                return
            if alone and admitted == self._admitted and not self._flying:
                drop = self.balance - balance
                if drop >= 0:
                    self.measured[covered[0][1]] = round(drop, 6)
            self.balance = balance

    def stop(self, reason: str) -> None:
        """No create starts from now on; waiting senders return None."""
        if self.stopped is None:
            self.stopped = reason
        self._notify()


__all__ = ["Ledger"]
