"""``musicapi webhooks listen``: the local receiver on the command line."""

from __future__ import annotations

import click

from musicapi_client._cli_types import FiniteRange, fail


@click.group("webhooks")
def webhooks_group() -> None:
    """Receive MusicAPI's webhook deliveries while developing."""


@webhooks_group.command("listen")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=click.IntRange(0, 65535), default=8790, show_default=True)
@click.option(
    "--secret",
    envvar="MUSICAPI_WEBHOOK_SECRET",
    required=True,
    help="The webhook_secret the creates send (default: $MUSICAPI_WEBHOOK_SECRET).",
)
@click.option("--forward-to", help="Also POST each verified delivery, unchanged, to this URL.")
@click.option("--allow-legacy", is_flag=True, help="Accept the legacy X-Signature scheme.")
@click.option(
    "--tolerance",
    type=FiniteRange(0, 86400),
    default=300.0,
    show_default=True,
    help="Seconds a signed timestamp may be off.",
)
@click.option("--max-events", type=click.IntRange(1), help="Stop after this many distinct events.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event.")
@click.option(
    "--redis",
    "redis_url",
    envvar="MUSICAPI_REDIS_URL",
    help="Share each verified delivery with the hubs of every process (a redis:// URL).",
)
def _listen(
    host: str,
    port: int,
    secret: str,
    forward_to: str | None,
    allow_legacy: bool,
    tolerance: float,
    max_events: int | None,
    as_json: bool,
    redis_url: str | None,
) -> None:
    """Verify and print each delivery (Ctrl-C stops)."""
    if forward_to is not None and not forward_to.startswith(("http://", "https://")):
        fail(f"--forward-to must be an http(s) URL, got {forward_to!r}", 2)
    from musicapi_client.webhooks import _listen as listen

    def echo(line: str, is_error: bool) -> None:
        click.echo(line, err=is_error)

    shared = None
    if redis_url:
        import os

        import musicapi_client
        from musicapi_client._redis import RedisLink
        from musicapi_client._redis._events import SharedEvents
        from musicapi_client.webhooks._verify import Webhooks

        namespace = os.environ.get("MUSICAPI_REDIS_NAMESPACE")
        try:
            verifier = Webhooks(secret, musicapi_client.MusicAPI.catalog())
            shared = SharedEvents(RedisLink(redis_url, namespace=namespace), verifier)
        except musicapi_client.MusicAPIError as exc:
            fail(str(exc), 2)
    listener = listen.Listener(
        secret,
        echo,
        forward_to=forward_to,
        as_json=as_json,
        allow_legacy=allow_legacy,
        tolerance=tolerance,
        max_events=max_events,
        shared=shared,
    )
    where = f", sharing through Redis at {shared.name}" if shared else ""

    def ready(bound: int) -> None:
        click.echo(
            f"listening for webhooks on http://{host}:{bound}/{where} (Ctrl-C stops)", err=True
        )

    try:
        listen.serve(listener, host, port, ready)
    except OSError as exc:  # the port is taken, or the host is not this machine's
        fail(f"the listener cannot listen on {host}:{port}: {exc.strerror or exc}", 2)
    except KeyboardInterrupt:
        click.echo("stopped", err=True)
