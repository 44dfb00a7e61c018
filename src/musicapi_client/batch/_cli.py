"""``musicapi batch run`` and ``musicapi batch status``: the batch runner on the command line.

Exit codes: 0 every job done, 1 some jobs are not (failed, rejected, unknown, or left
planned by the budget), 2 bad input (a bad job file, a changed job, a busy directory).
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

import musicapi_client
from musicapi_client import batch
from musicapi_client._cli_types import FiniteRange, client_failure, credit_prices, fail, setting
from musicapi_client._pacing import DEFAULT_CREATE_INTERVAL

if TYPE_CHECKING:
    from musicapi_client.batch import BatchResult, Entry


class Progress:
    """What the user sees while a batch runs: a live table on a terminal, lines otherwise,
    JSON lines with ``--json``."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.counts: dict[str, int] = {}
        self.credits = 0.0
        self.live: Any = None
        if not as_json and sys.stderr.isatty():
            from rich.console import Console
            from rich.live import Live

            self.live = Live(self._table(), console=Console(stderr=True), refresh_per_second=4)

    def _table(self) -> Any:
        from rich.table import Table

        table = Table(title="musicapi batch", show_header=True)
        for state in (*batch.STATES, "credits spent (est.)"):
            table.add_column(state, justify="right")
        table.add_row(*(str(self.counts.get(s, 0)) for s in batch.STATES), f"{self.credits:g}")
        return table

    def __call__(
        self, kind: str, entry: Entry | None, message: str, counts: dict[str, int]
    ) -> None:
        self.counts = counts
        if entry is not None and kind == "created":
            self.credits += entry.credits or 0.0  # a task this run started
        if self.as_json:
            record: dict[str, Any] = {"event": kind}
            if entry is not None:
                record.update(id=entry.id, state=entry.state, task_id=entry.task_id)
                if entry.error:
                    record["error"] = entry.error
            if message:
                record["message"] = message
            click.echo(json.dumps(record, ensure_ascii=False))
        elif self.live is not None:
            self.live.update(self._table())
            if kind == "note":
                self.live.console.print(message)
        elif kind == "note" or kind in {"failed", "rejected", "unknown", "incomplete"}:
            detail = message or (entry.error if entry else "") or ""
            click.echo(f"{kind}: {entry.id if entry else ''} {detail}".strip(), err=True)


def _summary(result: BatchResult) -> dict[str, Any]:
    return {
        "out": str(result.out),
        "counts": result.counts,
        "credits_estimated": result.credits_estimated,
        "credits_spent": result.credits_spent,
        "prices_measured": result.prices,
        "unknown": result.unknown,
        "notes": result.notes,
        "exit_code": result.exit_code,
    }


@click.group("batch")
def batch_group() -> None:
    """Run hundreds of generations from a job file; resumable, never sent twice."""


