"""The bases of the clients users construct: :class:`SyncClient` and :class:`AsyncClient`.

The generated ``MusicAPI`` and ``AsyncMusicAPI`` subclass them and add one attribute per
docs section (``client.sonic``, ...). Here: configuration, sending with retries, reading
answers with a memory ceiling, completing errors, downloads, closing.
"""

from __future__ import annotations

import copy
import dataclasses
import time
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, cast

import httpx2

from musicapi_client import _bounded, _budget, _config, _prices, _request, _tracing
from musicapi_client._clock import SYSTEM_CLOCK, Clock
from musicapi_client._errors import (
    APIStatusError,
    ConfigurationError,
    InvalidRequestError,
    MusicAPIError,
    complete,
    connection_error,
    status_error,
)
from musicapi_client._legacy_httpx import NATIVE, HTTPStack, as_httpx2, stack_of
from musicapi_client._logs import attempts_logged, log_attempt
from musicapi_client._pacing import DEFAULT_CREATE_INTERVAL, Pacer
from musicapi_client._request import request_headers, request_secrets
from musicapi_client._request_options import (
    NO_OPTIONS,
    CallOptions,
    check_headers,
    check_query,
    merge_headers,
)
from musicapi_client._response import ResponseRecorder, with_request_id
from musicapi_client._task import failed_task

if TYPE_CHECKING:
    import os
    from collections.abc import AsyncIterator, Callable, Iterator, Mapping
    from pathlib import Path
    from types import TracebackType

    from musicapi_client._download import Format
    from musicapi_client._operation import Catalog, Family, Operation
    from musicapi_client._redis import RedisLink
    from musicapi_client._redis._pacer import RedisPacer
    from musicapi_client._task import AsyncProgressCallback, Clip, ProgressCallback, Task, Until
    from musicapi_client._wait import PollSchedule
    from musicapi_client.webhooks._verify import Webhooks

T = TypeVar("T")
DOWNLOAD_CHUNK_SIZE = 64 * 1024  # bytes read from the network at a time
# Besides the HTTP library's own (see _legacy_httpx.HTTPStack): reading a body bounded.
BODY_ERRORS: tuple[type[Exception], ...] = (
    _bounded.BodyDecodingError,
    _bounded.BodyTooLargeError,
)


