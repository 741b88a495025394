"""Turning a batch of numpy arrays or torch CPU tensors into the C library's arrays: int32 and float32,
C-contiguous, [B, T] or [B]. Arrays that already fit are used in place (no copy); every conversion that could
change a value (a mask of 0.5, a token id beyond int32, a float index) is refused with a clear message instead."""

import numbers
import sys

import numpy as np

from . import BatchError

_INT32 = np.iinfo(np.int32)


def torch_module():
    try:
        import torch
    except ImportError:  # torch is optional
        return None
    return torch


def is_tensor(x):
    torch = sys.modules.get("torch")  # a tensor exists only once torch is imported
    return torch is not None and isinstance(x, torch.Tensor)


def to_numpy(name, x):
    """A field as a numpy array, sharing memory with a CPU tensor or an array."""
    if is_tensor(x):
        if x.device.type != "cpu":
            raise BatchError(f"field `{name}` is on {x.device}; advc.load runs on the CPU: pass `{name}.cpu()`")
        x = x.detach()
        if x.dtype.is_floating_point and x.element_size() < 4:  # bfloat16 / float16: numpy has no bfloat16
            x = x.float()
        return x.numpy()
    if isinstance(x, np.ndarray):
        return x
    try:
        return np.asarray(x)
    except (ValueError, TypeError) as e:
        raise BatchError(f"field `{name}` is not an array: {e}") from None


def _where(a, bad):
    at = np.argwhere(bad)[0]
    return "row " + str(at[0]) + (f", col {at[1]}" if len(at) > 1 else "")


def as_int32(name, a, mask=False):
    if a.dtype == np.int32:
        return np.ascontiguousarray(a)
    if a.dtype == np.bool_:
        return np.ascontiguousarray(a, dtype=np.int32)
    if np.issubdtype(a.dtype, np.integer):
        if a.size and (a.min() < _INT32.min or a.max() > _INT32.max):
            bad = (a < _INT32.min) | (a > _INT32.max)
            raise BatchError(f"field `{name}` value {a[tuple(np.argwhere(bad)[0])]} at {_where(a, bad)} does not fit in int32")
        return np.ascontiguousarray(a, dtype=np.int32)
    if np.issubdtype(a.dtype, np.floating):
        bad = ~((a == 0) | (a == 1)) if mask else ~(np.isfinite(a) & (a == np.floor(a)))
        if bad.any():
            want = "only 0 or 1" if mask else "integers"
            raise BatchError(f"field `{name}` must hold {want}; got {a[tuple(np.argwhere(bad)[0])]} at {_where(a, bad)}")
        return as_int32(name, a.astype(np.int64), mask)
    raise BatchError(f"field `{name}` must hold integers; got dtype {a.dtype}")


def as_float32(name, a):
    if a.dtype == np.float32:
        return np.ascontiguousarray(a)
    if np.issubdtype(a.dtype, np.floating) or np.issubdtype(a.dtype, np.integer) or a.dtype == np.bool_:
        with np.errstate(over="ignore"):  # a value beyond float32 becomes inf, which the library reports
            return np.ascontiguousarray(a, dtype=np.float32)
    raise BatchError(f"field `{name}` must hold numbers; got dtype {a.dtype}")


def group_ids(x, B):
    """verl's `index` / `uid` as int32 group ids: integers as given when they fit, anything else (strings,
    objects, wide integers) numbered by first appearance, as verl's dict of uids and `advc run` number them.
    Only equality matters: the library numbers groups by first appearance itself."""
    if is_tensor(x) or isinstance(x, np.ndarray):
        a = to_numpy("index", x)
        if a.ndim != 1 or a.shape[0] != B:
            raise BatchError(f"field `index` has shape {list(a.shape)}; expected [{B}] (one per row of the batch)")
        if a.dtype == np.int32:
            return np.ascontiguousarray(a)
        if np.issubdtype(a.dtype, np.integer) or a.dtype == np.bool_:
            if a.size and a.min() >= _INT32.min and a.max() <= _INT32.max:
                return np.ascontiguousarray(a, dtype=np.int32)
            values = a.tolist()
        elif np.issubdtype(a.dtype, np.floating):
            bad = ~(np.isfinite(a) & (a == np.floor(a)))
            if bad.any():
                raise BatchError(f"field `index` must hold integers or strings (group ids); got {a[bad][0]} at {_where(a, bad)}")
            values = a.astype(np.int64).tolist()
        else:
            values = a.tolist()  # strings or objects
    else:
        try:
            values = list(x)
        except TypeError:
            raise BatchError(f"field `index` must be a sequence of group ids; got {type(x).__name__}") from None
        if len(values) != B:
            raise BatchError(f"field `index` has {len(values)} entries; expected {B} (one per row of the batch)")
    kinds = {isinstance(v, str) for v in values}
    if len(kinds) > 1:
        raise BatchError("field `index` mixes strings and numbers; use one kind of group id")
    ids = {}
    out = np.empty(B, dtype=np.int32)
    for r, v in enumerate(values):
        if isinstance(v, float) and not v.is_integer():
            raise BatchError(f"field `index` must hold integers or strings (group ids); got {v} at row {r}")
        try:
            out[r] = ids.setdefault(v, len(ids))
        except TypeError:  # an unhashable id (a list, ...)
            raise BatchError(f"field `index` holds an unhashable id {type(v).__name__} at row {r}") from None
    return out


def param_value(est, name, v, decl):
    """A parameter as the double the library takes (the library checks its range, worded as advc run words it)."""
    if is_tensor(v):
        if v.numel() != 1:
            raise BatchError(f"parameter '{name}' of {est} must be a scalar")
        v = v.item()
    if isinstance(v, np.generic):
        v = v.item()
    kind = decl["type"]
    if kind == "bool":
        if isinstance(v, bool) or v in (0, 1):
            return float(bool(v))
        raise BatchError(f"parameter '{name}' of {est} is a bool: use True or False, not {v!r}")
    if isinstance(v, bool) or not isinstance(v, numbers.Real):
        raise BatchError(f"parameter '{name}' of {est} expects a number, got {v!r}")
    return float(v)
