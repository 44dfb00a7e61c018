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


# The options every API command takes, before or after its name: ``musicapi --api-key K
# credits`` and ``musicapi credits --api-key K`` are the same. Each value is kept in the
# context's meta (shared by the whole command line); one given after the command wins.
GLOBAL_OPTIONS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("--api-key", {"help": "API key (default: $MUSICAPI_API_KEY)."}),
    ("--base-url", {"help": "API root (default: $MUSICAPI_BASE_URL or https://api.musicapi.ai)."}),
    ("--timeout", {"type": float, "help": "HTTP timeout in seconds (default 60)."}),
    (
        "--credit-prices",
        {
            "metavar": "JSON|FILE",
            "help": 'Override the spec\'s price estimates: {"sonic.create": 20, ...} or a file.',
        },
    ),
)
ENVIRONMENT = {"--api-key": "MUSICAPI_API_KEY", "--base-url": "MUSICAPI_BASE_URL"}


def _remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    if value is not None and param.name is not None:
        ctx.meta[f"musicapi.{param.name}"] = value
    return value


def global_options(*, root: bool) -> list[click.Option]:
    """The global options, for the root (read from the environment too) or a command."""
    return [
        click.Option(
            [flag],
            envvar=ENVIRONMENT.get(flag) if root else None,
            expose_value=False,
            callback=_remember,
            **settings,
        )
        for flag, settings in GLOBAL_OPTIONS
    ]


def with_global_options(command: click.Command) -> click.Command:
    """``command`` (and, for a group, each of its commands) taking the global options too."""
    if getattr(command, "_musicapi_global_options", False):
        return command
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            with_global_options(sub)
    else:
        names = {name for param in command.params for name in getattr(param, "opts", ())}
        command.params += [o for o in global_options(root=False) if o.opts[0] not in names]
    command._musicapi_global_options = True  # type: ignore[attr-defined]
    return command


def setting(ctx: click.Context, name: str) -> Any:
    """A global option's value (``api_key``, ``base_url``, ``timeout``, ``credit_prices``)."""
    return ctx.meta.get(f"musicapi.{name}")


def client_failure(exc: Exception) -> str:
    """What to say when a client cannot be made from the command line's settings: in the
    command line's words (``--api-key``), not the library's (``api_key=``)."""
    from musicapi_client._errors import ConfigurationError

    if isinstance(exc, ConfigurationError) and exc.option == "api_key" and "no API key" in str(exc):
        return "no API key: give --api-key KEY, or set MUSICAPI_API_KEY"
    if isinstance(exc, ConfigurationError) and exc.option in {"base_url", "timeout"}:
        return str(exc).replace(f"{exc.option} ", f"--{exc.option.replace('_', '-')} ", 1)
    return str(exc)


def api_failure(exc: Exception) -> str:
    """An API error's one line, with what to change when the spec says (a 403 refusing
    copyrighted lyrics: use original lyrics)."""
    advice = getattr(exc, "advice", "")
    return f"{exc} -- what to do: {advice}" if advice else str(exc)


def credit_prices(ctx: click.Context) -> dict[str, float] | None:
    """``--credit-prices`` (JSON, or a file holding it), checked (exit 2 if bad)."""
    text = setting(ctx, "credit_prices")
    if text is None:
        return None
    import musicapi_client
    from musicapi_client._prices import read_prices

    try:
        return read_prices(text, musicapi_client.MusicAPI.catalog())
    except musicapi_client.InvalidRequestError as exc:
        raise click.BadParameter(exc.message, param_hint="--credit-prices") from None
