"""A local, stateful mock of MusicAPI, driven by the bundled spec.

Start it from Python (``with MockServer() as mock: ...``), from pytest (the
``musicapi_mock`` fixture in :mod:`musicapi_client.testing`), or from a shell
(``musicapi mock`` / ``python -m musicapi_client.mock``). It serves every operation of the spec on
127.0.0.1, validates requests, keeps tasks and credits, serves real WAV audio and can
inject faults (429, 500, 503, html502, slow, drop, fail, stuck).
"""

try:
    from musicapi_client.mock._server import MockServer, free_port, serve_forever
    from musicapi_client.mock._state import FAULTS, MockConfig, MockState
except ImportError as exc:  # pragma: no cover - only without the [mock] extra
    raise ImportError(f"the mock needs: pip install 'musicapi-client[mock]' ({exc})") from exc

__all__ = ["FAULTS", "MockConfig", "MockServer", "MockState", "free_port", "serve_forever"]
