# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``POST /api/v1/sonic/aligned-lyrics`` (operationId ``sonic_aligned_lyrics``)."""

from musicapi_client._operation import Endpoint

from .... import models

ENDPOINT = Endpoint(
    operation_id="sonic_aligned_lyrics",
    method="POST",
    path="/api/v1/sonic/aligned-lyrics",
    json_body=True,
    responses={
        200: (models.AlignedLyricsResponse,),
        202: (models.TaskNotReady,),
        400: (models.Error,),
        401: (models.Error,),
        403: (models.Error,),
        429: (models.Error,),
        500: (models.Error,),
        502: (models.Error,),
        503: (models.Error,),
    },
)
