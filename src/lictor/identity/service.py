"""`Identity`: agents, owners, grants, credentials, keys and secrets of one project.

The gate calls three methods per decision: `authenticate` (stage 1),
`check_grant` (after classification) and `consume` (after an allowed verdict).
Everything else is what the `lictor agent|owner|grant|task|credential|keys|
secret` commands do; each change is appended to the audit log as an
`identity` record, and so is each refusal.

Caching: a verified credential is kept by its exact token text until it
expires (bounded LRU); what it resolves to (agent, owner, grant chain,
revocation flags) is kept per *revocation generation*, a counter every
revocation bumps in the database and the gate reads on every decision, so a
revocation anywhere takes effect on the next decision everywhere.
"""

from __future__ import annotations

import json
import re
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import jwt
from sqlalchemy import Connection

from lictor.classify import Classification, Manifest, Place, make_target
from lictor.errors import CredentialError, GrantError, IdentityError
from lictor.identity import registry, vault
from lictor.identity.interface import (
    DEFAULT_CREDENTIAL_TTL_S,
    DEFAULT_LEASE_TTL_S,
    DEFAULT_LEEWAY_S,
    MAX_CREDENTIAL_TTL_S,
    NO_GRANT,
    UNLIMITED,
    Agent,
    Authentication,
    Claims,
    Grant,
    GrantCheck,
    IssuedCredential,
    Lease,
    LeaseStatus,
    Owner,
)
from lictor.identity.keys import KeyInfo, KeyRing
from lictor.identity.patterns import Call, Pattern, parse_patterns, uncovered
from lictor.model import Action, Effect, Reason, TargetKind

if TYPE_CHECKING:
    from lictor.audit import AuditLog
    from lictor.project import Config
    from lictor.store import Database

ISSUER = "lictor"
"""`iss` of every credential."""

AGENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")
EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*")
TASK_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:#/-]{0,127}")
_MAX_CHAIN = 8  # delegation depth a credential may carry
_VERIFIED_CACHE = 4096  # verified tokens kept (LRU)


def check_agent_name(name: str) -> str:
    if not AGENT_NAME.fullmatch(name):
        raise IdentityError(
            f"agent name {name!r} must be 1-128 letters, digits, `_`, `.`, `:` or `-`",
            "lictor.identity.bad-name",
        )
    return name


def check_email(email: str) -> str:
    if not EMAIL.fullmatch(email):
        raise IdentityError(
            f"owner {email!r} does not look like an e-mail address (name@domain)",
            "lictor.identity.bad-owner",
        )
    return email.lower()


def check_task(task: str) -> str:
    if not TASK_NAME.fullmatch(task):
        raise IdentityError(
            f"task id {task!r} must be 1-128 letters, digits or `_.:#/-`",
            "lictor.grant.bad-task",
        )
    return task


def iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class _Resolved:
    """What a credential resolves to, valid until the revocation generation changes."""

    principal: Mapping[str, Any]
    grant_chain: tuple[Grant, ...]
    one_time: bool


