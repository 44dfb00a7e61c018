"""Spend limits: every call that costs credits reserves its price before it is sent.

``MusicAPI(max_credits=N)`` (and ``with_options(max_credits=..., budget="user-17")`` for
one end user or one tenant) holds a named budget. A create (or a priced call, an upload
say) reserves its price, the spec's dated estimate or the caller's ``credit_prices``,
before anything is sent; a reservation that would pass the limit is refused with
:class:`~musicapi_client.BudgetExceededError` (nothing sent, the outcome known). A call
that provably never started (refused by the server with a 4xx, or never connected) gives
its reservation back; a call whose outcome is unknown keeps it, as one that started does.

In one process the reservations live in memory, shared by a client's ``with_options``
copies. With ``redis_url`` they live in Redis, under the project's namespace, and each is
one atomic script: every process on the key holds the limit together. A budget counts
what was reserved since it began (or since :meth:`reset`); it is not a balance, and the
spec's prices are estimates: it holds a limit on what the client spends, as priced.
"""

from __future__ import annotations

import math
import re
import threading
from typing import TYPE_CHECKING, Any

from musicapi_client._errors import BudgetExceededError, ConfigurationError

if TYPE_CHECKING:
    from musicapi_client._redis import RedisLink

DEFAULT_BUDGET = "default"
EPSILON = 1e-9
_NAME = re.compile(r"[A-Za-z0-9_.:@-]{1,128}")

# KEYS[1]: the budget's reserved credits. ARGV: amount, limit. Returns {1 or 0, reserved}:
# 1 reserved (the total after), 0 refused (the total as it stays).
RESERVE = """
local reserved = tonumber(redis.call('GET', KEYS[1]) or '0')
local amount, limit = tonumber(ARGV[1]), tonumber(ARGV[2])
if reserved + amount > limit + 1e-9 then return {0, tostring(reserved)} end
return {1, redis.call('INCRBYFLOAT', KEYS[1], amount)}
"""
# KEYS[1]: the budget's reserved credits. ARGV: amount. Never below zero.
RELEASE = """
local reserved = tonumber(redis.call('GET', KEYS[1]) or '0')
local left = math.max(reserved - tonumber(ARGV[1]), 0)
redis.call('SET', KEYS[1], tostring(left))
return tostring(left)
"""


class BudgetStatus:
    """A budget as it stands: its name, limit (None: no limit), what is reserved, and
    what is left of the limit."""

    __slots__ = ("limit", "name", "reserved")

    def __init__(self, name: str, limit: float | None, reserved: float) -> None:
        self.name = name
        self.limit = limit
        self.reserved = reserved

    @property
    def left(self) -> float | None:
        """Credits that may still be reserved (None without a limit)."""
        return None if self.limit is None else max(self.limit - self.reserved, 0.0)

    def to_dict(self) -> dict[str, Any]:
        """The status as plain data (for JSON)."""
        return {
            "name": self.name,
            "limit": self.limit,
            "reserved": self.reserved,
            "left": self.left,
        }

    def __repr__(self) -> str:
        return f"BudgetStatus(name={self.name!r}, limit={self.limit}, reserved={self.reserved:g})"


def check_limit(value: object) -> float | None:
    """``max_credits``: None, or a finite number of credits >= 0."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise ConfigurationError("max_credits must be a finite number >= 0", option="max_credits")
    if value < 0:
        raise ConfigurationError("max_credits must be a finite number >= 0", option="max_credits")
    return float(value)


def check_name(name: object) -> str:
    """A budget's name: 1 to 128 letters, digits or ``_.:@-`` (a user id, a tenant)."""
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ConfigurationError(
            "budget must be 1 to 128 letters, digits or '_.:@-' (a user id, a tenant)",
            option="budget",
        )
    return name


def _refused(name: str, limit: float, reserved: float, amount: float, what: str) -> Exception:
    return BudgetExceededError(
        f"{what} would pass the spend limit of budget {name!r}: {reserved:g} of {limit:g} "
        f"credits reserved, {amount:g} more needed (nothing was sent)",
        budget=name,
        limit=limit,
        reserved=reserved,
        amount=amount,
    )


