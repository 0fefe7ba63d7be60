"""A small learned injection classifier: a linear model over word and word-pair features of
the normalised text, scored on the most suspicious window of the text.

The weights ship with the package (`injection_model.json.gz`, gzip-compressed JSON) and are
trained on the tuning split of `bench/data/injection/` only, by `bench/data/injection/train.py`.
Scoring is a few thousand dict look-ups per 4 KB: no numpy, no download, no GPU.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate, pairwise, repeat
from typing import Any

from lictor.errors import ScanError
from lictor.scan.normalise import Normalised

MODEL_FILE = "injection_model.json.gz"
"""Package-data file in `lictor.scan` holding the shipped weights."""
FORMAT = 1
"""Weights-file format this module reads."""
STEM = 5
"""Letters of a longer word kept as its stem feature."""

# Words (any script), numbers, and single punctuation marks: `<|im_start|>` keeps its shape.
_TOKEN = re.compile(r"[^\W\d_]+|\d+|[^\w\s]")


def tokens(text: str) -> list[str]:
    """Tokens of already-normalised text, in order."""
    return _TOKEN.findall(text)


def signals(norm: Normalised) -> list[str]:
    """Whole-text features: how the text hid things, not what it says."""
    found = []
    if norm.hidden:
        found.append("#hidden-part")
    if norm.decoded:
        found.append("#decoded-part")
    if norm.tag_chars:
        found.append("#tag-chars")
    if norm.hidden_chars:
        found.append("#hidden-chars")
    if norm.mixed_script >= 2:
        found.append("#mixed-script")
    if norm.spaced_words:
        found.append("#spaced-words")
    return found


def features_at(words: list[str]) -> list[tuple[str, ...]]:
    """Features that end at each token: the word, the pair it closes and, for long words, a
    stem (its first `STEM` letters), so that "instructed" and "instructions" share evidence."""
    out: list[tuple[str, ...]] = []
    previous = ""
    for word in words:
        stem = "~" + word[:STEM] if len(word) > STEM else ""
        out.append((word, f"{previous} {word}" if previous else "", stem))
        previous = word
    return out


@dataclass(frozen=True)
class InjectionModel:
    """Trained weights and the calibration that turns a window score into a probability."""

    weights: dict[str, float]
    """Feature (word, `word word` pair or `#signal`) to weight; absent features weigh 0."""
    bias: float
    """Added to every window's score."""
    window: int
    """Tokens per window; a text scores as its highest-scoring window."""
    rule_weight: float
    """Weight of the rule detector's score in the combined logit."""
    model_weight: float
    """Weight of this model's window score in the combined logit."""
    combined_bias: float
    """Bias of the combined logit."""
    threshold: float
    """Combined probability at or above which text is an injection (FPR <= 1% on tuning data,
    chosen on cross-validated scores)."""

    def margin(self, norm: Normalised) -> float:
        """The highest window score of `norm` (a logit: > 0 leans injection)."""
        get = self.weights.get
        words = tokens(norm.combined)
        extra = self.bias + sum(get(name, 0.0) for name in signals(norm))
        if not words:
            return extra
        # The same features as `features_at`, looked up in bulk: this runs on every output.
        pairs = [0.0, *map(get, map(" ".join, pairwise(words)), repeat(0.0))]
        stems = [get("~" + w[:STEM], 0.0) if len(w) > STEM else 0.0 for w in words]
        per_token = [
            a + b + c for a, b, c in zip(map(get, words, repeat(0.0)), pairs, stems, strict=True)
        ]
        if len(per_token) <= self.window:
            return extra + sum(per_token)
        totals = [0.0, *accumulate(per_token)]
        return extra + max(map(float.__sub__, totals[self.window :], totals))

    def probability(self, rule_score: float, margin: float) -> float:
        """Combined injection probability from the rule score and this model's margin."""
        z = self.combined_bias + self.rule_weight * rule_score + self.model_weight * margin
        return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


def model_from_dict(data: dict[str, Any]) -> InjectionModel:
    """An `InjectionModel` from its JSON form; `ScanError` when anything is missing or wrong."""
    try:
        if data.get("format") != FORMAT:
            raise ScanError(f"unsupported format {data.get('format')!r} (expected {FORMAT})")
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        combine = data["combine"]
        model = InjectionModel(
            weights=weights,
            bias=float(data["bias"]),
            window=int(data["window"]),
            rule_weight=float(combine["rules"]),
            model_weight=float(combine["model"]),
            combined_bias=float(combine["bias"]),
            threshold=float(data["threshold"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ScanError(f"malformed injection model: {type(e).__name__}: {e}") from e
    if model.window < 1 or not 0.0 < model.threshold < 1.0:
        raise ScanError("malformed injection model: window or threshold out of range")
    bad = [v for v in (model.bias, model.rule_weight, model.model_weight) if not math.isfinite(v)]
    if bad or not all(math.isfinite(v) for v in weights.values()):
        raise ScanError("malformed injection model: non-finite weight")
    return model


def load_model(text: str | None = None) -> InjectionModel:
    """The shipped model (or one from `text`, the JSON form); `ScanError` with one line when
    the file is missing, unreadable or malformed."""
    if text is None:
        try:
            packed = resources.files("lictor.scan").joinpath(MODEL_FILE).read_bytes()
            text = gzip.decompress(packed).decode("utf-8")
        except (OSError, EOFError, UnicodeDecodeError) as e:
            raise ScanError(f"injection model {MODEL_FILE} unreadable: {e}") from e
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        raise ScanError(f"injection model is not JSON: {e}") from e
    if not isinstance(data, dict):
        raise ScanError("malformed injection model: not a JSON object")
    return model_from_dict(data)
