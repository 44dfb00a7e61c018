# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``POST /api/v1/sonic/upload-extend`` (operationId ``sonic_upload_extend``)."""

from musicapi_client._operation import Endpoint

from .... import models

ENDPOINT = Endpoint(
    operation_id="sonic_upload_extend",
    method="POST",
    path="/api/v1/sonic/upload-extend",
    json_body=True,
    responses={
        200: (models.StepsTaskResponse,),
        400: (models.Error,),
        401: (models.Error,),
        402: (models.Error,),
        403: (models.Error,),
        429: (models.Error,),
        500: (models.Error,),
        502: (models.Error,),
        503: (models.Error,),
    },
)