class _ClientBase:
    """Settings, options and repr common to both clients."""

    _settings: _config.Settings
    _http: httpx2.Client | httpx2.AsyncClient
    _headers: dict[str, str]
    _stack: HTTPStack
    _send_errors: tuple[type[Exception], ...]

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx2.Timeout | None,
        max_retries: int,
        poll_schedule: PollSchedule | None,
        shared_client: bool,
        max_response_bytes: int,
        clock: Clock | None,
        create_interval: float,
        webhook_secret: str | None,
        credit_prices: Mapping[str, float] | None,
        max_credits: float | None,
        redis_url: str | None,
        redis: Any,
        redis_namespace: str | None,
        default_headers: Mapping[str, str] | None,
        default_query: Mapping[str, object] | None,
    ) -> None:
        settings = _config.resolve_settings(
            api_key,
            base_url,
            timeout,
            max_retries,
            poll_schedule,
            shared_client=shared_client,
            max_response_bytes=max_response_bytes,
            webhook_secret=webhook_secret,
        )
        self._settings = dataclasses.replace(
            settings,
            default_headers=check_headers(default_headers, "default_headers"),
            default_query=check_query(default_query, "default_query"),
        )
        if clock is not None and not isinstance(clock, Clock):
            raise ConfigurationError(
                "clock must have monotonic(), sleep() and asleep()", option="clock"
            )
        self._clock: Clock = clock or SYSTEM_CLOCK
        # Coordination across processes, when asked for: nothing Redis is imported otherwise.
        self._redis = _config.redis_link(redis_url, redis, redis_namespace, self._settings)
        self._owns_redis = True  # a with_options() copy shares it and leaves it open
        # One pacer per client, shared by its with_options() copies: creates queue here
        # (or, with Redis, in every process that shares the key).
        self._pacer = self._new_pacer(create_interval)
        self._owns_http = not shared_client
        self._recorder: ResponseRecorder | None = None  # set on with_raw_response's copies
        self._credit_prices = (
            _prices.check_prices(credit_prices, type(self).catalog()) if credit_prices else {}
        )
        # The spend limit: a named budget every priced call reserves from (shared by the
        # with_options() copies; in Redis with redis_url).
        self._budget_limit = _budget.check_limit(max_credits)
        self._budget_name = _budget.DEFAULT_BUDGET
        self._reserved_prices: dict[str, float] = {}  # by operation, as first looked up
        self._budgets = _budget.budgets_for(self._redis)
        # The documented error answers the spec tells apart (a 403's copyright refusal).
        self._error_kinds = type(self).catalog().error_kinds

    def _new_pacer(self, interval: float) -> Pacer | RedisPacer:
        if self._redis is None:
            return Pacer(interval)
        from musicapi_client._redis._pacer import RedisPacer

        return RedisPacer(self._redis, self._settings.api_key, interval)

    def _coordination(self) -> RedisLink | None:
        """The Redis server this client coordinates through (hubs, batches), if any."""
        return self._redis

    def _price_to_reserve(self, op: Operation) -> float:
        """What a call of ``op`` reserves from the spend limit (0: no limit, or free)."""
        if self._budget_limit is None:
            return 0.0
        known = self._reserved_prices.get(op.key)
        if known is not None:
            return known
        price = self._credit_prices.get(op.key, op.credits) if op.endpoint.method == "POST" else 0
        if price is None and op.role == "create":
            raise InvalidRequestError(
                f"{op.key} has no known price, so the spend limit cannot hold it: give "
                f"credit_prices={{{op.key!r}: N}} to the client",
                field="credit_prices",
            )
        found = self._reserved_prices[op.key] = float(price or 0)  # no price: a free call
        return found

    def _budget_status(self, name: str | None, reserved: float) -> _budget.BudgetStatus:
        label = self._budget_name if name is None else name
        return _budget.BudgetStatus(label, self._budget_limit, reserved)

    @property
    def base_url(self) -> str:
        """The API root every request goes to."""
        return self._settings.base_url

    @property
    def max_retries(self) -> int:
        """How many times a retryable request is repeated."""
        return self._settings.retry.max_retries

    @property
    def credit_prices(self) -> dict[str, float | None]:
        """What each operation costs, by key (``sonic.create``): the spec's estimates
        (dated in each method's docstring), overridden by ``credit_prices=``. Estimates
        plan; a batch measures what it really spends on the account's balance."""
        return _prices.price_table(self.catalog(), self._credit_prices)

    @property
    def poll_schedule(self) -> PollSchedule:
        """The schedule ``wait()`` polls on."""
        return self._settings.schedule

    def with_options(
        self,
        *,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int | None = None,
        poll_schedule: PollSchedule | None = None,
        create_interval: float | None = None,
        default_headers: Mapping[str, str] | None = None,
        default_query: Mapping[str, object] | None = None,
        max_credits: float | None = None,
        budget: str | None = None,
    ) -> Self:
        """A copy with some settings changed, sharing this client's connection pool.

        ``client.with_options(timeout=5, max_retries=0).credits.get()``; closing the copy
        leaves the pool open. The copy shares the create pacing unless ``create_interval``
        gives it its own. It keeps this client's ``default_headers`` and
        ``default_query``; those given here are added (a header of the same name replaces).
        ``budget="user-17"`` makes its priced calls reserve from that named budget (one
        end user, one tenant), under ``max_credits`` (or this client's limit); the
        reservations are shared with every copy, and with Redis every process.
        """
        clone = copy.copy(self)
        # Public attributes are the resources cached on the original, bound to it.
        for name in [key for key in clone.__dict__ if not key.startswith("_")]:
            del clone.__dict__[name]
        changes: dict[str, object] = {}
        if timeout is not None:
            changes["timeout"] = changes["request_timeout"] = _config.resolve_timeout(timeout)
        if max_retries is not None:
            _config.check_max_retries(max_retries)
            changes["retry"] = dataclasses.replace(self._settings.retry, max_retries=max_retries)
        if poll_schedule is not None:
            changes["schedule"] = poll_schedule
        if default_headers is not None:
            added = check_headers(default_headers, "default_headers")
            changes["default_headers"] = tuple(
                merge_headers(dict(self._settings.default_headers), added).items()
            )
        if default_query is not None:
            added_query = check_query(default_query, "default_query")
            names = {key for key, _ in added_query}
            kept = tuple(pair for pair in self._settings.default_query if pair[0] not in names)
            changes["default_query"] = kept + added_query
        if max_credits is not None:
            clone._budget_limit = _budget.check_limit(max_credits)
        if budget is not None:
            clone._budget_name = _budget.check_name(budget)
        clone._settings = dataclasses.replace(self._settings, **changes)  # type: ignore[arg-type]
        clone._headers = request_headers(clone._settings, self._http)
        if create_interval is not None:
            clone._pacer = self._new_pacer(create_interval)
        clone._owns_http = False
        clone._owns_redis = False
        return clone

    def _trace(self, op: Operation, task_id: str | None) -> _tracing.Entered | None:
        """The started, current span of one SDK call, or None (cheaply) when the
        application does not trace."""
        tracer = _tracing.tracer()
        if tracer is None:
            return None
        attributes: _tracing.Attributes = {
            "musicapi.operation": op.key,
            "musicapi.family": op.family,
        }
        if task_id is not None:
            attributes["musicapi.task_id"] = task_id
        credits = self._credit_prices.get(op.key, op.credits)
        if op.role == "create" and credits is not None:
            attributes["musicapi.credits_estimate"] = credits
        span = _tracing.start(f"musicapi {op.key}", None, tracer)
        return None if span is None else _tracing.enter(span, attributes)

    def _recording(self) -> tuple[Self, ResponseRecorder]:
        """A copy that keeps the last answer it reads (what ``with_raw_response`` returns)."""
        clone = self.with_options()
        clone._recorder = ResponseRecorder()
        return clone, clone._recorder

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(base_url={self.base_url!r}, api_key='***', max_retries={self.max_retries})"

    def _use_http(self, http_client: object, *, async_: bool) -> None:
        """Take ``http_client`` (or a new httpx2 pool) as the connection pool."""
        self._stack = NATIVE if http_client is None else stack_of(http_client, async_=async_)
        self._send_errors = self._stack.send_errors + BODY_ERRORS
        if http_client is None:
            pool = httpx2.AsyncClient if async_ else httpx2.Client
            http_client = pool(
                timeout=self._settings.timeout,
                follow_redirects=True,
                headers=_config.DEFAULT_HEADERS,
            )
        self._http = cast("httpx2.Client | httpx2.AsyncClient", http_client)
        self._headers = request_headers(self._settings, self._http)

    def _request(
        self, op: Operation, params: dict[str, Any] | None, extra: object, options: CallOptions
    ) -> Any:
        """The request of a create or call; InvalidRequestError (nothing sent) if bad."""
        return _request.call_request(
            self._http, self._settings, self._headers, op, params, extra, options
        )

    def _poll_request(
        self, op: Operation, task_id: str, remaining: float | None, options: CallOptions
    ) -> Any:
        return _request.poll_request(
            self._http, self._settings, self._headers, op, task_id, remaining, options
        )

    def _wait_options(self, clock: Clock | None) -> dict[str, Any]:
        """What every wait of this client shares: its schedule, retry policy and clock."""
        return {
            "schedule": self._settings.schedule,
            "retry": self._settings.retry,
            "clock": clock or self._clock,
        }

    def _clock_for_waits(self) -> Clock:
        """The clock this client's waits run on (the webhook hubs listen on it)."""
        return self._clock

    def _delay_after_failure(
        self, exc: Exception, request: httpx2.Request, attempt: int, retries: bool
    ) -> float:
        """Seconds to wait before resending after ``exc``; raises the typed error instead."""
        idempotent = request.method == "GET"
        policy = self._settings.retry
        delay = policy.delay_for_error(exc, idempotent=idempotent, attempt=attempt)
        if delay is None or not retries:
            raise connection_error(exc, request) from exc
        return delay

    def _unexpected(
        self, exc: Exception, request: httpx2.Request, since: float | None, attempt: int
    ) -> MusicAPIError:
        """The typed error for an exception the HTTP stack did not wrap (a protocol
        library's own, say): never retried; after a POST its outcome is unknown."""
        if since is not None:
            log_attempt(request, type(exc).__name__, since, attempt)
        _tracing.attempt(attempt, type(exc).__name__)
        error = connection_error(exc, request)
        error.transient = False
        return error

    def _delay_after_status(self, response: httpx2.Response, attempt: int, retries: bool) -> float:
        """Seconds to wait before resending after an error status; raises the error instead."""
        idempotent = response.request.method == "GET"
        policy = self._settings.retry
        delay = policy.delay_for_response(response, idempotent=idempotent, attempt=attempt)
        if delay is None or not retries:
            raise status_error(response, self._error_kinds)
        return delay

    @property
    def webhooks(self) -> Webhooks:
        """Verify deliveries with the client's ``webhook_secret`` (or $MUSICAPI_WEBHOOK_SECRET)."""
        from musicapi_client.webhooks._verify import Webhooks  # on first use: keeps import light

        return Webhooks(self._settings.webhook_secret, self.catalog())

    @classmethod
    def catalog(cls) -> Catalog:
        """Every family and operation this client offers (the generated subclass knows)."""
        raise NotImplementedError(f"{cls.__name__} is a base class; use musicapi_client.MusicAPI")