class Identity:
    """Identity of one project: the registry, the keys and the per-decision checks."""

    def __init__(
        self,
        config: Config,
        database: Callable[[], Database],
        audit: Callable[[], AuditLog],
        manifest: Manifest,
        *,
        clock: Callable[[], float] = time.time,
        leeway: int = DEFAULT_LEEWAY_S,
    ) -> None:
        self.config = config
        self.manifest = manifest
        self.clock = clock
        self.leeway = leeway
        self._database = database
        self._audit = audit
        self._keys: KeyRing | None = None
        self._hot: registry.HotPath | None = None
        self._box: vault.SecretBox | None = None
        self._verified: OrderedDict[str, Claims] = OrderedDict()
        self._resolved: dict[str, _Resolved] = {}
        self._patterns: dict[str, tuple[Pattern, ...]] = {}
        self._generation = -1

    # --- plumbing ----------------------------------------------------------------

    @property
    def database(self) -> Database:
        return self._database()

    @property
    def keys(self) -> KeyRing:
        if self._keys is None:
            folder = self.config.home / "keys"
            self._keys = KeyRing(folder, self.database, clock=lambda: self.clock())
        return self._keys

    @property
    def hot(self) -> registry.HotPath:
        if self._hot is None:
            self._hot = registry.HotPath(self.database)
        return self._hot

    @property
    def box(self) -> vault.SecretBox:
        if self._box is None:
            self._box = vault.SecretBox(self.config.home / "keys" / "secrets.key")
        return self._box

    def close(self) -> None:
        if self._hot is not None:
            self._hot.close()

    def _now(self) -> int:
        return int(self.clock())

    def _event(self, event: str, outcome: str = "ok", **fields: Any) -> None:
        record = {"type": "identity", "event": event, "outcome": outcome}
        record.update({k: v for k, v in fields.items() if v is not None})
        self._audit().append(record)

    @contextmanager
    def _refusing(self, event: str, **fields: Any) -> Iterator[None]:
        """Audit a refusal (with its rule and one-line reason) before it reaches the caller."""
        try:
            yield
        except IdentityError as e:
            self._event(event, "refused", rule=e.rule, reason=str(e), **fields)
            raise

    @contextmanager
    def _revoking(self) -> Iterator[Connection]:
        """A write transaction that bumps the revocation generation with its change."""
        with self.database.write() as conn:
            yield conn
            registry.bump_generation(conn)

    # --- owners and agents ----------------------------------------------------------

    def register_agent(
        self, name: str, owner: str, purpose: str, roles: Sequence[str] = ()
    ) -> Agent:
        """Register an agent under an accountable owner (recorded if new)."""
        with self._refusing("agent.register", agent=name, owner=owner):
            check_agent_name(name)
            email = check_email(owner)
            if not purpose.strip():
                raise IdentityError(
                    "an agent needs a --purpose: say what it is for", "lictor.identity.bad-purpose"
                )
            for role in roles:
                check_agent_name(role)
            now = iso(self.clock())
            agent = Agent(name, email, purpose.strip(), tuple(sorted(set(roles))), False, now)
            with self.database.write() as conn:
                known = registry.get_owner(conn, email)
                if known is None:
                    registry.add_owner(conn, email, now)
                elif known.disabled:
                    raise IdentityError(
                        f"owner {email} is disabled; enable them or choose another owner",
                        "lictor.identity.owner-disabled",
                    )
                if registry.get_agent(conn, name) is not None:
                    raise IdentityError(
                        f"agent {name!r} is already registered", "lictor.identity.exists"
                    )
                registry.add_agent(conn, agent)
        self._event(
            "agent.register",
            agent=name,
            owner=email,
            purpose=agent.purpose,
            roles=list(agent.roles),
        )
        return agent

    def agent(self, name: str) -> Agent:
        with self.database.read() as conn:
            agent = registry.get_agent(conn, name)
        if agent is None:
            raise IdentityError(f"unknown agent {name!r}", "lictor.identity.unknown-agent")
        return agent

    def agents(self) -> list[Agent]:
        with self.database.read() as conn:
            return registry.list_agents(conn)

    def owners(self) -> list[Owner]:
        with self.database.read() as conn:
            return registry.list_owners(conn)

    def set_agent_disabled(self, name: str, disabled: bool = True) -> None:
        event = "agent.disable" if disabled else "agent.enable"
        with self._refusing(event, agent=name), self._revoking() as conn:
            if not registry.set_agent_disabled(conn, name, disabled):
                raise IdentityError(f"unknown agent {name!r}", "lictor.identity.unknown-agent")
        self._event(event, agent=name)

    def set_owner_disabled(self, email: str, disabled: bool = True) -> None:
        event = "owner.disable" if disabled else "owner.enable"
        with self._refusing(event, owner=email):
            email = check_email(email)
            with self._revoking() as conn:
                if not registry.set_owner_disabled(conn, email, disabled):
                    raise IdentityError(f"unknown owner {email}", "lictor.identity.unknown-owner")
        self._event(event, owner=email)

    # --- grants and tasks ------------------------------------------------------------

    def parse(self, patterns: Sequence[str]) -> tuple[Pattern, ...]:
        """Parse grant patterns against this project's workspace and tool manifest."""
        return parse_patterns(patterns, self.manifest, str(self.config.workspace))

    def issue_grant(
        self,
        agent: str,
        task: str,
        allow: Sequence[str],
        *,
        ttl: int,
        max_uses: int | None = None,
        secrets: Sequence[str] = (),
    ) -> Grant:
        """Issue a task grant to a registered agent."""
        with self._refusing("grant.issue", agent=agent, task=task, allow=list(allow)):
            check_task(task)
            self.parse(allow)
            for name in secrets:
                vault.check_secret_name(name)
            if ttl <= 0:
                raise GrantError(f"--ttl must be positive, not {ttl}s", "lictor.grant.bad-ttl")
            if max_uses is not None and max_uses < 1:
                raise GrantError(
                    f"--max-uses must be at least 1, not {max_uses}", "lictor.grant.bad-uses"
                )
            now = self._now()
            grant = Grant(
                id="g" + uuid.uuid4().hex[:15],
                agent=agent,
                task=task,
                patterns=tuple(allow),
                secrets=tuple(sorted(set(secrets))),
                parent="",
                issued_at=now,
                expires_at=now + ttl,
                max_uses=UNLIMITED if max_uses is None else max_uses,
                uses=0,
                revoked="",
            )
            with self.database.write() as conn:
                self._usable_agent(conn, agent)
                if registry.task_closed(conn, task):
                    raise GrantError(f"task {task} is closed", "lictor.grant.task-closed")
                registry.add_grant(conn, grant)
        self._event(
            "grant.issue",
            grant=grant.id,
            agent=agent,
            task=task,
            allow=list(allow),
            secrets=list(grant.secrets),
            expires_at=grant.expires_at,
            max_uses=grant.max_uses,
        )
        return grant

    def grant(self, grant_id: str) -> Grant:
        with self.database.read() as conn:
            grant = registry.get_grant(conn, grant_id)
        if grant is None:
            raise GrantError(f"unknown grant {grant_id!r}", "lictor.grant.unknown")
        return grant

    def grants(self, *, agent: str = "", task: str = "") -> list[Grant]:
        with self.database.read() as conn:
            return registry.list_grants(conn, agent=agent, task=task)

    def revoke_grant(self, grant_id: str, why: str = "revoked") -> list[str]:
        """Revoke a grant and every grant delegated from it; returns their ids."""
        with self._refusing("grant.revoke", grant=grant_id), self._revoking() as conn:
            if registry.get_grant(conn, grant_id) is None:
                raise GrantError(f"unknown grant {grant_id!r}", "lictor.grant.unknown")
            ids = registry.revoke_grants(conn, why or "revoked", grant_id=grant_id)
        self._event("grant.revoke", grant=grant_id, revoked=ids, reason=why)
        return ids

    def close_task(self, task: str) -> list[str]:
        """Close a task: every grant of it is revoked and no new one can be issued."""
        with self._refusing("task.close", task=task):
            check_task(task)
            with self._revoking() as conn:
                registry.close_task(conn, task, self._now())
                ids = registry.revoke_grants(conn, f"task {task} closed", task=task)
        self._event("task.close", task=task, revoked=ids)
        return ids

    # --- credentials ---------------------------------------------------------------

    def issue_credential(
        self,
        agent: str,
        grant_id: str = "",
        *,
        ttl: int = DEFAULT_CREDENTIAL_TTL_S,
        one_time: bool = False,
    ) -> IssuedCredential:
        """Mint a credential for a registered agent, optionally carrying one of its grants."""
        with self._refusing("credential.issue", agent=agent, grant=grant_id or None):
            _check_ttl(ttl)
            now = self._now()
            with self.database.read() as conn:
                record = self._usable_agent(conn, agent)
                expires = now + ttl
                if grant_id:
                    chain = registry.grant_chain(conn, grant_id)
                    if not chain:
                        raise GrantError(f"unknown grant {grant_id!r}", "lictor.grant.unknown")
                    grant = chain[0]
                    if grant.agent != agent or grant.parent:
                        raise GrantError(
                            f"grant {grant_id} was not issued to {agent}",
                            "lictor.grant.wrong-agent",
                        )
                    _usable_grants(chain, now)
                    expires = min(expires, grant.expires_at)
            issued = self._mint(
                subject=agent,
                actors=(),
                grant=grant_id,
                expires=expires,
                parents=(),
                one_time=one_time,
                chain=(record.owner, agent),
            )
        self._event(
            "credential.issue",
            agent=agent,
            grant=grant_id,
            jti=issued.jti,
            expires_at=issued.expires_at,
            one_time=one_time,
        )
        return issued

    def delegate(
        self,
        credential: str,
        agent: str,
        allow: Sequence[str],
        *,
        ttl: int | None = None,
        max_uses: int | None = None,
        secrets: Sequence[str] = (),
        one_time: bool = False,
    ) -> IssuedCredential:
        """Mint a sub-agent credential whose grant is covered by the parent's (never wider)."""
        with self._refusing("credential.delegate", agent=agent, allow=list(allow)):
            check_agent_name(agent)
            auth = self.authenticate(Action(tool="", credential=credential))
            if auth.denial is not None or auth.claims is None:
                reason = auth.denial or Reason("lictor.identity.missing", "no credential")
                raise CredentialError(f"parent credential refused: {reason.text}", reason.rule)
            claims = auth.claims
            if auth.grant is None:
                raise GrantError(
                    "the parent credential carries no grant, so there is nothing to delegate",
                    "lictor.grant.missing",
                )
            if len(claims.actors) + 1 > _MAX_CHAIN:
                raise GrantError(
                    f"delegation deeper than {_MAX_CHAIN} is refused", "lictor.grant.too-deep"
                )
            now = self._now()
            _usable_grants(auth.grant_chain, now)
            parent = auth.grant
            children = self.parse(allow)
            wide = uncovered(self._grant_patterns(parent), children)
            if wide:
                raise GrantError(
                    f"sub-grant pattern {wide[0].text!r} is wider than parent grant {parent.id} "
                    f"(no parent pattern covers it)",
                    "lictor.grant.wider-than-parent",
                )
            extra = sorted(set(secrets) - set(parent.secrets))
            if extra:
                raise GrantError(
                    f"secret {extra[0]!r} is not in parent grant {parent.id}",
                    "lictor.grant.wider-than-parent",
                )
            ends = min(g.expires_at for g in auth.grant_chain)
            grant_ends = ends if ttl is None else now + ttl
            if ttl is not None and (ttl <= 0 or grant_ends > ends):
                raise GrantError(
                    f"--ttl {ttl}s outlives parent grant {parent.id} (ends in {ends - now}s)",
                    "lictor.grant.wider-than-parent",
                )
            left = [g.max_uses - g.uses for g in auth.grant_chain if g.max_uses != UNLIMITED]
            remaining = min(left) if left else UNLIMITED
            if max_uses is not None and (
                max_uses < 1 or (remaining != UNLIMITED and max_uses > remaining)
            ):
                raise GrantError(
                    f"--max-uses {max_uses} exceeds the {remaining} use(s) left on parent "
                    f"grant {parent.id}",
                    "lictor.grant.wider-than-parent",
                )
            child = Grant(
                id="g" + uuid.uuid4().hex[:15],
                agent=agent,
                task=parent.task,
                patterns=tuple(allow),
                secrets=tuple(sorted(set(secrets))),
                parent=parent.id,
                issued_at=now,
                expires_at=grant_ends,
                max_uses=remaining if max_uses is None else max_uses,
                uses=0,
                revoked="",
            )
            with self.database.write() as conn:
                sub = registry.get_agent(conn, agent)
                if sub is not None and sub.disabled:
                    raise IdentityError(
                        f"agent {agent!r} is disabled", "lictor.identity.agent-disabled"
                    )
                registry.add_grant(conn, child)
            row_parents = self._credential_parents(claims.jti)
            issued = self._mint(
                subject=claims.subject,
                actors=(*claims.actors, agent),
                grant=child.id,
                expires=min(grant_ends, claims.expires_at),
                parents=(*row_parents, claims.jti),
                one_time=one_time,
                chain=(*auth.principal["chain"], agent),
            )
        self._event(
            "credential.delegate",
            agent=agent,
            chain=list(issued.chain),
            parent_jti=claims.jti,
            parent_grant=parent.id,
            grant=child.id,
            task=child.task,
            allow=list(allow),
            jti=issued.jti,
            expires_at=issued.expires_at,
            max_uses=child.max_uses,
        )
        return issued

    def revoke_credential(self, jti: str, why: str = "revoked") -> list[str]:
        """Revoke a credential and every credential delegated from it."""
        with self._refusing("credential.revoke", jti=jti), self._revoking() as conn:
            if registry.get_credential(conn, jti) is None:
                raise CredentialError(
                    f"unknown credential {jti!r}", "lictor.identity.unknown-credential"
                )
            ids = registry.revoke_credential(conn, jti, why or "revoked")
        self._event("credential.revoke", jti=jti, revoked=ids, reason=why)
        return ids

    def rotate_keys(self) -> tuple[str, str]:
        """New signing key; the old one verifies until its credentials have expired."""
        new, old = self.keys.rotate()
        self._event("keys.rotate", kid=new, retired=old)
        return new, old

    def key_list(self) -> list[KeyInfo]:
        return self.keys.keys()

    def _mint(
        self,
        *,
        subject: str,
        actors: tuple[str, ...],
        grant: str,
        expires: int,
        parents: tuple[str, ...],
        one_time: bool,
        chain: tuple[str, ...],
    ) -> IssuedCredential:
        kid, key = self.keys.signing_key()
        now = self._now()
        jti = uuid.uuid4().hex
        claims: dict[str, Any] = {
            "iss": ISSUER,
            "sub": subject,
            "iat": now,
            "nbf": now,
            "exp": expires,
            "jti": jti,
        }
        if grant:
            claims["grant"] = grant
        if actors:
            claims["act"] = _act_claim(actors)
        if one_time:
            claims["one_time"] = True
        token = jwt.encode(claims, key, algorithm="EdDSA", headers={"kid": kid})
        with self.database.write() as conn:
            registry.add_credential(
                conn,
                jti=jti,
                agent=actors[-1] if actors else subject,
                grant_id=grant,
                parents=parents,
                issued_at=now,
                expires_at=expires,
                one_time=one_time,
            )
        return IssuedCredential(
            token, jti, actors[-1] if actors else subject, grant, expires, chain
        )

    def _credential_parents(self, jti: str) -> tuple[str, ...]:
        with self.database.read() as conn:
            row = registry.get_credential(conn, jti)
        return tuple(json.loads(row.parents)) if row is not None else ()

    # --- verification ----------------------------------------------------------------

    def verify(self, token: str) -> Claims:
        """Check signature, issuer and times; CredentialError with a rule id otherwise."""
        now = self.clock()
        claims = self._verified.get(token)
        if claims is None:
            claims = self._decode(token)
            self._verified[token] = claims
            if len(self._verified) > _VERIFIED_CACHE:
                self._verified.popitem(last=False)
        else:
            self._verified.move_to_end(token)
        if now > claims.expires_at + self.leeway:
            raise CredentialError(
                f"credential expired at {iso(claims.expires_at)}", "lictor.identity.expired"
            )
        if now < claims.not_before - self.leeway:
            raise CredentialError(
                f"credential is not valid before {iso(claims.not_before)} "
                f"(beyond the {self.leeway}s clock-skew leeway)",
                "lictor.identity.not-yet-valid",
            )
        return claims

    def _decode(self, token: str) -> Claims:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError:
            raise CredentialError(
                "credential is not a well-formed JWT", "lictor.identity.malformed"
            ) from None
        kid = header.get("kid")
        if header.get("alg") != "EdDSA" or not isinstance(kid, str):
            raise CredentialError(
                "credential must be an EdDSA JWT with a kid header", "lictor.identity.malformed"
            )
        found = self.keys.public_key(kid)
        if found is None:
            raise CredentialError(
                f"credential is signed by an unknown or long-retired key {kid!r}",
                "lictor.identity.unknown-key",
            )
        key, retired_at = found
        try:
            # Times are checked below against this service's clock, with the leeway.
            payload = jwt.decode(
                token,
                key,
                algorithms=["EdDSA"],
                issuer=ISSUER,
                options={
                    "require": ["iss", "sub", "iat", "nbf", "exp", "jti"],
                    "verify_exp": False,
                    "verify_nbf": False,
                    "verify_iat": False,
                },
            )
        except jwt.InvalidSignatureError:
            raise CredentialError(
                "credential signature does not verify (tampered or signed by another key)",
                "lictor.identity.bad-signature",
            ) from None
        except jwt.InvalidIssuerError:
            raise CredentialError(
                f"credential issuer is not {ISSUER!r}", "lictor.identity.wrong-issuer"
            ) from None
        except jwt.PyJWTError as e:
            raise CredentialError(
                f"credential is malformed: {e}", "lictor.identity.malformed"
            ) from None
        for claim in ("iat", "nbf", "exp"):
            if not isinstance(payload[claim], int) or isinstance(payload[claim], bool):
                raise CredentialError(
                    f"credential {claim} must be an integer", "lictor.identity.malformed"
                )
        if retired_at and int(payload["iat"]) > retired_at + self.leeway:
            raise CredentialError(
                f"credential was signed after its key {kid} was retired",
                "lictor.identity.bad-signature",
            )
        grant = payload.get("grant", "")
        subject = payload["sub"]
        if not isinstance(grant, str) or not isinstance(subject, str):
            raise CredentialError(
                "credential sub and grant must be strings", "lictor.identity.malformed"
            )
        return Claims(
            jti=str(payload["jti"]),
            subject=subject,
            actors=_actors(payload.get("act")),
            grant=grant,
            issued_at=int(payload["iat"]),
            not_before=int(payload["nbf"]),
            expires_at=int(payload["exp"]),
            kid=kid,
        )

    # --- the gate's stages ------------------------------------------------------------

    def authenticate(self, action: Action) -> Authentication:
        """Stage 1 for an action with a credential: verify it, resolve agent, owner, chain."""
        claimed = action.agent if action.agent not in ("", "anonymous") else ""
        if not action.credential:
            return _denied(
                claimed,
                "lictor.identity.missing",
                "this project requires a credential for every action, and none was presented",
            )
        generation = self.hot.generation()
        if generation != self._generation:
            self._resolved.clear()
            self._generation = generation
        try:
            claims = self.verify(action.credential)
            resolved = self._resolved.get(claims.jti)
            if resolved is None:
                resolved = self._resolve(claims)
                self._resolved[claims.jti] = resolved
        except IdentityError as e:
            return _denied(claimed, e.rule, str(e))
        if claimed and claimed != claims.agent:
            return _denied(
                claimed,
                "lictor.identity.agent-mismatch",
                f"the action names agent {claimed!r} but its credential is {claims.agent!r}",
            )
        grant = resolved.grant_chain[0] if resolved.grant_chain else None
        return Authentication(
            resolved.principal, claims, grant, resolved.grant_chain, one_time=resolved.one_time
        )

    def _resolve(self, claims: Claims) -> _Resolved:
        with self.database.read() as conn:
            row = registry.get_credential(conn, claims.jti)
            if row is None:
                raise CredentialError(
                    f"credential {claims.jti} was never issued by this project",
                    "lictor.identity.unknown-credential",
                )
            if row.revoked:
                raise CredentialError(
                    f"credential {claims.jti} is revoked ({row.revoked})", "lictor.identity.revoked"
                )
            if row.one_time and row.used:
                raise CredentialError(
                    f"one-time credential {claims.jti} was already used",
                    "lictor.identity.replayed",
                )
            if str(row.agent) != claims.agent or str(row.grant_id) != claims.grant:
                raise CredentialError(
                    f"credential {claims.jti} does not match its issue record",
                    "lictor.identity.bad-signature",
                )
            for parent in json.loads(row.parents):
                prow = registry.get_credential(conn, parent)
                if prow is None or prow.revoked:
                    raise CredentialError(
                        f"credential {claims.jti} was delegated from revoked credential {parent}",
                        "lictor.identity.revoked",
                    )
            root = registry.get_agent(conn, claims.subject)
            if root is None:
                raise IdentityError(
                    f"unknown agent {claims.subject!r}", "lictor.identity.unknown-agent"
                )
            owner = registry.get_owner(conn, root.owner)
            if owner is None or owner.disabled:
                raise IdentityError(
                    f"owner {root.owner} of agent {root.name} is disabled",
                    "lictor.identity.owner-disabled",
                )
            acting = root
            for name in (root.name, *claims.actors):
                agent = registry.get_agent(conn, name)
                if agent is not None and agent.disabled:
                    raise IdentityError(
                        f"agent {name!r} is disabled", "lictor.identity.agent-disabled"
                    )
                if name != root.name:
                    acting = agent or Agent(name, root.owner, "", (), False, "")
            chain: tuple[Grant, ...] = ()
            if claims.grant:
                chain = tuple(registry.grant_chain(conn, claims.grant))
                if not chain or chain[0].agent != claims.agent:
                    raise GrantError(
                        f"grant {claims.grant} does not belong to {claims.agent}",
                        "lictor.grant.wrong-agent",
                    )
        principal = {
            "id": claims.agent,
            "owner": root.owner,
            # An unregistered sub-agent gets no roles: delegation never adds any.
            "roles": sorted(acting.roles),
            "chain_depth": len(claims.actors),
            "authenticated": True,
            "chain": [root.owner, root.name, *claims.actors],
            "credential": claims.jti,
            "grant": claims.grant,
            "task": chain[0].task if chain else "",
        }
        return _Resolved(principal, chain, bool(row.one_time))

    def check_grant(
        self, auth: Authentication, action: Action, found: Classification, place: Place
    ) -> GrantCheck:
        """Stage 2: does the credential's grant allow this action? Reasons name the constraint."""
        if auth.claims is None:
            return GrantCheck(NO_GRANT)
        grant = auth.grant
        if grant is None:
            if not found.effects:
                return GrantCheck(NO_GRANT)
            return _grant_denial(
                "lictor.grant.missing",
                f"credential {auth.claims.jti} carries no grant; {action.tool} needs one",
            )
        now = self.clock()
        for g in auth.grant_chain:
            state = g.state(now)
            if state != "active":
                return _grant_denial(f"lictor.grant.{state}", _state_text(g, state))
        left = min(g.expires_at for g in auth.grant_chain) - int(now)
        context = {
            "present": True,
            "task": grant.task,
            "target_granted": False,
            "seconds_left": left,
        }
        if not found.effects:
            return GrantCheck(context)
        patterns = self._grant_patterns(grant)
        calls = build_calls(action, found, place, self.manifest)
        if not calls:
            return _grant_denial(
                "lictor.grant.no-match",
                f"grant {grant.id}: the {action.tool} command could not be split into "
                "sub-commands to match",
                context,
            )
        matched: list[Pattern] = []
        for call in calls:
            hit = next((p for p in patterns if p.allows(call)), None)
            if hit is None:
                return _grant_denial("lictor.grant.no-match", _miss(grant, call, patterns), context)
            matched.append(hit)
        # One context for the whole action (flow re-judges with it too): the
        # target counts as granted only when every targeted effect is named.
        targeted = [e for e in found.effects if _target_value(e) is not None]
        named = bool(targeted) and all(_names_target(matched, e) for e in targeted)
        return GrantCheck({**context, "target_granted": named})

    def consume(self, auth: Authentication) -> Reason | None:
        """Count one use of the grant chain (and spend a one-time credential) after an allow."""
        claims = auth.claims
        if claims is None:
            return None
        limited = [g.id for g in auth.grant_chain if g.max_uses != UNLIMITED]
        one_time = claims.jti if auth.one_time else ""
        if not limited and not one_time:
            return None
        failed = self.hot.consume(limited, one_time)
        resolved = self._resolved.get(claims.jti)
        if failed:
            self._resolved.pop(claims.jti, None)
            if one_time and failed == one_time:
                return Reason(
                    "lictor.identity.replayed",
                    f"one-time credential {claims.jti} was already used",
                )
            return Reason("lictor.grant.used-up", f"grant {failed} has no uses left")
        if resolved is not None:
            chain = tuple(
                replace(g, uses=g.uses + 1) if g.max_uses != UNLIMITED else g
                for g in resolved.grant_chain
            )
            self._resolved[claims.jti] = replace(resolved, grant_chain=chain)
        if one_time:
            # The spent credential must fail at once in every other gate too.
            with self.database.write() as conn:
                registry.bump_generation(conn)
        return None

    def _grant_patterns(self, grant: Grant) -> tuple[Pattern, ...]:
        patterns = self._patterns.get(grant.id)
        if patterns is None:
            patterns = self.parse(grant.patterns)
            self._patterns[grant.id] = patterns
        return patterns

    def _usable_agent(self, conn: Connection, name: str) -> Agent:
        agent = registry.get_agent(conn, name)
        if agent is None:
            raise IdentityError(
                f"unknown agent {name!r} (register it with `lictor agent register`)",
                "lictor.identity.unknown-agent",
            )
        if agent.disabled:
            raise IdentityError(f"agent {name!r} is disabled", "lictor.identity.agent-disabled")
        owner = registry.get_owner(conn, agent.owner)
        if owner is None or owner.disabled:
            raise IdentityError(
                f"owner {agent.owner} of agent {name!r} is disabled",
                "lictor.identity.owner-disabled",
            )
        return agent

    # --- secrets ------------------------------------------------------------------------

    def put_secret(self, name: str, value: bytes, *, must_exist: bool = False) -> int:
        """Store (or rotate) a secret; outstanding leases of older versions become invalid."""
        event = "secret.rotate" if must_exist else "secret.put"
        with self._refusing(event, secret=name):
            vault.check_secret_name(name)
            with self.database.write() as conn:
                if must_exist and vault.secret_version(conn, name) == 0:
                    raise IdentityError(f"no secret named {name!r}", "lictor.secret.unknown")
                version = vault.put_secret(conn, self.box, name, value, self._now())
        self._event("secret.rotate" if version > 1 else "secret.put", secret=name, version=version)
        return version

    def secrets(self) -> list[tuple[str, int, int]]:
        with self.database.read() as conn:
            return vault.list_secrets(conn)

    def lease_secret(self, name: str, credential: str, *, ttl: int = DEFAULT_LEASE_TTL_S) -> Lease:
        """The secret's value, when the credential's grant names it; leased, audited."""
        with self._refusing("secret.lease", secret=name):
            vault.check_secret_name(name)
            _check_ttl(ttl)
            auth = self.authenticate(Action(tool="", credential=credential))
            if auth.denial is not None or auth.claims is None:
                reason = auth.denial or Reason("lictor.identity.missing", "no credential")
                raise CredentialError(reason.text, reason.rule)
            grant = auth.grant
            if grant is None or name not in grant.secrets:
                raise GrantError(
                    f"the credential's grant does not name secret {name!r}",
                    "lictor.secret.not-granted",
                )
            now = self._now()
            _usable_grants(auth.grant_chain, now)
            with self.database.write() as conn:
                version, value = vault.read_secret(conn, self.box, name)
                ends = min(
                    now + ttl, auth.claims.expires_at, *(g.expires_at for g in auth.grant_chain)
                )
                lease = Lease(
                    "l" + uuid.uuid4().hex[:15],
                    name,
                    version,
                    auth.claims.agent,
                    grant.task,
                    grant.id,
                    ends,
                )
                vault.add_lease(conn, lease, auth.claims.jti, now)
        self._event(
            "secret.lease",
            secret=name,
            version=version,
            lease=lease.id,
            agent=lease.agent,
            chain=list(auth.principal["chain"]),
            task=lease.task,
            grant=lease.grant,
            jti=auth.claims.jti,
            expires_at=lease.expires_at,
        )
        return replace(lease, value=value)

    def check_lease(self, lease_id: str) -> LeaseStatus:
        """Is a lease still good: unexpired, secret not rotated, grant and credential standing."""
        now = self._now()
        with self.database.read() as conn:
            found = vault.get_lease(conn, lease_id)
            if found is None:
                return LeaseStatus(lease_id, False, "unknown lease")
            lease, jti = found
            if now >= lease.expires_at:
                return LeaseStatus(lease_id, False, f"expired at {iso(lease.expires_at)}")
            if vault.secret_version(conn, lease.secret) != lease.version:
                return LeaseStatus(lease_id, False, f"secret {lease.secret} was rotated")
            for g in registry.grant_chain(conn, lease.grant):
                state = g.state(now)
                if state not in ("active", "used-up"):
                    return LeaseStatus(lease_id, False, _state_text(g, state))
            row = registry.get_credential(conn, jti)
            if row is None or row.revoked:
                return LeaseStatus(lease_id, False, f"credential {jti} is revoked")
        return LeaseStatus(lease_id, True, "ok")


