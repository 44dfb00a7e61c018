"""MusicAPI's webhook deliveries: verification, waits that end on them, a local receiver.

- :func:`unwrap` / :class:`Webhooks` (``client.webhooks``): verify a delivery on its raw
  bytes and read it as the poll's :class:`~musicapi_client.Task` (``_verify``);
- :class:`WebhookHub` / :class:`AsyncWebhookHub`: waits that deliveries end, polling only
  as the fallback (``_hub``, loaded on first use);
- ``musicapi webhooks listen``: a local receiver for development (``_listen`` and ``_cli``,
  which need the ``[mock]`` extra).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from musicapi_client.webhooks import _verify
from musicapi_client.webhooks._verify import (
    DEFAULT_TOLERANCE,
    MAX_PAYLOAD_BYTES,
    Headers,
    WebhookEvent,
    Webhooks,
    sign,
)

if TYPE_CHECKING:
    from musicapi_client._operation import Catalog
    from musicapi_client.webhooks._hub import AsyncWebhookHub, WebhookHub


def unwrap(
    payload: bytes | str,
    headers: Headers,
    secret: str,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    allow_legacy: bool = False,
    max_bytes: int = MAX_PAYLOAD_BYTES,
    now: float | None = None,
    catalog: Catalog | None = None,
) -> WebhookEvent:
    """Verify a delivery (raw body, headers in any case) with ``secret``; return its event.

    ``tolerance`` bounds how far the signed timestamp may be from ``now`` (seconds, both
    ways). Raises WebhookVerificationError naming the failed check, before any parsing.
    ``catalog`` says how each family's answers read (default: ``MusicAPI.catalog()``, read
    through the façade; ``client.webhooks.unwrap`` passes its client's).
    """
    if catalog is None:
        from musicapi_client import MusicAPI

        catalog = MusicAPI.catalog()
    return _verify.unwrap(
        payload,
        headers,
        secret,
        tolerance=tolerance,
        allow_legacy=allow_legacy,
        max_bytes=max_bytes,
        now=now,
        catalog=catalog,
    )


_LAZY = {"WebhookHub", "AsyncWebhookHub"}  # the hubs pull in the waiting machinery


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from musicapi_client.webhooks import _hub

        value = getattr(_hub, name)
        value.__module__ = "musicapi_client"  # its public path (also musicapi_client.WebhookHub)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


for _value in (WebhookEvent, Webhooks):
    _value.__module__ = __name__
del _value

__all__ = [
    "DEFAULT_TOLERANCE",
    "MAX_PAYLOAD_BYTES",
    "AsyncWebhookHub",
    "Headers",
    "WebhookEvent",
    "WebhookHub",
    "Webhooks",
    "sign",
    "unwrap",
]
