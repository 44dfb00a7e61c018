"""The ``musicapi`` command line.

Commands are built from the generated resources at run time, so every documented
operation is a subcommand whose options are its typed keyword arguments::

    musicapi credits
    musicapi sonic create --custom-mode false --gpt-description-prompt "a sea shanty" \\
        --mv sonic-v4 --wait --download out/
    musicapi get sonic TASK_ID        musicapi wait sonic TASK_ID --download out/
    musicapi mock --port 8765

``--json`` prints machine-readable output. Exit codes: 0 ok, 1 API error, 2 usage error.
"""

from __future__ import annotations

import inspect
import json
import sys
import types
import typing
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, NoReturn, get_args, get_origin

import click
from typing_extensions import TypeAliasType

import musicapi
from musicapi._task import AsyncTaskCreated, Task, TaskCreated
from musicapi._wait import AsyncProgressCallback, ProgressCallback

if TYPE_CHECKING:
    from collections.abc import Callable

    from musicapi._resource import SyncResource

FAMILIES = ("sonic", "riffusion", "studio", "lyrics", "nuro", "credits")
TASK_FAMILIES = ("sonic", "riffusion", "studio", "nuro")


def _fail(message: str, code: int) -> NoReturn:
    click.echo(f"error: {' '.join(message.split())}", err=True)
    sys.exit(code)


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


def _hints(method: Callable[..., Any]) -> dict[str, Any]:
    from musicapi_generated import models

    namespace = {
        "models": models,
        "Task": Task,
        "TaskCreated": TaskCreated,
        "AsyncTaskCreated": AsyncTaskCreated,
        "ProgressCallback": ProgressCallback,
        "AsyncProgressCallback": AsyncProgressCallback,
    }
    return typing.get_type_hints(method, localns=namespace)


def _unwrap(annotation: Any) -> Any:
    """Drop ``| None`` and dict alternatives; resolve type aliases."""
    if isinstance(annotation, TypeAliasType):
        return _unwrap(annotation.__value__)
    if get_origin(annotation) is typing.Annotated:
        return _unwrap(get_args(annotation)[0])
    if get_origin(annotation) in (types.UnionType, typing.Union):
        options = [
            a for a in get_args(annotation) if a is not type(None) and get_origin(a) is not dict
        ]
        return _unwrap(options[0]) if len(options) == 1 else annotation
    return annotation


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


def _option(name: str, annotation: Any, parameter: inspect.Parameter, doc: str) -> click.Option:
    kind = _unwrap(annotation)
    multiple = get_origin(kind) is list
    if multiple:
        kind = _unwrap(get_args(kind)[0])
    click_type: Any
    if get_origin(kind) is Literal:
        click_type = click.Choice([str(v) for v in get_args(kind)])
    elif kind in (str, int, float, bool):
        click_type = {str: click.STRING, int: click.INT, float: click.FLOAT, bool: click.BOOL}[kind]
    else:
        click_type = JSONParam()
    required = parameter.default is inspect.Parameter.empty
    extra: dict[str, Any] = {}
    if not required and not multiple and parameter.default is not None:
        # A required option gets no default at all: click treats an explicit None as a
        # value, and the missing option would reach the method as a TypeError.
        extra = {"default": parameter.default, "show_default": True}
    return click.Option(
        [f"--{name.replace('_', '-')}", name],
        type=click_type,
        multiple=multiple,
        required=required,
        help=doc,
        metavar="true|false" if kind is bool else None,
        **extra,
    )


def _arg_docs(method: Callable[..., Any]) -> dict[str, str]:
    """The ``Args:`` lines of a generated method's docstring, by argument name."""
    docs: dict[str, str] = {}
    for line in (method.__doc__ or "").splitlines():
        name, _, text = line.strip().partition(":")
        if text and name.isidentifier() and line.startswith(" " * 12):
            docs[name] = text.strip()
    return docs


def _client(ctx: click.Context) -> musicapi.MusicAPI:
    settings = ctx.find_root().params
    try:
        return musicapi.MusicAPI(
            api_key=settings.get("api_key"),
            base_url=settings.get("base_url"),
            timeout=settings.get("timeout"),
        )
    except musicapi.MusicAPIError as exc:
        _fail(str(exc), 2)


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
    client: musicapi.MusicAPI,
    resource: SyncResource,
    task: str | TaskCreated,
    options: dict[str, Any],
) -> Any:
    result: Any = task
    if options["wait"] or options["download"]:
        waiter: Any = resource
        result = waiter.wait(
            task, timeout=options["wait_timeout"], on_progress=_progress(options["json"])
        )
        if options["download"]:
            paths = [client.download(clip, Path(options["download"])) for clip in result.clips]
            if not options["json"]:
                for path in paths:
                    click.echo(f"saved {path}", err=True)
    return result


def _run(ctx: click.Context, action: Callable[[musicapi.MusicAPI], Any], as_json: bool) -> None:
    client = _client(ctx)
    try:
        with client:
            _emit(action(client), as_json)
    except musicapi.InvalidRequestError as exc:
        _fail(str(exc), 2)
    except musicapi.MusicAPIError as exc:
        _fail(str(exc), 1)


TASK_OPTIONS = [
    click.Option(["--wait"], is_flag=True, help="Wait until the task is complete."),
    click.Option(
        ["--download"], type=click.Path(file_okay=False), help="Wait, then save the clips here."
    ),
    click.Option(
        ["--wait-timeout"], type=float, default=600.0, show_default=True, help="Seconds to wait."
    ),
]
JSON_OPTION = click.Option(["--json", "as_json"], is_flag=True, help="Print JSON for scripts.")


