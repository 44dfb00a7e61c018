"""The ``musicapi`` command line.

Commands are built from the spec's operations as data (``MusicAPI.catalog()``, generated),
so every documented operation is a subcommand whose options are its parameters: name,
type, required flag, choices and help come from the spec::

    musicapi credits
    musicapi sonic create --custom-mode false --gpt-description-prompt "a sea shanty" \\
        --mv sonic-v6 --wait --download out/
    musicapi get sonic TASK_ID        musicapi wait sonic TASK_ID --download out/
    musicapi mock --port 8765
    musicapi batch run jobs.jsonl --out out/     musicapi webhooks listen --port 8790

``--json`` prints machine-readable output. Exit codes: 0 ok, 1 API error, 2 usage error.
"""

from __future__ import annotations

import json
import logging
import sys
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

import musicapi_client
from musicapi_client._cli_types import (
    api_failure,
    client_failure,
    credit_prices,
    fail,
    global_options,
    setting,
    with_global_options,
)
from musicapi_client._extras import install_hint
from musicapi_client._task import Task, TaskCreated

if TYPE_CHECKING:
    from collections.abc import Callable

    from musicapi_client._operation import Catalog, Family, Operation, Param


def _catalog() -> Catalog:
    return musicapi_client.MusicAPI.catalog()


def _to_jsonable(value: Any) -> Any:
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    if isinstance(value, Task):
        return {
            "task_id": value.task_id,
            "family": value.family,
            "status": value.status,
            "raw_status": value.raw_status,
            "progress": value.progress,
            "error": value.error,
            "clips": [
                {
                    "clip_id": c.clip_id,
                    "state": c.state,
                    "title": c.title,
                    "audio_url": c.audio_url,
                    "image_url": c.image_url,
                    "duration": c.duration,
                }
                for c in value.clips
            ],
        }
    if isinstance(value, TaskCreated):
        return {"task_id": value.task_id, "family": value.family, "operation": value.operation}
    if isinstance(value, Path):
        return str(value)
    return value


def _emit(value: Any, as_json: bool) -> None:
    data = _to_jsonable(value)
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False))
        return
    if isinstance(value, Task):
        click.echo(f"task {value.task_id}: {value.status} ({value.raw_status})")
        for clip in value.clips:
            line = f"  clip {clip.clip_id}: {clip.state} {clip.title or ''} {clip.audio_url or ''}"
            click.echo(line.rstrip())
    elif isinstance(value, TaskCreated):
        click.echo(f"task_id: {value.task_id}")
    else:
        click.echo(json.dumps(data, indent=2, ensure_ascii=False))


class JSONParam(click.ParamType):  # type: ignore[type-arg]
    """An option whose value is a JSON object (nested fields such as studio ``config``)."""

    name = "json"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            self.fail(f"not valid JSON: {exc.msg}", param, ctx)


SCALAR_TYPES: dict[str, Any] = {
    "str": click.STRING,
    "int": click.INT,
    "float": click.FLOAT,
    "bool": click.BOOL,
}


def _option(op: Operation, param: Param) -> click.Option:
    """A click option from a parameter of the spec."""
    click_type: Any = SCALAR_TYPES.get(param.kind) or JSONParam()
    help_text = op.help_for(param)
    if param.choices and param.kind == "str" and not param.open:
        click_type = click.Choice(param.choices)
    elif param.choices:  # an open list: the known values, others accepted as given
        help_text += f" Known: {', '.join(param.choices)} (others are sent as given)."
    extra: dict[str, Any] = {}
    if not param.required and not param.many and param.default is not None:
        # A required option gets no default at all: click treats an explicit None as a
        # value, and the missing option would reach the method as a TypeError.
        extra = {"default": param.default, "show_default": True}
    return click.Option(
        [f"--{param.name.replace('_', '-')}", param.name],
        type=click_type,
        multiple=param.many,
        required=param.required,
        help=help_text,
        metavar="true|false" if param.kind == "bool" else None,
        **extra,
    )