class SyncClient(_ClientBase):
    """Synchronous MusicAPI client.

    ``api_key`` defaults to ``$MUSICAPI_API_KEY`` and ``base_url`` to ``$MUSICAPI_BASE_URL``
    or https://api.musicapi.ai. ``timeout`` (seconds or ``httpx2.Timeout``) defaults to 60 s
    reads and 10 s connects. ``http_client`` lets you bring your own ``httpx2.Client``
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
    (:class:`musicapi_client.testing.FakeClock`).
    """

    _http: httpx2.Client

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx2.Client | None = None,
        poll_schedule: PollSchedule | None = None,
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
        self._use_http(http_client, async_=False)

    def _send(
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
                response = self._http.send(
                    request, stream=True, follow_redirects=idempotent, auth=auth
                )
                ok = 200 <= response.status_code < 300
                if ok and stream:
                    return response
                _bounded.read_sync(response, limit, truncate=not ok)
            except self._send_errors as exc:
                if debug:
                    log_attempt(request, type(exc).__name__, since, attempt)
                _tracing.attempt(attempt, type(exc).__name__)
                delay = self._delay_after_failure(as_httpx2(exc), request, attempt, retries)
            except MusicAPIError:
                raise
            except Exception as exc:  # what the transport let through raw (h11's errors ...)
                raise self._unexpected(exc, request, since, attempt) from exc
            else:
                if debug:
                    log_attempt(request, response.status_code, since, attempt)
                _tracing.attempt(attempt, response.status_code)
                if ok:
                    return response
                delay = self._delay_after_status(response, attempt, retries)
            _tracing.retry(attempt + 1, delay)
            self._clock.sleep(delay)
            attempt += 1

    def _execute(
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
            return self._exchange(request, parse, task_id, retries)
        try:
            result = self._exchange(request, parse, task_id, retries)
        except BaseException as exc:
            _tracing.leave(entered, exc, None)
            raise
        _tracing.leave(entered, None, _tracing.result_attributes(result))
        return result

    def _exchange(
        self,
        request: httpx2.Request,
        parse: Callable[[httpx2.Response], T],
        task_id: str | None,
        retries: bool,
    ) -> T:
        """Send ``request`` and ``parse`` its answer; every error leaves here completed."""
        secrets = request_secrets(request, self._settings)
        try:
            response = self._send(request, retries=retries)
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

    def _call_operation(
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
            self._budgets.reserve(self._budget_name, self._budget_limit or 0.0, price, op.key)
        try:
            result = self._execute(op, request, parse)
        except MusicAPIError as error:
            if price and _never_started(True, error):
                self._budgets.release(self._budget_name, price)
            raise
        while (delay := repeating.delay(result)) is not None:  # repeats are free
            self._clock.sleep(delay)
            result = self._execute(op, self._request(op, params, extra, options), parse)
        return result

    def _create_task(
        self,
        op: Operation,
        params: dict[str, Any],
        extra: object,
        options: CallOptions = NO_OPTIONS,
    ) -> dict[str, Any]:
        """Send a create on the next pacing slot; the TaskCreated's fields."""
        request = self._request(op, params, extra, options)  # bad input: nothing reserved
        price = self._price_to_reserve(op)
        if price:  # refused here (BudgetExceededError) before a slot is taken
            self._budgets.reserve(self._budget_name, self._budget_limit or 0.0, price, op.key)
        sent = False
        try:
            self._pacer.sleep_for_slot(self._clock)
            sent = True
            return self._execute(op, request, _request.created_parser(op))
        except BaseException as error:
            if price and not (
                sent and (not isinstance(error, MusicAPIError) or error.outcome_unknown)
            ):
                self._budgets.release(self._budget_name, price)  # it provably never started
            raise

    def _take_create_slot(self) -> None:
        """Wait for this client's next pacing slot (a caller that creates on its own)."""
        self._pacer.sleep_for_slot(self._clock)

    def _pause(self, seconds: float) -> None:
        """Sleep on the client's clock."""
        self._clock.sleep(seconds)

    def _poll_task(
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
            return self._execute(op, request, parse, task_id=task_id, retries=remaining is None)
        except APIStatusError as error:
            failed = failed_task(family.name, task_id, error.status_code, error.body)
            if failed is None:
                raise
            return failed

    def _wait_task(
        self,
        family: Family,
        op: Operation,
        task_id: str,
        expected: int | None,
        *,
        timeout: float,
        on_progress: ProgressCallback | None,
        until: Until,
        clock: Clock | None = None,
        since: float | None = None,
        options: CallOptions = NO_OPTIONS,
    ) -> Task:
        """Poll a task on the client's schedule until it is done or ``timeout`` passes."""
        from musicapi_client._wait import wait_sync  # on first use: keeps the import light

        with _tracing.span(*_wait_span(family, task_id)) as span:
            task = wait_sync(
                TaskPoll(self, family, op, task_id, expected, options),
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

    def download(
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
        request = _download.audio_request(self._http, clip, format)
        where = _download.destination(dest, format, partial=partial, provenance=provenance)
        with _tracing.span(*_download_span(clip, format)):
            try:
                response = self._send(request, stream=True, credentials=False)
                try:
                    with _download.writer(response, where, clip) as (final, out):
                        for chunk in response.iter_bytes(chunk_size):
                            out.write(chunk)
                finally:
                    response.close()
            except self._send_errors as exc:
                failure = connection_error(as_httpx2(exc), request)
                error = complete(failure, "GET", None, self._settings.secrets)
                raise error from exc
            except MusicAPIError as error:
                complete(error, "GET", None, self._settings.secrets)
                raise
            return final

    def stream_audio(self, clip: Clip, *, chunk_size: int | None = None) -> Iterator[bytes]:
        """Listen early: the bytes of ``clip``'s live stream as it grows (its
        :attr:`~musicapi_client.Clip.stream_url` while it is ``streaming``; a finished
        clip's file otherwise), for a player or a socket. Never saved as the song: use
        :meth:`download` once the task is complete. Each chunk is what arrived (or
        ``chunk_size`` bytes). A clip with nothing to listen to yet is an
        InvalidRequestError, before anything is sent."""
        from musicapi_client import _download  # on first use: keeps the import light

        request = _download.live_request(self._http, clip)
        return self._live_bytes(request, chunk_size)

    def _live_bytes(self, request: httpx2.Request, chunk_size: int | None) -> Iterator[bytes]:
        try:
            response = self._send(request, stream=True, credentials=False)
            try:
                yield from response.iter_bytes(chunk_size)
            finally:
                response.close()
        except self._send_errors as exc:
            failure = connection_error(as_httpx2(exc), request)
            raise complete(failure, "GET", None, self._settings.secrets) from exc
        except MusicAPIError as error:
            complete(error, "GET", None, self._settings.secrets)
            raise

    def budget(self, name: str | None = None) -> _budget.BudgetStatus:
        """The spend limit's budget ``name`` (this client's by default): its limit, what
        is reserved, what is left. With Redis: across every process of the project."""
        label = self._budget_name if name is None else _budget.check_name(name)
        return self._budget_status(label, self._budgets.reserved(label))

    def reset_budget(self, name: str | None = None) -> None:
        """Start budget ``name`` (this client's by default) again from nothing reserved
        (a new month, a tenant's new plan)."""
        self._budgets.reset(self._budget_name if name is None else _budget.check_name(name))

    def close(self) -> None:
        """Close the HTTP connection pool (unless it was passed in) and the Redis
        connections the client opened."""
        if self._owns_http:
            self._http.close()
        if self._redis is not None and self._owns_redis:
            self._redis.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncClient(_ClientBase):
    """Asynchronous MusicAPI client; the same surface as :class:`SyncClient`, awaitable.

    ``max_concurrency`` caps the requests in flight at once (set it to your pool size when
    you run hundreds of tasks: requests then wait here, cheaply, instead of in httpcore's
    pool queue, which slows down as it grows).
    """

    _http: httpx2.AsyncClient

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int = 2,
        http_client: httpx2.AsyncClient | None = None,
        poll_schedule: PollSchedule | None = None,
        max_concurrency: int | None = None,
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
        if max_concurrency is not None and (
            isinstance(max_concurrency, bool)
            or not isinstance(max_concurrency, int)
            or max_concurrency < 1
        ):
            raise ConfigurationError(
                "max_concurrency must be an int >= 1 (or None for no cap)",
                option="max_concurrency",
            )
        self._use_http(http_client, async_=True)
        import asyncio  # here, as in _clock: importing the package does not load asyncio

        self._limiter = asyncio.Semaphore(max_concurrency) if max_concurrency else None

    async def _send(
        self,
        request: httpx2.Request,
        *,
        stream: bool = False,
        retries: bool = True,
        credentials: bool = True,
    ) -> httpx2.Response:
        """Async twin of :meth:`MusicAPI._send`."""
        limit = self._settings.max_response_bytes
        idempotent = request.method == "GET"
        auth = self._stack.use_client_auth if credentials else None
        debug = attempts_logged()
        attempt = 0
        while True:
            since = time.perf_counter() if debug else None
            try:
                if self._limiter is None:
                    response = await self._http.send(
                        request, stream=True, follow_redirects=idempotent, auth=auth
                    )
                else:
                    async with self._limiter:
                        response = await self._http.send(
                            request, stream=True, follow_redirects=idempotent, auth=auth
                        )
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
        """Async twin of :meth:`SyncClient._execute`."""
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
        """Async twin of :meth:`SyncClient._exchange`."""
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
    # Async twins of SyncClient's: what resources, hubs and batches ask of a client.

    async def _call_operation(
        self,
        op: Operation,
        params: dict[str, Any] | None,
        extra: object,
        options: CallOptions = NO_OPTIONS,
    ) -> Any:
        """Async twin of :meth:`SyncClient._call_operation`."""
        repeating = _request.Repeating(op, self._clock)
        parse = _request.model_parser(op)
        request = self._request(op, params, extra, options)
        price = self._price_to_reserve(op)
        if price:
            await self._budgets.areserve(
                self._budget_name, self._budget_limit or 0.0, price, op.key
            )
        try:
            result = await self._execute(op, request, parse)
        except MusicAPIError as error:
            if price and _never_started(True, error):
                await self._budgets.arelease(self._budget_name, price)
            raise
        while (delay := repeating.delay(result)) is not None:
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
        """Async twin of :meth:`SyncClient._create_task`."""
        request = self._request(op, params, extra, options)  # bad input: nothing reserved
        price = self._price_to_reserve(op)
        if price:
            await self._budgets.areserve(
                self._budget_name, self._budget_limit or 0.0, price, op.key
            )
        sent = False
        try:
            await self._pacer.asleep_for_slot(self._clock)
            sent = True
            return await self._execute(op, request, _request.created_parser(op))
        except BaseException as error:
            if price and not (
                sent and (not isinstance(error, MusicAPIError) or error.outcome_unknown)
            ):
                await self._budgets.arelease(self._budget_name, price)
            raise

    async def _take_create_slot(self) -> None:
        """Async twin of :meth:`SyncClient._take_create_slot`."""
        await self._pacer.asleep_for_slot(self._clock)

    async def _pause(self, seconds: float) -> None:
        """Async twin of :meth:`SyncClient._pause`."""
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
        """Async twin of :meth:`SyncClient._poll_task`."""
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
        """Async twin of :meth:`SyncClient._wait_task`."""
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
        """Stream ``clip.audio_url`` (or ``wav_url``) into ``dest``; see SyncClient.download
        (a clip still streaming is refused unless ``partial=True``)."""
        from musicapi_client import _download  # on first use: keeps the import light

        _download.check_finished(clip, partial)
        if provenance:
            from musicapi_client._provenance import check_available

            check_available()
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
        """Async twin of :meth:`SyncClient.stream_audio`: ``async for chunk in
        client.stream_audio(clip)``."""
        from musicapi_client import _download  # on first use: keeps the import light

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

    async def budget(self, name: str | None = None) -> _budget.BudgetStatus:
        """Async twin of :meth:`SyncClient.budget`."""
        label = self._budget_name if name is None else _budget.check_name(name)
        return self._budget_status(label, await self._budgets.areserved(label))

    async def reset_budget(self, name: str | None = None) -> None:
        """Async twin of :meth:`SyncClient.reset_budget`."""
        await self._budgets.areset(self._budget_name if name is None else _budget.check_name(name))

    async def close(self) -> None:
        """Close the HTTP connection pool (unless it was passed in) and the Redis
        connections the client opened."""
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


def _never_started(sent: bool, error: BaseException) -> bool:
    """True when a priced call provably never started (its reservation goes back): it
    was not sent, or the server refused it or it never connected (outcome known). A call
    interrupted after it was handed over, or whose outcome is unknown, keeps it."""
    return not sent or (isinstance(error, MusicAPIError) and not error.outcome_unknown)


def _wait_span(family: Family, task_id: str) -> tuple[str, _tracing.Attributes]:
    """A wait's span: its polls are its children."""
    attributes: _tracing.Attributes = {
        "musicapi.operation": f"{family.name}.wait",
        "musicapi.family": family.name,
        "musicapi.task_id": task_id,
    }
    return f"musicapi {family.name}.wait", attributes


def _download_span(clip: Clip, format: str) -> tuple[str, _tracing.Attributes]:
    """A download's span (not its URL: a CDN's may carry a signature)."""
    attributes: _tracing.Attributes = {
        "musicapi.operation": "download",
        "musicapi.clip_id": clip.clip_id,
        "musicapi.format": format,
    }
    return "musicapi download", attributes


ClientT = TypeVar("ClientT", "SyncClient", "AsyncClient")


class _Poll(Generic[ClientT]):
    """What a wait's poll holds (plain slots: a dataclass costs import time)."""

    __slots__ = ("client", "expected", "family", "op", "options", "task_id")
    client: ClientT

    def __init__(
        self,
        client: ClientT,
        family: Family,
        op: Operation,
        task_id: str,
        expected: int | None,
        options: CallOptions = NO_OPTIONS,
    ) -> None:
        self.client = client
        self.family = family
        self.op = op
        self.task_id = task_id
        self.expected = expected
        self.options = options

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.op.key}, task_id={self.task_id!r})"


class TaskPoll(_Poll["SyncClient"]):
    """One task's poll, as a wait repeats it: ``poll(remaining)`` asks the API once, its
    timeout within the ``remaining`` seconds of the wait."""

    __slots__ = ()

    def __call__(self, remaining: float | None) -> Task:
        return self.client._poll_task(
            self.family, self.op, self.task_id, self.expected, remaining, self.options
        )


class AsyncTaskPoll(_Poll["AsyncClient"]):
    """Async twin of :class:`TaskPoll`."""

    __slots__ = ()

    async def __call__(self, remaining: float | None) -> Task:
        return await self.client._poll_task(
            self.family, self.op, self.task_id, self.expected, remaining, self.options
        )
