"""Session data flow: labels (untrusted content seen, private data read), the
provenance of argument values, and the `session` record policy sees.

    flow = FlowState(database)
    labels, trust = flow.lookup(session, hashes)
"""

from __future__ import annotations

from lictor.flow.facts import (
    NEUTRAL_SESSION,
    SESSION_FIELDS,
    EffectTokens,
    OutputFlow,
    action_tokens,
    effect_session,
    effect_summaries,
    is_hostile,
    output_flow,
    prompt_flow,
)
from lictor.flow.provenance import Provenance, label_output
from lictor.flow.state import FlowState, SessionLabels, TokenRecord, TokenTrust
from lictor.flow.tokens import command_tokens, target_tokens, text_tokens, token_hash

__all__ = [
    "NEUTRAL_SESSION",
    "SESSION_FIELDS",
    "EffectTokens",
    "FlowState",
    "OutputFlow",
    "Provenance",
    "SessionLabels",
    "TokenRecord",
    "TokenTrust",
    "action_tokens",
    "command_tokens",
    "effect_session",
    "effect_summaries",
    "is_hostile",
    "label_output",
    "output_flow",
    "prompt_flow",
    "target_tokens",
    "text_tokens",
    "token_hash",
]