# --- helpers ---------------------------------------------------------------------------


def _check_ttl(ttl: int) -> None:
    if ttl <= 0 or ttl > MAX_CREDENTIAL_TTL_S:
        raise CredentialError(
            f"--ttl must be between 1s and {MAX_CREDENTIAL_TTL_S}s, not {ttl}s",
            "lictor.identity.bad-ttl",
        )


def _usable_grants(chain: Sequence[Grant], now: float) -> None:
    for g in chain:
        state = g.state(now)
        if state != "active":
            raise GrantError(_state_text(g, state), f"lictor.grant.{state}")


def _state_text(grant: Grant, state: str) -> str:
    if state == "revoked":
        return f"grant {grant.id} is revoked ({grant.revoked})"
    if state == "expired":
        return f"grant {grant.id} expired at {iso(grant.expires_at)}"
    return f"grant {grant.id} has used all {grant.max_uses} of its uses"


def _denied(agent: str, rule: str, text: str) -> Authentication:
    principal = {
        "id": agent or "anonymous",
        "owner": "",
        "roles": [],
        "chain_depth": 0,
        "authenticated": False,
        "chain": [],
    }
    return Authentication(principal, denial=Reason(rule, text))


def _grant_denial(rule: str, text: str, context: Mapping[str, Any] = NO_GRANT) -> GrantCheck:
    return GrantCheck(context, denial=Reason(rule, text))


