# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""``GET /api/v1/sonic/task/{task_id}`` (operationId ``sonic_get``)."""

from musicapi_client._operation import Endpoint

from .... import models

ENDPOINT = Endpoint(
    operation_id="sonic_get",
    method="GET",
    path="/api/v1/sonic/task/{task_id}",
    json_body=False,
    responses={
        200: (
            models.SonicTask,
            models.TaskFailure,
        ),
        202: (models.TaskNotReady,),
        400: (models.Error,),
        401: (models.Error,),
        403: (models.Error,),
        404: (models.Error,),
        429: (models.Error,),
        500: (models.Error,),
        502: (models.Error,),
        503: (models.Error,),
    },
)
