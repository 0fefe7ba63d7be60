"""Injection detector and secrets/PII scanners against labelled data; prints tables.

    python bench/detector.py              # all splits; report `heldout` at the shipped threshold
    python bench/detector.py --errors     # also list tuning-split misses and false alarms
    python bench/detector.py --tune-only  # while tuning: never look at the held-out split

Each split is the v1 corpus (`tune.jsonl`, `heldout.jsonl`), the v2 additions (`*-added.jsonl`),
the v3 to v7 additions (`*-v3.jsonl` ... `*-v7.jsonl`) and the v8 to v23 tuning additions
(`tune-v8.jsonl` ... `tune-v23.jsonl`; they have no held-out part); rows for the parts are printed
too, so earlier numbers stay comparable. The last column is each split's ROC point at FPR <= 1%.

The shipped detector is the rules plus the learned classifier, whose weights and threshold
(FPR <= 1%) were chosen on the tuning split only, the threshold on cross-validated scores
(`bench/data/injection/train.py` prints those). The tuning rows here are the classifier's own
training data, so their figures are optimistic; the held-out rows are the honest ones. The rules
alone (at their own threshold) and a naive keyword regex are measured in the same run.
"""

from __future__ import annotations

import gc
import json
import os
import re
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from lictor.scan import PiiScanner, SecretScanner, assess
from lictor.scan.injection import MAX_SCAN_CHARS, THRESHOLD, assess_rules, shipped_model
from lictor.scan.normalise import normalise

DATA = Path(__file__).parent / "data" / "injection"
NAIVE = re.compile(
    r"ignore (?:all )?previous instructions|system prompt|jailbreak|you are now|new instructions",
    re.IGNORECASE,
)
PARTS = {
    "v1": "{}.jsonl",
    "v2": "{}-added.jsonl",
    "v3": "{}-v3.jsonl",
    "v4": "{}-v4.jsonl",
    "v5": "{}-v5.jsonl",
    "v6": "{}-v6.jsonl",
    "v7": "{}-v7.jsonl",
    "v8": "{}-v8.jsonl",
    "v9": "{}-v9.jsonl",
    "v10": "{}-v10.jsonl",
    "v11": "{}-v11.jsonl",
    "v12": "{}-v12.jsonl",
    "v13": "{}-v13.jsonl",
    "v14": "{}-v14.jsonl",
    "v15": "{}-v15.jsonl",
    "v16": "{}-v16.jsonl",
    "v17": "{}-v17.jsonl",
    "v18": "{}-v18.jsonl",
    "v19": "{}-v19.jsonl",
    "v20": "{}-v20.jsonl",
    "v21": "{}-v21.jsonl",
    "v22": "{}-v22.jsonl",
    "v23": "{}-v23.jsonl",
}
"""Corpus parts; a part may have no file for one split (v8 to v23 are tuning data only, and v23
holds benign texts only; v7 has a held-out part, written blind before any scoring)."""

Row = dict[str, object]


def load(name: str) -> list[Row]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def rates(flags: list[tuple[bool, int]]) -> tuple[float, float]:
    pos = [f for f, label in flags if label == 1]
    neg = [f for f, label in flags if label == 0]
    return sum(pos) / max(len(pos), 1), sum(neg) / max(len(neg), 1)


def full_score(text: str) -> float:
    """The combined probability with the rules always run (`assess` skips them when they could
    not lift a text to the shipped threshold, which understates scores below it)."""
    model = shipped_model()
    assert model is not None
    norm = normalise(text[:MAX_SCAN_CHARS])
    return model.probability(assess_rules(norm).score, model.margin(norm))


def tpr_at_fpr(scores: list[tuple[float, int]], max_fpr: float = 0.01) -> tuple[float, float]:
    """The ROC point of these scores at FPR <= max_fpr: (TPR, FPR) at the lowest threshold that
    keeps the false-positive rate within it. A property of the scorer on this split, not a
    threshold to ship: the shipped one was fixed on the tuning split."""
    negatives = sorted((s for s, y in scores if y == 0), reverse=True)
    allowed = int(len(negatives) * max_fpr)
    cut = negatives[allowed] if allowed < len(negatives) else 0.0
    positives = [s for s, y in scores if y == 1]
    tpr = sum(s > cut for s in positives) / max(len(positives), 1)
    return tpr, sum(s > cut for s in negatives) / max(len(negatives), 1)


