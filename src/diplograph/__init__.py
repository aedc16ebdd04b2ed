"""diplograph: the facts of diplomatic news as a knowledge graph you can trust.

The pipeline is read -> extract -> map -> validate -> write, one module per stage,
with plain data (``diplograph.model``) between them. The functions here are the
library API; the ``diplograph`` command calls them.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["build_article", "extract_facts", "read_facts", "read_graph", "validate_graph"]


def __getattr__(name: str) -> Any:
    # Lazy: importing diplograph must stay cheap (the CLI's --help imports it).
    if name in ("build_article", "extract_facts", "read_graph"):
        from . import api

        return getattr(api, name)
    if name == "read_facts":
        from .factsfile import read_facts

        return read_facts
    if name == "validate_graph":
        from .validate import validate_graph

        return validate_graph
    raise AttributeError(name)
