# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

NuroBgmVersion = Literal["v1.0", "v2.0"]

NURO_BGM_VERSION_VALUES: set[NuroBgmVersion] = {
    "v1.0",
    "v2.0",
}


def check_nuro_bgm_version(value: str) -> NuroBgmVersion:
    if value in NURO_BGM_VERSION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NURO_BGM_VERSION_VALUES!r}")
