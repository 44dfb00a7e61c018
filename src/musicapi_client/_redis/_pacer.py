"""Pacing creates per API key across processes and machines, on the Redis server's clock.

One atomic reservation (a short Lua script) finds the earliest start at least ``spacing``
from every start already reserved for the key, in a sorted set, exactly as the in-process
:class:`~musicapi_client._pacing.Pacer` does in memory, and answers how long to wait for
it. Times are the Redis server's (``TIME``), so machines whose clocks disagree still space
their creates. A waiter that gives up removes its reservation. The set lives as long as
its furthest reservation (a create filling an earlier gap never shortens it). When Redis
cannot be reached, the in-process pacer takes over, with one warning, until it answers
again.
"""

from __future__ import annotations

import secrets
from typing import TYPE_CHECKING, Any

from musicapi_client._pacing import Pacer
from musicapi_client._redis._connection import errors, key_digest

if TYPE_CHECKING:
    from musicapi_client._clock import Clock
    from musicapi_client._redis._connection import RedisLink

# KEYS[1]: the key's reservations (member "<start>:<token>", score start in ms).
# ARGV[1]: spacing in ms; ARGV[2]: a token unique to this reservation.
# Returns {milliseconds to wait, member}.
RESERVE = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local spacing = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. (now - spacing))
local start = now
local taken = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
for i = 2, #taken, 2 do
  local s = tonumber(taken[i])
  if start + spacing <= s then break end
  if s + spacing > start then start = s + spacing end
end
local member = start .. ':' .. ARGV[2]
redis.call('ZADD', KEYS[1], start, member)
local furthest = tonumber(redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')[2])
redis.call('PEXPIRE', KEYS[1], furthest - now + 2 * spacing + 1000)
return {start - now, member}
"""


class RedisPacer:
    """The :class:`Pacer` of every process that shares an API key and a Redis server."""

    def __init__(self, link: RedisLink, api_key: str, interval: float) -> None:
        self.local = Pacer(interval)  # the fallback, and the interval's checks
        self.interval = self.local.interval
        self.spacing = self.local.spacing
        self._link = link
        self._key = link.project_key("pace", key_digest(api_key))
        self._sync_script: Any = None
        self._async_script: Any = None

    def _args(self) -> list[Any]:
        return [round(self.spacing * 1000), secrets.token_hex(8)]

    def reserve(self) -> tuple[float, bytes]:
        """Reserve the key's next slot: (seconds to wait for it, its member in Redis)."""
        if self._sync_script is None:
            self._sync_script = self._link.sync().register_script(RESERVE)
        wait_ms, member = self._sync_script(keys=[self._key], args=self._args())
        return int(wait_ms) / 1000, member

    async def areserve(self) -> tuple[float, bytes]:
        """Async twin of :meth:`reserve`."""
        if self._async_script is None:
            self._async_script = self._link.asyncio().register_script(RESERVE)
        wait_ms, member = await self._async_script(keys=[self._key], args=self._args())
        return int(wait_ms) / 1000, member

    def sleep_for_slot(self, clock: Clock) -> None:
        """Block until this key's next slot, across processes; give it back if interrupted."""
        if self.interval == 0:
            return
        try:
            wait, member = self.reserve()
        except errors() as exc:
            self._link.failed("creates are paced in this process alone", exc)
            self.local.sleep_for_slot(clock)
            return
        self._link.recovered()
        if wait > 0:
            try:
                clock.sleep(wait)
            except BaseException:
                self._give_back_sync(member)
                raise

    async def asleep_for_slot(self, clock: Clock) -> None:
        """Async twin of :meth:`sleep_for_slot` (redis.asyncio)."""
        if self.interval == 0:
            return
        try:
            wait, member = await self.areserve()
        except errors() as exc:
            self._link.failed("creates are paced in this process alone", exc)
            await self.local.asleep_for_slot(clock)
            return
        self._link.recovered()
        if wait > 0:
            try:
                await clock.asleep(wait)
            except BaseException:
                await self._give_back_async(member)
                raise

    def _give_back_sync(self, member: Any) -> None:
        try:
            self._link.sync().zrem(self._key, member)
        except errors():
            pass  # Redis is gone: the reservation expires with its key

    async def _give_back_async(self, member: Any) -> None:
        try:
            await self._link.asyncio().zrem(self._key, member)
        except errors():
            pass

    def __repr__(self) -> str:
        return f"RedisPacer(interval={self.interval:g}, redis={self._link.name})"
