# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""A client library for accessing MusicAPI"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
