"""Finding advc and building an estimator's C library once: `advc compile <estimator> --target c` into a
cache folder named by a hash of everything the library is made from (the estimator's source, the stdlib, the
compiler, the C compiler), so a later process, or a later call, loads it without Node."""

import hashlib
import os
import platform
import shutil
import subprocess
import tempfile
from pathlib import Path

from . import AdvcError
from .server import find_cli  # the one way this package finds the advc command

# the C ABI this package speaks (compiler/c-library.ts's C_ABI_VERSION)
ABI = 1


def root():
    """The advc checkout or installation: $ADVC_ROOT, the checkout this package sits in, or `advc` on PATH."""
    env = os.environ.get("ADVC_ROOT")
    candidates = [Path(env)] if env else []
    candidates.append(Path(__file__).resolve().parent.parent.parent)
    exe = shutil.which("advc")
    if exe:
        candidates.append(Path(os.path.realpath(exe)).parent.parent.parent)  # <root>/dist/<dir>/<cli>.js
    for c in candidates:
        if (c / "stdlib").is_dir() and (c / "package.json").is_file():
            return c
    raise AdvcError(
        "cannot find advc (its stdlib/ and package.json): set ADVC_ROOT to the checkout, "
        "or put `advc` on PATH (npm link)"
    )


def _source_files(base, estimator):
    files = sorted((base / "stdlib").glob("*.adv"))
    if estimator.endswith(".adv") or "/" in estimator:
        files.append(Path(estimator))
    # what turns a source into C: the compiler and the library writer
    for sub in ("dist/compiler", "dist/plan", "dist/grammar"):
        files.extend(sorted((base / sub).glob("**/*.js")))
    files.append(base / "dist/runtime/c-library-build.js")
    return files


def cache_key(base, estimator):
    h = hashlib.sha256()
    h.update(f"abi {ABI}\n{estimator}\n{os.environ.get('CC', 'cc')}\n{platform.machine()}\n".encode())
    for f in _source_files(base, estimator):
        try:
            h.update(f.read_bytes())
        except FileNotFoundError:
            if f == Path(estimator):
                raise AdvcError(f"{estimator}: no such file") from None
            h.update(b"-")
    return h.hexdigest()[:24]


def cache_dir():
    base = os.environ.get("ADVC_CACHE_DIR") or os.path.join(os.path.expanduser("~"), ".cache", "advc")
    return Path(base) / "py"


def library(estimator):
    """The path of the estimator's built library, compiling it when no cached build exists."""
    if estimator.endswith(".adv") or "/" in estimator:
        estimator = os.path.abspath(estimator)
        if not os.path.isfile(estimator):
            raise AdvcError(f"{estimator}: no such file")
    base = root()
    target = cache_dir() / cache_key(base, estimator)
    found = _built(target)
    if found:
        return found
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=target.parent))
    try:
        r = subprocess.run(
            [*find_cli(), "compile", estimator, "--target", "c", "--out", str(tmp)],
            capture_output=True,
            text=True,
            env={**os.environ, "NO_COLOR": "1"},
        )
        if r.returncode != 0:
            msg = (r.stderr or r.stdout).strip() or f"exit {r.returncode}"
            raise AdvcError(f"advc compile {estimator} --target c failed:\n{msg}")
        try:
            os.rename(tmp, target)  # atomic; another process may have won the race, and its build is as good
        except OSError:
            if not _built(target):
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    found = _built(target)
    if not found:
        raise AdvcError(f"advc compile wrote no library in {target}")
    return found


def _built(folder):
    libs = sorted(folder.glob("lib*.so")) if folder.is_dir() else []
    return libs[0] if libs else None
