"""``python -m musicapi_client`` and the ``musicapi`` console script."""

from __future__ import annotations

import sys


def main() -> None:
    """Run the CLI, or say which extra to install when click or rich is missing."""
    try:
        from musicapi_client.cli import main as cli_main
    except ImportError as exc:  # only without the [cli] extra
        from musicapi_client._extras import install_hint

        missing = exc.name or "a module"
        sys.stderr.write(f"error: the CLI needs the cli extra ({missing} is missing): ")
        sys.stderr.write(install_hint("cli") + "\n")
        sys.exit(2)
    cli_main()


if __name__ == "__main__":
    main()
