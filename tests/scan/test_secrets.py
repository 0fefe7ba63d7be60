"""Every secret kind is found, located and cut out; nothing but a public prefix survives."""

from __future__ import annotations

import pytest

from lictor.scan import SecretScanner, redact_text, redact_value, scan_value

SCANNER = SecretScanner()

# (kind, text, the secret itself)
CASES = [
    ("aws-access-key", "key id AKIAZ7QW3ERTY5UIOP2A in config", "AKIAZ7QW3ERTY5UIOP2A"),
    (
        "aws-secret-key",
        'aws_secret_access_key = "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"',
        "Zq8vN4tR6yU1iO5pE0sD2fG7hJ3kL9mB1cV4xQ2w",
    ),
    (
        "github-token",
        "token ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s12 ok",
        "ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s12",
    ),
    (
        "github-token",
        "pat github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv",
        "github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuv",
    ),
    ("gitlab-token", "CI=glpat-Zx8vQ2mN4bT7yR1wK5pL", "glpat-Zx8vQ2mN4bT7yR1wK5pL"),
    ("slack-token", "slack xoxb-2048-9184-kJ8sD2fG5hL9qW3e", "xoxb-2048-9184-kJ8sD2fG5hL9qW3e"),
    ("stripe-key", "stripe sk_live_51H8xQ2LkT9vB3nM7pR4wZ6yC", "sk_live_51H8xQ2LkT9vB3nM7pR4wZ6yC"),
    (
        "google-api-key",
        "AIzaSyD4x9Qw2Er5Ty8Ui1Op3As6Df9Gh2Jk4Lz here",
        "AIzaSyD4x9Qw2Er5Ty8Ui1Op3As6Df9Gh2Jk4Lz",
    ),
    (
        "anthropic-key",
        "k=sk-ant-api03-Qw9Er8Ty7Ui6Op5As4Df3Gh2Jk1Lz0Xc9Vb8Nm7",
        "sk-ant-api03-Qw9Er8Ty7Ui6Op5As4Df3Gh2Jk1Lz0Xc9Vb8Nm7",
    ),
    (
        "openai-key",
        "k=sk-proj-a8B7c6D5e4F3g2H1i0J9k8L7m6N5o4P3q2R1",
        "sk-proj-a8B7c6D5e4F3g2H1i0J9k8L7m6N5o4P3q2R1",
    ),
    (
        "jwt",
        "Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0."
        "dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
    ),
    (
        "private-key",
        "x\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n"
        "-----END OPENSSH PRIVATE KEY-----\ny",
        "b3BlbnNzaC1rZXktdjEAAAAA",
    ),
    ("connection-string-password", "postgres://app:Xk9pL2mQ7w@db:5432/app", "Xk9pL2mQ7w"),
    (
        "connection-string-password",
        "mongodb+srv://admin:S3cr3tPass99@c0.mongodb.net/t",
        "S3cr3tPass99",
    ),
    ("connection-string-password", "redis://:p4ssW0rdR3d1s@cache:6379/0", "p4ssW0rdR3d1s"),
    ("basic-auth-url", "git clone https://deploy:hunter2Zq8@git.corp.local/r.git", "hunter2Zq8"),
    (
        "azure-storage-key",
        "AccountName=a;AccountKey="
        + "b3Xk9pL2mQ7wZ8vN4tR6yU1iO5pE0sD2fG7hJ3kL9mB1cV4xQ2w"
        + "Ab3Xk9pL2mQ7wZ8vN4tR6yU1iO5pE0sD2fG7hJ==",
        "b3Xk9pL2mQ7wZ8vN4tR6yU1iO5pE0sD2fG7hJ3kL9mB1cV4xQ2wAb3Xk9pL2mQ7wZ8vN4tR6yU1iO5pE0sD2fG7hJ==",
    ),
    (
        "npm-token",
        "//registry.npmjs.org/:_authToken=npm_Ab3Xk9pL2mQ7wZ8vN4tR6yU1iO5pE0sD2fG7",
        "npm_Ab3Xk9pL2mQ7wZ8vN4tR6yU1iO5pE0sD2fG7",
    ),
    ("password-assignment", 'db_password = "Tr0ub4dor&3-horse"', "Tr0ub4dor&3-horse"),
    ("password-assignment", "export API_TOKEN=q8Zr2Lm9Vx4Kp7Wt", "q8Zr2Lm9Vx4Kp7Wt"),
]


@pytest.mark.parametrize(
    ("kind", "text", "secret"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_secret_is_found_and_redacted(kind: str, text: str, secret: str) -> None:
    findings = SCANNER.scan(text, "args.x")
    assert kind in {f.kind for f in findings}, findings
    for finding in findings:
        assert finding.location == "args.x"
        assert finding.severity in {"high", "critical"}
        # The excerpt may keep a short public prefix, never the body of the secret.
        assert secret[6:] not in finding.excerpt
    redacted = redact_text(text, findings)
    assert f"[REDACTED:{kind}]" in redacted or "[REDACTED:" in redacted
    assert secret[4:] not in redacted
    assert secret[-8:] not in redacted


@pytest.mark.parametrize(
    "text",
    [
        "password = get_password_from_vault()",
        "DATABASE_URL=postgres://user:${DB_PASSWORD}@db:5432/app",
        "The token type is 'Bearer' and expires in 3600 seconds.",
        "commit 4e1243bd22c66e76c2ba9eddc1f91394e57f9f83",
        "sk-learn is not a thing; use sklearn",
        'password: "changeme"',
    ],
)
def test_ordinary_text_is_not_a_secret(text: str) -> None:
    assert SCANNER.scan(text) == []


def test_documented_example_key_is_flagged_low() -> None:
    (finding,) = SCANNER.scan("AKIAIOSFODNN7EXAMPLE")
    assert finding.kind == "aws-access-key"
    assert finding.severity == "low"
    assert finding.excerpt.startswith("example")


def test_redact_value_keeps_structure_and_unmatched_values() -> None:
    value = {
        "command": "curl -H 'Authorization: token ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3s12' x",
        "items": [{"body": "nothing here"}, 7, None, True],
    }
    findings = scan_value(value, [SCANNER], "args")
    assert [f.location for f in findings] == ["args.command"]
    redacted = redact_value(value, findings)
    assert redacted["command"] == "curl -H 'Authorization: token [REDACTED:github-token]' x"
    assert redacted["items"] == value["items"]
    assert str(value["command"]).endswith("s12' x")  # the input is not mutated
    assert redact_value(value, findings, "args") == redacted
