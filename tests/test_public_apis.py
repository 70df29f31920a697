"""newsclean uses Prefect and trafilatura through their public API only: no module reads a private
attribute of either (nor, for trafilatura, a name its modules do not export), but the one module of
private Prefect hooks, flows/prefect_private.py, whose tests fail when Prefect changes them."""

from __future__ import annotations

import ast
import importlib
import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PRIVATE_HOOKS = REPO / "flows" / "prefect_private.py"


LIBRARIES = ("prefect", "prefect_dask", "trafilatura")
#: Libraries whose modules' ``__all__`` says what is public: a name a module does not export is not
#: its public API either (Prefect's settings module lists only a few of its public settings there).
BY_ALL = ("trafilatura",)


def _private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def _not_exported(module_name: str, name: str) -> bool:
    """``module_name.name`` is neither in the module's ``__all__`` (for :data:`BY_ALL`) nor a submodule."""
    if module_name.split(".")[0] not in BY_ALL:
        return False
    try:
        module = importlib.import_module(module_name)
    except ImportError:
        return False
    exported = getattr(module, "__all__", None)
    if exported is None or name in exported:
        return False
    return not _is_module(f"{module_name}.{name}")


def _is_module(dotted: str) -> bool:
    try:
        return importlib.util.find_spec(dotted) is not None
    except (ImportError, ValueError):  # a parent that is not a package
        return False


def private_uses(source: str) -> list[str]:
    """What ``source`` uses of Prefect or trafilatura that is not their public API: names with a
    leading underscore (dunders aside) that it imports, reads off their modules or objects, or
    names to getattr/setattr; and, for trafilatura, names its modules do not export (``__all__``).

    Names bound by an import of those libraries are followed through attribute chains
    (``utils.HTML_PARSER._x``); private attributes of newsclean's own objects are not theirs.
    """
    tree = ast.parse(source)
    bound: dict[str, str] = {}  # local name -> the library object it is, as a dotted path
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] in LIBRARIES:
                    local = alias.asname or alias.name.split(".")[0]
                    bound[local] = alias.name if alias.asname else alias.name.split(".")[0]
                    if any(_private(part) for part in alias.name.split(".")):
                        found.append(alias.name)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in LIBRARIES:
            if any(_private(part) for part in node.module.split(".")):
                found.append(node.module)
            for alias in node.names:
                if _private(alias.name) or _not_exported(node.module, alias.name):
                    found.append(f"{node.module}.{alias.name}")
                bound[alias.asname or alias.name] = f"{node.module}.{alias.name}"

    def chain(node: ast.AST) -> list[str] | None:
        """``a.b.c`` as ["a", "b", "c"] when it starts at a bound library name; calls and
        subscripts end the module part of the chain (their result is some object)."""
        names: list[str] = []
        while isinstance(node, ast.Attribute):
            names.insert(0, node.attr)
            node = node.value
        if isinstance(node, ast.Name) and node.id in bound:
            return [bound[node.id], *names]
        if isinstance(node, ast.Call | ast.Subscript):
            inner = chain(node.func if isinstance(node, ast.Call) else node.value)
            return None if inner is None else ["<object>", *names]
        return None

    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute):
            parts = chain(node)
            if parts is None:
                continue
            if _private(node.attr):
                found.append(ast.unparse(node))
                continue
            owner = ".".join(parts[:-1])
            if not owner.startswith("<") and _is_module(owner) and _not_exported(owner, node.attr):
                found.append(ast.unparse(node))
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ("getattr", "setattr")
              and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant)
              and isinstance(node.args[1].value, str) and _private(node.args[1].value)):
            found.append(ast.unparse(node))
    return sorted(set(found))


def test_the_guard_finds_private_uses() -> None:
    assert private_uses("from trafilatura import utils\nutils.HTML_PARSER._x = 1") == ["utils.HTML_PARSER._x"]
    assert private_uses("import prefect.context\nprefect.context._temporary_global_settings_context()")
    assert private_uses("from prefect.server.api.server import _memoize_block_auto_registration")
    assert private_uses("from prefect._internal.concurrency import services")
    assert private_uses("x = getattr(runner, '_executor', None)")
    assert private_uses("from prefect.task_runners import ProcessPoolTaskRunner\n"
                        "ProcessPoolTaskRunner(max_workers=1)._max_workers")
    assert not private_uses("import prefect\nclass A:\n    def f(self):\n        return self._early")
    assert not private_uses("from trafilatura import bare_extraction\nbare_extraction('x', with_metadata=False)")
    # trafilatura: what its modules do not export is not its public API
    assert private_uses("from trafilatura import metadata as m\nm.examine_meta(tree)") == ["m.examine_meta"]
    assert private_uses("from trafilatura.utils import load_html") == []  # no __all__ in trafilatura.utils
    assert private_uses("from trafilatura.metadata import extract_author") == ["trafilatura.metadata.extract_author"]
    assert private_uses("import trafilatura\ntrafilatura.extract_metadata(t).title") == []
    assert private_uses("import trafilatura.metadata\ntrafilatura.metadata.find_date(t)") == [
        "trafilatura.metadata.find_date"]


@pytest.mark.parametrize("path", sorted(p.relative_to(REPO).as_posix() for folder in ("flows", "cleaners", "schemas")
                                        for p in (REPO / folder).rglob("*.py")))
def test_no_private_prefect_or_trafilatura_attribute_outside_the_hooks_module(path: str) -> None:
    if REPO / path == PRIVATE_HOOKS:
        return
    assert private_uses((REPO / path).read_text(encoding="utf-8")) == [], (
        f"{path} reaches into Prefect or trafilatura internals: use the public API, or move the hook "
        "into flows/prefect_private.py with a test")
