# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``POST /api/v1/sonic/vox`` (operationId ``sonic_vox``)."""

from musicapi_client._operation import Endpoint

from .... import models

ENDPOINT = Endpoint(
    operation_id="sonic_vox",
    method="POST",
    path="/api/v1/sonic/vox",
    json_body=True,
    responses={
        200: (models.VoxResponse,),
        400: (models.Error,),
        401: (models.Error,),
        403: (models.Error,),
        429: (models.Error,),
        500: (models.Error,),
        502: (models.Error,),
        503: (models.Error,),
    },
)
