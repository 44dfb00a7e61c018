"""``python -m musicapi_client.mock [--port N] [--speed X] [--faults PROFILE] ...``.

The same options as ``musicapi mock`` (both read ``musicapi_client.mock._options``), without
needing the CLI extra.
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> None:
    """Parse the options and serve in the foreground (one line, exit 2, without the extra)."""
    try:
        from musicapi_client.mock import serve_forever
        from musicapi_client.mock._options import OPTIONS, config
    except ImportError as exc:
        sys.stderr.write(f"error: {exc}\n")
        sys.exit(2)
    parser = argparse.ArgumentParser(prog="python -m musicapi_client.mock", description=__doc__)
    for option in OPTIONS:
        parser.add_argument(option.flag, type=option.type, default=option.default, help=option.help)
    args = vars(parser.parse_args(argv))
    try:
        settings = config(args)
    except ValueError as exc:
        parser.error(str(exc))
    try:
        serve_forever(**settings)
    except OSError as exc:  # the port is taken, or the host is not ours
        sys.stderr.write(
            f"error: the mock cannot listen on {settings['host']}:{settings['port']}: "
            f"{exc.strerror or exc}\n"
        )
        sys.exit(2)


if __name__ == "__main__":
    main()
