# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``GET /api/v1/get-credits`` (operationId ``credits_get``)."""

from musicapi_client._operation import Endpoint

from .... import models

ENDPOINT = Endpoint(
    operation_id="credits_get",
    method="GET",
    path="/api/v1/get-credits",
    json_body=False,
    responses={
        200: (models.Credits,),
        401: (models.Error,),
        403: (models.Error,),
        429: (models.Error,),
        500: (models.Error,),
        502: (models.Error,),
        503: (models.Error,),
    },
)
