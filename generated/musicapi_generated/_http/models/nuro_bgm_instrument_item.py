# Generated from spec/musicapi.yaml by generator/ (make generate). Do not edit.
from typing import Literal

NuroBgmInstrumentItem = Literal[
    "acoustic guitar",
    "banjo",
    "bass",
    "bass guitar",
    "brass",
    "cello",
    "double bass",
    "drums",
    "electric guitar",
    "flute",
    "glockenspiel",
    "guitar",
    "harp",
    "keyboard",
    "marimba",
    "organ",
    "percussion",
    "piano",
    "saxophone",
    "strings",
    "synth",
    "synthesizer",
    "trumpet",
    "ukulele",
    "violin",
]

NURO_BGM_INSTRUMENT_ITEM_VALUES: set[NuroBgmInstrumentItem] = {
    "acoustic guitar",
    "banjo",
    "bass",
    "bass guitar",
    "brass",
    "cello",
    "double bass",
    "drums",
    "electric guitar",
    "flute",
    "glockenspiel",
    "guitar",
    "harp",
    "keyboard",
    "marimba",
    "organ",
    "percussion",
    "piano",
    "saxophone",
    "strings",
    "synth",
    "synthesizer",
    "trumpet",
    "ukulele",
    "violin",
}


def check_nuro_bgm_instrument_item(value: str) -> NuroBgmInstrumentItem:
    if value in NURO_BGM_INSTRUMENT_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NURO_BGM_INSTRUMENT_ITEM_VALUES!r}"
    )
