"""`advc.load`: an estimator's C library (`advc compile --target c`, built once and cached) called in-process
through ctypes. See the README's "Python" section."""

import ctypes
import difflib
import json
import threading

import numpy as np

from . import AdvcError, BatchError, _build
from ._batch import as_float32, as_int32, group_ids, is_tensor, param_value, to_numpy, torch_module

_ERROR_BYTES = 1024
# the C library's return codes (its header's ADVC_ERR_*): input and parameter errors are the caller's
_BAD_INPUT = (1, 2)

_libraries = {}
_libraries_lock = threading.Lock()


def load(estimator, backend="cpu", threads=None):
    """Compile (once; cached by source hash) and load an estimator given by stdlib name or .adv path.

    Returns an Estimator: `est(batch, **params) -> dict` of outputs. `threads`: threads per call (default:
    every core). Only the CPU runs in-process; a GPU is reached through `advc.serve(backend="webgpu")`.
    """
    if backend != "cpu":
        raise AdvcError(f"advc.load runs estimators on the CPU (backend='cpu'), not {backend!r}; for a GPU use advc.serve(backend='webgpu')")
    if not isinstance(estimator, str):
        raise TypeError(f"estimator must be a stdlib name or a .adv path, not {type(estimator).__name__}")
    path = _build.library(estimator)
    with _libraries_lock:
        lib = _libraries.get(path)
        if lib is None:
            lib = _libraries[path] = _Library(path)
    return Estimator(lib, threads)


class _Library:
    """A loaded library and its ABI's functions."""

    def __init__(self, path):
        self.path = path
        self.dll = ctypes.CDLL(str(path))  # CDLL releases the GIL during calls: threads run in parallel
        name = path.name[3:-3]  # lib<name>.so
        info = getattr(self.dll, f"advc_{name}_info")
        info.restype = ctypes.c_char_p
        self.info = json.loads(info().decode())
        if self.info.get("abi") != _build.ABI:
            raise AdvcError(f"{path}: C ABI {self.info.get('abi')}, this package speaks {_build.ABI}: rebuild it")
        self.run = getattr(self.dll, f"advc_{name}_run")
        self.run.restype = ctypes.c_int
        vp = ctypes.c_void_p
        self.run.argtypes = [ctypes.c_int32, ctypes.c_int32, vp, vp, vp, ctypes.c_int32, vp, ctypes.c_char_p, ctypes.c_size_t]
        self.ws_new = getattr(self.dll, f"advc_{name}_workspace_new")
        self.ws_new.restype = vp
        self.ws_free = getattr(self.dll, f"advc_{name}_workspace_free")
        self.ws_free.argtypes = [vp]


