"""Cedar policy-as-code: load, validate, judge effects, test."""

from lictor.policy.engine import (
    EffectVerdict,
    PolicyMeta,
    PolicySet,
    combine,
    shipped_pack,
    shipped_schema,
)

__all__ = [
    "EffectVerdict",
    "PolicyMeta",
    "PolicySet",
    "combine",
    "shipped_pack",
    "shipped_schema",
]
