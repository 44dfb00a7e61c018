"""What the command line's modules share (``cli``, ``batch._cli``, ``webhooks._cli``)."""

from __future__ import annotations

import math
import sys
from typing import Any, NoReturn

import click


def fail(message: str, code: int) -> NoReturn:
    """Print ``error: message`` (on one line) to stderr and exit with ``code``."""
    click.echo(f"error: {' '.join(message.split())}", err=True)
    sys.exit(code)


class FiniteRange(click.FloatRange):
    """A float range that also refuses nan (which every comparison lets through) and inf."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        number = super().convert(value, param, ctx)
        if not math.isfinite(number):
            self.fail(f"{value!r} is not a finite number", param, ctx)
        return number


def credit_prices(ctx: click.Context) -> dict[str, float] | None:
    """The root's ``--credit-prices`` (JSON, or a file holding it), checked (exit 2 if bad)."""
    text = ctx.find_root().params.get("credit_prices")
    if text is None:
        return None
    import musicapi_client
    from musicapi_client._prices import read_prices

    try:
        return read_prices(text, musicapi_client.MusicAPI.catalog())
    except musicapi_client.InvalidRequestError as exc:
        raise click.BadParameter(exc.message, param_hint="--credit-prices") from None
