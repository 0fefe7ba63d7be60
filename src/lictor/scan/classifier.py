"""A small learned injection classifier: a linear model over word and word-pair features of
the normalised text, scored on the most suspicious window of the text.

The weights ship with the package (`injection_model.json.gz`, gzip-compressed JSON) and are
trained on the tuning split of `bench/data/injection/` only, by `bench/data/injection/train.py`.
Scoring is two dict look-ups per token (a word's own and its stem's weight are summed once per
distinct word and cached): no numpy, no download, no GPU.
"""

from __future__ import annotations

import gzip
import json
import math
import re
from dataclasses import dataclass, field
from importlib import resources
from itertools import accumulate, chain, repeat
from operator import add, itemgetter, sub
from typing import Any, cast

from lictor.errors import ScanError
from lictor.scan.normalise import Normalised

MODEL_FILE = "injection_model.json.gz"
"""Package-data file in `lictor.scan` holding the shipped weights."""
FORMAT = 5
"""Weights-file format this module reads (5: the tokens, sentence ends included, digit runs
folded to `0` and host names to `0 host`, and skip pairs of this version)."""
STEM = 5
"""Letters of a longer word kept as its stem feature."""
MAX_CACHED_WORDS = 50_000
"""Distinct words whose summed weight is remembered; past that, new words are summed each time
(bounded memory whatever the input)."""

# Latin words (`id_rsa`, `e-mail` and `don't` stay whole; a quote or dash that opens a word
# stays on it), runs of other scripts, numbers, line breaks (the rules find lines by them, and
# a word opening a line is a feature), and the punctuation of markup, paths, commands and role
# tokens (`<|`, `:`, `@`, `` ` ``, `$`, `/`...), and sentence ends (`.`, `;`): a word after
# one opens a sentence, so `. send` reads as an order where `model ignored` is a report.
# Commas, brackets and quotes are left out: every token costs three look-ups, and they told
# the model little (cross-validated).
# Possessive repeats and the commonest first alternative: the same tokens, found sooner.
_TOKEN = re.compile(
    r"[a-z][a-z_'-]*+|[_'-][a-z_'-]++|\n|[0-9]++|[<>|:@`$#{}\[\]/\\!?*~.;]|[^\s\x00-\x7f]++"
)
_DIGITS = re.compile(r"[0-9]++")

_SUFFIX_WORDS = (
    "com net org io co dev cloud xyz ai biz example gov edu mil "
    "us uk de fr eu ru cn jp es nl cz ro se fi dk ch pt br au ca nz tv ly gg ws su ir kr tw "
    "hk sg mx ar cl za ng ke tr gr hu sk ua il ae sa vn th ph pk bd lk ie lt lv ee si hr bg "
    "ba lu li mt cy"
)
HOST_SUFFIXES = frozenset(_SUFFIX_WORDS.split())
"""Last labels that make a dotted word a host name (`tracker.ads-example.net`). Suffixes that
are also file extensions (`.pl`, `.rs`, `.sh`, `.md`) or common attribute names in code
(`.info`, `.app`, `.name`, `.email`, `.id`) are left out, so `logger.info` stays words."""
_SUFFIX = re.compile(r"\.([a-z]{2,7})(?![a-z0-9_-]|\.[a-z0-9])")
_LABEL_END = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
"""What a host name's label before its suffix ends with."""
_HOST_CHARS = _LABEL_END | {".", "-"}


def fold_hosts(text: str) -> str:
    """`text` with each host name replaced by ` 0 host `, which tokenises as `0 host`."""
    if "." not in text:
        return text
    out: list[str] = []
    done = 0
    for found in _SUFFIX.finditer(text):
        dot = start = found.start()
        if found[1] not in HOST_SUFFIXES or dot == 0 or text[dot - 1] not in _LABEL_END:
            continue
        while start > done and text[start - 1] in _HOST_CHARS:
            start -= 1
        while text[start] in ".-":  # a host name opens with a letter or a digit
            start += 1
        out += (text[done:start], " 0 host ")
        done = found.end()
    if not out:
        return text
    out.append(text[done:])
    return "".join(out)


def tokens(text: str) -> list[str]:
    """Tokens of already-normalised text, in order: words and `\\n` line breaks."""
    # Every run of digits is the token `0` and every host name `0 host`: which number or host
    # a text holds is no evidence either way, and the model had learned the digits of the
    # corpus's example account numbers and the made-up domains (`.net`) of its injections.
    return _TOKEN.findall(_DIGITS.sub("0", fold_hosts(text)))


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
    """Features that end at each token: the word, the pair it closes, the pair with one token
    skipped (`a _ c`: "send it to", "send them to" share `send _ to`) and, for long words, a
    stem (its first `STEM` letters), so that "instructed" and "instructions" share evidence."""
    out: list[tuple[str, ...]] = []
    previous = before = ""
    for word in words:
        stem = "~" + word[:STEM] if len(word) > STEM else ""
        pair = f"{previous} {word}" if previous else ""
        skip = f"{before} _ {word}" if before else ""
        out.append((word, pair, stem, skip))
        before, previous = previous, word
    return out