@batch_group.command("run")
@click.argument("jobs", type=click.Path(dir_okay=False))
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Batch directory.")
@click.option(
    "--concurrency", type=click.IntRange(1, 10_000), default=64, show_default=True,
    help="Jobs in flight at once (creates are paced whatever this is).",
)  # fmt: skip
@click.option(
    "--max-credits", type=FiniteRange(0),
    help="Stop sending before the credits spent (measured on the balance) could pass this.",
)  # fmt: skip
@click.option(
    "--resubmit-unknown", is_flag=True,
    help="Send again the jobs whose create may or may not have started a task.",
)  # fmt: skip
@click.option(
    "--wait-timeout", type=FiniteRange(1), default=3600.0, show_default=True,
    help="Seconds to wait for each task (a rerun resumes the wait).",
)  # fmt: skip
@click.option(
    "--create-interval", type=FiniteRange(0), default=DEFAULT_CREATE_INTERVAL,
    show_default=True, help="Seconds between two creates (the API's per-key pacing).",
)  # fmt: skip
@click.option(
    "--redis", "redis_url", envvar="MUSICAPI_REDIS_URL",
    help="One batch for every worker started with this job file and this Redis (redis:// URL).",
)  # fmt: skip
@click.option(
    "--provenance", is_flag=True,
    help="Mark each downloaded file as AI-generated in its metadata (the provenance extra).",
)  # fmt: skip
@click.option("--json", "as_json", is_flag=True, help="JSON lines: each event, then a summary.")
@click.pass_context
def run_command(ctx: click.Context, /, jobs: str, out: str, **options: Any) -> None:
    """Run (or resume) the jobs of JOBS (JSON Lines, or .csv) into --out.

    With --redis, start it on as many processes or machines as you like (each with its own
    --out): each job is sent by one of them. Workers with several keys share one batch
    when they share MUSICAPI_REDIS_NAMESPACE (by default a batch lives under its key's).
    """
    as_json = options.pop("as_json")
    redis_url = options.pop("redis_url")
    prices = credit_prices(ctx)
    try:
        client = musicapi_client.AsyncMusicAPI(
            api_key=setting(ctx, "api_key"),
            base_url=setting(ctx, "base_url"),
            timeout=setting(ctx, "timeout"),
            create_interval=options.pop("create_interval"),
            credit_prices=prices,
            redis_url=redis_url,
        )
    except musicapi_client.MusicAPIError as exc:
        fail(client_failure(exc), 2)
        return
    progress = Progress(as_json)
    try:
        if progress.live is not None:
            progress.live.start()
        try:
            result = batch.run(jobs, out, client=client, on_event=progress, **options)
        finally:
            if progress.live is not None:
                progress.live.stop()
    except musicapi_client.InvalidRequestError as exc:
        fail(str(exc), 2)
        return
    except musicapi_client.MusicAPIError as exc:  # the batch stopped (a disk, a bug)
        fail(str(exc), 1)
        return
    except KeyboardInterrupt:
        click.echo(f"interrupted: `musicapi batch run {jobs} --out {out}` resumes", err=True)
        sys.exit(130)
    if as_json:
        click.echo(json.dumps({"summary": _summary(result)}, ensure_ascii=False))
    else:
        _print_counts(result.counts)
        spent = result.credits_spent
        click.echo(
            (
                f"credits: {spent:g} spent in this run (the account's balance before minus "
                f"after), about {result.credits_estimated:g} for the whole batch"
            )
            if spent is not None
            else f"credits: about {result.credits_estimated:g} (the balance could not be read)"
        )
        click.echo(f"manifest: {Path(out) / batch.MANIFEST}")
    sys.exit(result.exit_code)


@batch_group.command("restore")
@click.argument("jobs", type=click.Path(dir_okay=False))
@click.argument("dirs", nargs=-1, required=True, type=click.Path(file_okay=False, exists=True))
@click.option(
    "--redis", "redis_url", envvar="MUSICAPI_REDIS_URL", required=True,
    help="The Redis the workers run the batch through (redis:// URL).",
)  # fmt: skip
@click.option(
    "--allow-missing", is_flag=True,
    help="Restore even when a record names a worker whose directory is not given.",
)  # fmt: skip
@click.pass_context
def restore_command(
    ctx: click.Context, /, jobs: str, dirs: tuple[str, ...], redis_url: str, allow_missing: bool
) -> None:
    """Rebuild a shared batch Redis lost (flushed, restarted) from the records of its
    workers: DIRS are every worker's --out (copied here if they ran elsewhere). Jobs any
    record sent are never sent again; then run the workers again."""
    try:
        client = musicapi_client.AsyncMusicAPI(
            api_key=setting(ctx, "api_key"),
            base_url=setting(ctx, "base_url"),
            credit_prices=credit_prices(ctx),
            redis_url=redis_url,
        )
    except musicapi_client.MusicAPIError as exc:
        fail(client_failure(exc), 2)
        return

    async def run() -> batch.RestoreResult:
        try:
            return await batch.arestore(
                jobs, list(dirs), client=client, allow_missing=allow_missing
            )
        finally:
            await client.close()

    try:
        result = asyncio.run(run())
    except musicapi_client.InvalidRequestError as exc:
        fail(str(exc), 2)
        return
    except musicapi_client.MusicAPIError as exc:
        fail(str(exc), 1)
        return
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(
        f"batch {result.batch}: {result.restored} job(s) restored from the records, "
        f"{result.kept} already further in Redis, {result.planned} planned (to be sent)"
    )


