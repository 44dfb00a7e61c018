# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

NuroBgmThemeItem = Literal[
    "achievement",
    "children",
    "christmas",
    "discovery",
    "drama",
    "education",
    "every day",
    "family",
    "fantasy",
    "health",
    "holiday",
    "hope",
    "inspirational",
    "journey",
    "kids",
    "lifestyle",
    "love",
    "media",
    "meditation",
    "motivational",
    "progress",
    "real estate",
    "sales",
    "science",
    "technology",
    "training",
    "vacation",
    "world",
]

NURO_BGM_THEME_ITEM_VALUES: set[NuroBgmThemeItem] = {
    "achievement",
    "children",
    "christmas",
    "discovery",
    "drama",
    "education",
    "every day",
    "family",
    "fantasy",
    "health",
    "holiday",
    "hope",
    "inspirational",
    "journey",
    "kids",
    "lifestyle",
    "love",
    "media",
    "meditation",
    "motivational",
    "progress",
    "real estate",
    "sales",
    "science",
    "technology",
    "training",
    "vacation",
    "world",
}


def check_nuro_bgm_theme_item(value: str) -> NuroBgmThemeItem:
    if value in NURO_BGM_THEME_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {NURO_BGM_THEME_ITEM_VALUES!r}")
