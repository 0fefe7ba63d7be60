"""Deterministic codemods, one file per finding class."""

from __future__ import annotations

from lictor.fix.interface import Codemod


def all_codemods() -> list[Codemod]:
    """Every shipped codemod, in the order they are tried."""
    from lictor.fix._codemods.flask_debug import FlaskDebug
    from lictor.fix._codemods.hardcoded_credentials import HardcodedCredentials
    from lictor.fix._codemods.jinja2_autoescape import Jinja2Autoescape
    from lictor.fix._codemods.random_secrets import RandomSecrets
    from lictor.fix._codemods.requests_timeout import RequestsTimeout
    from lictor.fix._codemods.requests_verify import RequestsVerify
    from lictor.fix._codemods.sql_parameters import SqlParameters
    from lictor.fix._codemods.subprocess_shell import SubprocessShell
    from lictor.fix._codemods.tempfile_mktemp import TempfileMktemp
    from lictor.fix._codemods.unsafe_deserialization import UnsafeDeserialization
    from lictor.fix._codemods.weak_hash import WeakHash
    from lictor.fix._codemods.yaml_load import YamlLoad

    return [
        YamlLoad(),
        SubprocessShell(),
        RequestsVerify(),
        RequestsTimeout(),
        WeakHash(),
        TempfileMktemp(),
        RandomSecrets(),
        FlaskDebug(),
        Jinja2Autoescape(),
        HardcodedCredentials(),
        UnsafeDeserialization(),
        SqlParameters(),
    ]
