# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``POST /api/v1/producer/download`` (operationId ``producer_download``)."""

from musicapi_client._operation import Endpoint

from .... import models

ENDPOINT = Endpoint(
    operation_id="producer_download",
    method="POST",
    path="/api/v1/producer/download",
    json_body=True,
    responses={
        200: (models.CreateTaskResponse,),
        400: (models.Error,),
        401: (models.Error,),
        402: (models.Error,),
        403: (models.Error,),
        410: (models.Error,),
        429: (models.Error,),
        500: (models.Error,),
        502: (models.Error,),
        503: (models.Error,),
    },
)
