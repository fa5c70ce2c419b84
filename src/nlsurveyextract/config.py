"""The options of an extraction: one frozen, validated object, as pydantic users expect."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class ExtractConfig(BaseModel):
    """Options of an extraction, validated once and then frozen."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    max_bytes: int = Field(
        default=1_000_000,
        gt=0,
        description="Refuse inputs larger than this many bytes: a file's or a bytes object's own "
        "length, a str's length in UTF-8, and the repaired text's length in UTF-8 (a news article "
        "is ~10 kB; spaCy's default nlp.max_length is 1,000,000 characters).",
    )
    slice_chars: int = Field(
        default=50_000,
        ge=1_000,
        description="Texts longer than this many characters are extracted in slices of at most this "
        "length, cut at paragraphs (else lines, sentences, clauses), so that peak memory does not grow "
        "with the text; the discourse reaches no further than one slice. News articles are far shorter.",
    )
    batch_size: int = Field(
        default=4,
        gt=0,
        description="Inputs per task handed to a worker process by extract_many; small tasks keep "
        "the workers evenly busy (articles are parsed one by one: batching them in nlp.pipe gained "
        "no speed and cost memory).",
    )
    timeout_seconds: float | None = Field(
        default=60.0,
        gt=0,
        description="Time budget of one article; past it the article gets a 'timeout' error record "
        "and the batch goes on. None: no budget.",
    )


DEFAULT_CONFIG = ExtractConfig()
