"""Shared fixtures.

Tests that need ``../shared/acceptance`` (the development article, its gold facts and
``check_facts.py``) skip where that folder is absent, as in a user's clone, and fail
instead of skipping when ``CI=true``: CI must never pass by skipping the contract.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
ACCEPTANCE = ROOT.parent / "shared" / "acceptance"
DEV_ARTICLE = ACCEPTANCE / "scmp-qin-lavrov-samarkand.txt"
DEV_GOLD = ACCEPTANCE / "scmp-qin-lavrov-samarkand.toml"
DEV_FACTS = ROOT / "tests" / "facts" / "scmp-qin-lavrov-samarkand.yaml"
CORPUS = ROOT / "tests" / "corpus"
PUBLISHED = "2023-04-14"


def require_acceptance() -> Path:
    if not (ACCEPTANCE / "check_facts.py").exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{ACCEPTANCE} is missing: CI must run the acceptance checks")
        pytest.skip("../shared/acceptance is not here (a user's clone)")
    return ACCEPTANCE


@pytest.fixture
def acceptance() -> Path:
    return require_acceptance()


@pytest.fixture(scope="session")
def check_facts() -> ModuleType:
    """The acceptance checker, imported as a module so tests read its scores."""
    folder = require_acceptance()
    spec = importlib.util.spec_from_file_location("check_facts", folder / "check_facts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_facts"] = module
    spec.loader.exec_module(module)
    return module


def score(check_facts: ModuleType, gold: Path, graph: Path, source: Path | None = None) -> dict:
    """Recall, precision and evidence of a built graph against a gold file."""
    import tomllib

    data = tomllib.loads(gold.read_text(encoding="utf-8"))
    source = source or gold.parent / data["article"]
    text = source.read_text(encoding="utf-8") if source.exists() else None
    return check_facts.evaluate(data, check_facts.load(graph), text, quiet=True)
