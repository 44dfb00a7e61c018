"""musicapi_client: a typed Python client for MusicAPI, generated from a hand-curated OpenAPI spec.

>>> import musicapi_client
>>> client = musicapi_client.MusicAPI()            # reads MUSICAPI_API_KEY
>>> song = client.sonic.create(
...     custom_mode=False, gpt_description_prompt="a sea shanty", mv="sonic-v4"
... )
>>> task = song.wait()                       # polls until both clips are ready
>>> [client.download(clip, "out/") for clip in task.clips]

The models live in :mod:`musicapi_client.types`; the local mock server in
:mod:`musicapi_client.mock`.

This module and :mod:`musicapi_client.types` are the façade: the only places where the
hand-written runtime imports the generated package (the client classes here, the models
there). Everything else reaches the runtime as data the generated code passes in.
"""

from typing import TYPE_CHECKING, Any

from musicapi_client._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BudgetExceededError,
    ClientClosedError,
    ConfigurationError,
    ContentPolicyError,
    GoneError,
    InsufficientCreditsError,
    InternalServerError,
    InvalidRequestError,
    MusicAPIError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    SubscriptionRequiredError,
    TaskFailedError,
    WaitTimeoutError,
    WebhookVerificationError,
)
from musicapi_client._response import APIResponse, AsyncAPIResponse
from musicapi_client._task import AsyncTaskCreated, Clip, Stem, Task, TaskCreated
from musicapi_client._version import __version__
from musicapi_client_generated.client import AsyncMusicAPI, MusicAPI

if TYPE_CHECKING:
    from musicapi_client._wait import PollSchedule
    from musicapi_client.webhooks._hub import AsyncWebhookHub, WebhookHub

# Loaded on first use, so ``import musicapi_client`` stays light (the hubs pull in the
# waiting and request machinery, the schedule the wait loop; make bench measures it).
_LAZY = {
    "WebhookHub": "musicapi_client.webhooks._hub",
    "AsyncWebhookHub": "musicapi_client.webhooks._hub",
    "PollSchedule": "musicapi_client._wait",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        value.__module__ = __name__
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIResponse",
    "AsyncMusicAPI",
    "AsyncTaskCreated",
    "AsyncWebhookHub",
    "AuthenticationError",
    "BadRequestError",
    "BudgetExceededError",
    "ClientClosedError",
    "Clip",
    "ConfigurationError",
    "ContentPolicyError",
    "GoneError",
    "InsufficientCreditsError",
    "InternalServerError",
    "InvalidRequestError",
    "MusicAPI",
    "MusicAPIError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollSchedule",
    "RateLimitError",
    "Stem",
    "SubscriptionRequiredError",
    "Task",
    "TaskCreated",
    "TaskFailedError",
    "WaitTimeoutError",
    "WebhookHub",
    "WebhookVerificationError",
    "__version__",
]

# Tracebacks, reprs and docs name the public path (musicapi_client.RateLimitError), not
# the private module a class lives in, as openai-python and httpx2 do.
for _name in __all__:
    _value = globals().get(_name)  # the lazy hubs set theirs in musicapi_client.webhooks
    if isinstance(_value, type):
        _value.__module__ = __name__
del _name, _value
