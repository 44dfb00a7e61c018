"""The contract between the generated half and the runtime: what the spec says, as data.

The generated package fills these in (``musicapi_client_generated.operations``) and hands them
to the runtime; the runtime never looks anything up in the generated package by name.

- :class:`Endpoint`: one HTTP endpoint, emitted by openapi-python-client (through the
  templates in ``generator/opc-templates``): method, path, and which models each
  response status may carry; the runtime fills the path in (a poll's task id too), so a
  call never goes back into the generated package for it.
- :class:`Operation`: one documented operation (several may share an endpoint, e.g.
  sonic create / extend / cover): its request model, fixed fields, rules, parameters.
- :class:`Family`: one docs section (sonic, nuro, ...): how its tasks are polled and
  normalised, and how long they usually take.
- :class:`Catalog`: everything, for the CLI, the mock and the webhook receivers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import quote

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from pydantic import BaseModel

Role = Literal["create", "poll", "call"]
_PLAIN = re.compile(r"[A-Za-z0-9_-]+")


def path_segment(value: str) -> str:
    """``value`` quoted into one path segment (``/``, ``?``, ``%``... escaped).

    :meth:`Endpoint.url` calls it for every path parameter; ids made only of letters,
    digits, ``-`` and ``_`` (UUIDs) need no quoting and skip it.
    """
    return value if _PLAIN.fullmatch(value) else quote(value, safe="")


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One HTTP endpoint, as data (openapi-python-client emits one per path and method):
    its method, its path template, and the models each response status may carry."""

    operation_id: str
    method: Literal["GET", "POST"]
    path: str  # with {name} for each path parameter
    json_body: bool
    # Status code -> the models its body may be, in the order to try them.
    responses: Mapping[int, tuple[type[BaseModel], ...]]

    def url(self, **path_params: str) -> str:
        """The path with each parameter quoted into one path segment."""
        path = self.path
        for name, value in path_params.items():  # a loop: a poll builds one per call
            path = path.replace("{" + name + "}", path_segment(value))
        return path


@dataclass(frozen=True, slots=True)
class Rule:
    """A field the server requires only when another field has a given value."""

    field: str
    equals: Any
    then_required: tuple[str, ...]
    else_required: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Param:
    """One keyword argument of an operation, as the CLI presents it.

    ``kind`` is ``str``, ``int``, ``float``, ``bool`` or ``json`` (a nested object);
    ``choices`` lists the documented values of an enum (open or closed, see ``open``).
    Its help text is the request model field's ``description`` (written once, there).
    """

    name: str
    kind: Literal["str", "int", "float", "bool", "json"]
    required: bool = False
    many: bool = False
    choices: tuple[str, ...] = ()
    open: bool = False
    default: Any = None
    # Known values MusicAPI retired but still accepts: sent as given, with a warning.
    retired: tuple[str, ...] = ()
    retired_note: str = ""


@dataclass(frozen=True, slots=True)
class Operation:
    """One documented operation and everything needed to send it and read its answer."""

    key: str
    family: str
    name: str
    role: Role
    endpoint: Endpoint
    request_model: type[BaseModel] | None
    response_model: type[BaseModel] | None
    fixed: Mapping[str, Any] = field(default_factory=dict)
    rules: tuple[Rule, ...] = ()
    params: tuple[Param, ...] = ()
    task_id_field: str | None = None
    expected_clips: int | None = None
    credits: int | None = None
    credits_as_of: str | None = None  # the month of the price reading, when the spec has one
    deprecated: bool = False
    deprecation: str = ""  # what the warning says (the tag's x-deprecation)
    gone: bool = False  # MusicAPI retired it: it answers 410 (the spec's x-gone)
    agent_default: bool = False  # the MCP server offers it by default (x-agent-default)
    # (every, within) seconds: a 202 "preparing" answer is asked again, for free
    repeat_while_preparing: tuple[float, float] | None = None
    docs_url: str = ""
    summary: str = ""

    @property
    def method(self) -> str:
        """``GET`` or ``POST``."""
        return self.endpoint.method

    def help_for(self, param: Param) -> str:
        """``param``'s help: its request model field's description, then its bounds."""
        if self.request_model is None or param.name not in self.request_model.model_fields:
            return ""
        info = self.request_model.model_fields[param.name]
        unit = "items" if param.many else "characters"
        words = {
            "min_length": f"at least {{}} {unit}",
            "max_length": f"at most {{}} {unit}",
            "ge": ">= {}",
            "le": "<= {}",
        }
        bounds = [
            text.format(f"{getattr(rule, name):g}")
            for rule in info.metadata
            for name, text in words.items()
            if getattr(rule, name, None) is not None
        ]
        text = (info.description or "").strip()
        return f"{text} ({', '.join(bounds)})" if bounds else text