def _act_claim(actors: Sequence[str]) -> dict[str, Any]:
    """RFC 8693 `act`: the outermost names the current actor, nested ones the earlier actors."""
    claim: dict[str, Any] = {}
    for name in actors:
        claim = {"sub": name, "act": claim} if claim else {"sub": name}
    return claim


def _actors(claim: Any) -> tuple[str, ...]:
    out: list[str] = []
    while claim is not None:
        if not isinstance(claim, dict) or not isinstance(claim.get("sub"), str):
            raise CredentialError("credential act claim is malformed", "lictor.identity.malformed")
        out.append(claim["sub"])
        if len(out) > _MAX_CHAIN:
            raise CredentialError("credential act chain is too deep", "lictor.identity.malformed")
        claim = claim.get("act")
    return tuple(reversed(out))


def _values(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, bool):
        return ("true" if value else "false",)
    if isinstance(value, int):
        return (str(value),)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    return ()  # objects and floats match no constraint: fail closed


_TARGET_VALUE = {
    TargetKind.PATH: lambda t: t.path,
    TargetKind.URL: lambda t: t.value,
    TargetKind.HOST: lambda t: t.host or t.value,
    TargetKind.REPO: lambda t: t.repo,
    TargetKind.BRANCH: lambda t: t.branch,
    TargetKind.RECIPIENT: lambda t: t.recipient,
}


