"""``python -m musicapi_client.mock [--port N] [--speed X] [--faults PROFILE] ...``.

The same options as ``musicapi mock`` (both read ``musicapi_client.mock._options``), without
needing the CLI extra.
"""

from __future__ import annotations

import argparse

from musicapi_client.mock import serve_forever
from musicapi_client.mock._options import OPTIONS, config


def main(argv: list[str] | None = None) -> None:
    """Parse the options and serve in the foreground."""
    parser = argparse.ArgumentParser(prog="python -m musicapi_client.mock", description=__doc__)
    for option in OPTIONS:
        parser.add_argument(option.flag, type=option.type, default=option.default, help=option.help)
    args = vars(parser.parse_args(argv))
    try:
        settings = config(args)
    except ValueError as exc:
        parser.error(str(exc))
    serve_forever(**settings)


if __name__ == "__main__":
    main()
