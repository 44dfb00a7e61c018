"""``python -m musicapi.mock [--port N] [--speed X] [--faults PROFILE]``."""

from __future__ import annotations

import argparse

from musicapi.mock import serve_forever
from musicapi.mock._state import GENERATION_SECONDS


def main() -> None:
    """Parse the options and serve in the foreground."""
    parser = argparse.ArgumentParser(prog="python -m musicapi.mock", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--speed", type=float, default=1.0)
    parser.add_argument("--faults", default="none")
    parser.add_argument("--api-key", default="mock-key")
    parser.add_argument(
        "--generation-seconds", type=float, help="one generation time for all families"
    )
    parser.add_argument("--credits", type=float, default=500.0, help="starting credit balance")
    args = parser.parse_args()
    extra = {}
    if args.generation_seconds is not None:
        extra["generation_seconds"] = dict.fromkeys(GENERATION_SECONDS, args.generation_seconds)
    serve_forever(
        host=args.host,
        port=args.port,
        speed=args.speed,
        faults=args.faults,
        api_key=args.api_key,
        credits=args.credits,
        **extra,
    )


if __name__ == "__main__":
    main()
