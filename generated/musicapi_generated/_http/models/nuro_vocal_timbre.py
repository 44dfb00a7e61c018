# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

NuroVocalTimbre = Literal[
    "Bright",
    "Cute_AUDIO_TIMBRE",
    "Electrified voice",
    "Husky",
    "Loud and sonorous",
    "Powerful",
    "Sexy/Lazy",
    "Sweet_AUDIO_TIMBRE",
    "Warm",
]

NURO_VOCAL_TIMBRE_VALUES: set[NuroVocalTimbre] = {
    "Bright",
    "Cute_AUDIO_TIMBRE",
    "Electrified voice",
    "Husky",
    "Loud and sonorous",
    "Powerful",
    "Sexy/Lazy",
    "Sweet_AUDIO_TIMBRE",
    "Warm",
}


def check_nuro_vocal_timbre(value: str) -> NuroVocalTimbre:
    if value in NURO_VOCAL_TIMBRE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NURO_VOCAL_TIMBRE_VALUES!r}")
