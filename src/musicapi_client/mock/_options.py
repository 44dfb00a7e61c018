"""The mock's options, shared by ``musicapi mock`` and ``python -m musicapi_client.mock``.

Each option is declared once here; :func:`config` checks the values and turns them into
keyword arguments of :func:`musicapi_client.mock.serve_forever` (ValueError names a bad one).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from musicapi_client.mock._state import FAULTS, parse_faults

API_VERSIONS = ("2026", "2025-06")


@dataclass(frozen=True)
class Option:
    """One option: ``--name`` on the command line, ``name`` in the code."""

    name: str
    type: type
    default: Any
    help: str

    @property
    def flag(self) -> str:
        """``--generation-seconds`` for ``generation_seconds``."""
        return "--" + self.name.replace("_", "-")


OPTIONS = (
    Option("host", str, "127.0.0.1", "Interface to listen on."),
    Option("port", int, 8765, "TCP port (0 to 65535)."),
    Option("speed", float, 1.0, "Time scale: 10 = ten times faster."),
    Option(
        "faults", str, "none", f"Fault profile, e.g. 429,html502 ({', '.join(sorted(FAULTS))})."
    ),
    Option("api_key", str, "mock-key", "The key the mock accepts."),
    Option("more_keys", str, "", "More keys it accepts, comma-separated (each paced alone)."),
    Option(
        "api", str, "2026", "Which API to play: 2026 (retired endpoints answer 410) or 2025-06."
    ),
    Option("credits", float, 500.0, "Starting credit balance."),
    Option(
        "credit_prices",
        str,
        None,
        'Charge other prices than the spec: {"sonic.create": 20} (JSON or a file).',
    ),
    Option("create_interval", float, 0.0, "Seconds between creates the mock allows (0: no limit)."),
    Option("generation_seconds", float, None, "One generation time for every family."),
    Option("webhook_drop", float, 0.0, "Fraction of webhook events never sent (0 to 1)."),
)


def config(values: dict[str, Any]) -> dict[str, Any]:
    """``serve_forever`` keyword arguments from parsed option values; ValueError if bad."""
    port, speed, credits = values["port"], values["speed"], values["credits"]
    if not 0 <= port <= 65535:
        raise ValueError(f"--port must be between 0 and 65535, got {port}")
    if not (math.isfinite(speed) and 0 < speed <= 1e6):
        raise ValueError(f"--speed must be a number above 0 (at most 1e6), got {speed}")
    if not (math.isfinite(credits) and credits >= 0):
        raise ValueError(f"--credits must be a number >= 0, got {credits}")
    pacing = values["create_interval"]
    if not (math.isfinite(pacing) and pacing >= 0):
        raise ValueError(f"--create-interval must be a number >= 0, got {pacing}")
    drop = values["webhook_drop"]
    if not (math.isfinite(drop) and 0 <= drop <= 1):
        raise ValueError(f"--webhook-drop must be between 0 and 1, got {drop}")
    if values["api"] not in API_VERSIONS:
        raise ValueError(f"--api: choose among {', '.join(API_VERSIONS)}")
    try:
        parse_faults(values["faults"])
    except ValueError:
        raise ValueError(f"--faults: choose among {', '.join(sorted(FAULTS))}") from None
    result = {
        key: value
        for key, value in values.items()
        if key not in {"generation_seconds", "credit_prices", "more_keys"}
    }
    more = values.get("more_keys") or ""
    if more:
        result["more_keys"] = tuple(key.strip() for key in more.split(",") if key.strip())
    if values.get("credit_prices") is not None:
        import musicapi_client
        from musicapi_client._prices import read_prices

        result["credit_prices"] = read_prices(
            values["credit_prices"], musicapi_client.MusicAPI.catalog()
        )
    seconds = values.get("generation_seconds")
    if seconds is not None:
        if not (math.isfinite(seconds) and seconds > 0):
            raise ValueError(f"--generation-seconds must be above 0, got {seconds}")
        from musicapi_client.mock._state import default_generation_seconds

        result["generation_seconds"] = dict.fromkeys(default_generation_seconds(), seconds)
    return result
