"""Train the shipped injection classifier on the tuning split only; writes
`src/lictor/scan/injection_model.json.gz` and prints cross-validated tuning figures.

    python bench/data/injection/train.py            # train, calibrate, write the weights
    python bench/data/injection/train.py --cv-only  # only print cross-validated figures
    python bench/data/injection/train.py --cv-only --errors  # and list out-of-fold errors
    python bench/data/injection/train.py --v1-v6    # only the first six tuning parts

Reads the `tune*.jsonl` parts, `gate.jsonl` and the task prompts of `bench/data/scenarios`,
nothing else: the held-out files are never opened here. The model is a linear classifier over
words, 5-letter stems, word pairs and skip pairs (`a _ c`) of the normalised text, scored on
its highest-scoring window of `WINDOW` tokens (multiple-instance learning with max pooling: an
injection is a few sentences inside a long benign page).
Training is AdaGrad on log loss in pure Python, seeded, so the output is reproducible. Two
kinds of extra benign examples are derived from the training texts of each fold: every
carried injection again with a benign line in its place (`carrier_negatives`), and short
snippets of long benign texts (`benign_snippets`); neither is ever scored.

How the rule score and the model's window score combine, and the threshold, are chosen on
out-of-fold scores (group k-fold over the tuning split, groups = templates and sources), so the
threshold is not set on scores the model was trained on.

`gate.jsonl` is the acceptance check: canonical payloads the shipped detector must flag and
benign texts (tool descriptions, texts quoting an attack) it must not, joined by every task
prompt of the flow scenario suite (a user's prompt the detector flags marks the session hostile,
so its URLs and names become untrusted). It is never trained on; a combiner that fails it is not
chosen, and when none passes nothing is written (exit 1).
"""

from __future__ import annotations

import gzip
import json
import math
import random
import sys
from collections import Counter
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path

import yaml

from lictor.scan.classifier import (
    FORMAT,
    MODEL_FILE,
    InjectionModel,
    features_at,
    load_model,
    model_from_dict,
    signals,
    tokens,
)
from lictor.scan.injection import MAX_SCAN_CHARS, assess_rules
from lictor.scan.normalise import normalise

HERE = Path(__file__).parent
OUT = HERE.parents[2] / "src" / "lictor" / "scan" / MODEL_FILE
TUNING_FILES = sorted(p.name for p in HERE.glob("tune*.jsonl"))
if "--v1-v6" in sys.argv:
    TUNING_FILES = ["tune-added.jsonl", "tune-v3.jsonl", "tune-v4.jsonl", "tune-v5.jsonl"]
    TUNING_FILES += ["tune-v6.jsonl", "tune.jsonl"]
GATE_FILE = HERE / "gate.jsonl"
SCENARIOS = HERE.parent / "scenarios"
"""The flow scenario suite (`bench/flow.py`); its task prompts join the gate as benign text."""

WINDOW = 48
EPOCHS = 12
LEARNING_RATE = 0.2
L2 = 1e-4
MIN_DOCS = 3
"""A feature must occur in this many training texts to get a weight (3 beat 2 by 1 point when
tuning parts v5 and v6 were each left out, and the weights file shrinks)."""
POSITIVE_WEIGHT = 2.0
"""Loss weight of an injection relative to a benign text. 4 beat 2 in cross-validation while
the corpus held about one injection to four benign texts (v1-v4); with v12-v18 it holds about
one to one, and 2 beat 4 by 1.2 points of TPR at 1% FPR with each of v9 and v12-v18 left out."""
HARD_NEGATIVE_WEIGHT = 2.0
"""Loss weight of a hard negative (benign text that discusses, quotes or resembles an attack)
relative to other benign text: 2 beat 1 by 3.5 points of TPR at 1% FPR when tuning parts v5
and v6 were each left out, since such texts are what set the threshold."""
FOLDS = 5
MAX_FPR = 0.01
SEED = 20261103
SNIPPET_LINES = 3
"""Most lines in a benign snippet (`benign_snippets`)."""
SNIPPET_SHARE = 0.35
"""Share of the long benign texts a snippet is cut from."""
KEEP = 1e-3
"""Weights smaller than this are dropped from the shipped file."""


