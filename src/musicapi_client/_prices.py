"""What an operation costs: the spec's estimates, overridden by the user's own table.

MusicAPI changes its prices without changing its API (2026-10-07: a sonic create went from
15 to 20 credits), so the figures generated from the spec are estimates with a date, and
``credit_prices={"sonic.create": 20}`` (on the clients, on ``batch.run``, or
``--credit-prices`` on the command line) replaces them without an SDK release. Keys are
the operation names job files use (``family.method``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from musicapi_client._errors import InvalidRequestError
from musicapi_client._validation import is_finite_number

if TYPE_CHECKING:
    from musicapi_client._operation import Catalog


def check_prices(
    prices: object, catalog: Catalog, *, field: str = "credit_prices"
) -> dict[str, float]:
    """``prices`` as ``{operation key: credits}``; InvalidRequestError naming what is wrong."""
    if prices is None:
        return {}
    if not isinstance(prices, Mapping):
        raise InvalidRequestError(
            f"{field} must be a dict of operation -> credits, not {type(prices).__name__}",
            field=field,
        )
    known = {op.key for op in catalog.operations}
    checked: dict[str, float] = {}
    for key, value in prices.items():
        if key not in known:
            close = sorted(
                k for k in known if isinstance(key, str) and k.split(".")[0] == key.split(".")[0]
            )
            hint = f" (e.g. {', '.join(close[:4])})" if close else " (keys look like sonic.create)"
            raise InvalidRequestError(f"{field}: no operation {key!r}{hint}", field=field)
        if not is_finite_number(value) or value < 0:
            raise InvalidRequestError(
                f"{field}[{key!r}] must be a number of credits >= 0, got {value!r}", field=field
            )
        checked[key] = float(value)
    return checked


def price_table(catalog: Catalog, overrides: Mapping[str, float]) -> dict[str, float | None]:
    """Every operation's credits: the override when given, else the spec's estimate."""
    return {
        op.key: overrides.get(op.key, float(op.credits) if op.credits is not None else None)
        for op in catalog.operations
    }


def read_prices(text: str, catalog: Catalog) -> dict[str, float]:
    """``--credit-prices``: a JSON object, or the path of a file holding one."""
    source = text
    if not text.lstrip().startswith("{"):
        try:
            source = Path(text).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise InvalidRequestError(
                f"--credit-prices: neither JSON nor a readable file: {exc}", field="credit_prices"
            ) from None
    try:
        prices = json.loads(source)
    except ValueError as exc:
        raise InvalidRequestError(
            f"--credit-prices is not a JSON object: {exc}", field="credit_prices"
        ) from None
    return check_prices(prices, catalog, field="credit_prices")
