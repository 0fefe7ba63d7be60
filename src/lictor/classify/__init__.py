"""Classification: tool manifest, shell-command analysis, targets -> effects."""

from lictor.classify.actions import MAX_ARG_BYTES, Classification, classify, make_target
from lictor.classify.manifest import Manifest, OutputSpec, ToolSpec, load_manifest
from lictor.classify.targets import Place

__all__ = [
    "MAX_ARG_BYTES",
    "Classification",
    "Manifest",
    "OutputSpec",
    "Place",
    "ToolSpec",
    "classify",
    "load_manifest",
    "make_target",
]