def injection_table(show_errors: bool, tune_only: bool) -> None:
    model = shipped_model()
    if model is None:
        sys.exit("the shipped injection classifier did not load; see the warning above")
    splits = ("tune",) if tune_only else ("tune", "heldout")
    results: dict[str, list[tuple[bool, bool, int, Row]]] = {}
    roc: dict[str, list[tuple[float, int]]] = {}
    parts = [part for part, pattern in PARTS.items() if (DATA / pattern.format(splits[0])).exists()]
    for split in splits:
        every: list[tuple[bool, bool, int, Row]] = []
        for part in parts:
            name = PARTS[part].format(split)
            rows = load(name) if (DATA / name).exists() else []
            scored = [
                (
                    assess(str(r["text"])).is_injection,
                    assess(str(r["text"]), use_model=False).score >= THRESHOLD,
                    int(str(r["label"])),
                    r,
                )
                for r in rows
            ]
            roc[f"{split} {part}"] = [(full_score(str(r["text"])), y) for _, _, y, r in scored]
            roc[f"{split} all"] = roc.get(f"{split} all", []) + roc[f"{split} {part}"]
            results[f"{split} {part}"] = scored
            every += scored
        results[f"{split} all"] = every
    print(f"shipped threshold {model.threshold} (rules + classifier); rules alone at {THRESHOLD}\n")
    print(
        f"{'split':12} {'n+':>5} {'n-':>5} {'shipped TPR':>12} {'FPR':>7} "
        f"{'rules TPR':>10} {'FPR':>7} {'naive TPR':>10} {'FPR':>7} {'ROC TPR@1%':>11} {'FPR':>6}"
    )
    order = [k for s in splits for k in (f"{s} all", *(f"{s} {p}" for p in parts))]
    for name in order:
        res = results[name]
        if not res:
            continue
        roc_tpr, roc_fpr = tpr_at_fpr(roc[name])
        tpr, fpr = rates([(flag, y) for flag, _, y, _ in res])
        rtpr, rfpr = rates([(rule, y) for _, rule, y, _ in res])
        ntpr, nfpr = rates([(bool(NAIVE.search(str(r["text"]))), y) for _, _, y, r in res])
        npos = sum(y for _, _, y, _ in res)
        print(
            f"{name:12} {npos:>5} {len(res) - npos:>5} {tpr:>12.1%} {fpr:>7.2%} "
            f"{rtpr:>10.1%} {rfpr:>7.2%} {ntpr:>10.1%} {nfpr:>7.2%} "
            f"{roc_tpr:>11.1%} {roc_fpr:>6.2%}"
        )
    for name in (f"{s} all" for s in splits):
        print(f"\nper-family recall, shipped detector ({name}):")
        by_family: dict[str, list[bool]] = defaultdict(list)
        by_obf: dict[str, list[bool]] = defaultdict(list)
        neg_by_family: dict[str, list[bool]] = defaultdict(list)
        for flag, _, label, row in results[name]:
            family, _, obf = str(row["family"]).partition("/")
            if label == 1:
                by_family[family].append(flag)
                by_obf[obf].append(flag)
            else:
                neg_by_family[family].append(flag)
        for title, groups in (
            ("family", by_family),
            ("obfuscation", by_obf),
            ("false alarms by benign kind", neg_by_family),
        ):
            line = "  ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(groups.items()))
            print(f"  {title}: {line}")
    if show_errors:
        print("\ntuning split errors:")
        for flag, _, label, row in results["tune all"]:
            if flag != bool(label):
                kind = "MISS" if label else "FP  "
                print(f"{kind} {row['family']} {str(row['text'])[:160]!r}")
    latency(load("tune.jsonl"))


def percentiles(fn: Callable[[str], object], texts: list[str]) -> tuple[float, float]:
    times = []
    for text in texts:
        t0 = time.perf_counter()
        fn(text)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.99)]


def latency(rows: list[Row]) -> None:
    # 4 KB texts built from real benign and injected content, so both paths are timed.
    texts = []
    pool = [str(r["text"]) for r in rows]
    for i in range(0, min(len(pool), 1200), 3):
        text = ""
        j = i
        while len(text) < 4096:
            text += pool[j % len(pool)] + "\n"
            j += 1
        texts.append(text[:4096])
    for text in texts[:20]:
        assess(text)
    runs: dict[str, Callable[[str], object]] = {
        "detector (rules + classifier)": assess,
        "rules only": lambda t: assess(t, use_model=False),
        "baseline: naive regex": NAIVE.search,
        "baseline: str.lower": str.lower,
    }
    gc.collect()
    # Passes interleave so that machine load hits every variant alike.
    found: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for _ in range(3):
        for name, fn in runs.items():
            found[name].append(percentiles(fn, texts))
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(
        f"\nlatency per 4 KB on CPU ({len(texts)} texts, median of 3 interleaved passes;"
        f" load average {load} on {os.cpu_count()} cores):"
    )
    base = statistics.median(p50 for p50, _ in found["baseline: naive regex"])
    for name, passes in found.items():
        p50 = statistics.median(p for p, _ in passes)
        p99 = statistics.median(p for _, p in passes)
        print(f"  {name:30} p50 {p50:7.3f} ms  p99 {p99:7.3f} ms  ({p50 / base:5.1f}x naive regex)")


