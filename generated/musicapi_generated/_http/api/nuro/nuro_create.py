# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_task_response import CreateTaskResponse
from ...models.error import Error
from ...models.nuro_bgm import NuroBgm
from ...models.nuro_vocal import NuroVocal
from ...types import Response


def _get_kwargs(
    *,
    body: NuroBgm | NuroVocal,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/nuro/create",
    }

    if isinstance(body, NuroVocal):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CreateTaskResponse | Error | None:
    if response.status_code == 200:
        response_200 = CreateTaskResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = Error.from_dict(response.json())

        return response_402

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
) -> Response[CreateTaskResponse | Error]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NuroBgm | NuroVocal,
) -> Response[CreateTaskResponse | Error]:
    """Start a nuro task (vocal song or instrumental background music)

     The body's `type` selects the variant (`vocal` or `bgm`). One song per task.

    Args:
        body (NuroBgm | NuroVocal): Body of POST /api/v1/nuro/create; type selects vocal or bgm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaskResponse | Error]
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
    body: NuroBgm | NuroVocal,
) -> CreateTaskResponse | Error | None:
    """Start a nuro task (vocal song or instrumental background music)

     The body's `type` selects the variant (`vocal` or `bgm`). One song per task.

    Args:
        body (NuroBgm | NuroVocal): Body of POST /api/v1/nuro/create; type selects vocal or bgm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaskResponse | Error
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: NuroBgm | NuroVocal,
) -> Response[CreateTaskResponse | Error]:
    """Start a nuro task (vocal song or instrumental background music)

     The body's `type` selects the variant (`vocal` or `bgm`). One song per task.

    Args:
        body (NuroBgm | NuroVocal): Body of POST /api/v1/nuro/create; type selects vocal or bgm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTaskResponse | Error]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: NuroBgm | NuroVocal,
) -> CreateTaskResponse | Error | None:
    """Start a nuro task (vocal song or instrumental background music)

     The body's `type` selects the variant (`vocal` or `bgm`). One song per task.

    Args:
        body (NuroBgm | NuroVocal): Body of POST /api/v1/nuro/create; type selects vocal or bgm.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTaskResponse | Error
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
