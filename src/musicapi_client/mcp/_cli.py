"""``musicapi mcp``: the MCP server on the command line."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import Any

import click

from musicapi_client._cli_types import FiniteRange, credit_prices, fail, setting


def _address(value: str) -> tuple[str, int]:
    """``[HOST:]PORT`` -> (host, port); 127.0.0.1 unless told otherwise."""
    host, _, port = value.rpartition(":")
    host = host.strip("[]") or "127.0.0.1"
    if not port.isdigit() or not 0 <= int(port) <= 65535:
        raise click.BadParameter(f"{value!r} is not [HOST:]PORT", param_hint="--http")
    return host, int(port)


def _names(value: str | None) -> set[str] | None:
    return None if value is None else {name.strip() for name in value.split(",") if name.strip()}


@click.command("mcp")
@click.option(
    "--http", "address", metavar="[HOST:]PORT",
    help="Serve Streamable HTTP (stateless) at /mcp instead of stdio; 127.0.0.1 unless a "
    "host is given. Each request brings its MusicAPI key as Authorization: Bearer.",
)  # fmt: skip
@click.option(
    "--max-credits", type=FiniteRange(0),
    help="Spend limit: a create past it is refused before sending (per key over HTTP).",
)  # fmt: skip
@click.option(
    "--all", "every", is_flag=True,
    help="Offer every create, not only the main ones (every agent turn carries the list).",
)  # fmt: skip
@click.option("--families", help="Every create of these families only (comma-separated).")
@click.option("--tools", "tool_names", help="Only these tools (comma-separated names).")
@click.option("--deprecated", is_flag=True, help="Offer the deprecated families too.")
@click.option(
    "--download-dir", type=click.Path(file_okay=False, path_type=Path),
    help="Where download_clip may write (stdio only; without it, it returns the URL).",
)  # fmt: skip
@click.option(
    "--redis", "redis_url", envvar="MUSICAPI_REDIS_URL",
    help="Share pacing and spend limits with every process on the key (redis:// URL).",
)  # fmt: skip
@click.option(
    "--allow-origin", "origins", multiple=True,
    help="A browser origin allowed to call the HTTP server (repeatable).",
)  # fmt: skip
@click.pass_context
def mcp_command(ctx: click.Context, /, address: str | None, **options: Any) -> None:
    """Serve MusicAPI to agents over the Model Context Protocol (stdio by default)."""
    try:
        import musicapi_client.mcp as server
        from musicapi_client.mcp import Settings
    except ImportError as exc:
        fail(str(exc), 2)
    http = address is not None
    if http and options["download_dir"] is not None:
        fail("--download-dir is for stdio: over HTTP download_clip returns the URL", 2)
    settings = Settings(
        base_url=setting(ctx, "base_url"),
        max_credits=options["max_credits"],
        redis_url=options["redis_url"],
        download_dir=options["download_dir"],
        families=_names(options["families"]),
        tools=_names(options["tool_names"]),
        deprecated=options["deprecated"],
        every=options["every"],
        credit_prices=credit_prices(ctx) or {},
    )
    if not http:
        key = setting(ctx, "api_key") or os.environ.get("MUSICAPI_API_KEY")
        try:
            asyncio.run(server.serve_stdio(settings, key))
        except Exception as exc:  # a MusicAPIError: its message, no traceback
            fail(str(exc), 2)
        return
    assert address is not None
    host, port = _address(address)

    def ready(bound: int) -> None:
        click.echo(f"MCP server on http://{host}:{bound}/mcp (Ctrl-C stops)", err=True)

    try:
        server.serve_http(settings, host, port, list(options["origins"]), ready)
    except OSError as exc:
        fail(f"the MCP server cannot listen on {host}:{port}: {exc.strerror or exc}", 2)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
