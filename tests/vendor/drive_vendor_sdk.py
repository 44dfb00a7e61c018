"""Drive every public method of the vendor's ``musicapi-sdk`` 0.1.0 against a server.

Run by ``tests/vendor/test_vendor_sdk.py`` with the Python of a virtual environment that
holds ``musicapi-sdk`` (and not this project): ``python drive_vendor_sdk.py BASE_URL KEY``.
It prints one JSON object per call: ``{"call": ..., "ok": bool, "error": str | null}``.
The calls are what the vendor's README and docstrings show, one per method and one per
create variant, written for this check (no code is taken from the SDK).
"""

from __future__ import annotations

import json
import sys
import time
from typing import TYPE_CHECKING, Any

import musicapi
from musicapi import _types as t

if TYPE_CHECKING:
    from collections.abc import Callable

FAST = t.PollOptions(poll_interval_ms=20, timeout_ms=60_000)
AUDIO = "https://files.example.com/demo/loop-30s.mp3"


def main(base_url: str, api_key: str) -> None:
    client = musicapi.MusicAPI(api_key=api_key, base_url=base_url)
    seen: dict[str, Any] = {}

    def call(name: str, action: Callable[[], Any]) -> Any:
        try:
            value = action()
        except Exception as exc:  # the point is to report every failure, of any kind
            print(json.dumps({"call": name, "ok": False, "error": f"{type(exc).__name__}: {exc}"}))
            return None
        print(json.dumps({"call": name, "ok": True, "error": None}))
        seen[name] = value
        return value

    def clip_of(result: Any) -> str:
        return str(result.data[0].clip_id)

    s, p, r = client.sonic, client.producer, client.riffusion
    # --- sonic: creates, polls and waits
    song = call(
        "sonic.generate_and_wait",
        lambda: s.generate_and_wait(
            t.SonicCreateParams(
                task_type="create_music",
                custom_mode=False,
                mv="sonic-v5",
                gpt_description_prompt="a bright ukulele song about breakfast",
            ),
            FAST,
        ),
    )
    clip = clip_of(song) if song and song.data else "missing-clip"
    created = call(
        "sonic.create (no task_type)",
        lambda: s.create(
            t.SonicCreateParams(
                custom_mode=True,
                prompt="[Verse]\nToast and tea",
                title="Morning",
                tags="folk",
                mv="sonic-v5-5",
            )
        ),
    )
    if created:
        call("sonic.get_task", lambda: s.get_task(created.task_id))
    call(
        "sonic.create (lyrics, negative_tags, weights)",
        lambda: s.create(
            t.SonicCreateParams(
                task_type="create_music",
                custom_mode=True,
                lyrics="[Verse]\nLa la",
                tags="pop",
                negative_tags="metal",
                title="Weights",
                style_weight=0.5,
                weirdness_constraint=0.3,
                vocal_gender="f",
                mv="sonic-v4-5",
            )
        ),
    )
    call(
        "sonic.create extend_music",
        lambda: s.create(
            t.SonicCreateParams(
                task_type="extend_music",
                custom_mode=True,
                continue_clip_id=clip,
                continue_at=10,
                prompt="[Chorus]\nMore toast",
                mv="sonic-v5",
            )
        ),
    )
    call(
        "sonic.create extend_music (no custom_mode)",
        lambda: s.create(
            t.SonicCreateParams(
                task_type="extend_music",
                continue_clip_id=clip,
                continue_at=10,
                prompt="[Chorus]\nMore toast",
                mv="sonic-v5",
            )
        ),
    )
    call(
        "sonic.create concat_music",
        lambda: s.create(t.SonicCreateParams(task_type="concat_music", continue_clip_id=clip)),
    )
    # --- sonic: clip tools
    call("sonic.lyrics", lambda: s.lyrics(t.SonicLyricsParams(description="a rainy harbour")))
    call("sonic.aligned_lyrics", lambda: s.aligned_lyrics(t.AlignedLyricsParams(clip_id=clip)))
    call("sonic.bpm", lambda: s.bpm(t.BpmParams(clip_id=clip)))
    call("sonic.upsample_tags", lambda: s.upsample_tags(t.UpsampleTagsParams(tags="lofi")))
    call("sonic.create_voice", lambda: s.create_voice(t.CreateVoiceParams(audio_url=AUDIO)))
    call(
        "sonic.create_persona",
        lambda: s.create_persona(
            t.CreatePersonaParams(name="Harbour", clip_id=clip, describe="warm", styles="folk")
        ),
    )
    call("sonic.vox", lambda: s.vox(t.VoxParams(clip_id=clip)))
    call("sonic.midi", lambda: s.midi(t.MidiParams(clip_id=clip)))
    call("sonic.wav", lambda: s.wav(t.WavParams(clip_id=clip)))
    for kind in ("basic", "full"):
        call(f"sonic.stems_{kind}", lambda k=kind: getattr(s, f"stems_{k}")(t.StemsParams(clip)))
        call(
            f"sonic.stems_{kind}_and_wait",
            lambda k=kind: getattr(s, f"stems_{k}_and_wait")(t.StemsParams(clip), FAST),
        )
    mashup = t.MashupParams(
        mashup_clip_ids=(clip, clip),
        custom_mode=False,
        mv="sonic-v5",
        gpt_description_prompt="both songs at once",
    )
    call("sonic.mashup", lambda: s.mashup(mashup))
    call("sonic.mashup_and_wait", lambda: s.mashup_and_wait(mashup, FAST))
    section = t.ReplaceSectionParams(
        clip_id=clip,
        mv="sonic-v5",
        infill_start_s=5,
        infill_end_s=12,
        prompt="[Bridge]\nNew words",
        tags="folk",
        title="Patched",
    )
    call("sonic.replace_section", lambda: s.replace_section(section))
    call("sonic.replace_section_and_wait", lambda: s.replace_section_and_wait(section, FAST))
    call(
        "sonic.sample",
        lambda: s.sample(
            t.SampleParams(
                chop_sample_start_s=2,
                chop_sample_end_s=8,
                custom_mode=False,
                mv="sonic-v5",
                make_instrumental=True,
                sample_clip_id=clip,
                gpt_description_prompt="a beat from the hook",
            )
        ),
    )
    uploaded = call("sonic.upload", lambda: s.upload(t.SonicUploadParams(url=AUDIO)))
    call(
        "sonic.upload_cover",
        lambda: s.upload_cover(
            t.UploadCoverParams(
                url=AUDIO,
                custom_mode=False,
                mv="sonic-v5",
                auto_concat=True,
                gpt_description_prompt="the same tune as jazz",
            )
        ),
    )
    call(
        "sonic.upload_extend",
        lambda: s.upload_extend(
            t.UploadExtendParams(
                url=AUDIO,
                custom_mode=True,
                mv="sonic-v5",
                prompt="[Verse]\nOn and on",
                continue_at=10,
            )
        ),
    )
    if uploaded:
        call(
            "sonic.create extend_upload_music",
            lambda: s.create(
                t.SonicCreateParams(
                    task_type="extend_upload_music",
                    custom_mode=True,
                    continue_clip_id=uploaded.clip_id,
                    continue_at=5,
                    prompt="[Outro]\nBye",
                    mv="sonic-v5",
                )
            ),
        )
    # --- producer
    producer_song = t.ProducerCreateParams(sound="dreamy synth pop", mv="FUZZ-2.0", seed=7, bpm=96)
    made = call("producer.create (no task_type)", lambda: p.create(producer_song))
    pclip = call("producer.get_task (until done)", lambda: _producer_clip(p, made.task_id))
    call("producer.generate_and_wait", lambda: p.generate_and_wait(producer_song, FAST))
    pcreated = call(
        "producer.create extend_music",
        lambda: p.create(
            t.ProducerCreateParams(
                task_type="extend_music",
                clip_id=pclip,
                sound="more",
                seed="42",
                extend_s=20,
                mv="FUZZ-2.0",
            )
        ),
    )
    if pcreated:
        call("producer.get_task", lambda: p.get_task(pcreated.task_id))
    call(
        "producer.create replace_music",
        lambda: p.create(
            t.ProducerCreateParams(
                task_type="replace_music",
                clip_id=pclip,
                starts_at=2,
                ends_at=6,
                sound="softer",
                mv="FUZZ-2.0",
            )
        ),
    )
    pup = call("producer.upload", lambda: p.upload(t.ProducerUploadParams(audio_url=AUDIO)))
    if pup:
        call(
            "producer.create extend_upload_music",
            lambda: p.create(
                t.ProducerCreateParams(
                    task_type="extend_upload_music", clip_id=pclip, sound="on", mv="FUZZ-2.0"
                )
            ),
        )
        call(
            "producer.create replace_upload_music",
            lambda: p.create(
                t.ProducerCreateParams(
                    task_type="replace_upload_music",
                    clip_id=pclip,
                    starts_at=1,
                    ends_at=3,
                    sound="on",
                    mv="FUZZ-2.0",
                )
            ),
        )
    dl = t.ProducerDownloadParams(clip_id=pclip, format="wav")
    call("producer.download", lambda: p.download(dl))
    call("producer.download_and_wait", lambda: p.download_and_wait(dl, FAST))
    # --- riffusion
    call(
        "riffusion.create (no custom_mode)",
        lambda: r.create(t.RiffusionCreateParams(prompt="[Verse]\nNeon rain", sound="synth")),
    )
    riff = call(
        "riffusion.generate_and_wait",
        lambda: r.generate_and_wait(
            t.RiffusionCreateParams(
                custom_mode=True,
                lyrics="[Verse]\nNeon rain",
                sound="synthwave",
                vocal_variation=0.4,
                mv="FUZZ-1.1 Pro",
            ),
            FAST,
        ),
    )
    rcreated = call(
        "riffusion.create extend_music",
        lambda: r.create(
            t.RiffusionCreateParams(
                task_type="extend_music",
                custom_mode=True,
                continue_at=5,
                sound="synthwave",
                lyrics="[Chorus]\nNeon again",
                continue_clip_id=riff.data[0].clip_id if riff and riff.data else "",
                mv="FUZZ-1.1 Pro",
            )
        ),
    )
    if rcreated:
        call("riffusion.get_task", lambda: r.get_task(rcreated.task_id))
    call("riffusion.upload", lambda: r.upload(t.RiffusionUploadParams(url=AUDIO)))
    # --- studio
    studio = t.StudioCreateParams(
        prompt="a slow piano ballad",
        lyrics_type="instrumental",
        prompt_strength=0.5,
        clarity_strength=0.5,
        lyrics_strength=0.5,
        generation_quality=0.75,
        model_type="studio130-v1.5",
        config={"mode": "regular"},
    )
    screated = call("studio.create", lambda: client.studio.create(studio))
    if screated:
        call("studio.get_task", lambda: client.studio.get_task(screated.data))
    call("studio.generate_and_wait", lambda: client.studio.generate_and_wait(studio, FAST))
    # --- legacy /suno/* paths
    legacy = t.SonicCreateParams(
        custom_mode=False, gpt_description_prompt="a sea shanty", mv="sonic-v5"
    )
    screate = call("suno.create", lambda: client.suno.create(legacy))
    if screate:
        call("suno.get_clip", lambda: client.suno.get_clip(screate.task_id))
    call("suno.generate_and_wait", lambda: client.suno.generate_and_wait(legacy, FAST))
    lyr = call("suno.make_lyrics", lambda: client.suno.make_lyrics(t.MakeLyricsParams("tides")))
    if lyr:
        call("suno.get_lyrics", lambda: client.suno.get_lyrics(lyr.data["task_id"]))
    call(
        "suno.get_song",
        lambda: client.suno.get_song(t.GetSongParams(share_link="https://suno.com/song/abc")),
    )
    # --- credits
    call("credits.get", client.credits.get)
    client.close()


def _producer_clip(producer: Any, task_id: str) -> str:
    """A finished producer clip. The SDK's own wait ends at the first 200 answer, which this
    spec's producer task gives while it runs (status PENDING/RUNNING), so poll by hand."""
    for _ in range(3000):
        result = producer.get_task(task_id)
        if result.data:
            song = result.data[0]
            return str(song["clip_id"] if isinstance(song, dict) else song.clip_id)
        time.sleep(0.02)
    raise TimeoutError(f"producer task {task_id} never finished")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
