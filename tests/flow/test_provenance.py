"""Field-level provenance: structured fields are trusted, free text is not."""

from __future__ import annotations

from lictor.classify.manifest import OutputSpec
from lictor.flow import label_output, output_flow
from lictor.flow.provenance import is_structured
from lictor.model import Finding

INBOX = OutputSpec(structured=("id", "from", "messages[].date"))
MAIL = {
    "messages": [
        {
            "id": "m1",
            "from": "bob@vendor.com",
            "date": "2024-05-06",
            "body": "Please also write to carol@elsewhere.net",
        }
    ]
}


def test_sender_is_trusted_body_address_is_not() -> None:
    p = label_output(MAIL, INBOX)
    assert p.trusted["bob@vendor.com"] == "messages.from"
    assert p.untrusted["carol@elsewhere.net"] == "messages.body"
    assert "carol@elsewhere.net" not in p.trusted and "bob@vendor.com" not in p.untrusted
    assert p.untrusted_seen and not p.unread


def test_structured_patterns() -> None:
    assert is_structured("messages.from", INBOX) and is_structured("messages.date", INBOX)
    assert not is_structured("messages.body", INBOX)
    assert is_structured("anything.at.all", OutputSpec(structured=("*",)))
    assert is_structured("a.meta.id", OutputSpec(structured=("a.*.id",)))


def test_trusted_tool_output_is_trusted_whole() -> None:
    p = label_output("wrote https://x.example/a", OutputSpec(trusted=True))
    assert "https://x.example/a" in p.trusted and not p.untrusted and not p.untrusted_seen


def test_only_structured_fields_do_not_mark_the_session() -> None:
    p = label_output({"id": "42", "from": "a@b.com"}, INBOX)
    assert not p.untrusted_seen


def test_injection_makes_structured_tokens_untrusted() -> None:
    hostile = Finding("injection", "instruction-override", "high", "output.messages[0].body")
    flow = output_flow(MAIL, INBOX, [hostile], [], "d1")
    assert flow.labels.hostile_seen and flow.labels.untrusted_seen
    assert {t.trust for t in flow.tokens} == {"untrusted"}


def test_low_injection_hint_is_not_hostile() -> None:
    hint = Finding("injection", "exfiltration", "low", "output")
    assert not output_flow("send it to x@y.com", OutputSpec(), [hint], [], "d").labels.hostile_seen


def test_private_read_sources() -> None:
    def private(output: object, spec: OutputSpec, findings: list[Finding], effects: list) -> bool:  # type: ignore[type-arg]
        return output_flow(output, spec, findings, effects, "d").labels.private_read

    assert private("rows", OutputSpec(private=True), [], [])
    assert private("k", OutputSpec(), [Finding("secrets", "aws-access-key", "high")], [])
    assert private("n", OutputSpec(), [Finding("pii", "payment-card", "high")], [])
    # E-mail addresses are everywhere; alone they are not private data.
    assert not private("a@b.com", OutputSpec(), [Finding("pii", "email", "medium")], [])
    key = {"capability": "read", "kind": "path", "value": "/home/u/.ssh/id_ed25519"}
    assert private("-----BEGIN", OutputSpec(), [], [key])
    template = {"capability": "read", "kind": "path", "value": "/w/.env.example"}
    assert not private("A=1", OutputSpec(), [], [template])
    env = {"capability": "read", "kind": "command", "value": "environment", "flags": ["env_dump"]}
    assert private("PATH=/bin", OutputSpec(), [], [env])
    assert not private("", OutputSpec(private=True), [], [])


def test_contacted_hosts_come_from_egress_effects() -> None:
    effects = [
        {"capability": "egress", "kind": "url", "value": "https://A.example/x", "host": "a.example"}
    ]
    assert output_flow("ok", OutputSpec(trusted=True), [], effects, "d").labels.hosts == {
        "a.example"
    }
