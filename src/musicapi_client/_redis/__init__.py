"""Coordination across processes through Redis: pacing per API key, webhook deliveries
shared by every worker, batches on many machines.

Loaded only when a client is given ``redis_url=`` (or ``$MUSICAPI_REDIS_URL``, or an existing
redis-py client as ``redis=``); it needs the ``[redis]`` extra. What is stored: hashes of
API keys (never a key), reservation times, verified webhook payloads, batch job states;
never a secret. A password in the URL never appears in an error, a repr or a log line.
"""

from musicapi_client._redis._connection import RedisLink, redact_url

__all__ = ["RedisLink", "redact_url"]
