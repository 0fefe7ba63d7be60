"""Cedar policies: loading, validation, annotations and evaluation of effects."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import cedarpy

from lictor.errors import PolicyError
from lictor.model import Effect, Reason, Verdict, sha256_hex

NAMESPACE = "Lictor"
SCHEMA_FILE = "schema.cedarschema"
MEMO_SIZE = 4096
"""Cedar answers remembered per policy set (see `PolicySet.judge`)."""


@dataclass(frozen=True)
class PolicyMeta:
    """What a policy says about itself through its annotations."""

    rule: str
    """`@id`, or `<file>#<n>` when the policy has none."""
    effect: str
    """`permit` or `forbid`."""
    verdict: Verdict
    """deny for forbid; allow or ask (from `@verdict`) for permit."""
    reason: str
    """`@reason`, or a generated line."""
    file: str
    """File the policy came from."""
    line: int
    """Line of the policy's first token in that file."""


@dataclass(frozen=True)
class EffectVerdict:
    """Policy's answer for one effect."""

    effect: Effect
    """The effect judged."""
    verdict: Verdict
    """allow, deny or ask."""
    reasons: tuple[Reason, ...]
    """Rules that determined it."""


@dataclass(frozen=True)
class _Statement:
    text: str
    line: int


def split_statements(text: str) -> list[_Statement]:
    """Split Cedar source at top-level `;`, skipping strings and `//` comments, keeping lines."""
    out: list[_Statement] = []
    start, line, start_line = 0, 1, 1
    i, n = 0, len(text)
    in_string = False
    seen_token = False
    while i < n:
        ch = text[i]
        if in_string:
            if ch == "\\":
                i += 2
                continue
            if ch == '"':
                in_string = False
        elif ch == "/" and text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif ch == '"':
            in_string = True
        elif ch == ";":
            out.append(_Statement(text[start : i + 1], start_line))
            start = i + 1
            seen_token = False
        elif not ch.isspace() and not seen_token:
            seen_token = True
            start_line = line
        if ch == "\n":
            line += 1
        i += 1
    if text[start:].strip() and _strip_comments(text[start:]).strip():
        out.append(_Statement(text[start:], start_line))
    return out


def _strip_comments(text: str) -> str:
    return "\n".join(part.split("//", 1)[0] for part in text.splitlines())


def shipped_pack() -> Path:
    """Folder of the default policy pack inside the installed package."""
    return Path(str(resources.files("lictor.policy") / "packs" / "default"))


def shipped_schema() -> str:
    return (resources.files("lictor.policy") / SCHEMA_FILE).read_text(encoding="utf-8")


