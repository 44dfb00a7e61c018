# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

NuroVocalGender = Literal["Female", "Male"]

NURO_VOCAL_GENDER_VALUES: set[NuroVocalGender] = {
    "Female",
    "Male",
}


def check_nuro_vocal_gender(value: str) -> NuroVocalGender:
    if value in NURO_VOCAL_GENDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NURO_VOCAL_GENDER_VALUES!r}")