def _client(ctx: click.Context) -> musicapi_client.MusicAPI:
    prices = credit_prices(ctx)
    try:
        return musicapi_client.MusicAPI(
            api_key=setting(ctx, "api_key"),
            base_url=setting(ctx, "base_url"),
            timeout=setting(ctx, "timeout"),
            credit_prices=prices,
        )
    except musicapi_client.MusicAPIError as exc:
        fail(client_failure(exc), 2)


def _progress(as_json: bool) -> Callable[[Task], None] | None:
    if as_json or not sys.stderr.isatty():
        return None
    from rich.console import Console

    console = Console(stderr=True)
    last: list[str] = []

    def show(task: Task) -> None:
        line = f"{task.family} {task.task_id}: {task.status} ({task.raw_status})"
        if task.progress is not None:
            line += f" {task.progress}%"
        if not last or last[-1] != line:
            console.print(line)
            last.append(line)

    return show


def _finish(
    client: musicapi_client.MusicAPI,
    resource: Any,
    task: str | TaskCreated,
    options: dict[str, Any],
) -> Any:
    result: Any = task
    if options.get("play"):
        return _play(resource, task, options)
    if options["wait"] or options["download"]:
        waiter: Any = resource
        task_id = task.task_id if isinstance(task, TaskCreated) else task
        resume = f"musicapi wait {resource.family.name} {task_id}"
        try:
            result = waiter.wait(
                task, timeout=options["wait_timeout"], on_progress=_progress(options["json"])
            )
        except KeyboardInterrupt:
            click.echo(f"interrupted: the task goes on; `{resume}` resumes the wait", err=True)
            sys.exit(130)
        except musicapi_client.WaitTimeoutError as exc:
            state = f"still {exc.task.status}" if exc.task is not None else "not answered"
            fail(
                f"{resource.family.name} task {task_id} {state} after --wait-timeout "
                f"{exc.timeout:g} s; `{resume}` resumes the wait",
                1,
            )
        if options["download"]:
            from musicapi_client._download import file_for

            clips = result.clips  # one file name given for several clips: -1, -2, ...
            paths = [
                client.download(clip, file_for(options["download"], clip, n, len(clips)))
                for n, clip in enumerate(clips, 1)
            ]
            if not options["json"]:
                for path in paths:
                    click.echo(f"saved {path}", err=True)
    return result


PLAYERS = (("mpv", ()), ("ffplay", ("-nodisp", "-autoexit")), ("afplay", ()))


def _player() -> list[str] | None:
    """$MUSICAPI_PLAYER (a command, with its options), or the first of mpv, ffplay and
    afplay on PATH."""
    import os
    import shlex
    import shutil

    chosen = os.environ.get("MUSICAPI_PLAYER", "").strip()
    if chosen:
        return shlex.split(chosen)
    for name, options in PLAYERS:
        if (found := shutil.which(name)) is not None:
            return [found, *options]
    return None


def _play(resource: Any, task: str | TaskCreated, options: dict[str, Any]) -> Any:
    """Wait until the song can be played, then play it as it streams (or print where)."""
    import subprocess

    result = resource.wait(
        task, timeout=options["wait_timeout"], on_progress=_progress(options["json"]),
        until="streaming",
    )  # fmt: skip
    urls = [url for clip in result.clips if (url := clip.stream_url or clip.audio_url)]
    player = _player()
    if player is None:
        click.echo("no player found (set MUSICAPI_PLAYER, or install mpv or ffplay); the "
                   "song plays at:", err=True)  # fmt: skip
        for url in urls:
            click.echo(url, err=True)
        return result
    click.echo(f"playing {urls[0]} ({len(urls)} clip(s); Ctrl-C stops)", err=True)
    try:
        subprocess.run([*player, urls[0]], check=False)  # noqa: S603 - the user's player
    except OSError as exc:
        fail(f"the player {player[0]!r} could not start: {exc.strerror or exc}", 1)
    return result