class PolicySet:
    """A validated set of Cedar policies with their annotations, ready to judge effects."""

    def __init__(
        self, files: Mapping[str, str], schema: str, *, memo_size: int = MEMO_SIZE
    ) -> None:
        self.files = dict(files)
        self.schema_text = schema
        statements: list[tuple[str, _Statement]] = []
        for name, text in sorted(self.files.items()):
            for stmt in split_statements(text):
                statements.append((name, stmt))
        self._check_syntax(statements)
        self.text = "\n".join(stmt.text for _, stmt in statements)
        try:
            self._schema = cedarpy.Schema.from_str(schema)
        except ValueError as e:
            raise PolicyError(f"{SCHEMA_FILE}: schema does not parse: {e}") from None
        self.metas = self._read_annotations(statements)
        self._validate()
        self._cedar = cedarpy.PolicySet.from_str(self.text) if self.text else None
        self.revision = sha256_hex(
            json.dumps({"schema": schema, "files": self.files}, sort_keys=True)
        )
        self.memo_size = memo_size
        """How many Cedar answers to remember; 0 turns the memo off."""
        self._memo: dict[tuple[str, tuple[Effect, ...]], tuple[EffectVerdict, ...]] = {}
        self._memo_lock = threading.Lock()
        self.memo_hits = 0
        self.memo_misses = 0

    @classmethod
    def load(cls, directory: Path | str) -> PolicySet:
        """Load every `*.cedar` file of a folder, with its schema file or else the shipped one."""
        folder = Path(directory)
        if not folder.is_dir():
            raise PolicyError(f"policy folder not found: {folder}")
        files = {}
        for path in sorted(folder.glob("*.cedar")):
            try:
                files[path.name] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise PolicyError(f"{path}: cannot read: {e}") from None
        if not files:
            raise PolicyError(f"{folder}: no .cedar policy files")
        schema_path = folder / SCHEMA_FILE
        schema = (
            schema_path.read_text(encoding="utf-8") if schema_path.exists() else shipped_schema()
        )
        return cls(files, schema)

    @classmethod
    def default(cls) -> PolicySet:
        """The shipped default pack."""
        return cls.load(shipped_pack())

    def _check_syntax(self, statements: Sequence[tuple[str, _Statement]]) -> None:
        # Cedar's parser gives no line numbers, so each statement is parsed
        # alone to name the file and line of the one that fails.
        for name, stmt in statements:
            try:
                cedarpy.PolicySet.from_str(stmt.text)
            except ValueError as e:
                first = str(e).splitlines()[0] if str(e) else "syntax error"
                raise PolicyError(f"{name}:{stmt.line}: policy does not parse: {first}") from None

    def _read_annotations(
        self, statements: Sequence[tuple[str, _Statement]]
    ) -> dict[str, PolicyMeta]:
        parsed = json.loads(cedarpy.policies_to_json_str(self.text)) if self.text else {}
        static = parsed.get("staticPolicies", {})
        metas: dict[str, PolicyMeta] = {}
        seen: dict[str, str] = {}
        for index, (name, stmt) in enumerate(statements):
            body = static.get(f"policy{index}")
            if body is None:
                raise PolicyError(
                    f"{name}:{stmt.line}: templates are not supported in policy files"
                )
            notes = body.get("annotations", {}) or {}
            effect = body.get("effect", "permit")
            rule = notes.get("id") or f"{name}#{index}"
            where = f"{name}:{stmt.line}"
            if rule in seen:
                raise PolicyError(f"{where}: duplicate @id({rule!r}), first used at {seen[rule]}")
            seen[rule] = where
            raw_verdict = notes.get("verdict", "")
            if effect == "forbid":
                if raw_verdict:
                    raise PolicyError(f"{where}: @verdict is only meaningful on permit policies")
                verdict = Verdict.DENY
            elif raw_verdict in ("", "allow"):
                verdict = Verdict.ALLOW
            elif raw_verdict == "ask":
                verdict = Verdict.ASK
            else:
                raise PolicyError(f'{where}: @verdict({raw_verdict!r}) must be "ask" or "allow"')
            reason = notes.get("reason") or f"{effect} {rule}"
            metas[f"policy{index}"] = PolicyMeta(rule, effect, verdict, reason, name, stmt.line)
        return metas

    def _validate(self) -> None:
        if not self.text:
            return
        result = cedarpy.validate_policies(self.text, self._schema)
        if result.validation_passed:
            return
        lines = []
        for err in result.errors:
            meta = self.metas.get(err.policy_id)
            where = f"{meta.file}:{meta.line} ({meta.rule})" if meta else err.policy_id
            lines.append(f"{where}: {err.error}")
        raise PolicyError("policy validation failed: " + " | ".join(lines))

    def judge(
        self,
        principal: Mapping[str, Any],
        effects: Sequence[Effect],
        context: Mapping[str, Any],
        effect_context: Sequence[Mapping[str, Any]] = (),
    ) -> list[EffectVerdict]:
        """Judge each effect; any Cedar evaluation error is a deny (fail closed).

        `principal` is the Agent entity's attribute record; `context` the shared
        context; `effect_context[i]` overrides context keys for effect i.
        """
        if not effects:
            return []
        if self._cedar is None:
            return [_default_deny(e) for e in effects]
        if self.memo_size <= 0:
            return self._run_cedar(principal, effects, context, effect_context)
        # Cedar is a pure function of (policies, entities, request): no clock, no
        # I/O. So the judgement of the very same input is remembered. The key is
        # everything build_requests reads: the principal's id and attributes, the
        # effects themselves (frozen values: capability, every target field,
        # flags, detail) and the context's JSON. Any difference in any attribute
        # (a path, a flag, a grant's seconds left, a session label) is another
        # key. A reload builds a new PolicySet, so answers never outlive their
        # policies.
        key = (
            _COMPACT.encode(
                (
                    str(principal.get("id", "anonymous")),
                    _agent_attrs(principal),
                    context,
                    effect_context,
                )
            ),
            tuple(effects),
        )
        known = self._memo.get(key)
        if known is not None:
            self.memo_hits += 1
            return list(known)
        judged = self._run_cedar(principal, effects, context, effect_context)
        self.memo_misses += 1
        with self._memo_lock:
            if len(self._memo) >= self.memo_size:
                # Oldest first: dicts keep insertion order.
                self._memo.pop(next(iter(self._memo)), None)
            self._memo[key] = tuple(judged)
        return judged

    def _run_cedar(
        self,
        principal: Mapping[str, Any],
        effects: Sequence[Effect],
        context: Mapping[str, Any],
        effect_context: Sequence[Mapping[str, Any]],
    ) -> list[EffectVerdict]:
        requests, entities = build_requests(principal, effects, context, effect_context)
        cedar = self._cedar
        if cedar is None:
            return [_default_deny(e) for e in effects]
        results = cedarpy.is_authorized_batch(requests, cedar, entities)
        return [self._interpret(e, r) for e, r in zip(effects, results, strict=True)]

    @property
    def cedar(self) -> Any:
        """The parsed cedarpy policy set (None when there are no policies)."""
        return self._cedar

    def _interpret(self, effect: Effect, result: Any) -> EffectVerdict:
        errors = list(result.diagnostics.errors)
        if errors:
            text = "; ".join(str(e) for e in errors)
            return EffectVerdict(
                effect,
                Verdict.DENY,
                (Reason("lictor.policy.error", f"policy evaluation error (fail closed): {text}"),),
            )
        metas = [self.metas[p] for p in result.diagnostics.reasons if p in self.metas]
        if not result.allowed:
            if not metas:
                return _default_deny(effect)
            return EffectVerdict(
                effect, Verdict.DENY, tuple(_reason(m) for m in metas if m.effect == "forbid")
            )
        asks = [m for m in metas if m.verdict is Verdict.ASK]
        if asks:
            return EffectVerdict(effect, Verdict.ASK, tuple(_reason(m) for m in asks))
        return EffectVerdict(effect, Verdict.ALLOW, tuple(_reason(m) for m in metas))

    def rules(self) -> list[PolicyMeta]:
        """Every policy, in file order."""
        return list(self.metas.values())


