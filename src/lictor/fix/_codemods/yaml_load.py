"""`yaml.load(x)` / unsafe loaders -> `yaml.safe_load(x)`."""

from __future__ import annotations

import libcst as cst

from lictor.fix._codemods._cst import callee, calls_at, expr, imported_names, keyword, replace
from lictor.fix._codemods._cst import resolve as resolve_name
from lictor.fix.interface import Codemod, Plan, Tier
from lictor.review.interface import CodeFinding

_UNSAFE_LOADERS = {
    "Loader",
    "UnsafeLoader",
    "FullLoader",
    "CLoader",
    "CUnsafeLoader",
    "CFullLoader",
}
_FUNCS = {
    "yaml.load",
    "yaml.load_all",
    "yaml.unsafe_load",
    "yaml.unsafe_load_all",
    "yaml.full_load",
    "yaml.full_load_all",
}
_SAFE_LOADERS = {"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"}


class YamlLoad(Codemod):
    """Safe loading is a strict subset: it fails only on Python-object tags, the attack itself."""

    name = "yaml-load"
    handles = frozenset({"bandit:B506", "semgrep:lictor.python.yaml-unsafe-load"})

    def plan(self, module: cst.Module, finding: CodeFinding) -> Plan:
        imports = imported_names(module)
        calls = calls_at(
            module,
            finding.line,
            lambda n: resolve_name(n, imports) in _FUNCS,
        )
        if not calls:
            return self.skip(finding, "no yaml.load call found at the reported line")
        call = calls[0]
        name = resolve_name(callee(call), imports)
        loader = keyword(call, "Loader")
        positional = [a for a in call.args if a.keyword is None]
        loader_node: cst.BaseExpression | None = None
        if loader is not None:
            loader_node = loader.value
        elif len(positional) > 1:
            loader_node = positional[1].value
        if loader_node is not None:
            loader_name = (callee(cst.Call(func=loader_node)) or "").rsplit(".", 1)[-1]
            if loader_name in _SAFE_LOADERS:
                return self.skip(finding, f"already uses {loader_name}; nothing to change")
            if loader_name not in _UNSAFE_LOADERS:
                return self.skip(
                    finding,
                    f"custom loader {loader_name or '?'}: cannot tell what it constructs",
                    "make the loader subclass yaml.SafeLoader, or use yaml.safe_load",
                )
        if len(positional) < 1:
            return self.skip(finding, "yaml.load called without a stream argument")
        head = callee(call).split(".")[0]
        target = "safe_load_all" if name.endswith("_all") else "safe_load"
        # `from yaml import load` has no module name in scope; go through `yaml` then.
        qualifier = head if imports.get(head) == "yaml" else "yaml"
        new = cst.Call(
            func=expr(f"{qualifier}.{target}"),
            args=[positional[0].with_changes(comma=cst.MaybeSentinel.DEFAULT)],
        )
        needs = (("yaml", None),) if qualifier == "yaml" and "yaml" not in imports else ()
        return Plan(
            self.name,
            finding,
            Tier.AUTO,
            f"{callee(call)}(...) -> {qualifier}.{target}(...)",
            replace(module, call, new),
            imports=needs,
        )
