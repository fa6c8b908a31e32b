"""Responses that differ from their documented schema: the model comes back, the differences
are reported (``_mismatches``, one WARNING per operation and field), and a strict client raises.

Every test taking ``flavour`` runs against the sync and the async client alike.
"""

import logging
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from pydantic import Field

API_KEY = "sk-test-0123456789-secret"


def answer(body: object) -> Any:
    return lambda request: httpx.Response(200, json=body, request=request)


@pytest.fixture
def models(runtime: SimpleNamespace) -> SimpleNamespace:
    base = runtime.models.BaseModel

    class Sample(base):  # type: ignore[misc,valid-type]
        id: str
        duration: float | None = None

    class Voice(base):  # type: ignore[misc,valid-type]
        id: str
        name: str
        language: str
        display_name: str | None = Field(default=None, alias="displayName")
        samples: list[Sample] = Field(default_factory=list)

    class VoiceList(base):  # type: ignore[misc,valid-type]
        voices: list[Voice]

    return SimpleNamespace(Sample=Sample, Voice=Voice, VoiceList=VoiceList)


def test_a_missing_required_field_still_returns_the_model(
    flavour: Any, raw_profile: Any, models: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    body = {"id": "v1", "name": "Ada", "displayName": "Ada L.", "tier": "pro"}
    client = flavour.client(raw_profile, answer(body), api_key=API_KEY)

    with caplog.at_level(logging.WARNING, logger="voiceclone"):
        voice = client.request_json("POST", f"/{flavour.name}/clone", cast_to=models.Voice)

    assert isinstance(voice, models.Voice)
    assert (voice.id, voice.name, voice.display_name, voice.language) == (
        "v1",
        "Ada",
        "Ada L.",
        None,
    )
    assert voice.model_extra == {"tier": "pro"}  # undocumented fields kept, as always
    assert [(m.path, m.message) for m in voice._mismatches] == [
        ("language", "missing, though documented as required")
    ]
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert f"POST /{flavour.name}/clone" in record.getMessage()
    assert "language" in record.getMessage()


def test_a_value_of_another_type_is_kept_as_sent_and_the_rest_typed(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    body = {
        "voices": [
            {"id": "v1", "name": "Ada", "language": "en", "samples": [{"id": "s1"}]},
            {"id": 5, "name": "Bob", "language": "fr", "samples": [{"id": "s2", "duration": "x"}]},
        ]
    }
    client = flavour.client(raw_profile, answer(body), api_key=API_KEY)

    result = client.request_json("GET", "/voices", cast_to=models.VoiceList)

    first, second = result.voices
    assert isinstance(first, models.Voice) and first._mismatches == ()
    assert isinstance(second, models.Voice)
    assert second.id == 5  # as sent: the docs say string
    assert isinstance(second.samples[0], models.Sample)
    assert second.samples[0].duration == "x"
    assert [str(m) for m in result._mismatches] == [
        "voices[1].id: Input should be a valid string",
        "voices[1].samples[0].duration: Input should be a valid number, unable to parse "
        "string as a number",
    ]
    # Each rebuilt model lists what differs within it.
    assert [m.path for m in second._mismatches] == ["voices[1].id", "voices[1].samples[0].duration"]
    assert second.model_dump(by_alias=True, warnings=False)["id"] == 5


def test_each_difference_is_logged_once_per_operation_and_field(
    flavour: Any, raw_profile: Any, models: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    body = {"voices": [{"id": i, "name": "n", "language": "en"} for i in range(50)]}
    client = flavour.client(raw_profile, answer(body), api_key=API_KEY)

    # Reports are once per process: each flavour has operations of its own.
    once, other = f"/{flavour.name}/logged-once", f"/{flavour.name}/other-operation"

    with caplog.at_level(logging.WARNING, logger="voiceclone"):
        for _ in range(3):
            result = client.request_json("GET", once, cast_to=models.VoiceList)
        client.request_json("GET", other, cast_to=models.VoiceList)

    assert len(result._mismatches) == 50
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2, messages
    assert f"GET {once}" in messages[0]
    assert f"GET {other}" in messages[1]


def test_a_top_level_list_of_models_is_rebuilt_item_by_item(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    body = [{"id": "s1", "duration": 1.5}, {"id": None}]
    client = flavour.client(raw_profile, answer(body), api_key=API_KEY)

    samples = client.request_json("GET", "/samples", cast_to=list[models.Sample])

    assert [type(s) for s in samples] == [models.Sample, models.Sample]
    assert samples[1].id is None
    assert [str(m) for m in samples[1]._mismatches] == ["[1].id: Input should be a valid string"]


def test_the_envelope_is_unwrapped_before_the_tolerant_rebuild(
    flavour: Any, envelope_profile: Any, models: SimpleNamespace
) -> None:
    body = {"data": {"id": "v1", "name": "Ada"}, "meta": {"request_id": "req_9"}}
    client = flavour.client(envelope_profile, answer(body), api_key=API_KEY)

    voice = client.request_json("GET", "/voices/v1", cast_to=models.Voice)

    assert (voice.id, voice.language, voice._request_id) == ("v1", None, "req_9")
    assert [m.path for m in voice._mismatches] == ["language"]


@pytest.mark.parametrize("body", [["not", "an", "object"], "text", 42])
def test_a_body_of_another_kind_altogether_is_still_an_error(
    flavour: Any, raw_profile: Any, models: SimpleNamespace, body: object
) -> None:
    client = flavour.client(raw_profile, answer(body), api_key=API_KEY)
    errors = flavour.runtime.exceptions

    with pytest.raises(errors.APIResponseValidationError, match="does not match Voice"):
        client.request_json("GET", "/voices/v1", cast_to=models.Voice)


def test_a_strict_client_raises_on_any_difference(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    client = flavour.client(
        raw_profile,
        answer({"id": "v1", "name": "Ada"}),
        api_key=API_KEY,
        strict_response_validation=True,
    )
    errors = flavour.runtime.exceptions

    with pytest.raises(errors.APIResponseValidationError, match="language: Field required"):
        client.request_json("GET", "/voices/v1", cast_to=models.Voice)
    # with_options keeps the setting, and can lift it.
    lenient = client.with_options(strict_response_validation=False)
    assert lenient.request_json("GET", "/voices/v1", cast_to=models.Voice).language is None
    with pytest.raises(errors.APIResponseValidationError):
        client.with_options(max_retries=0).request_json("GET", "/v", cast_to=models.Voice)


def test_a_matching_body_has_no_mismatches(
    flavour: Any, raw_profile: Any, models: SimpleNamespace
) -> None:
    body = {"id": "v1", "name": "Ada", "language": "en"}
    client = flavour.client(raw_profile, answer(body), api_key=API_KEY)

    voice = client.request_json("GET", "/voices/v1", cast_to=models.Voice)

    assert voice._mismatches == ()
    assert voice == models.Voice(id="v1", name="Ada", language="en")


@pytest.fixture
def shapes(runtime: SimpleNamespace) -> SimpleNamespace:
    from typing import Annotated, Literal

    import pydantic

    base = runtime.models.BaseModel

    class Cat(base):  # type: ignore[misc,valid-type]
        kind: Literal["cat"]
        lives: int

    class Dog(base):  # type: ignore[misc,valid-type]
        kind: Literal["dog"]
        bark: str

    class Tags(pydantic.RootModel[list[int]]):
        pass

    class Pet(base):  # type: ignore[misc,valid-type]
        animal: Cat | Dog
        scores: Annotated[list[int], Field(min_length=2)] = Field(default_factory=list)
        pair: tuple[int, str] | None = None
        names: dict[str, Cat] = Field(default_factory=dict)

    return SimpleNamespace(Cat=Cat, Dog=Dog, Pet=Pet, Tags=Tags)


def test_a_union_is_rebuilt_as_the_arm_it_differs_least_from(
    flavour: Any, raw_profile: Any, shapes: SimpleNamespace
) -> None:
    body = {"animal": {"kind": "dog", "bark": 5}}
    client = flavour.client(raw_profile, answer(body), api_key=API_KEY)

    pet = client.request_json("GET", f"/{flavour.name}/pet", cast_to=shapes.Pet)

    assert isinstance(pet.animal, shapes.Dog)  # not a Cat because Cat comes first
    assert [str(m) for m in pet._mismatches] == ["animal.bark: Input should be a valid string"]


def test_a_value_whose_parts_fit_but_itself_does_not_is_reported(
    flavour: Any, raw_profile: Any, shapes: SimpleNamespace
) -> None:
    body = {"animal": {"kind": "cat", "lives": 9}, "scores": [1], "pair": [1, 2]}
    client = flavour.client(raw_profile, answer(body), api_key=API_KEY)

    pet = client.request_json("GET", f"/{flavour.name}/pet-parts", cast_to=shapes.Pet)

    assert pet.scores == [1] and pet.pair == [1, 2]  # as sent
    assert [m.path for m in pet._mismatches] == ["scores", "pair[1]"]
    assert "at least 2 items" in pet._mismatches[0].message


def test_a_root_model_is_rebuilt_and_map_values_carry_their_mismatches(
    flavour: Any, raw_profile: Any, shapes: SimpleNamespace, caplog: pytest.LogCaptureFixture
) -> None:
    client = flavour.client(raw_profile, answer([1, "two", 3]), api_key=API_KEY)
    with caplog.at_level(logging.WARNING, logger="voiceclone"):
        tags = client.request_json("GET", f"/{flavour.name}/tags", cast_to=shapes.Tags)
    # A pydantic RootModel (not the package's BaseModel) has no _mismatches: it is logged.
    assert tags.root == [1, "two", 3]
    assert "at [1]: Input should be a valid integer" in caplog.records[0].getMessage()
    caplog.clear()

    cats = {"a": {"kind": "cat", "lives": "x"}, "b": {"kind": "cat", "lives": "y"}}
    body = {"animal": {"kind": "cat", "lives": 1}, "names": cats}
    client = flavour.client(raw_profile, answer(body), api_key=API_KEY)
    with caplog.at_level(logging.WARNING, logger="voiceclone"):
        pet = client.request_json("GET", f"/{flavour.name}/names", cast_to=shapes.Pet)

    assert [m.path for m in pet._mismatches] == ["names['a'].lives", "names['b'].lives"]
    # One report for every key of the map, naming the vendor and the operation.
    (record,) = caplog.records
    assert f"Raw GET /{flavour.name}/names" in record.getMessage()