class Example:
    """One tuning text, featurised once."""

    __slots__ = ("features", "group", "label", "rules", "signals", "source", "text", "weight")

    def __init__(self, row: dict[str, object]) -> None:
        text = str(row["text"])[:MAX_SCAN_CHARS]
        norm = normalise(text)
        self.rules = assess_rules(norm).score
        self.features = features_at(tokens(norm.combined))
        self.signals = signals(norm)
        self.label = int(str(row["label"]))
        self.group = str(row["group"])
        self.source = str(row.get("source", ""))
        self.text = text
        hard = row.get("family") == "hard-negative"
        self.weight = POSITIVE_WEIGHT if self.label else HARD_NEGATIVE_WEIGHT if hard else 1.0


def shared_start(texts: list[str]) -> int:
    """Characters all `texts` share at their start."""
    first, last = min(texts), max(texts)
    pairs = enumerate(zip(first, last, strict=False))
    return next((i for i, (a, b) in pairs if a != b), min(map(len, texts)))


def carrier_negatives(examples: list[Example], seed: int) -> list[Example]:
    """Each injection that sits in a carrier (a README, an e-mail, a JSON tool result...) again,
    with a benign line from another text in its place, as an extra benign example.

    Carriers hold injections far more often than benign text in the corpus, so without these
    the model learned carrier words ("weather", "def add") as evidence. The frame of a carrier
    is what all injections of one `source` share at their start and end. Built from the
    training texts of a fold only; never scored."""
    rng = random.Random(seed)
    by_source: dict[str, list[str]] = {}
    for ex in examples:
        if ex.label and ex.source and not ex.source.endswith("direct"):
            by_source.setdefault(ex.source, []).append(ex.text)
    lines = [
        line.strip()
        for ex in examples
        if not ex.label
        for line in ex.text.split("\n")
        if 20 <= len(line.strip()) <= 200
    ]
    out = []
    for source, texts in sorted(by_source.items()):
        if len(texts) < 2 or not lines:
            continue
        head = shared_start(texts)
        tail = shared_start([t[::-1] for t in texts])
        for text in texts:
            if head + tail >= len(text):
                continue
            benign = text[:head] + rng.choice(lines) + text[len(text) - tail :]
            out.append(Example({"text": benign, "label": 0, "group": source, "source": source}))
    return out


def benign_snippets(examples: list[Example], seed: int) -> list[Example]:
    """A few consecutive lines cut from each long benign text, as extra benign examples.

    Most injections in the corpus are short and most benign texts long, so without these the
    model learns that a short text leans injection (a two-line code snippet scored as one).
    Cut from the training texts of a fold only; they are never scored."""
    rng = random.Random(seed)
    out = []
    for ex in examples:
        lines = [line for line in ex.text.split("\n") if line.strip()]
        if ex.label or len(lines) < SNIPPET_LINES * 2 or rng.random() >= SNIPPET_SHARE:
            continue
        start = rng.randrange(len(lines) - SNIPPET_LINES)
        size = rng.randint(1, SNIPPET_LINES)
        out.append(
            Example({"text": "\n".join(lines[start : start + size]), "label": 0, "group": ex.group})
        )
    return out


Row = dict[str, object]
"""One line of a tuning file, with the file's name under `file`."""


def load() -> list[Row]:
    rows: list[Row] = []
    for name in TUNING_FILES:
        assert name.startswith("tune"), name
        with open(HERE / name, encoding="utf-8") as fh:
            rows.extend({**json.loads(line), "file": name} for line in fh)
    return rows


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(min(z, 60.0), -60.0)))


