# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

StudioExtendModeLyricsType = Literal["generate", "instrumental", "user"]

STUDIO_EXTEND_MODE_LYRICS_TYPE_VALUES: set[StudioExtendModeLyricsType] = {
    "generate",
    "instrumental",
    "user",
}


def check_studio_extend_mode_lyrics_type(value: str) -> StudioExtendModeLyricsType:
    if value in STUDIO_EXTEND_MODE_LYRICS_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STUDIO_EXTEND_MODE_LYRICS_TYPE_VALUES!r}"
    )
