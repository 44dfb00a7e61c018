# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_task_response import CreateTaskResponse
from ...models.error import Error
from ...models.riffusion_cover_music import RiffusionCoverMusic
from ...models.riffusion_create_music import RiffusionCreateMusic
from ...models.riffusion_extend_music import RiffusionExtendMusic
from ...models.riffusion_replace_section import RiffusionReplaceSection
from ...models.riffusion_swap_sound import RiffusionSwapSound
from ...models.riffusion_swap_vocals import RiffusionSwapVocals
from ...types import Response


def _get_kwargs(
    *,
    body: RiffusionCoverMusic
    | RiffusionCreateMusic
    | RiffusionExtendMusic
    | RiffusionReplaceSection
    | RiffusionSwapSound
    | RiffusionSwapVocals,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/riffusion/create",
    }

    if (
        isinstance(body, RiffusionCreateMusic)
        or isinstance(body, RiffusionCoverMusic)
        or isinstance(body, RiffusionExtendMusic)
        or isinstance(body, RiffusionReplaceSection)
        or isinstance(body, RiffusionSwapSound)
    ):
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
    body: RiffusionCoverMusic
    | RiffusionCreateMusic
    | RiffusionExtendMusic
    | RiffusionReplaceSection
    | RiffusionSwapSound
    | RiffusionSwapVocals,
) -> Response[CreateTaskResponse | Error]:
    """Start a riffusion task (create, cover, extend, replace section, swap sound or vocals)

     One path serves seven documented operations; `task_type` selects the variant. The
    two create pages (with lyrics, with description) share one variant that
    `custom_mode` switches.

    Args:
        body (RiffusionCoverMusic | RiffusionCreateMusic | RiffusionExtendMusic |
            RiffusionReplaceSection | RiffusionSwapSound | RiffusionSwapVocals): Body of POST
            /api/v1/riffusion/create, one variant per task_type.

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
    body: RiffusionCoverMusic
    | RiffusionCreateMusic
    | RiffusionExtendMusic
    | RiffusionReplaceSection
    | RiffusionSwapSound
    | RiffusionSwapVocals,
) -> CreateTaskResponse | Error | None:
    """Start a riffusion task (create, cover, extend, replace section, swap sound or vocals)

     One path serves seven documented operations; `task_type` selects the variant. The
    two create pages (with lyrics, with description) share one variant that
    `custom_mode` switches.

    Args:
        body (RiffusionCoverMusic | RiffusionCreateMusic | RiffusionExtendMusic |
            RiffusionReplaceSection | RiffusionSwapSound | RiffusionSwapVocals): Body of POST
            /api/v1/riffusion/create, one variant per task_type.

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
    body: RiffusionCoverMusic
    | RiffusionCreateMusic
    | RiffusionExtendMusic
    | RiffusionReplaceSection
    | RiffusionSwapSound
    | RiffusionSwapVocals,
) -> Response[CreateTaskResponse | Error]:
    """Start a riffusion task (create, cover, extend, replace section, swap sound or vocals)

     One path serves seven documented operations; `task_type` selects the variant. The
    two create pages (with lyrics, with description) share one variant that
    `custom_mode` switches.

    Args:
        body (RiffusionCoverMusic | RiffusionCreateMusic | RiffusionExtendMusic |
            RiffusionReplaceSection | RiffusionSwapSound | RiffusionSwapVocals): Body of POST
            /api/v1/riffusion/create, one variant per task_type.

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
    body: RiffusionCoverMusic
    | RiffusionCreateMusic
    | RiffusionExtendMusic
    | RiffusionReplaceSection
    | RiffusionSwapSound
    | RiffusionSwapVocals,
) -> CreateTaskResponse | Error | None:
    """Start a riffusion task (create, cover, extend, replace section, swap sound or vocals)

     One path serves seven documented operations; `task_type` selects the variant. The
    two create pages (with lyrics, with description) share one variant that
    `custom_mode` switches.

    Args:
        body (RiffusionCoverMusic | RiffusionCreateMusic | RiffusionExtendMusic |
            RiffusionReplaceSection | RiffusionSwapSound | RiffusionSwapVocals): Body of POST
            /api/v1/riffusion/create, one variant per task_type.

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
