"""Run by test_wheel.py with the python of a fresh venv that has only the built wheel installed.

Usage: python -I installed_client.py BASE_URL WORK_DIR

Makes real HTTP calls against the test's local server and prints one JSON object with what
it saw. Written as a user of the published package would: nothing from the source tree.
"""

import asyncio
import json
import sys
import wave
from importlib import metadata
from pathlib import Path

import voiceclone
from voiceclone import AsyncBland, Bland, Truedy

VOICE_ID = "73d4c04b-1e15-4272-9c7f-8d2955914ba9"
BLAND_KEY = "bland-test-key"
TRUEDY_KEY = "truedy-test-key"


def write_wav(path: Path) -> Path:
    """0.1 s of 16-bit mono silence at 8 kHz."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\x00\x00" * 800)
    return path


async def list_async(base_url: str) -> int:
    async with AsyncBland(api_key=BLAND_KEY, base_url=base_url, timeout=10, max_retries=0) as bland:
        page = await bland.voices.samples.list(VOICE_ID, include_audio=True)
        return len(page.samples or [])


def main() -> None:
    base_url, work_dir = sys.argv[1], Path(sys.argv[2])
    result: dict[str, object] = {
        "file": voiceclone.__file__,
        "prefix": sys.prefix,
        "version": voiceclone.__version__,
        "dist_version": metadata.version("voiceclone-sdk"),
    }

    with Bland(api_key=BLAND_KEY, base_url=base_url, timeout=10, max_retries=0) as bland:
        page = bland.voices.samples.list(VOICE_ID, include_audio=True)
        result["bland_type"] = f"{type(page).__module__}.{type(page).__qualname__}"
        result["bland_samples"] = [s.model_dump(mode="json") for s in page.samples or []]
        try:
            bland.voices.samples.list("default-voice")
        except voiceclone.BadRequestError as err:
            result["bland_error"] = {
                "status": err.status_code,
                "code": err.code,
                "message": err.message,
            }
    result["bland_async_count"] = asyncio.run(list_async(base_url))

    wav = write_wav(work_dir / "sample.wav")
    truedy_url = base_url + "/api/public/v1"
    with Truedy(api_key=TRUEDY_KEY, base_url=truedy_url, timeout=10, max_retries=0) as truedy:
        voice = truedy.voices.clone(name="My Voice", files=[wav])
    result["truedy_voice"] = {
        "type": f"{type(voice).__module__}.{type(voice).__qualname__}",
        "id": voice.id,
        "status": voice.status,
        "request_id": voice._request_id,
        "created_at": voice.created_at.isoformat(),
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
