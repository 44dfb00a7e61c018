"""A local, stateful mock of MusicAPI, driven by the bundled spec.

Start it from Python (``with MockServer() as mock: ...``), from pytest (the
``musicapi_mock`` fixture in :mod:`musicapi.testing`), or from a shell
(``musicapi mock`` / ``python -m musicapi.mock``). It serves every operation of the spec on
127.0.0.1, validates requests, keeps tasks and credits, serves real WAV audio and can
inject faults (429, 500, 503, html502, slow, drop, fail, stuck).
"""

try:
    from musicapi.mock._server import MockServer, free_port, serve_forever
    from musicapi.mock._state import FAULTS, MockConfig, MockState
except ImportError as exc:  # pragma: no cover - only without the [mock] extra
    raise ImportError(f"the mock needs: pip install 'musicapi-python[mock]' ({exc})") from exc

__all__ = ["FAULTS", "MockConfig", "MockServer", "MockState", "free_port", "serve_forever"]