class Trainer:
    """Max-pooled linear model over integer feature ids; id 0 is the null feature."""

    def __init__(self, examples: list[Example]) -> None:
        df: Counter[str] = Counter()
        for ex in examples:
            df.update({f for position in ex.features for f in position if f})
            df.update(ex.signals)
        self.names = ["", *sorted(f for f, n in df.items() if n >= MIN_DOCS)]
        self.ids = {f: i for i, f in enumerate(self.names)}
        self.w = [0.0] * len(self.names)
        self.g2 = [1e-8] * len(self.names)
        self.bias = 0.0
        self.bias_g2 = 1e-8

    def encode(self, ex: Example) -> tuple[list[list[int]], list[int]]:
        """Feature ids per kind (word, pair, stem, skip pair), one list per kind, and signals."""
        ids = self.ids
        kinds = len(ex.features[0]) if ex.features else 0
        columns = [[ids.get(p[k], 0) for p in ex.features] for k in range(kinds)]
        return columns, [ids[s] for s in ex.signals if s in ids]

    def best_window(self, columns: list[list[int]], sigs: list[int]) -> tuple[float, int, int]:
        w = self.w
        per_token = [sum(w[f] for f in at) for at in zip(*columns, strict=True)]
        extra = self.bias + sum(w[s] for s in sigs)
        if len(per_token) <= WINDOW:
            return extra + sum(per_token), 0, len(per_token)
        totals = [0.0, *accumulate(per_token)]
        sums = [totals[k + WINDOW] - totals[k] for k in range(len(per_token) - WINDOW + 1)]
        start = max(range(len(sums)), key=sums.__getitem__)
        return extra + sums[start], start, start + WINDOW

    def fit(self, examples: list[Example], seed: int) -> None:
        encoded = [(self.encode(ex), ex.label, ex.weight) for ex in examples]
        rng = random.Random(seed)
        w, g2 = self.w, self.g2
        for epoch in range(EPOCHS):
            rng.shuffle(encoded)
            rate = LEARNING_RATE / math.sqrt(1 + epoch)
            for (columns, sigs), label, weight in encoded:
                z, start, end = self.best_window(columns, sigs)
                grad = (sigmoid(z) - label) * weight
                if abs(grad) < 1e-4:
                    continue
                counts: Counter[int] = Counter(sigs)
                for column in columns:
                    counts.update(column[start:end])
                counts.pop(0, None)
                for f, n in counts.items():
                    step = grad * n + L2 * w[f]
                    g2[f] += step * step
                    w[f] -= rate * step / math.sqrt(g2[f])
                self.bias_g2 += grad * grad
                self.bias -= rate * grad / math.sqrt(self.bias_g2)

    def margin(self, ex: Example) -> float:
        return self.best_window(*self.encode(ex))[0]

    def weights(self) -> dict[str, float]:
        return {
            name: round(weight, 3)
            for name, weight in zip(self.names, self.w, strict=True)
            if name and abs(weight) >= KEEP
        }


def folds(examples: list[Example]) -> list[int]:
    """Fold number per example, by group, balanced by seeded shuffling of groups."""
    groups = sorted({ex.group for ex in examples})
    random.Random(SEED).shuffle(groups)
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    return [fold_of[ex.group] for ex in examples]


def threshold_at(scores: list[tuple[float, int]], max_fpr: float = MAX_FPR) -> float:
    """Lowest threshold whose false-positive rate on these scores is <= max_fpr."""
    negatives = sorted((s for s, y in scores if y == 0), reverse=True)
    allowed = int(len(negatives) * max_fpr)
    cut = negatives[allowed] if allowed < len(negatives) else 0.0
    return cut + 1e-6


def rates(scores: list[tuple[float, int]], threshold: float) -> tuple[float, float]:
    pos = [s for s, y in scores if y == 1]
    neg = [s for s, y in scores if y == 0]
    return (
        sum(s >= threshold for s in pos) / max(len(pos), 1),
        sum(s >= threshold for s in neg) / max(len(neg), 1),
    )


RULE_WEIGHTS = [k / 4 for k in range(17)]
"""Weights of the rule score, relative to the model's margin, that `combiners` tries."""
RULE_STEPS = [0.0, 1.0, 2.0, 4.0, 8.0]
"""Steps added, relative to the model's margin, where the rules are all but sure."""
RULE_HIGHS = [0.9, 0.95]
"""Rule scores from which the step is added (on the tuning split, 0.42% and 0.22% of benign
texts score at least these, and 11% and 7% of injections)."""

Combiner = tuple[float, float, float, float, float, float]
"""How the rule score and the model margin combine: (rule weight, step, rule score from which
the step is added, margin weight, bias, threshold on the combined probability)."""