def _print_counts(counts: dict[str, int]) -> None:
    shown = ", ".join(f"{counts[s]} {s}" for s in batch.STATES if counts.get(s))
    click.echo(f"jobs: {sum(counts.values())} ({shown or 'none'})")


@batch_group.command("status")
@click.argument("out", type=click.Path(file_okay=False), required=False)
@click.option("--redis", "redis_url", help="Show the batches shared through this Redis instead.")
@click.option("--json", "as_json", is_flag=True, help="The counts and every job, as JSON.")
@click.pass_context
def status_command(
    ctx: click.Context, /, out: str | None, redis_url: str | None, as_json: bool
) -> None:
    """Print a batch directory's journal (or, with --redis, every shared batch of the
    API key's project, or of $MUSICAPI_REDIS_NAMESPACE) as a table."""
    if redis_url:
        _shared_status(redis_url, setting(ctx, "api_key"), as_json)
        return
    if out is None:
        fail("give the batch directory (OUT), or --redis URL for shared batches", 2)
    try:
        journal = batch.open_journal(out)
    except musicapi_client.InvalidRequestError as exc:
        fail(str(exc), 2)
        return
    try:
        entries, counts = journal.entries(), journal.counts()
    finally:
        journal.close()
    if as_json:
        jobs = [
            {
                "id": e.id,
                "operation": e.operation,
                "status": e.state,
                "task_id": e.task_id,
                "files": e.files,
                "sends": e.sends,
                "error": e.error,
            }
            for e in entries
        ]
        click.echo(json.dumps({"counts": counts, "jobs": jobs}, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(show_header=True, header_style="bold")
    for column in ("id", "operation", "status", "task_id", "files", "error"):
        table.add_column(column, overflow="fold")
    for e in entries:
        table.add_row(
            e.id, e.operation, e.state, e.task_id or "", str(len(e.files)), (e.error or "")[:80]
        )
    Console(width=160).print(table)
    _print_counts(counts)


def _shared_status(redis_url: str, api_key: str | None, as_json: bool) -> None:
    """Each batch shared through Redis: its counts, its live workers, and (JSON) its jobs."""
    import os

    from musicapi_client._redis import RedisLink
    from musicapi_client._redis._connection import errors

    namespace = os.environ.get("MUSICAPI_REDIS_NAMESPACE")
    if not api_key and not namespace:
        fail(
            "shared batches live under the API key's namespace in Redis: give the key they "
            "ran with (--api-key or MUSICAPI_API_KEY), or MUSICAPI_REDIS_NAMESPACE",
            2,
        )
    try:
        link = RedisLink(redis_url, namespace=namespace, api_key=api_key)
        rows = asyncio.run(_shared_rows(link))
    except musicapi_client.MusicAPIError as exc:
        fail(str(exc), 2)
        return
    except errors() as exc:
        fail(f"Redis is unreachable ({type(exc).__name__})", 1)
        return
    if as_json:
        click.echo(json.dumps({"batches": rows}, ensure_ascii=False))
        return
    if not rows:
        click.echo("no shared batch in this Redis")
    for row in rows:
        click.echo(f"batch {row['batch']}: {len(row['workers'])} worker(s) running")
        _print_counts(row["counts"])


async def _shared_rows(link: Any) -> list[dict[str, Any]]:
    """Each shared batch of the project: its key, counts, live workers and jobs."""
    from musicapi_client.batch._shared_journal import shared_batches

    try:
        return [
            {
                "batch": key,
                "counts": await journal.counts(),
                "workers": workers,
                "jobs": [
                    {"id": e.id, "status": e.state, "task_id": e.task_id, "worker": e.worker,
                     "out": e.out, "files": e.files, "error": e.error}
                    for e in await journal.entries()
                ],
            }
            for key, journal, workers in await shared_batches(link)
        ]  # fmt: skip
    finally:
        await link.aclose()
