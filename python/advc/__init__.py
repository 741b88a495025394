"""advc from Python: compiled advantage estimators called in-process.

    import advc
    est = advc.load("ktae")                      # stdlib name or path to a .adv file
    out = est(batch, alpha=0.1)                   # dict of verl field names -> numpy / torch CPU
    out["advantages"]                            # float32 [B, T], same kind as the inputs

`advc.load` compiles the estimator once to a C shared library (`advc compile --target c`) and calls it
through ctypes; `advc.serve` talks to a running `advc serve`; `advc.verl.register` plugs an estimator
into verl's advantage-estimator registry.
"""

__version__ = "0.1.0"

__all__ = ["load", "serve", "AdvcError", "BatchError", "__version__"]


class AdvcError(Exception):
    """Any error advc reports: bad input, a failed compile, an error code from the library."""


class BatchError(AdvcError, ValueError):
    """A batch or parameter the estimator cannot run: a missing field, a wrong shape or dtype, a mask value
    other than 0/1, a non-finite reward, a CUDA tensor, an unknown parameter."""


def load(estimator, backend="cpu", **options):
    """Compile (once, cached by source hash) and load an estimator; returns a callable
    `est(batch, **params) -> dict`. See advc.loader.load."""
    from .loader import load as _load  # imported on call: numpy is needed only from here on

    return _load(estimator, backend=backend, **options)


def serve(*args, **kwargs):
    """Start `advc serve` and yield a client (a context manager). See advc.server.serve."""
    from .server import serve as _serve  # the serve client lives in its own module

    return _serve(*args, **kwargs)


def __getattr__(name):
    # `advc.verl` without importing verl (or the adapter) on `import advc`
    if name == "verl":
        import importlib

        return importlib.import_module(".verl", __name__)
    raise AttributeError(f"module 'advc' has no attribute {name!r}")