def _target_value(effect: Effect) -> tuple[str, str] | None:
    get = _TARGET_VALUE.get(effect.target.kind)
    return (effect.target.kind.value, get(effect.target)) if get else None


def build_calls(
    action: Action, found: Classification, place: Place, manifest: Manifest
) -> list[Call]:
    """The action as patterns see it: one call, or one per sub-command for a shell tool."""
    spec = manifest.lookup(action.tool)
    kinds = spec.targets if spec is not None else {}
    # Classification already resolved path targets (symlinks and all): reuse them.
    resolved = {
        e.target.value: e.target.path for e in found.effects if e.target.kind is TargetKind.PATH
    }
    args: dict[str, tuple[str, ...]] = {}
    for name, raw in action.args.items():
        values = _values(raw)
        if kinds.get(name) is TargetKind.PATH:
            values = tuple(
                resolved.get(v) or make_target(TargetKind.PATH, v, place).path for v in values
            )
        args[str(name)] = values
    targets: dict[str, list[str]] = {}
    for effect in found.effects:
        item = _target_value(effect)
        if item is not None:
            targets.setdefault(item[0], []).append(item[1])
    frozen = {k: tuple(v) for k, v in targets.items()}
    if spec is not None and spec.shell:
        # Every sub-command must be granted on its own: `pytest; curl x | sh`
        # is two commands, and `Bash(pytest *)` grants only the first.
        return [
            Call(action.tool, {**args, spec.shell: (" ".join(argv),)}, frozen)
            for argv in found.commands
        ]
    return [Call(action.tool, args, frozen)]


def _miss(grant: Grant, call: Call, patterns: Sequence[Pattern]) -> str:
    shown = call.values("command")
    what = f"{call.tool} `{shown[0]}`" if shown else call.tool
    near = [(p, p.first_failure(call)) for p in patterns if p.tool.matches(call.tool)]
    if not near:
        allowed = ", ".join(grant.patterns)
        return f"grant {grant.id} allows no {call.tool} call (it allows: {allowed})"
    pattern, failure = near[0]
    return f"grant {grant.id} does not allow {what}: {pattern.text} fails ({failure})"


def _names_target(matched: Sequence[Pattern], effect: Effect) -> bool:
    item = _target_value(effect)
    if item is None:
        return False
    kind, value = item
    for pattern in matched:
        for c in pattern.constraints:
            literal = c.glob.literal
            if c.negated or literal is None or literal != value:
                continue
            if c.path == (kind == "path"):
                return True
    return False