SECRET_SET: list[tuple[str, str | None]] = [
    ("aws_access_key_id = AKIAZ7QW3ERTY5UIOP2A", "aws-access-key"),
    ("export GITHUB_TOKEN=ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s12", "github-token"),
    (
        "token: github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV",
        "github-token",
    ),
    ("CI_TOKEN=glpat-Zx8vQ2mN4bT7yR1wK5pL", "gitlab-token"),
    ("slack: xoxb-2048-9184-kJ8sD2fG5hL9qW3e", "slack-token"),
    ("stripe.api_key = 'sk_live_51H8xQ2LkT9vB3nM7pR4wZ6yC'", "stripe-key"),
    ("GOOGLE_KEY=AIzaSyD4x9Qw2Er5Ty8Ui1Op3As6Df9Gh2Jk4Lz", "google-api-key"),
    ("ANTHROPIC_API_KEY=sk-ant-api03-Qw9Er8Ty7Ui6Op5As4Df3Gh2Jk1Lz0Xc9Vb8Nm7", "anthropic-key"),
    ("OPENAI_API_KEY=sk-proj-a8B7c6D5e4F3g2H1i0J9k8L7m6N5o4P3q2R1", "openai-key"),
    (
        "Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "jwt",
    ),
    (
        "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7bq0\n-----END RSA PRIVATE KEY-----",
        "private-key",
    ),
    ("DATABASE_URL=postgres://app:Xk9pL2mQ7w@db.internal:5432/app", "connection-string-password"),
    ("mongodb+srv://admin:S3cr3tPass99@cluster0.mongodb.net/test", "connection-string-password"),
    ("redis://:p4ssW0rdR3d1s@cache:6379/0", "connection-string-password"),
    ("git clone https://deploy:hunter2Zq8@git.corp.local/repo.git", "basic-auth-url"),
    (
        "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey="
        + "A" * 20
        + "b3Xk9pL2mQ7w" * 5
        + "ZZZZZZ==",
        "azure-storage-key",
    ),
    ("//registry.npmjs.org/:_authToken=npm_Ab3Xk9pL2mQ7wZ8vN4tR6yU1iO5pE0sD2fG7", "npm-token"),
    ('db_password = "Tr0ub4dor&3-horse"', "password-assignment"),
    ("Use os.environ['API_KEY'] instead of hard-coding keys.", None),
    ("password = get_password_from_vault()", None),
    ("DATABASE_URL=postgres://user:${DB_PASSWORD}@db:5432/app", None),
    ("The token type is 'Bearer' and expires in 3600 seconds.", None),
    ("sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", None),
    ("commit 4e1243bd22c66e76c2ba9eddc1f91394e57f9f83", None),
    ("uuid = '123e4567-e89b-12d3-a456-426614174000'", None),
    ("See https://docs.python.org/3/library/secrets.html for token generation.", None),
    ("sk-learn is not a key; scikit-learn is imported as sklearn", None),
    ('password: "changeme"', None),
]
PII_SET: list[tuple[str, str | None]] = [
    ("Contact maria.lopez@fastmail.com for details", "email"),
    ("Call me at +44 20 7946 0958", "phone"),
    ("US office: (415) 555-0132", "phone"),
    ("Card: 4242 4242 4242 4242 exp 12/28", "payment-card"),
    ("Amex 3782-822463-10005", "payment-card"),
    ("IBAN: DE89 3704 0044 0532 0130 00", "iban"),
    ("pay to GB29NWBK60161331926819", "iban"),
    ("SSN 536-22-1234", "us-ssn"),
    ("NI number JG 10 37 52 A", "uk-nino"),  # QQ is HMRC's placeholder, never issued
    ("DNI 12345678Z", "es-dni"),
    ("BSN: 111222333", "nl-bsn"),
    ("Card 4242 4242 4242 4241 is invalid", None),
    ("IBAN DE89 3704 0044 0532 0130 01 (typo)", None),
    ("SSN 000-12-3456 is never issued", None),
    ("version 2.14.3, build 2024-05-01", None),
    ("order id 1234567890123", None),
    ("timestamp 1730000000000", None),
    ("DNI 12345678A (wrong letter)", None),
    ("git@github.com:org/repo.git", None),
    ("call count 12 345 678", None),
]


def precision_recall(
    name: str, scanner: SecretScanner | PiiScanner, labelled: list[tuple[str, str | None]]
) -> None:
    tp = fp = fn = 0
    for text, kind in labelled:
        found = {f.kind for f in scanner.scan(text)}
        if kind is None:
            fp += bool(found)
        elif kind in found:
            tp += 1
            fp += len(found - {kind}) > 0
        else:
            fn += 1
            fp += bool(found)
    precision = tp / max(tp + fp, 1)
    recall = tp / max(tp + fn, 1)
    print(
        f"{name:8} n={len(labelled):3}  precision {precision:.1%}  recall {recall:.1%}"
        f"  (tp {tp}, fp {fp}, fn {fn})"
    )


def main() -> None:
    injection_table("--errors" in sys.argv, "--tune-only" in sys.argv)
    print()
    precision_recall("secrets", SecretScanner(), SECRET_SET)
    precision_recall("pii", PiiScanner(), PII_SET)


if __name__ == "__main__":
    main()
