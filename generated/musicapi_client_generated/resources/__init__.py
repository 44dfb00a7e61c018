# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""The resources, one module per docs section (``resources/sonic.py``, ...), each loaded
when its family is first used. Any class can be imported from here too."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .credits import (
        AsyncCreditsResource,
        AsyncCreditsResourceWithRawResponse,
        CreditsResource,
        CreditsResourceWithRawResponse,
    )
    from .lyrics import (
        AsyncLyricsResource,
        AsyncLyricsResourceWithRawResponse,
        LyricsResource,
        LyricsResourceWithRawResponse,
    )
    from .nuro import (
        AsyncNuroResource,
        AsyncNuroResourceWithRawResponse,
        NuroResource,
        NuroResourceWithRawResponse,
    )
    from .producer import (
        AsyncProducerResource,
        AsyncProducerResourceWithRawResponse,
        ProducerResource,
        ProducerResourceWithRawResponse,
    )
    from .riffusion import (
        AsyncRiffusionResource,
        AsyncRiffusionResourceWithRawResponse,
        RiffusionResource,
        RiffusionResourceWithRawResponse,
    )
    from .sonic import (
        AsyncSonicResource,
        AsyncSonicResourceWithRawResponse,
        SonicResource,
        SonicResourceWithRawResponse,
    )
    from .studio import (
        AsyncStudioResource,
        AsyncStudioResourceWithRawResponse,
        StudioResource,
        StudioResourceWithRawResponse,
    )

# Each class, by the module of its family.
_MODULES = {
    "SonicResource": "sonic",
    "AsyncSonicResource": "sonic",
    "SonicResourceWithRawResponse": "sonic",
    "AsyncSonicResourceWithRawResponse": "sonic",
    "RiffusionResource": "riffusion",
    "AsyncRiffusionResource": "riffusion",
    "RiffusionResourceWithRawResponse": "riffusion",
    "AsyncRiffusionResourceWithRawResponse": "riffusion",
    "StudioResource": "studio",
    "AsyncStudioResource": "studio",
    "StudioResourceWithRawResponse": "studio",
    "AsyncStudioResourceWithRawResponse": "studio",
    "LyricsResource": "lyrics",
    "AsyncLyricsResource": "lyrics",
    "LyricsResourceWithRawResponse": "lyrics",
    "AsyncLyricsResourceWithRawResponse": "lyrics",
    "NuroResource": "nuro",
    "AsyncNuroResource": "nuro",
    "NuroResourceWithRawResponse": "nuro",
    "AsyncNuroResourceWithRawResponse": "nuro",
    "ProducerResource": "producer",
    "AsyncProducerResource": "producer",
    "ProducerResourceWithRawResponse": "producer",
    "AsyncProducerResourceWithRawResponse": "producer",
    "CreditsResource": "credits",
    "AsyncCreditsResource": "credits",
    "CreditsResourceWithRawResponse": "credits",
    "AsyncCreditsResourceWithRawResponse": "credits",
}
__all__ = [
    "AsyncSonicResource",
    "AsyncSonicResourceWithRawResponse",
    "SonicResource",
    "SonicResourceWithRawResponse",
    "AsyncRiffusionResource",
    "AsyncRiffusionResourceWithRawResponse",
    "RiffusionResource",
    "RiffusionResourceWithRawResponse",
    "AsyncStudioResource",
    "AsyncStudioResourceWithRawResponse",
    "StudioResource",
    "StudioResourceWithRawResponse",
    "AsyncLyricsResource",
    "AsyncLyricsResourceWithRawResponse",
    "LyricsResource",
    "LyricsResourceWithRawResponse",
    "AsyncNuroResource",
    "AsyncNuroResourceWithRawResponse",
    "NuroResource",
    "NuroResourceWithRawResponse",
    "AsyncProducerResource",
    "AsyncProducerResourceWithRawResponse",
    "ProducerResource",
    "ProducerResourceWithRawResponse",
    "AsyncCreditsResource",
    "AsyncCreditsResourceWithRawResponse",
    "CreditsResource",
    "CreditsResourceWithRawResponse",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)
