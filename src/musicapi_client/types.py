"""The public data types: every pydantic model generated from spec/musicapi.yaml.

``from musicapi_client.types import SonicClip, UploadResponse, Credits`` and so on. Importing
this module loads pydantic and the models (``import musicapi_client`` alone does not).
"""

from musicapi_client_generated import models as _models
from musicapi_client_generated.models import *  # noqa: F403

__all__ = sorted(  # noqa: PLE0605 - computed from the generated module
    name
    for name, value in vars(_models).items()
    if not name.startswith("_") and getattr(value, "__module__", None) == _models.__name__
)