def _run(
    ctx: click.Context, action: Callable[[musicapi_client.MusicAPI], Any], as_json: bool
) -> None:
    client = _client(ctx)
    try:
        with client:
            _emit(action(client), as_json)
    except musicapi_client.InvalidRequestError as exc:
        fail(str(exc), 2)
    except musicapi_client.MusicAPIError as exc:
        fail(api_failure(exc), 1)


TASK_OPTIONS = [
    click.Option(["--wait"], is_flag=True, help="Wait until the task is complete."),
    click.Option(
        ["--download"],
        type=click.Path(),
        metavar="DIR|FILE.mp3",
        help="Wait, then save the clips in DIR (or as FILE: FILE-1.wav, FILE-2.wav...).",
    ),
    click.Option(
        ["--wait-timeout"], type=float, default=600.0, show_default=True, help="Seconds to wait."
    ),
    click.Option(
        ["--play"],
        is_flag=True,
        help="Wait until it can be played, then play it as it streams ($MUSICAPI_PLAYER, or "
        "mpv, ffplay, afplay; without one, print its URL).",
    ),
]
JSON_OPTION = click.Option(["--json", "as_json"], is_flag=True, help="Print JSON for scripts.")


def _operation_command(op: Operation) -> click.Command:
    params: list[click.Parameter] = [_option(op, param) for param in op.params]
    params.append(JSON_OPTION)
    if op.role == "create":
        params += TASK_OPTIONS

    @click.pass_context
    def callback(ctx: click.Context, /, as_json: bool, **values: Any) -> None:
        task_options = {
            key: values.pop(key, None) for key in ("wait", "download", "wait_timeout", "play")
        }
        task_options["json"] = as_json
        fields = {k: (list(v) if isinstance(v, tuple) else v) for k, v in values.items()}
        fields = {k: v for k, v in fields.items() if v not in (None, [])}

        def action(client: musicapi_client.MusicAPI) -> Any:
            resource = getattr(client, op.family)
            result = getattr(resource, op.name)(**fields)
            return (
                _finish(client, resource, result, task_options) if op.role == "create" else result
            )

        _run(ctx, action, as_json)

    summary = op.summary.strip().splitlines()[0] if op.summary.strip() else ""
    return click.Command(op.name.replace("_", "-"), params=params, callback=callback, help=summary)


def _family_group(family: Family) -> click.Group:
    help_text = family.summary
    if family.deprecated:
        note = next((op.deprecation for op in family.operations if op.deprecation), "")
        help_text = f"[deprecated] {family.summary}\n\n{note}".strip()
    group = click.Group(family.name, help=help_text, short_help=_short(help_text))
    for op in family.operations:
        if op.role != "poll":
            group.add_command(_operation_command(op))
    return group


def _short(text: str) -> str:
    first = text.split("\n", 1)[0]
    return first if len(first) <= 70 else first[:67].rstrip() + "..."