def combiners(points: list[tuple[float, float, int]]) -> Iterator[tuple[float, Combiner]]:
    """(TPR, combiner) for each rule weight in `RULE_WEIGHTS`, step in `RULE_STEPS` and step
    height in `RULE_HIGHS`, best first: ranked by TPR at FPR <= `MAX_FPR` on these (out-of-fold)
    scores, the operating point shipped, then by the smaller rule weight and step.

    The scale and bias are a logistic fit on the combined score, so the output is a probability,
    and the threshold is the lowest that keeps the FPR at or below `MAX_FPR`. (A plain
    two-feature logistic fit weighed the rules by the whole curve and came out below the model
    alone at 1% FPR: 77.4% against 78.9%, v1-v5.)"""
    labels = [y for _, _, y in points]
    ranked = []
    for alpha in RULE_WEIGHTS:
        for step in RULE_STEPS:
            for high in RULE_HIGHS[: 1 if step == 0 else None]:
                raw = [m + alpha * r + (step if r >= high else 0.0) for r, m, _ in points]
                scores = list(zip(raw, labels, strict=True))
                tpr = rates(scores, threshold_at(scores))[0]
                ranked.append((tpr, -alpha - step, high, alpha, step, raw))
    ranked.sort(key=lambda entry: entry[:3], reverse=True)
    for tpr, _, high, alpha, step, raw in ranked:
        scale, bias = fit_logistic(list(zip(raw, labels, strict=True)))
        combined = list(zip([sigmoid(scale * x + bias) for x in raw], labels, strict=True))
        yield tpr, (alpha * scale, step * scale, high, scale, bias, threshold_at(combined))


def fit_logistic(points: list[tuple[float, int]]) -> tuple[float, float]:
    """Logistic regression of the label on one score: (weight, bias), by Newton steps."""
    w = c = 0.0
    for _ in range(50):
        gw = gc = hww = hwc = hcc = 0.0
        for x, label in points:
            p = sigmoid(w * x + c)
            weight = POSITIVE_WEIGHT if label else 1.0
            gw += weight * (p - label) * x
            gc += weight * (p - label)
            curve = weight * p * (1 - p)
            hww, hwc, hcc = hww + curve * x * x, hwc + curve * x, hcc + curve
        hww, hcc = hww + 1e-3, hcc + 1e-3
        det = hww * hcc - hwc * hwc
        w, c = w - (hcc * gw - hwc * gc) / det, c - (hww * gc - hwc * gw) / det
    return w, c


def probability(combine: Combiner, rules: float, margin: float) -> float:
    """The combined probability, as `InjectionModel.probability` computes it."""
    weight, step, high, scale, bias, _ = combine
    return sigmoid(bias + weight * rules + (step if rules >= high else 0.0) + scale * margin)


def gate_rows() -> list[Row]:
    """`gate.jsonl`, then each task prompt of the scenario suite as benign text."""
    lines = GATE_FILE.read_text(encoding="utf-8").splitlines()
    rows: list[Row] = [json.loads(line) for line in lines]
    for path in sorted(SCENARIOS.glob("*.yaml")):
        for session in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("sessions", []):
            if session.get("prompt"):
                why = f"task prompt, {path.name} {session['id']}"
                rows.append({"text": session["prompt"], "label": 0, "why": why})
    return rows


def gate_scores(model: InjectionModel) -> list[tuple[str, float, float, bool]]:
    """(what a miss would say, rule score, window score, label) per `gate_rows` row, as the
    scanner computes them with this model's weights."""
    out = []
    for row in gate_rows():
        text, label = str(row["text"]), bool(row["label"])
        norm = normalise(text)
        words = tokens(norm.combined)
        why = f"{'missed' if label else 'flagged'} {text[:60]!r}"
        out.append((why, assess_rules(norm, words).score, model.margin(norm, words), label))
    return out


def gate_failures(model: InjectionModel) -> list[str]:
    """The `gate_rows` this model gets wrong, scored as the scanner scores them."""
    return [why for why, r, m, label in gate_scores(model) if label != model.flags(r, m)]


def report(name: str, scores: list[tuple[float, int]]) -> None:
    threshold = threshold_at(scores)
    tpr, fpr = rates(scores, threshold)
    print(f"  {name:28} TPR {tpr:6.1%} @ FPR {fpr:5.2%}  (threshold {threshold:.4f})")