_WordEntry = tuple[float, dict[str, float], dict[str, float]]
_NONE: dict[str, float] = {}
"""The (empty, never written) pair dict of a word that opens no weighted pair."""


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
    rule_step: float
    """Added to the combined logit when the rule score is at least `rule_high`: a payload the
    rules are all but sure of (an unquoted "ignore all previous instructions") counts whatever
    the words around it, since benign text that quotes one teaches the model otherwise."""
    rule_high: float
    """Rule score from which `rule_step` is added."""
    model_weight: float
    """Weight of this model's window score in the combined logit."""
    combined_bias: float
    """Bias of the combined logit."""
    threshold: float
    """Combined probability at or above which text is an injection (FPR <= 1% on tuning data,
    chosen on cross-validated scores)."""
    _words: dict[str, _WordEntry] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """Cache per distinct word, filled lazily up to `MAX_CACHED_WORDS`: its own weight plus its
    stem's, then the pair weights of the words that may follow it and of the words that may
    come one token later (`a _ c`), so that each token costs one look-up in this cache and two
    in small dicts."""
    _next: dict[str, dict[str, float]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """`a` -> {`b`: weight of the pair `a b` plus `b`'s own (word and stem) weight}."""
    _after_next: dict[str, dict[str, float]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """`a` -> {`c`: weight of the skip pair `a _ c`}."""

    def __post_init__(self) -> None:
        # Tokens hold no spaces, so a feature's spaces say what it is. A pair's entry holds
        # the second word's own weight plus the pair's, so that one look-up gives both.
        for name, weight in self.weights.items():
            parts = name.split(" ")
            if len(parts) == 2:
                self._next.setdefault(parts[0], {})[parts[1]] = self._own(parts[1]) + weight
            elif len(parts) == 3:
                self._after_next.setdefault(parts[0], {})[parts[2]] = weight

    def _own(self, word: str) -> float:
        """A word's own weight plus its stem's."""
        get = self.weights.get
        return get(word, 0.0) + (get("~" + word[:STEM], 0.0) if len(word) > STEM else 0.0)

    def _entry(self, word: str) -> _WordEntry:
        total = self._own(word)
        entry = (total, self._next.get(word, _NONE), self._after_next.get(word, _NONE))
        if len(self._words) < MAX_CACHED_WORDS:
            self._words[word] = entry
        return entry

    def margin(self, norm: Normalised, words: list[str] | None = None) -> float:
        """The highest window score of `norm` (a logit: > 0 leans injection); `words` are its
        `tokens`, when the caller has them already."""
        if words is None:
            words = tokens(norm.combined)
        get = self.weights.get
        extra = self.bias + sum(get(name, 0.0) for name in signals(norm))
        if not words:
            return extra
        # The same features as `features_at`, looked up in bulk: this runs on every output.
        found = list(map(self._words.get, words))
        if None in found:
            found = [self._entry(w) if e is None else e for w, e in zip(words, found, strict=True)]
        entries = cast(list[_WordEntry], found)
        owns = list(map(itemgetter(0), entries))
        # The pair closed by token i is found in the dict of token i-1 (and i-2 for skips);
        # a pair's entry already holds token i's own weight, which is also the default.
        closing = map(dict.get, map(itemgetter(1), entries), words[1:], owns[1:])
        skips = map(dict.get, map(itemgetter(2), entries), words[2:], repeat(0.0))
        per_token = map(add, chain(owns[:1], closing), chain((0.0, 0.0), skips))
        # Running totals of the per-token scores: a window's score is a difference of two.
        totals: list[float] = [0.0, *accumulate(per_token)]
        if len(words) <= self.window:
            return extra + totals[-1]
        return extra + float(max(map(sub, totals[self.window :], totals)))

    def below_threshold_whatever_the_rules(self, margin: float) -> bool:
        """True when no rule score in [0, 1] could lift this margin to the threshold (with room
        for the 4-decimal rounding of reported scores)."""
        strongest_rules = 1.0 if self.rule_weight > 0 or self.rule_step > 0 else 0.0
        return self.probability(strongest_rules, margin) < self.threshold - 1e-3

    def flags(self, rule_score: float, margin: float) -> bool:
        """Whether the scanner calls the text an injection: the combined probability, rounded
        to the 4 decimals it is reported with, at or above the threshold."""
        return round(self.probability(rule_score, margin), 4) >= self.threshold

    def probability(self, rule_score: float, margin: float) -> float:
        """Combined injection probability from the rule score and this model's margin."""
        z = self.combined_bias + self.rule_weight * rule_score + self.model_weight * margin
        if rule_score >= self.rule_high:
            z += self.rule_step
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
            rule_step=float(combine["step"]),
            rule_high=float(combine["high"]),
            model_weight=float(combine["model"]),
            combined_bias=float(combine["bias"]),
            threshold=float(data["threshold"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as e:
        raise ScanError(f"malformed injection model: {type(e).__name__}: {e}") from e
    if model.window < 1 or not 0.0 < model.threshold < 1.0:
        raise ScanError("malformed injection model: window or threshold out of range")
    if model.rule_weight < 0 or model.rule_step < 0:
        # `below_threshold_whatever_the_rules` takes the strongest rules to be a score of 1.
        raise ScanError("malformed injection model: negative rule weight")
    parts = (model.bias, model.rule_weight, model.rule_step, model.rule_high, model.model_weight)
    bad = [v for v in parts if not math.isfinite(v)]
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