def _operation_command(
    family: str, method_name: str, method: Callable[..., Any], role: str
) -> click.Command:
    hints = _hints(method)
    docs = _arg_docs(method)
    signature = inspect.signature(method)
    params: list[click.Parameter] = [
        _option(name, hints[name], parameter, docs.get(name, ""))
        for name, parameter in signature.parameters.items()
        if name not in {"self", "extra_body"}
    ]
    params.append(JSON_OPTION)
    if role == "create":
        params += TASK_OPTIONS

    @click.pass_context
    def callback(ctx: click.Context, /, as_json: bool, **values: Any) -> None:
        task_options = {key: values.pop(key, None) for key in ("wait", "download", "wait_timeout")}
        task_options["json"] = as_json
        fields = {k: (list(v) if isinstance(v, tuple) else v) for k, v in values.items()}
        fields = {k: v for k, v in fields.items() if v not in (None, [])}

        def action(client: musicapi.MusicAPI) -> Any:
            resource = getattr(client, family)
            result = getattr(resource, method_name)(**fields)
            return _finish(client, resource, result, task_options) if role == "create" else result

        _run(ctx, action, as_json)

    summary = (method.__doc__ or "").strip().splitlines()[0] if method.__doc__ else ""
    return click.Command(
        method_name.replace("_", "-"), params=params, callback=callback, help=summary
    )


def _family_group(family: str) -> click.Group:
    from musicapi_generated import resources
    from musicapi_generated.operations import OPERATIONS

    cls = getattr(resources, family.capitalize())
    group = click.Group(family, help=(cls.__doc__ or "").strip())
    for op in OPERATIONS.values():
        if op.family == family and op.role != "poll":
            group.add_command(
                _operation_command(family, op.sdk_method, getattr(cls, op.sdk_method), op.role)
            )
    return group


class RootGroup(click.Group):
    """Builds the family groups only when asked for, to keep start-up fast."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *FAMILIES])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name == "credits":
            return _credits
        if name in FAMILIES:
            return _family_group(name)
        command: click.Command | None = super().get_command(ctx, name)
        return command


@click.group(cls=RootGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--api-key", envvar="MUSICAPI_API_KEY", help="API key (default: $MUSICAPI_API_KEY).")
@click.option(
    "--base-url", envvar="MUSICAPI_BASE_URL", help="API root (default: https://api.musicapi.ai)."
)
@click.option("--timeout", type=float, default=None, help="HTTP timeout in seconds (default 60).")
@click.version_option(musicapi.__version__, prog_name="musicapi")
def cli(api_key: str | None, base_url: str | None, timeout: float | None) -> None:
    """Generate music with MusicAPI from the command line."""


@click.command("credits")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def _credits(ctx: click.Context, as_json: bool) -> None:
    """Show the remaining credits."""
    _run(ctx, lambda client: client.credits.get(), as_json)


def _task_command(name: str, waiting: bool) -> click.Command:
    @click.argument("family", type=click.Choice(TASK_FAMILIES))
    @click.argument("task_id")
    @click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
    @click.pass_context
    def command(
        ctx: click.Context, /, family: str, task_id: str, as_json: bool, **options: Any
    ) -> None:
        def action(client: musicapi.MusicAPI) -> Any:
            resource = getattr(client, family)
            if not waiting:
                return resource.get(task_id)
            return _finish(client, resource, task_id, {**options, "wait": True, "json": as_json})

        _run(ctx, action, as_json)

    if waiting:
        command = click.option(
            "--download", type=click.Path(file_okay=False), help="Save the clips here."
        )(command)
        command = click.option("--wait-timeout", type=float, default=600.0, show_default=True)(
            command
        )
    doc = "Wait for a task and print it." if waiting else "Fetch a task once and print it."
    return click.command(name, help=doc)(command)


cli.add_command(_task_command("get", waiting=False))
cli.add_command(_task_command("wait", waiting=True))


def _fault_profile(ctx: click.Context, param: click.Parameter, value: str) -> str:
    from musicapi.mock import FAULTS
    from musicapi.mock._state import parse_faults

    try:
        parse_faults(value)
    except ValueError:
        raise click.BadParameter(f"choose among {', '.join(sorted(FAULTS))}") from None
    return value


@cli.command("mock")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True)
@click.option(
    "--speed",
    type=click.FloatRange(0, min_open=True, max=1e6),
    default=1.0,
    show_default=True,
    help="Time scale: 10 = ten times faster.",
)
@click.option(
    "--faults",
    default="none",
    show_default=True,
    callback=_fault_profile,
    help="Fault profile, e.g. 429,html502.",
)
@click.option(
    "--api-key", "mock_key", default="mock-key", show_default=True, help="Key the mock accepts."
)
@click.option(
    "--credits", "balance", type=float, default=500.0, show_default=True, help="Starting credits."
)
def _mock(host: str, port: int, speed: float, faults: str, mock_key: str, balance: float) -> None:
    """Run the local stateful mock of MusicAPI in the foreground."""
    from musicapi.mock import serve_forever

    serve_forever(
        host=host, port=port, speed=speed, faults=faults, api_key=mock_key, credits=balance
    )


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        _fail(exc.format_message(), 2)
    except click.Abort:
        _fail("aborted", 1)
