"""A local, stateful mock of MusicAPI, driven by the bundled spec.

Start it from Python (``with MockServer() as mock: ...``), from pytest (the
``musicapi_mock`` fixture in :mod:`musicapi_client.testing`), or from a shell
(``musicapi mock`` / ``python -m musicapi_client.mock``). It serves every operation of the spec on
127.0.0.1, validates requests, keeps tasks and credits, serves real WAV audio and can
inject faults (429, 500, 503, html502, slow, drop, fail, stuck).
"""

from typing import Any

from musicapi_client._extras import install_hint

try:
    from musicapi_client.mock._server import MockServer, free_port, serve_forever
    from musicapi_client.mock._state import FAULTS, MockConfig, MockState
except ImportError as _missing:  # only without the [mock] extra: said when a name is used
    _MISSING = f"the mock needs the mock extra ({_missing.name or 'a module'} is missing): " + (
        install_hint("mock")
    )

    def __getattr__(name: str) -> Any:
        raise ImportError(_MISSING, name=name)


__all__ = ["FAULTS", "MockConfig", "MockServer", "MockState", "free_port", "serve_forever"]
