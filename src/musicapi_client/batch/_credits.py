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

``max_credits`` is a named budget of the client's spend limits (``batch.<id>``, see
:func:`budget_name`): a create is admitted by reserving its price there, one that never
started gives it back, and each balance read settles the reservations it covers to what
the balance says they cost. So the budget holds what the ledger counts (spent, measured,
plus every create in flight), and ``client.budget(name)`` shows it.
"""

from __future__ import annotations

import asyncio
import hashlib
import itertools
import sys
from typing import TYPE_CHECKING

from musicapi_client._budget import LocalBudgets
from musicapi_client._errors import BudgetExceededError

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable, Mapping

EPSILON = 1e-9
UNLIMITED = sys.float_info.max  # a charge already made is recorded whatever the limit


def budget_name(identity: str) -> str:
    """The named budget a batch's ``max_credits`` is held in: ``batch.`` and a digest of
    what identifies the batch (a shared batch's key, a local batch's directory)."""
    return "batch." + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]


class BatchBudget:
    """A batch's ``max_credits`` as a named budget of the client's in-process spend
    limits (a local batch's; a shared batch's lives in Redis, with its journal)."""

    def __init__(self, budgets: LocalBudgets, name: str, limit: float) -> None:
        self.budgets = budgets
        self.name = name
        self.limit = limit

    def begin(self, carried: float) -> None:
        """Start from what earlier runs of the batch spent (its journal says)."""
        self.budgets.reset(self.name)
        self.charge(carried)

    def take(self, amount: float) -> bool:
        """Reserve ``amount``; False when it would pass the limit."""
        try:
            self.budgets.reserve(self.name, self.limit, amount, "a batch create")
        except BudgetExceededError:
            return False
        return True

    def give(self, amount: float) -> None:
        """Give back a reservation whose create never started."""
        if amount > 0:
            self.budgets.release(self.name, amount)

    def charge(self, amount: float) -> None:
        """Record credits already spent (a measured price above the reserved one)."""
        if amount > 0:
            self.budgets.reserve(self.name, UNLIMITED, amount, "a batch's measured spend")


class Ledger:
    """Admits creates against a budget and the balance; learns prices from the balance."""

    def __init__(
        self,
        read_balance: Callable[[], Awaitable[float | None]],
        estimates: Mapping[str, float | None],
        budget: float | None,
        *,
        carried: float = 0.0,
        held: BatchBudget | None = None,
    ) -> None:
        self._read = read_balance
        self.estimates = dict(estimates)
        self.budget = budget
        self.carried = carried  # credits of earlier runs of this batch (journaled)
        # The named budget that holds ``budget``; without one, the ledger's own count.
        self.held = held or BatchBudget(
            LocalBudgets(), "batch", UNLIMITED if budget is None else budget
        )
        self.held.begin(carried)
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
            busy = bool(self._flying or self._answered)
            learning = self.measuring and operation not in self.measured
            fits_balance = self.balance is None or self.balance - self._pending() >= price - EPSILON
            ready = self._learner is None and fits_balance and not (learning and busy)
            # Not ready but alone: at the balance's edge the server decides (a 403 stops
            # the batch). Either way the budget reserves the price, or refuses it.
            if ready or not busy:
                if self.held.take(price):
                    break
                if not busy:
                    return None  # the budget is reached, and nothing in flight will free it
            await self._changed.wait()
        ticket = next(self._tickets)
        self._flying[ticket] = (operation, price)
        self._admitted += 1
        if learning:
            self._learner = ticket
        return ticket

    def release(self, ticket: int) -> None:
        """The create was not sent after all (stopping, a 429, no connection)."""
        self._give_back(ticket)

    def refused(self, ticket: int) -> None:
        """The API refused the create (a 4xx): nothing was charged."""
        self._give_back(ticket)

    def _give_back(self, ticket: int) -> None:
        found = self._drop(ticket)
        if found is not None:
            self.held.give(found[1])

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
            drop = self.balance - balance
            if alone and admitted == self._admitted and not self._flying and drop >= 0:
                self.measured[covered[0][1]] = round(drop, 6)
            self.balance = balance
            # The covered creates were reserved at their prices: what the balance says
            # they cost replaces that (as ``spent`` now counts it).
            settled = drop - sum(p for _, _, p in covered)
            self.held.charge(settled)
            self.held.give(-settled)

    def stop(self, reason: str) -> None:
        """No create starts from now on; waiting senders return None."""
        if self.stopped is None:
            self.stopped = reason
        self._notify()


__all__ = ["BatchBudget", "Ledger", "budget_name"]
