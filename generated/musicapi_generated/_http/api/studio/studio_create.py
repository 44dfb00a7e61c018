# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error import Error
from ...models.studio_create_response import StudioCreateResponse
from ...models.studio_custom_mode import StudioCustomMode
from ...models.studio_description_mode import StudioDescriptionMode
from ...models.studio_extend_mode import StudioExtendMode
from ...models.studio_instrumental_mode import StudioInstrumentalMode
from ...types import Response


def _get_kwargs(
    *,
    body: StudioCustomMode | StudioDescriptionMode | StudioExtendMode | StudioInstrumentalMode,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/studio/create",
    }

    if (
        isinstance(body, StudioDescriptionMode)
        or isinstance(body, StudioExtendMode)
        or isinstance(body, StudioCustomMode)
    ):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Error | StudioCreateResponse | None:
    if response.status_code == 200:
        response_200 = StudioCreateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Error.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = Error.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = Error.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = Error.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Error | StudioCreateResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StudioCustomMode | StudioDescriptionMode | StudioExtendMode | StudioInstrumentalMode,
) -> Response[Error | StudioCreateResponse]:
    """Start a studio task (description, extend, custom or instrumental mode)

     The docs mark the whole studio section Unavailable. It stays in the spec so that
    existing users keep a typed client, flagged deprecated.

    Args:
        body (StudioCustomMode | StudioDescriptionMode | StudioExtendMode |
            StudioInstrumentalMode): Body of POST /api/v1/studio/create; the four documented modes
            (all deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudioCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: StudioCustomMode | StudioDescriptionMode | StudioExtendMode | StudioInstrumentalMode,
) -> Error | StudioCreateResponse | None:
    """Start a studio task (description, extend, custom or instrumental mode)

     The docs mark the whole studio section Unavailable. It stays in the spec so that
    existing users keep a typed client, flagged deprecated.

    Args:
        body (StudioCustomMode | StudioDescriptionMode | StudioExtendMode |
            StudioInstrumentalMode): Body of POST /api/v1/studio/create; the four documented modes
            (all deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudioCreateResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: StudioCustomMode | StudioDescriptionMode | StudioExtendMode | StudioInstrumentalMode,
) -> Response[Error | StudioCreateResponse]:
    """Start a studio task (description, extend, custom or instrumental mode)

     The docs mark the whole studio section Unavailable. It stays in the spec so that
    existing users keep a typed client, flagged deprecated.

    Args:
        body (StudioCustomMode | StudioDescriptionMode | StudioExtendMode |
            StudioInstrumentalMode): Body of POST /api/v1/studio/create; the four documented modes
            (all deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | StudioCreateResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: StudioCustomMode | StudioDescriptionMode | StudioExtendMode | StudioInstrumentalMode,
) -> Error | StudioCreateResponse | None:
    """Start a studio task (description, extend, custom or instrumental mode)

     The docs mark the whole studio section Unavailable. It stays in the spec so that
    existing users keep a typed client, flagged deprecated.

    Args:
        body (StudioCustomMode | StudioDescriptionMode | StudioExtendMode |
            StudioInstrumentalMode): Body of POST /api/v1/studio/create; the four documented modes
            (all deprecated).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | StudioCreateResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
