"""The client's sending, retrying, waiting, downloads and closing, written once.

This is the async client; ``_sync_client.py`` is generated from this file by
``generator/unasync.py`` (``make generate``), so the two cannot drift: edit here only, and
keep to the words its table turns into their sync twins (``await``, ``async with``,
``aclose``, ``asleep``, ``areserve``, ...). ``# unasync: async only`` ... ``# unasync: end``
marks what the sync client leaves out.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any, TypeVar, overload

from musicapi_client import _bounded, _budget, _request, _tracing
from musicapi_client._client_base import (
    DOWNLOAD_CHUNK_SIZE,
    T,
    _ClientBase,
    _download_span,
    _never_started,
    _Poll,
    _wait_span,
)
from musicapi_client._errors import (
    APIStatusError,
    ConfigurationError,
    MusicAPIError,
    complete,
    connection_error,
)
from musicapi_client._legacy_httpx import as_httpx2
from musicapi_client._logs import attempts_logged, log_attempt
from musicapi_client._pacing import DEFAULT_CREATE_INTERVAL
from musicapi_client._request import JSONObject, request_secrets
from musicapi_client._request_options import NO_OPTIONS, CallOptions, call_options
from musicapi_client._response import with_request_id
from musicapi_client._task import failed_task

R = TypeVar("R")  # what a custom call's answer is read into

if TYPE_CHECKING:
    import asyncio
    import os
    from collections.abc import AsyncIterator, Callable, Mapping
    from pathlib import Path
    from types import TracebackType
    from typing import Self

    import httpx2

    from musicapi_client._clock import Clock
    from musicapi_client._download import Format
    from musicapi_client._operation import Family, Operation
    from musicapi_client._task import AsyncProgressCallback, Clip, Task, Until
    from musicapi_client._wait import PollSchedule


class AsyncClient(_ClientBase):
    """Asynchronous MusicAPI client.

    ``api_key`` defaults to ``$MUSICAPI_API_KEY`` and ``base_url`` to ``$MUSICAPI_BASE_URL``
    or https://api.musicapi.ai. ``timeout`` (seconds or ``httpx2.Timeout``) defaults to 60 s
    reads and 10 s connects. ``http_client`` lets you bring your own ``httpx2.AsyncClient``
    (proxies, transports); it is not closed by :meth:`close`. ``max_response_bytes`` caps
    what one answer may hold in memory (8 MiB). ``create_interval`` paces creates: at most
    one task started every 3 s (MusicAPI's limit per key), a burst queues here; 0 turns
    it off. ``webhook_secret`` (or ``$MUSICAPI_WEBHOOK_SECRET``) verifies deliveries with
    ``client.webhooks.unwrap``. ``credit_prices={"sonic.create": 20}`` overrides the spec's
    price estimates (see :attr:`credit_prices`). ``max_credits`` is a spend limit: every
    call that costs credits reserves its price first and is refused
    (``BudgetExceededError``, nothing sent) past it; see :meth:`budget`. ``redis_url``
    (or ``$MUSICAPI_REDIS_URL``; or a redis-py client as ``redis=``) coordinates processes
    that share the key: pacing, spend limits, webhook hubs, batches (the ``[redis]``
    extra), under a namespace derived from the key and the webhook secret, or
    ``redis_namespace=`` (``$MUSICAPI_REDIS_NAMESPACE``). ``clock`` is for tests
    (:class:`musicapi_client.testing.FakeClock`). The async client also takes
    ``max_concurrency``: a cap on the requests in flight at once (set it to your pool size
    when you run hundreds of tasks: requests then wait here, cheaply, instead of in
    httpcore's pool queue, which slows down as it grows).
    """

    _http: httpx2.AsyncClient
    # unasync: async only
    _limiter: asyncio.Semaphore | None
    # unasync: end

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx2.AsyncClient | None = None,
        poll_schedule: PollSchedule | None = None,
        # unasync: async only
        max_concurrency: int | None = None,
        # unasync: end
        max_response_bytes: int = _bounded.DEFAULT_MAX_RESPONSE_BYTES,
        clock: Clock | None = None,
        create_interval: float = DEFAULT_CREATE_INTERVAL,
        webhook_secret: str | None = None,
        credit_prices: Mapping[str, float] | None = None,
        max_credits: float | None = None,
        redis_url: str | None = None,
        redis: Any = None,
        redis_namespace: str | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            poll_schedule=poll_schedule,
            shared_client=http_client is not None,
            max_response_bytes=max_response_bytes,
            clock=clock,
            create_interval=create_interval,
            webhook_secret=webhook_secret,
            credit_prices=credit_prices,
            max_credits=max_credits,
            redis_url=redis_url,
            redis=redis,
            redis_namespace=redis_namespace,
            default_headers=default_headers,
            default_query=default_query,
        )
        # unasync: async only
        self._limiter = None
        if max_concurrency is not None and (
            isinstance(max_concurrency, bool)
            or not isinstance(max_concurrency, int)
            or max_concurrency < 1
        ):
            raise ConfigurationError(
                "max_concurrency must be an int >= 1 (or None for no cap)",
                option="max_concurrency",
            )
        if max_concurrency:
            import asyncio  # here, as in _clock: importing the package does not load asyncio

            self._limiter = asyncio.Semaphore(max_concurrency)
        # unasync: end
        self._use_http(http_client, async_=True)

    # ---------------------------------------------------------------- sending

    async def _send(
        self,
        request: httpx2.Request,
        *,
        stream: bool = False,
        retries: bool = True,
        credentials: bool = True,
    ) -> httpx2.Response:
        """Send one request, retrying as the policy allows; return a 2xx answer.

        The body is read (bounded) unless ``stream``; a POST never follows a redirect.
        Raises typed errors; :meth:`_execute` completes them.
        """
        limit = self._settings.max_response_bytes
        idempotent = request.method == "GET"
        auth = self._stack.use_client_auth if credentials else None
        debug = attempts_logged()
        attempt = 0
        while True:
            since = time.perf_counter() if debug else None
            try:
                if self._limiter is None:  # unasync: unwrap
                    response = await self._http.send(
                        request, stream=True, follow_redirects=idempotent, auth=auth
                    )
                # unasync: async only
                else:
                    async with self._limiter:  # max_concurrency: wait here, not in the pool
                        response = await self._http.send(
                            request, stream=True, follow_redirects=idempotent, auth=auth
                        )
                # unasync: end
                ok = 200 <= response.status_code < 300
                if ok and stream:
                    return response
                await _bounded.read_async(response, limit, truncate=not ok)
            except self._send_errors as exc:
                if debug:
                    log_attempt(request, type(exc).__name__, since, attempt)
                _tracing.attempt(attempt, type(exc).__name__)
                delay = self._delay_after_failure(as_httpx2(exc), request, attempt, retries)
            except MusicAPIError:
                raise
            except Exception as exc:  # what the transport let through raw (h11's errors ...)
                self._check_open()  # or httpx2's own: the client closed while this waited
                raise self._unexpected(exc, request, since, attempt) from exc
            else:
                if debug:
                    log_attempt(request, response.status_code, since, attempt)
                _tracing.attempt(attempt, response.status_code)
                if ok:
                    return response
                delay = self._delay_after_status(response, attempt, retries)
            _tracing.retry(attempt + 1, delay)
            await self._clock.asleep(delay)
            attempt += 1

    async def _execute(
        self,
        op: Operation,
        request: httpx2.Request,
        parse: Callable[[httpx2.Response], T],
        *,
        task_id: str | None = None,
        retries: bool = True,
    ) -> T:
        """Send ``request`` and ``parse`` its answer, in a span when the application traces."""
        entered = self._trace(op, task_id)
        if entered is None:
            return await self._exchange(request, parse, task_id, retries)
        try:
            result = await self._exchange(request, parse, task_id, retries)
        except BaseException as exc:
            _tracing.leave(entered, exc, None)
            raise
        _tracing.leave(entered, None, _tracing.result_attributes(result))
        return result

    async def _exchange(
        self,
        request: httpx2.Request,
        parse: Callable[[httpx2.Response], T],
        task_id: str | None,
        retries: bool,
    ) -> T:
        """Send ``request`` and ``parse`` its answer; every error leaves here completed."""
        secrets = request_secrets(request, self._settings)
        try:
            response = await self._send(request, retries=retries)
            result = with_request_id(parse(response), response, secrets)
        except MusicAPIError as error:
            complete(error, request.method, task_id, secrets)
            raise
        if self._recorder is not None:
            self._recorder.record(response, secrets)
        return result

    # ---------------------------------------------------------------- the verbs
    # What the generated resources (and hubs, batches) ask of a client: they read nothing
    # else of it. Each builds the request, sends it, and completes any error.

    async def _call_operation(
        self,
        op: Operation,
        params: dict[str, Any] | None,
        extra: object,
        options: CallOptions = NO_OPTIONS,
    ) -> Any:
        """Send a call and read its model; an answer still "preparing" is asked again
        (free, on the operation's schedule)."""
        repeating = _request.Repeating(op, self._clock)
        parse = _request.model_parser(op)
        request = self._request(op, params, extra, options)
        price = self._price_to_reserve(op)  # a priced call (an upload): the spend limit
        if price:
            await self._reserve(op, price)
        try:
            result = await self._execute(op, request, parse)
        except MusicAPIError as error:
            if price:
                await self._give_back(price, True, error)
            raise
        while (delay := repeating.delay(result)) is not None:  # repeats are free
            await self._clock.asleep(delay)
            result = await self._execute(op, self._request(op, params, extra, options), parse)
        return result

    async def _create_task(
        self,
        op: Operation,
        params: dict[str, Any],
        extra: object,
        options: CallOptions = NO_OPTIONS,
    ) -> dict[str, Any]:
        """Send a create on the next pacing slot; the TaskCreated's fields."""
        request = self._request(op, params, extra, options)  # bad input: nothing reserved
        price = self._price_to_reserve(op)
        return await self._send_paced(op, request, _request.created_parser(op), price)

    async def _send_paced(
        self,
        op: Operation,
        request: httpx2.Request,
        parse: Callable[[httpx2.Response], T],
        price: float,
    ) -> T:
        """Send a POST that may start paid work: its price reserved from the spend limit
        (BudgetExceededError, nothing sent, before a slot is taken), on the next pacing
        slot, never twice. The reservation goes back only when it provably never started."""
        if price:
            await self._reserve(op, price)
        sent = False
        try:
            await self._pacer.asleep_for_slot(self._clock)
            self._check_open()  # closed while it waited for its slot: nothing is sent
            sent = True
            return await self._execute(op, request, parse)
        except BaseException as error:
            if price:
                await self._give_back(price, sent, error)
            raise

    async def _reserve(self, op: Operation, price: float) -> None:
        """Reserve a priced call's price from the spend limit (BudgetExceededError, and
        nothing sent, past it)."""
        await self._budgets.areserve(self._budget_name, self._budget_limit or 0.0, price, op.key)

    async def _give_back(self, price: float, sent: bool, error: BaseException) -> None:
        """Return the reservation of a call that failed with ``error``, only when it
        provably never started; one that may have started keeps it."""
        if _never_started(sent, error):
            await self._budgets.arelease(self._budget_name, price)

    async def _take_create_slot(self) -> None:
        """Wait for this client's next pacing slot (a caller that creates on its own)."""
        await self._pacer.asleep_for_slot(self._clock)

    async def _pause(self, seconds: float) -> None:
        """Sleep on the client's clock."""
        await self._clock.asleep(seconds)

    async def _poll_task(
        self,
        family: Family,
        op: Operation,
        task_id: str,
        expected: int | None,
        remaining: float | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> Task:
        """One poll of a task. Inside a wait (``remaining`` given) it is not retried here:
        the wait retries within its deadline."""
        request = self._poll_request(op, task_id, remaining, options)
        parse = _request.task_parser(family, op, task_id, expected)
        try:
            return await self._execute(
                op, request, parse, task_id=task_id, retries=remaining is None
            )
        except APIStatusError as error:
            failed = failed_task(family.name, task_id, error.status_code, error.body)
            if failed is None:
                raise
            return failed

    async def _wait_task(
        self,
        family: Family,
        op: Operation,
        task_id: str,
        expected: int | None,
        *,
        timeout: float,
        on_progress: AsyncProgressCallback | None,
        until: Until,
        clock: Clock | None = None,
        since: float | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> Task:
        """Poll a task on the client's schedule until it is done or ``timeout`` passes."""
        from musicapi_client._wait import wait_async  # on first use: keeps the import light

        with _tracing.span(*_wait_span(family, task_id)) as span:
            task = await wait_async(
                AsyncTaskPoll(self, family, op, task_id, expected, options),
                family=family,
                task_id=task_id,
                timeout=timeout,
                on_progress=on_progress,
                confirm=expected is None,
                until=until,
                expected=expected,
                since=since,
                **self._wait_options(clock),
            )
            _tracing.annotate(span, {"musicapi.task_status": task.status})
            return task

    # ---------------------------------------------------------------- what the spec lacks

    @overload
    async def get(
        self,
        path: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> JSONObject: ...

    @overload
    async def get(
        self,
        path: str,
        *,
        cast_to: type[R],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> R: ...

    async def get(
        self,
        path: str,
        *,
        cast_to: type[Any] = dict,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Any:
        """GET a path the spec does not describe yet (``/api/v1/...``, under the base URL)
        with the client's key, retries (a read: retried like a poll) and typed errors.
        The answer as a dict (``cast_to=dict``, the default), ``str``, ``bytes`` or a
        pydantic model class; a result keeps its ``_request_id``."""
        options = call_options(extra_headers, extra_query, timeout)
        op, request, parse, _ = self._custom("GET", path, None, cast_to, options, None)
        return await self._execute(op, request, parse)

    @overload
    async def post(
        self,
        path: str,
        *,
        body: Mapping[str, object] | None = None,
        credits: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> JSONObject: ...

    @overload
    async def post(
        self,
        path: str,
        *,
        cast_to: type[R],
        body: Mapping[str, object] | None = None,
        credits: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> R: ...

    async def post(
        self,
        path: str,
        *,
        cast_to: type[Any] = dict,
        body: Mapping[str, object] | None = None,
        credits: float | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        timeout: float | httpx2.Timeout | None = None,
    ) -> Any:
        """POST ``body`` (a JSON object) to a path the spec does not describe yet, treated
        as a create: on the next pacing slot, never resent once it may have reached the
        server (a timeout or a 5xx is an error whose ``outcome_unknown`` says so), within
        the spend limit: ``credits`` is its price (required when the client has
        ``max_credits``; 0 if it is free). The answer as in :meth:`get`."""
        options = call_options(extra_headers, extra_query, timeout)
        op, request, parse, price = self._custom("POST", path, body, cast_to, options, credits)
        return await self._send_paced(op, request, parse, price)

    # ---------------------------------------------------------------- audio

    async def download(
        self,
        clip: Clip,
        dest: str | os.PathLike[str] = ".",
        *,
        chunk_size: int = DOWNLOAD_CHUNK_SIZE,
        format: Format = "audio",
        partial: bool = False,
        provenance: bool = False,
    ) -> Path:
        """Stream ``clip.audio_url`` into ``dest`` (a directory or a file path); return the path.

        ``format="wav"`` fetches ``clip.wav_url`` instead (producer clips have both: m4a
        and wav). Written to a temporary file and renamed when complete; no credential
        is sent. A clip still streaming is refused (InvalidRequestError: wait until it
        is complete) unless ``partial=True``, which saves what has streamed so far as
        ``<name>.partial.<ext>``. ``provenance=True`` marks the file as AI-generated in its
        own metadata (ID3 TXXX, MP4 freeform, RIFF INFO; the ``[provenance]`` extra).
        """
        from musicapi_client import _download  # on first use: keeps the import light

        _download.check_finished(clip, partial)
        if provenance:
            from musicapi_client._provenance import check_available

            check_available()
        self._check_open()
        request = _download.audio_request(self._http, clip, format)
        where = _download.destination(dest, format, partial=partial, provenance=provenance)
        with _tracing.span(*_download_span(clip, format)):
            try:
                response = await self._send(request, stream=True, credentials=False)
                try:
                    with _download.writer(response, where, clip) as (final, out):
                        async for chunk in response.aiter_bytes(chunk_size):
                            out.write(chunk)
                finally:
                    await response.aclose()
            except self._send_errors as exc:
                failure = connection_error(as_httpx2(exc), request)
                error = complete(failure, "GET", None, self._settings.secrets)
                raise error from exc
            except MusicAPIError as error:
                complete(error, "GET", None, self._settings.secrets)
                raise
            return final

    def stream_audio(self, clip: Clip, *, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """Listen early: the bytes of ``clip``'s live stream as it grows (its
        :attr:`~musicapi_client.Clip.stream_url` while it is ``streaming``; a finished
        clip's file otherwise), for a player or a socket: ``async for chunk in
        client.stream_audio(clip)``. Never saved as the song: use :meth:`download` once
        the task is complete. Each chunk is what arrived (or ``chunk_size`` bytes). A clip
        with nothing to listen to yet is an InvalidRequestError, before anything is sent."""
        from musicapi_client import _download  # on first use: keeps the import light

        self._check_open()
        request = _download.live_request(self._http, clip)
        return self._live_bytes(request, chunk_size)

    async def _live_bytes(
        self, request: httpx2.Request, chunk_size: int | None
    ) -> AsyncIterator[bytes]:
        try:
            response = await self._send(request, stream=True, credentials=False)
            try:
                async for chunk in response.aiter_bytes(chunk_size):
                    yield chunk
            finally:
                await response.aclose()
        except self._send_errors as exc:
            failure = connection_error(as_httpx2(exc), request)
            raise complete(failure, "GET", None, self._settings.secrets) from exc
        except MusicAPIError as error:
            complete(error, "GET", None, self._settings.secrets)
            raise

    # ---------------------------------------------------------------- spend limits

    async def budget(self, name: str | None = None) -> _budget.BudgetStatus:
        """The spend limit's budget ``name`` (this client's by default): its limit, what
        is reserved, what is left. With Redis: across every process of the project."""
        label = self._budget_name if name is None else _budget.check_name(name)
        return self._budget_status(label, await self._budgets.areserved(label))

    async def reset_budget(self, name: str | None = None) -> None:
        """Start budget ``name`` (this client's by default) again from nothing reserved
        (a new month, a tenant's new plan)."""
        await self._budgets.areset(self._budget_name if name is None else _budget.check_name(name))

    # ---------------------------------------------------------------- closing

    async def close(self) -> None:
        """Close the HTTP connection pool (unless it was passed in) and the Redis
        connections the client opened. Calls made afterwards raise ClientClosedError."""
        if self._owns_http:
            await self._http.aclose()
        if self._redis is not None and self._owns_redis:
            await self._redis.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()


class AsyncTaskPoll(_Poll["AsyncClient"]):
    """One task's poll, as a wait repeats it: ``poll(remaining)`` asks the API once, its
    timeout within the ``remaining`` seconds of the wait."""

    __slots__ = ()

    async def __call__(self, remaining: float | None) -> Task:
        return await self.client._poll_task(
            self.family, self.op, self.task_id, self.expected, remaining, self.options
        )