class Estimator:
    """A loaded estimator. Call it on a batch: `est(batch, out=None, **params) -> dict`.

    batch: a dict of verl field names (`responses`, `response_mask`, `token_level_rewards`, `index` or `uid`,
    `values`, ...) to numpy arrays or torch CPU tensors, [B, T] per token and [B] per rollout; other fields are
    ignored. `index` may hold ints, strings or other hashable ids. Outputs are float32 arrays ([B, T] or [B])
    of the inputs' kind: torch tensors when any input is one. `out`: a dict of output arrays to write into
    (float32, C-contiguous, the right shape), reused from call to call. `outputs`: the names wanted (default
    all; the others are not returned and cost no fresh memory). Outputs with the same values
    (`returns` of GRPO is its `advantages`) are one array, as in verl. Calls from several threads at once are
    safe.
    """

    def __init__(self, lib, threads=None):
        self._lib = lib
        info = lib.info
        self.name = info["name"]
        self.inputs = [i["name"] for i in info["inputs"]]
        self.params = {p["name"]: (bool(p["default"]) if p["type"] == "bool" else p["default"]) for p in info["params"]}
        self.outputs = [o["name"] for o in info["outputs"]]
        self._info = info
        self._threads = 0 if threads is None else int(threads)
        self._pool = []  # workspaces not in use; a call takes one (or makes one) and gives it back

    def __repr__(self):
        return f"<advc estimator {self.name}: inputs {', '.join(self.inputs)}; outputs {', '.join(self.outputs)}>"

    def __del__(self):
        pool, self._pool = getattr(self, "_pool", []), []
        for ws in pool:
            self._lib.ws_free(ws)

    def _params(self, given):
        decls = {p["name"]: p for p in self._info["params"]}
        values = [float(p["default"]) for p in self._info["params"]]
        for k, v in given.items():
            if k not in decls:
                near = difflib.get_close_matches(k, decls, n=1)
                known = f"its parameters: {', '.join(decls)}" if decls else "it has no parameters"
                raise BatchError(f"{self.name} has no parameter '{k}'" + (f"; did you mean '{near[0]}'?" if near else "") + f" ({known})")
            values[list(decls).index(k)] = param_value(self.name, k, v, decls[k])
        return values

    def _arrays(self, batch):
        """The library's inputs in ABI order, B, T, and whether the batch is made of torch tensors."""
        if not hasattr(batch, "keys") or not hasattr(batch, "__getitem__"):
            raise BatchError(f"a batch must be a dict of named fields, not {type(batch).__name__}")
        fields = dict(batch.items())
        if "index" not in fields and "uid" in fields:
            fields["index"] = fields["uid"]  # verl's name for the group ids
        for x in self._info["inputs"]:
            alias = next((a for a in x.get("aliases", ()) if a in fields), None)
            if x["name"] not in fields and alias:
                fields[x["name"]] = fields[alias]
        torch_in = any(is_tensor(v) for v in fields.values())
        fills = {x["name"]: x["fill"] for x in self._info["inputs"] if "fill" in x}
        missing = [n for n in self.inputs if n not in fields and n not in fills]
        if missing:
            have = ", ".join(fields) or "none"
            raise BatchError(f"the batch has no field {', '.join(f'`{m}`' for m in missing)}, which {self.name} reads (the batch has: {have})")
        arrays = {}
        for x in self._info["inputs"]:
            if x["domain"] == "token" and x["name"] in fields:
                a = arrays[x["name"]] = to_numpy(x["name"], fields[x["name"]])
                if a.ndim != 2:
                    raise BatchError(f"field `{x['name']}` must be a [B, T] array; got shape {list(a.shape)}")
        if not arrays:
            raise BatchError(f"{self.name} reads no token field, so the batch's T is unknown")
        # B and T from the first of verl's main fields, as `advc run` takes them from `responses`
        first = next(n for n in ("responses", "response_mask", "token_level_rewards", *arrays) if n in arrays)
        B, T = arrays[first].shape
        if B == 0 or T == 0:
            raise BatchError(f"empty batch: `{first}` has shape {[B, T]}")
        out = []
        for x in self._info["inputs"]:
            n = x["name"]
            if n == "index":
                out.append(group_ids(fields[n], B))
                continue
            want = (B, T) if x["domain"] == "token" else (B,)
            if n not in fields:  # an optional field the batch lacks: every element takes its fill value
                out.append(np.full(want, fills[n], dtype=np.float32))
                continue
            a = arrays[n] if n in arrays else to_numpy(n, fields[n])
            if a.shape != want:
                raise BatchError(f"field `{n}` has shape {list(a.shape)}; expected {list(want)} like `{first}`")
            out.append(as_int32(n, a, mask=n == "response_mask") if x["dtype"] == "int32" else as_float32(n, a))
        assert all(a.flags.c_contiguous for a in out)  # the library reads them row-major
        return out, B, T, torch_in

    def _outputs(self, B, T, given, wanted):
        """The output arrays (numpy), one per distinct value; the pointers the library writes through (None for
        an output not wanted: the library keeps it in its workspace)."""
        given = given or {}
        unknown = [k for k in [*given, *(wanted or ())] if k not in self.outputs]
        if unknown:
            raise BatchError(f"{self.name} has no output '{unknown[0]}' (outputs: {', '.join(self.outputs)})")
        arrays, pointers = {}, []
        for o in self._info["outputs"]:
            n = o["name"]
            want = (B, T) if o["domain"] == "token" else (B,)
            if wanted is not None and n not in wanted and n not in given:
                pointers.append(None)
                continue
            if n in given:
                a = to_numpy(n, given[n])
                if a.dtype != np.float32 or a.shape != want or not a.flags.c_contiguous or not a.flags.writeable:
                    raise BatchError(f"out['{n}'] must be a writeable C-contiguous float32 array of shape {list(want)}; got {a.dtype} {list(a.shape)}")
                arrays[n] = a
            elif o.get("same_as") and o["same_as"] in arrays:
                arrays[n] = arrays[o["same_as"]]  # one array for one value, as verl returns it
                pointers.append(None)
                continue
            else:
                arrays[n] = np.empty(want, dtype=np.float32)
            pointers.append(arrays[n].ctypes.data)
        return arrays, pointers

    def __call__(self, batch, out=None, outputs=None, **params):
        inputs, B, T, torch_in = self._arrays(batch)
        p = self._params(params)
        arrays, pointers = self._outputs(B, T, out, None if outputs is None else set(outputs))
        c_in = (ctypes.c_void_p * len(inputs))(*[a.ctypes.data for a in inputs])
        c_params = (ctypes.c_double * max(1, len(p)))(*p)
        c_out = (ctypes.c_void_p * len(pointers))(*pointers)
        error = ctypes.create_string_buffer(_ERROR_BYTES)
        lib = self._lib
        try:
            ws = self._pool.pop()
        except IndexError:
            ws = lib.ws_new()
            if not ws:
                raise MemoryError("advc: out of memory for a workspace")
        try:
            rc = lib.run(B, T, c_in, c_params, c_out, self._threads, ws, error, _ERROR_BYTES)
        finally:
            self._pool.append(ws)
        if rc:
            msg = error.value.decode(errors="replace")
            raise (BatchError if rc in _BAD_INPUT else AdvcError)(f"{self.name}: {msg}")
        torch = torch_module() if torch_in else None
        result = {}
        for o in self._info["outputs"]:
            n = o["name"]
            if out and n in out:
                result[n] = out[n]  # the caller's array or tensor, as given
            elif n not in arrays:
                continue  # not wanted
            elif o.get("same_as") in result:
                result[n] = result[o["same_as"]]  # one object for one value
            else:
                result[n] = torch.from_numpy(arrays[n]) if torch else arrays[n]
        return result
