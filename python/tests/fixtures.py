"""The reference fixtures (test/fixtures/*.json, the repository's copy of the golden cases) and
their judging rule (test/fixtures/README.md): a masked position passes within 2e-4 + 2e-4 |want| of the
official value or of a listed alternative there; padding is not judged."""

import json
import re
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
DIRS = [ROOT / "test" / "fixtures"]


def stdlib_estimators():
    names = set()
    for f in (ROOT / "stdlib").glob("*.adv"):
        names.update(re.findall(r"^\s*estimator\s+(\w+)", f.read_text(), re.M))
    return names


def fixtures():
    """Every fixture by name (the first directory wins a name both hold)."""
    found = {}
    for d in DIRS:
        for f in sorted(d.glob("*.json")) if d.is_dir() else []:
            doc = json.loads(f.read_text())
            if "expected" in doc and "inputs" in doc:
                found.setdefault(f.stem, doc)
    return found


def numpy_batch(doc):
    batch = {}
    for k, v in doc["inputs"].items():
        a = np.asarray(v)
        batch[k] = a.astype(np.int32) if k in ("responses", "response_mask", "index") else a.astype(np.float32)
    return batch


def failures(doc, got, fields=("advantages", "returns")):
    """Masked positions outside the tolerance of the official value and of every alternative."""
    mask = np.asarray(doc["inputs"]["response_mask"]) == 1
    alts = {}
    for variant in doc["expected"].get("alternatives", []):
        for r, c, x in variant["values"]:
            alts.setdefault((r, c), []).append(x)
    bad = []
    for k in fields:
        want = np.asarray(doc["expected"][k], dtype=np.float64)
        g = np.asarray(got[k], dtype=np.float64)
        ok = np.abs(g - want) <= 2e-4 + 2e-4 * np.abs(want)
        for (r, c), xs in alts.items():
            if not ok[r, c] and any(abs(g[r, c] - x) <= 2e-4 + 2e-4 * abs(x) for x in xs):
                ok[r, c] = True
        for r, c in np.argwhere(~ok & mask)[:5]:
            bad.append(f"{k}[{r}, {c}] = {g[r, c]}, want {want[r, c]}")
    return bad
