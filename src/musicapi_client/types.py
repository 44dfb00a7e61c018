"""The public data types: every pydantic model generated from spec/musicapi.yaml.

``from musicapi_client.types import SonicClip, UploadResponse, Credits`` and so on. Importing
this module loads pydantic and every family's models (``import musicapi_client`` alone does
not, and a call loads only its own family's).
"""

from musicapi_client_generated import models as _models
from musicapi_client_generated.models import *  # noqa: F403

__all__ = list(_models.__all__)