@dataclass(frozen=True, slots=True)
class Family:
    """One docs section and how its tasks behave.

    ``task_shapes`` maps each model a poll may answer with to the name of the runtime's
    normaliser for it (``clip-list``, ``studio``, ``nuro``, ``failure``, ``not-ready``):
    a new family whose answers have a known shape needs no runtime code.
    """

    name: str
    summary: str
    operations: tuple[Operation, ...]
    poll: Operation | None = None
    task_shapes: Mapping[type[BaseModel], str] = field(default_factory=dict)
    deprecated: bool = False
    # What its webhook deliveries call it ("platform" in the payload; x-webhook-platforms).
    webhook_platforms: tuple[str, ...] = ()
    # Seconds from create to finished audio, usually (x-typical-seconds): the poll
    # schedule and the webhook hubs' fallback start from it.
    typical_seconds: float | None = None


@dataclass(frozen=True, slots=True)
class ErrorKind:
    """A documented error answer told apart by a phrase of its message (x-error-kinds):
    the answer's status, the kind, the phrase (lower case), the error type it becomes
    (``insufficient_credits``, ``subscription_required``, ``content_policy``), the
    policy's reason (``copyright``, ...) and what to change."""

    status: int
    kind: str
    match: str
    error: str
    reason: str | None
    advice: str


class Families(Mapping[str, "Family"]):
    """A catalog's families by name, each loaded when first asked for (its operations,
    endpoints and models come with it): a first call loads its own family, not all."""

    __slots__ = ("_load", "_loaded", "_names")

    def __init__(self, names: tuple[str, ...], load: Callable[[str], Family]) -> None:
        self._names = names
        self._load = load
        self._loaded: dict[str, Family] = {}

    def __getitem__(self, name: str) -> Family:
        found = self._loaded.get(name)
        if found is None:
            if name not in self._names:
                raise KeyError(name)
            found = self._loaded[name] = self._load(name)
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._names)

    def __len__(self) -> int:
        return len(self._names)

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def __repr__(self) -> str:
        return f"Families({', '.join(self._names)})"


@dataclass(frozen=True, slots=True)
class Catalog:
    """Every family and operation of the spec, plus the spec itself (for the mock)."""

    families: Mapping[str, Family]
    spec: Callable[[], dict[str, Any]]
    # The documented error answers the client tells apart by their message.
    error_kinds: tuple[ErrorKind, ...] = ()
    # Webhook event type -> the task status it reports (succeeded, failed, streaming).
    webhook_events: Mapping[str, str] = field(default_factory=dict)
    # The envelope of a delivery (task_id, platform), read before the task itself.
    webhook_payload: type[BaseModel] | None = None

    @property
    def operations(self) -> tuple[Operation, ...]:
        """Every documented operation, family by family."""
        return tuple(op for family in self.families.values() for op in family.operations)

    @property
    def polled(self) -> tuple[str, ...]:
        """The families whose tasks can be read (the retired ones cannot), in spec order."""
        return tuple(name for name, family in self.families.items() if family.poll is not None)