_COMPACT = json.JSONEncoder(separators=(",", ":"))
"""json.dumps(separators=...) built once, for memo keys."""


def build_requests(
    principal: Mapping[str, Any],
    effects: Sequence[Effect],
    context: Mapping[str, Any],
    effect_context: Sequence[Mapping[str, Any]] = (),
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Cedar requests (one per effect) and the entities they refer to."""
    agent_uid = {"type": f"{NAMESPACE}::Agent", "id": str(principal.get("id", "anonymous"))}
    entities: list[dict[str, Any]] = [
        {"uid": agent_uid, "attrs": _agent_attrs(principal), "parents": []}
    ]
    requests = []
    for i, effect in enumerate(effects):
        uid = {"type": f"{NAMESPACE}::Target", "id": f"t{i}"}
        entities.append({"uid": uid, "attrs": target_attrs(effect), "parents": []})
        ctx = dict(context)
        ctx["flags"] = sorted(effect.flags)
        ctx["detail"] = effect.detail
        if i < len(effect_context):
            ctx.update(effect_context[i])
        requests.append(
            {
                "principal": agent_uid,
                "action": {"type": f"{NAMESPACE}::Action", "id": effect.capability.value},
                "resource": uid,
                "context": ctx,
            }
        )
    return requests, entities


def _reason(meta: PolicyMeta) -> Reason:
    return Reason(meta.rule, meta.reason, meta.verdict)


def _default_deny(effect: Effect) -> EffectVerdict:
    what = effect.target.describe() or effect.detail or "(no target)"
    return EffectVerdict(
        effect,
        Verdict.DENY,
        (
            Reason(
                "lictor.policy.default-deny",
                f"no policy permits {effect.capability.value} on {what}",
            ),
        ),
    )


def _agent_attrs(principal: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "owner": str(principal.get("owner", "")),
        "roles": sorted(principal.get("roles", ())),
        "chain_depth": int(principal.get("chain_depth", 0)),
        "authenticated": bool(principal.get("authenticated", False)),
    }


def target_attrs(effect: Effect) -> dict[str, Any]:
    """The Target entity's attributes for one effect."""
    t = effect.target
    return {
        "kind": t.kind.value,
        "value": t.value,
        "path": t.path,
        "in_workspace": t.in_workspace,
        "host": t.host,
        "repo": t.repo,
        "branch": t.branch,
        "recipient": t.recipient,
    }


def combine(verdicts: Iterable[EffectVerdict]) -> tuple[Verdict, tuple[Reason, ...]]:
    """The action's verdict is the worst of its effects; reasons of that verdict, deduplicated."""
    items = list(verdicts)
    if not items:
        return Verdict.ALLOW, ()
    final = max((ev.verdict for ev in items), key=lambda v: v.weight)
    reasons: dict[tuple[str, str], Reason] = {}
    for ev in items:
        if ev.verdict is final:
            for r in ev.reasons:
                reasons.setdefault((r.rule, r.text), r)
    return final, tuple(reasons.values())
