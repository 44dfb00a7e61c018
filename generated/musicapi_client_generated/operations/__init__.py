# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""Every family of spec/musicapi.yaml as data for the runtime, each loaded on first use.

``CATALOG`` is what ``MusicAPI.catalog()`` returns: its ``families`` load a family's module
(``operations/sonic.py``, ...: its operations, endpoints and models) when it is first asked
for; the error kinds, webhook events and the spec itself are here.
"""

from __future__ import annotations

import functools
import importlib
import json
from importlib import resources
from typing import Any

from musicapi_client._operation import Catalog, ErrorKind, Families, Family, Operation

from .. import models

FAMILY_NAMES = (
    "sonic",
    "riffusion",
    "studio",
    "lyrics",
    "nuro",
    "producer",
    "credits",
)


def _family(name: str) -> Family:
    family: Family = getattr(importlib.import_module(f"{__name__}.{name}"), name.upper())
    return family


@functools.cache
def spec() -> dict[str, Any]:
    """The spec itself (a JSON copy of spec/musicapi.yaml, bundled in this package)."""
    package = __name__.rpartition(".")[0]
    text = resources.files(package).joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


WEBHOOK_EVENTS: dict[str, str] = {
    "song.completed": "succeeded",
    "song.failed": "failed",
    "song.streaming": "streaming",
}

# The documented error answers the client tells apart (x-error-kinds in the spec).
# fmt: off
ERROR_KINDS = (
    ErrorKind(403, 'insufficient_credits', 'credits are not enough', 'insufficient_credits', None, "Buy a credit pack or subscribe, or lower the batch's --max-credits."),
    ErrorKind(403, 'no_subscription', 'do not have an active subscription', 'subscription_required', None, 'Renew the MusicAPI subscription (check that its payment went through).'),
    ErrorKind(403, 'copyright', 'copyrighted content', 'content_policy', 'copyright', 'Use original lyrics; the message quotes the passage that was refused.'),
    ErrorKind(403, 'inappropriate', 'inappropriate content', 'content_policy', 'inappropriate', 'Rewrite the lyrics without the passage the message quotes.'),
    ErrorKind(403, 'moderation', 'needs moderation review', 'content_policy', 'moderation', 'Rephrase the song description (gpt_description_prompt), or wait for the review.'),
)
# fmt: on

CATALOG = Catalog(
    families=Families(FAMILY_NAMES, _family),
    spec=spec,
    error_kinds=ERROR_KINDS,
    webhook_events=WEBHOOK_EVENTS,
    webhook_payload=models.WebhookPayload,
)


def __getattr__(name: str) -> Any:
    """``FAMILIES`` and ``OPERATIONS``: every family and operation by name (loads them all)."""
    if name == "FAMILIES":
        return dict(CATALOG.families)
    if name == "OPERATIONS":
        operations: dict[str, Operation] = {op.key: op for op in CATALOG.operations}
        return operations
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
