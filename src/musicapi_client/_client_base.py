"""What the two clients share: settings, options, the requests they build, the retry
delays, tracing, spend-limit prices, and the small types their twins use.

The sending, retrying and waiting are written once, async, in ``_async_client.py``;
``_sync_client.py`` is generated from it (``make generate``). The generated ``MusicAPI``
and ``AsyncMusicAPI`` subclass the two and add one attribute per docs section.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import TYPE_CHECKING, Any, Generic, Literal, Self, TypeVar, cast

import httpx2

from musicapi_client import _bounded, _budget, _config, _prices, _request, _tracing, _validation
from musicapi_client._clock import SYSTEM_CLOCK, Clock
from musicapi_client._errors import (
    ClientClosedError,
    ConfigurationError,
    InvalidRequestError,
    MusicAPIError,
    connection_error,
    status_error,
)
from musicapi_client._legacy_httpx import NATIVE, HTTPStack, stack_of
from musicapi_client._logs import log_attempt
from musicapi_client._pacing import Pacer
from musicapi_client._request import request_headers
from musicapi_client._request_options import (
    NO_OPTIONS,
    CallOptions,
    check_headers,
    check_query,
    merge_headers,
)
from musicapi_client._response import ResponseRecorder

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

    from musicapi_client._operation import Catalog, Family, Operation
    from musicapi_client._redis import RedisLink
    from musicapi_client._redis._pacer import RedisPacer
    from musicapi_client._task import Clip
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

    def _check_open(self) -> None:
        """ClientClosedError (nothing is sent) once the connection pool is closed: checked
        where a request would start paid work or a download, and where httpx2 refuses a
        closed pool (never on the hot path of a poll)."""
        if self._http.is_closed:
            raise ClientClosedError(
                f"this {type(self).__name__} is closed (close() was called, or its with "
                "block ended): nothing was sent; make a new client"
            )

    def _new_pacer(self, interval: float) -> Pacer | RedisPacer:
        if self._redis is None:
            return Pacer(interval)
        from musicapi_client._redis._pacer import RedisPacer

        return RedisPacer(self._redis, self._settings.api_key, interval)

    def _coordination(self) -> RedisLink | None:
        """The Redis server this client coordinates through (hubs, batches), if any."""
        return self._redis

    def _spend_limits(self) -> _budget.Budgets:
        """Where this client's named budgets live (a local batch holds its max_credits
        there): in memory, shared by its copies, or in its Redis."""
        return self._budgets

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

    def _custom(
        self,
        method: Literal["GET", "POST"],
        path: object,
        body: object,
        cast_to: object,
        options: CallOptions,
        credits: object,
    ) -> tuple[Operation, httpx2.Request, Callable[[httpx2.Response], Any], float]:
        """A call the spec does not describe (``client.get`` / ``client.post``), checked
        before anything is sent: its operation (for tracing and errors), its request, how
        its answer is read, and what it reserves from the spend limit."""
        from musicapi_client._operation import Endpoint, Operation

        checked = _request.check_path(path)
        parse = _request.check_cast(cast_to)
        content = _request.json_body(body)
        price = self._custom_price(method, credits)
        self._check_open()
        endpoint = Endpoint("custom", method, checked, content is not None, {})
        op = Operation(
            key=f"custom.{method.lower()}",
            family="custom",
            name=method.lower(),
            role="create" if method == "POST" else "call",
            endpoint=endpoint,
            request_model=None,
            response_model=None,
            credits=None if credits is None else int(price),
        )
        request = _request.custom_request(
            self._http, self._settings, self._headers, method, checked, content, options
        )
        return op, request, parse, price

    def _custom_price(self, method: str, credits: object) -> float:
        """What a call the spec does not price reserves: its ``credits``, which a POST
        must give when the client has a spend limit (0 if it is free)."""
        if credits is not None and not (
            _validation.is_finite_number(credits) and not isinstance(credits, bool)
            and credits >= 0
        ):  # fmt: skip
            raise InvalidRequestError("credits must be a number >= 0", field="credits")
        if self._budget_limit is None:
            return 0.0
        if credits is None and method == "POST":
            raise InvalidRequestError(
                "this client has a spend limit (max_credits), so a POST the spec does not "
                "price needs credits=N: what it costs (0 if it is free)",
                field="credits",
            )
        return float(credits or 0)

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


ClientT = TypeVar("ClientT")  # the sync or the async client (each twin names its own)


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
