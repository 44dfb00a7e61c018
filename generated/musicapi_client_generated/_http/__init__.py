# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
"""The endpoint layer, emitted by openapi-python-client through generator/opc-templates.

``api/<tag>/<operationId>.py`` holds one :class:`musicapi_client._operation.Endpoint` per HTTP
endpoint of the spec: its method, its path and how path parameters are quoted into it,
whether it takes a JSON body, and which pydantic models (``musicapi_client_generated.models``)
each response status may carry. The runtime sends and reads through these objects.
"""
