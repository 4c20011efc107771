"""Detectors: one module per signal family, each a pure function of a ScanContext.

A detector module exposes ``detect(ctx: ScanContext) -> DetectorResult``. It never
prints and never writes files; it returns findings (with clues) and may own a
named section of the report (``timing``, ``style``). Modules are imported only
when a scan runs, so heavy imports inside them do not slow other commands.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from nymaudit.model import Corpus, DetectorResult, Finding

# Order is the order findings are produced in before the report sorts them.
DETECTORS: tuple[str, ...] = (
    "input_errors",
    "geotags",
    "clients",
    "contact",
    "git_identity",
    "timing",
    "metadata",
    "places",
    "links",
    "disclosure",
    "watchlist",
    "style",
    "linkage",
)


@dataclass
class ScanContext:
    corpus: Corpus
    # label -> Corpus of the writer's real-name writing (``--known LABEL=PATH``)
    known: dict[str, Corpus] = field(default_factory=dict)
    watchlist_path: str | None = None
    options: dict[str, Any] = field(default_factory=dict)
    # The findings of the detectors run before this one (``scan.run_detectors`` fills it; read
    # it, never change it): the places detector weighs where the account's own photos were
    # taken (the metadata detector's META010/META015) without reading a photo twice.
    earlier_findings: list[Finding] = field(default_factory=list)


def load_detector(name: str) -> Callable[[ScanContext], DetectorResult] | None:
    """The ``detect`` function of a detector module, or None if it is not installed."""
    try:
        module = importlib.import_module(f"nymaudit.detectors.{name}")
    except ModuleNotFoundError as exc:
        if exc.name == f"nymaudit.detectors.{name}":
            return None
        raise
    return module.detect