class RootGroup(click.Group):
    """Builds the family groups only when asked for, to keep start-up fast."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        names = {
            *super().list_commands(ctx),
            "mock",
            "webhooks",
            "batch",
            "mcp",
            *_catalog().families,
        }
        return sorted(names)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        """The command ``name``; those that call the API take the global options too."""
        if name == "mock":
            return _mock_command()
        if name == "webhooks":
            from musicapi_client.webhooks._cli import webhooks_group

            return webhooks_group
        if name == "credits":
            return with_global_options(_credits)
        if name == "mcp":
            from musicapi_client.mcp._cli import mcp_command

            return with_global_options(mcp_command)
        if name == "batch":
            from musicapi_client.batch._cli import batch_group

            return with_global_options(batch_group)
        command: click.Command | None = super().get_command(ctx, name)
        if command is None and name in (families := _catalog().families):
            command = _family_group(families[name])
        return None if command is None else with_global_options(command)


@click.group(
    cls=RootGroup,
    params=global_options(root=True),
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(musicapi_client.__version__, prog_name="musicapi")
def cli() -> None:
    """Generate music with MusicAPI from the command line.

    The options above also go after a command (musicapi credits --api-key KEY).
    """


@click.command("credits")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def _credits(ctx: click.Context, as_json: bool) -> None:
    """Show the remaining credits."""
    _run(ctx, lambda client: client.credits.get(), as_json)


class TaskFamily(click.ParamType):  # type: ignore[type-arg]
    """A family whose tasks can be polled (its choices are read from the spec when needed)."""

    name = "family"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        polled = sorted(_catalog().polled)
        if value not in polled:
            self.fail(f"{value!r} is not one of {', '.join(polled)}", param, ctx)
        return value


def _task_command(name: str, waiting: bool) -> click.Command:
    @click.argument("family", type=TaskFamily())
    @click.argument("task_id")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
    @click.pass_context
    def command(
        ctx: click.Context, /, family: str, task_id: str, as_json: bool, **options: Any
    ) -> None:
        def action(client: musicapi_client.MusicAPI) -> Any:
            resource = getattr(client, family)
            if not waiting:
                return resource.get(task_id)
            return _finish(client, resource, task_id, {**options, "wait": True, "json": as_json})

        _run(ctx, action, as_json)

    if waiting:
        command = click.option(
            "--download",
            type=click.Path(),
            metavar="DIR|FILE.mp3",
            help="Save the clips in DIR (or as FILE: FILE-1.wav, FILE-2.wav...).",
        )(command)
        command = click.option("--wait-timeout", type=float, default=600.0, show_default=True)(
            command
        )
    doc = "Wait for a task and print it." if waiting else "Fetch a task once and print it."
    return click.command(name, help=doc)(command)


cli.add_command(_task_command("get", waiting=False))
cli.add_command(_task_command("wait", waiting=True))


def _mock_command() -> click.Command:
    try:
        from musicapi_client.mock import MockServer  # noqa: F401  (the extra is installed)
        from musicapi_client.mock._options import OPTIONS, config
    except ImportError as exc:  # the [cli] extra alone: say which extra to install, once
        missing = str(exc) if "mock extra" in str(exc) else "the mock needs the mock extra: "
        missing += "" if "mock extra" in str(exc) else install_hint("mock")

        def unavailable() -> None:
            fail(missing, 2)

        return click.Command(
            "mock", callback=unavailable, help="Run the local mock (needs the mock extra).",
            context_settings={"ignore_unknown_options": True, "allow_extra_args": True},
        )  # fmt: skip

    def serve(**values: Any) -> None:
        from musicapi_client.mock import serve_forever

        try:
            settings = config(values)
        except ValueError as exc:
            raise click.UsageError(str(exc)) from None
        try:
            serve_forever(**settings)
        except OSError as exc:  # the port is taken, or the host is not ours
            fail(f"the mock cannot listen on {settings['host']}:{settings['port']}: {exc}", 2)

    params: list[click.Parameter] = [
        click.Option(
            [option.flag, option.name],
            type=option.type,
            default=option.default,
            show_default=option.default is not None,
            help=option.help,
        )
        for option in OPTIONS
    ]
    return click.Command(
        "mock", callback=serve, params=params, help="Run the local stateful mock in the foreground."
    )


def _show_warning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: Any = None,
    line: str | None = None,
) -> None:
    click.echo(f"warning: {message}", err=True)


class _WarningLines(logging.Handler):
    """The library's warnings (a Redis outage, a tracing failure) as ``warning:`` lines."""

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"warning: {record.getMessage()}", err=True)


def main() -> None:
    """Console-script entry point."""
    # A deprecation (a retired family, a model id v6 now renders) is said once, plainly.
    warnings.simplefilter("once", DeprecationWarning)
    warnings.showwarning = _show_warning
    library = logging.getLogger("musicapi_client")
    if not library.handlers:  # MUSICAPI_LOG=info|debug installs its own
        library.addHandler(_WarningLines(logging.WARNING))
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.exceptions.NoArgsIsHelpError as exc:  # `musicapi`, `musicapi sonic`: the help
        exc.show()
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        fail(exc.format_message(), 2)
    except click.Abort:  # Ctrl-C outside a wait (click turns it into Abort)
        fail("interrupted", 130)