def main() -> None:
    rows = load()
    examples = [Example(row) for row in rows]
    npos = sum(ex.label for ex in examples)
    print(
        f"tuning files {', '.join(TUNING_FILES)}: {npos} injections, {len(examples) - npos} benign"
    )
    fold_of = folds(examples)
    margins = [0.0] * len(examples)
    for k in range(FOLDS):
        train = [ex for ex, f in zip(examples, fold_of, strict=True) if f != k]
        train += benign_snippets(train, SEED + k) + carrier_negatives(train, SEED + k)
        trainer = Trainer(train)
        trainer.fit(train, SEED + k)
        for i, (ex, f) in enumerate(zip(examples, fold_of, strict=True)):
            if f == k:
                margins[i] = trainer.margin(ex)
        print(f"  fold {k + 1}/{FOLDS} done", file=sys.stderr)
    labels = [ex.label for ex in examples]
    points = [(ex.rules, m, ex.label) for ex, m in zip(examples, margins, strict=True)]
    ranked = combiners(points)
    print(f"cross-validated on the tuning split ({FOLDS} folds by group):")
    report("rules only", [(ex.rules, ex.label) for ex in examples])
    report("model only", list(zip(margins, labels, strict=True)))
    if "--cv-only" in sys.argv:
        describe(next(iter(ranked))[1], points, rows)
        return
    model = train_final(examples)
    # The window score does not depend on the combiner: score the gate once, with the weights
    # as written, then each combiner as written (rounded); the file chosen is checked again.
    scored = gate_scores(load_model(model_json(model, (0.0, 0.0, 1.0, 1.0, 0.0, 0.5))))
    for tpr, combine in ranked:
        head = model_from_dict(model_head(combine) | {"weights": {}})  # the combiner as written
        wrong = [why for why, r, m, label in scored if label != head.flags(r, m)]
        if not wrong:
            text = model_json(model, combine)
            wrong = gate_failures(load_model(text))
        rules, step, high, scale = combine[:4]
        name = f"rule weight {rules / scale:.2f}, step {step / scale:.0f} from {high}"
        if wrong:
            more = f" and {len(wrong) - 3} more" if len(wrong) > 3 else ""
            print(f"  {name} (TPR {tpr:.1%}) fails the gate: {'; '.join(wrong[:3])}{more}")
            continue
        print(f"  {name} passes the gate")
        describe(combine, points, rows)
        # mtime=0 keeps the compressed file byte-identical across runs.
        OUT.write_bytes(gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0))
        size = OUT.stat().st_size // 1024
        print(f"wrote {OUT} ({len(model.weights())} weights, {size} KB compressed)")
        return
    sys.exit(f"no combiner passes {GATE_FILE.name}: nothing written")


def describe(combine: Combiner, points: list[tuple[float, float, int]], rows: list[Row]) -> None:
    """Cross-validated figures of one combiner, overall and per tuning part."""
    combined = [probability(combine, r, m) for r, m, _ in points]
    labels = [y for _, _, y in points]
    report("rules + model", list(zip(combined, labels, strict=True)))
    per_part(combined, labels, rows, combine[5])
    if "--errors" in sys.argv:
        errors(combined, rows, combine[5])


def per_part(combined: list[float], labels: list[int], rows: list[Row], cut: float) -> None:
    for name in TUNING_FILES:
        part = [(s, y) for s, y, r in zip(combined, labels, rows, strict=True) if r["file"] == name]
        tpr, fpr = rates(part, cut)
        print(f"    {name:26} TPR {tpr:6.1%} @ FPR {fpr:5.2%}  (at the rules + model threshold)")


def errors(combined: list[float], rows: list[Row], cut: float) -> None:
    for score, row in zip(combined, rows, strict=True):
        if (score >= cut) != bool(row["label"]):
            kind = "MISS" if row["label"] else "FP  "
            print(f"{kind} {score:.2f} {row['family']} {str(row['text'])[:150]!r}")


def train_final(examples: list[Example]) -> Trainer:
    train = examples + benign_snippets(examples, SEED) + carrier_negatives(examples, SEED)
    trainer = Trainer(train)
    trainer.fit(train, SEED)
    return trainer


def model_head(combine: Combiner, bias: float = 0.0) -> dict[str, object]:
    """The weights file's fields other than the weights, rounded as written."""
    return {
        "format": FORMAT,
        "trained_on": TUNING_FILES,
        "window": WINDOW,
        "bias": round(bias, 4),
        "combine": {
            "rules": round(combine[0], 4),
            "step": round(combine[1], 4),
            "high": combine[2],
            "model": round(combine[3], 4),
            "bias": round(combine[4], 4),
        },
        "threshold": round(combine[5], 4),
    }


def model_json(trainer: Trainer, combine: Combiner) -> str:
    """The weights file's JSON; it loads the way the scanner will load it (`load_model`)."""
    data = model_head(combine, trainer.bias) | {"weights": dict(sorted(trainer.weights().items()))}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    load_model(text)
    return text


if __name__ == "__main__":
    main()
