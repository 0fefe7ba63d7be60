"""Injection detector and secrets/PII scanners against labelled data; prints tables.

    python bench/detector.py              # both splits; tune on `tune` only, report `heldout`
    python bench/detector.py --errors     # also list tuning-split misses and false alarms
    python bench/detector.py --tune-only  # while tuning: never look at the held-out split

Each split is the v1 corpus (`tune.jsonl`, `heldout.jsonl`) plus the v2 additions
(`*-added.jsonl`); rows for the parts are printed too, so v1 numbers stay comparable.

The threshold is the one that keeps FPR <= 1% on the tuning split; the held-out split is
scored at that same threshold. A naive keyword regex measured in the same run is the baseline.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

from lictor.scan import PiiScanner, SecretScanner, assess
from lictor.scan.injection import THRESHOLD

DATA = Path(__file__).parent / "data" / "injection"
NAIVE = re.compile(
    r"ignore (?:all )?previous instructions|system prompt|jailbreak|you are now|new instructions",
    re.IGNORECASE,
)


def load(name: str) -> list[dict[str, object]]:
    with open(DATA / name, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def threshold_for(scores: list[tuple[float, int]], max_fpr: float = 0.01) -> float:
    """Lowest threshold whose false-positive rate on these scores is <= max_fpr."""
    negatives = sorted((s for s, label in scores if label == 0), reverse=True)
    allowed = int(len(negatives) * max_fpr)
    # Everything strictly above the (allowed+1)-th highest negative score may be flagged.
    cut = negatives[allowed] if allowed < len(negatives) else 0.0
    return min(cut + 1e-6, 1.0)


def rates(scores: list[tuple[float, int]], threshold: float) -> tuple[float, float]:
    pos = [s for s, label in scores if label == 1]
    neg = [s for s, label in scores if label == 0]
    tpr = sum(s >= threshold for s in pos) / max(len(pos), 1)
    fpr = sum(s >= threshold for s in neg) / max(len(neg), 1)
    return tpr, fpr


def injection_table(show_errors: bool, tune_only: bool) -> None:
    parts = {"tune": load("tune.jsonl"), "tune+": load("tune-added.jsonl")}
    if not tune_only:
        parts |= {"heldout": load("heldout.jsonl"), "heldout+": load("heldout-added.jsonl")}
    scored = {
        name: [(assess(str(r["text"])).score, int(str(r["label"])), r) for r in rows]
        for name, rows in parts.items()
    }
    results: dict[str, list[tuple[float, int, dict[str, object]]]] = {}
    for name in ("tune", "heldout"):
        if name in scored:
            results[f"{name} all"] = scored[name] + scored[f"{name}+"]
            results[f"{name} v1"] = scored[name]
            results[f"{name} v2+"] = scored[f"{name}+"]
    tuned = threshold_for([(s, y) for s, y, _ in results["tune all"]])
    print(f"threshold for FPR<=1% on tune: {tuned:.4f} (shipped THRESHOLD = {THRESHOLD})\n")
    print(
        f"{'split':12} {'n+':>5} {'n-':>5} {'detector TPR':>13} {'FPR':>7} "
        f"{'@shipped TPR':>13} {'FPR':>7} {'naive TPR':>10} {'FPR':>7}"
    )
    for name, res in results.items():
        scores = [(s, y) for s, y, _ in res]
        tpr, fpr = rates(scores, tuned)
        stpr, sfpr = rates(scores, THRESHOLD)
        naive = [(1.0 if NAIVE.search(str(r["text"])) else 0.0, y) for _, y, r in res]
        ntpr, nfpr = rates(naive, 0.5)
        npos = sum(y for _, y in scores)
        print(
            f"{name:12} {npos:>5} {len(scores) - npos:>5} {tpr:>13.1%} {fpr:>7.2%} "
            f"{stpr:>13.1%} {sfpr:>7.2%} {ntpr:>10.1%} {nfpr:>7.2%}"
        )
    for name, res in results.items():
        if not name.endswith(" all"):
            continue
        print(f"\nper-family recall at shipped threshold ({name}):")
        by_family: dict[str, list[int]] = defaultdict(list)
        by_obf: dict[str, list[int]] = defaultdict(list)
        for score, label, row in res:
            if label == 1:
                family, _, obf = str(row["family"]).partition("/")
                by_family[family].append(score >= THRESHOLD)
                by_obf[obf].append(score >= THRESHOLD)
        line = "  ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(by_family.items()))
        print("  family:      " + line)
        line = "  ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(by_obf.items()))
        print("  obfuscation: " + line)
        neg_by_family: dict[str, list[int]] = defaultdict(list)
        for score, label, row in res:
            if label == 0:
                neg_by_family[str(row["family"])].append(score >= THRESHOLD)
        line = "  ".join(f"{k} {sum(v)}/{len(v)}" for k, v in sorted(neg_by_family.items()))
        print("  false alarms by benign kind: " + line)
    if show_errors:
        print("\ntuning split errors:")
        for score, label, row in results["tune all"]:
            if (score >= THRESHOLD) != bool(label):
                kind = "MISS" if label else "FP  "
                print(f"{kind} {score:.2f} {row['family']} {str(row['text'])[:160]!r}")
    latency(parts["tune"])


def latency(rows: list[dict[str, object]]) -> None:
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
    det, base = [], []
    for text in texts:
        t0 = time.perf_counter()
        assess(text)
        t1 = time.perf_counter()
        NAIVE.search(text)
        t2 = time.perf_counter()
        det.append((t1 - t0) * 1000)
        base.append((t2 - t1) * 1000)
    det.sort()
    base.sort()
    p99 = int(len(det) * 0.99)
    print(
        f"\nlatency per 4 KB on CPU ({len(texts)} texts):"
        f" detector p50 {statistics.median(det):.3f} ms"
        f" p99 {det[p99]:.3f} ms; naive regex p50 {statistics.median(base):.3f} ms"
        f" (ratio {statistics.median(det) / max(statistics.median(base), 1e-9):.0f}x)"
    )


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
