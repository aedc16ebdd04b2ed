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


def oxigraph_binary() -> str:
    """The Oxigraph server (the ``oxigraph`` PyPI package ships it beside our Python).

    Missing, it skips the tests that need a live server, except under CI, which installs it.
    """
    import shutil

    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail("the oxigraph server is not installed: CI must test against a real store")
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    return found


class OxigraphServer:
    """A real Oxigraph server on 127.0.0.1 and a free port, with its data in a folder."""

    def __init__(self, folder: Path) -> None:
        import socket
        import subprocess
        import time
        import urllib.request

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [oxigraph_binary(), "serve", "--location", str(folder), "--bind", f"127.0.0.1:{self.port}"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(f"{self.url}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("the oxigraph server did not start") from None
                time.sleep(0.1)

    @property
    def store_url(self) -> str:
        return f"{self.url}/store"

    @property
    def query_url(self) -> str:
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        return f"{self.url}/update"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except Exception:
                self.process.kill()
                self.process.wait()


@pytest.fixture
def oxigraph_server(tmp_path: Path):  # type: ignore[no-untyped-def]
    server = OxigraphServer(tmp_path / "oxigraph")
    try:
        yield server
    finally:
        server.stop()