class LocalBudgets:
    """Reservations per budget name in this process, shared by a client's copies."""

    def __init__(self) -> None:
        self._reserved: dict[str, float] = {}
        self._lock = threading.Lock()

    def reserve(self, name: str, limit: float, amount: float, what: str) -> None:
        """Reserve ``amount`` of ``name``'s ``limit``, or BudgetExceededError."""
        with self._lock:
            reserved = self._reserved.get(name, 0.0)
            if reserved + amount > limit + EPSILON:
                raise _refused(name, limit, reserved, amount, what)
            self._reserved[name] = reserved + amount

    async def areserve(self, name: str, limit: float, amount: float, what: str) -> None:
        self.reserve(name, limit, amount, what)

    def release(self, name: str, amount: float) -> None:
        """Give back a reservation whose call provably never started."""
        with self._lock:
            self._reserved[name] = max(self._reserved.get(name, 0.0) - amount, 0.0)

    async def arelease(self, name: str, amount: float) -> None:
        self.release(name, amount)

    def reserved(self, name: str) -> float:
        with self._lock:
            return self._reserved.get(name, 0.0)

    async def areserved(self, name: str) -> float:
        return self.reserved(name)

    def reset(self, name: str) -> None:
        with self._lock:
            self._reserved.pop(name, None)

    async def areset(self, name: str) -> None:
        self.reset(name)


class RedisBudgets:
    """Reservations per budget name in Redis: one atomic script each, so every process
    of the project holds the limit together. Redis unreachable: a reservation is refused
    (the limit cannot be checked: nothing is sent), a release is retried by nobody (the
    credits stay reserved, the safe side)."""

    def __init__(self, link: RedisLink) -> None:
        self._link = link
        self._scripts: dict[str, Any] = {}

    def _key(self, name: str) -> str:
        return self._link.project_key("budget", name)

    def _script(self, kind: str, source: str, async_: bool) -> Any:
        key = f"{kind}:{async_}"
        if key not in self._scripts:
            server = self._link.asyncio() if async_ else self._link.sync()
            self._scripts[key] = server.register_script(source)
        return self._scripts[key]

    def _unavailable(self, name: str, exc: BaseException, what: str) -> Exception:
        self._link.failed("spend limits cannot be checked (calls are refused)", exc)
        return BudgetExceededError(
            f"{what} was not sent: the spend limit of budget {name!r} cannot be checked "
            f"(Redis at {self._link.name} is unreachable: {type(exc).__name__})",
            budget=name,
        )

    def reserve(self, name: str, limit: float, amount: float, what: str) -> None:
        from musicapi_client._redis._connection import errors

        try:
            ok, total = self._script("reserve", RESERVE, False)(
                keys=[self._key(name)], args=[amount, limit]
            )
        except errors() as exc:
            raise self._unavailable(name, exc, what) from None
        self._link.recovered()
        if not int(ok):
            raise _refused(name, limit, float(total), amount, what)

    async def areserve(self, name: str, limit: float, amount: float, what: str) -> None:
        from musicapi_client._redis._connection import errors

        try:
            ok, total = await self._script("reserve", RESERVE, True)(
                keys=[self._key(name)], args=[amount, limit]
            )
        except errors() as exc:
            raise self._unavailable(name, exc, what) from None
        self._link.recovered()
        if not int(ok):
            raise _refused(name, limit, float(total), amount, what)

    def release(self, name: str, amount: float) -> None:
        from musicapi_client._redis._connection import errors

        try:
            self._script("release", RELEASE, False)(keys=[self._key(name)], args=[amount])
        except errors() as exc:
            self._link.failed("a spend limit keeps a reservation it could give back", exc)

    async def arelease(self, name: str, amount: float) -> None:
        from musicapi_client._redis._connection import errors

        try:
            await self._script("release", RELEASE, True)(keys=[self._key(name)], args=[amount])
        except errors() as exc:
            self._link.failed("a spend limit keeps a reservation it could give back", exc)

    def reserved(self, name: str) -> float:
        return float(self._link.sync().get(self._key(name)) or 0)

    async def areserved(self, name: str) -> float:
        return float(await self._link.asyncio().get(self._key(name)) or 0)

    def reset(self, name: str) -> None:
        self._link.sync().delete(self._key(name))

    async def areset(self, name: str) -> None:
        await self._link.asyncio().delete(self._key(name))


Budgets = LocalBudgets | RedisBudgets


def budgets_for(link: RedisLink | None) -> Budgets:
    """Where a client's reservations live: in memory, or in its Redis."""
    return LocalBudgets() if link is None else RedisBudgets(link)


__all__ = [
    "DEFAULT_BUDGET",
    "BudgetStatus",
    "Budgets",
    "LocalBudgets",
    "RedisBudgets",
    "budgets_for",
    "check_limit",
    "check_name",
]
