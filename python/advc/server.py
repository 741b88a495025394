"""``advc.serve``: run estimators in a long-lived ``advc serve`` process.

The server compiles each estimator once and keeps it, so a trainer pays the compilation once and then a
frame round trip per call. With ``backend="webgpu"`` the kernels run on the server's WebGPU device: that
is how a GPU machine serves a CPU trainer. The wire format is docs/serve-protocol.md.

    import advc
    with advc.serve(backend="cpu") as client:
        out = client.run("ktae", batch, epsilon=1e-6)
        out["advantages"]    # float32 [B, T], numpy (or torch, when the batch held torch tensors)

Standard library and numpy only; torch tensors are accepted and returned when torch is installed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import struct
import subprocess
import threading
import time
from collections import deque
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Sequence

import numpy as np

from . import AdvcError
from ._batch import is_tensor

__all__ = ["serve", "Client", "ServeError", "ServeInputError", "find_cli"]

_MAGIC = b"ADVC"
_PREFIX = struct.Struct("<4sIQ")
_ROLLOUT_FIELDS = ("index", "uid", "reward_baselines")
_INT_FIELDS = ("responses", "response_mask", "index", "uid")


class ServeError(AdvcError):
    """The server answered with an error frame (``code`` says what kind), or could not be reached."""

    def __init__(self, message: str, code: str = "server"):
        super().__init__(message)
        self.code = code


class ServeInputError(ServeError, ValueError):
    """The request was refused: the batch, a parameter or the estimator is wrong (the server stays up)."""


# ---------- locating and starting the server ----------


def find_cli() -> List[str]:
    """The command that runs advc: $ADVC_CLI, else this checkout's built CLI under node, else `advc` on PATH."""
    given = os.environ.get("ADVC_CLI")
    if given:
        return given.split()
    root = Path(__file__).resolve().parents[2]
    node = os.environ.get("ADVC_NODE") or shutil.which("node")
    for entry in ("dist/cli/main.js", "dist/runtime/cli.js"):
        if node and (root / entry).is_file():
            return [node, str(root / entry)]
    on_path = shutil.which("advc")
    if on_path:
        return [on_path]
    raise ServeError(
        "cannot find advc: build this checkout (npm run build), put `advc` on PATH (npm link), or set ADVC_CLI"
    )


@contextlib.contextmanager
def serve(
    backend: str = "webgpu",
    *,
    socket_path: Optional[str] = None,
    args: Sequence[str] = (),
    startup_timeout: float = 120.0,
) -> Iterator["Client"]:
    """Starts ``advc serve`` on a private Unix socket, yields a :class:`Client`, stops the server on exit.

    ``backend``: "webgpu", "cpu" or "auto". ``socket_path``: where to create the socket (default: a new
    private folder). ``args``: more ``advc serve`` options (``--max-batch-tokens`` ...).
    """
    if backend not in ("webgpu", "cpu", "auto"):
        raise ValueError(f"backend must be 'webgpu', 'cpu' or 'auto', not {backend!r}")
    cmd = find_cli() + ["serve", "--backend", backend, "--until-stdin-closes", *args]
    if socket_path is not None:
        cmd += ["--socket", socket_path]
    # stdin stays open while we live: if this process dies, the server sees it close and stops
    proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stderr_tail: deque = deque(maxlen=40)
    threading.Thread(target=_drain, args=(proc.stderr, stderr_tail), daemon=True).start()
    client = None
    try:
        address = _wait_ready(proc, stderr_tail, startup_timeout)
        client = Client(address)
        yield client
    finally:
        if client is not None:
            client.close()
        _stop(proc)


def _drain(stream, tail: deque) -> None:
    for line in iter(stream.readline, b""):
        tail.append(line.decode("utf-8", "replace").rstrip("\n"))
    stream.close()


def _wait_ready(proc: subprocess.Popen, stderr_tail: deque, timeout: float) -> str:
    result: Dict[str, str] = {}

    def read_first_line() -> None:
        result["line"] = proc.stdout.readline().decode("utf-8", "replace")

    reader = threading.Thread(target=read_first_line, daemon=True)
    reader.start()
    reader.join(timeout)
    line = result.get("line", "")
    marker = "listening on "
    if marker not in line:
        _stop(proc)
        why = "did not start in time" if reader.is_alive() else f"exited with code {proc.returncode}"
        detail = "\n".join(l for l in stderr_tail if not l.startswith("Warning: maxDynamic"))
        raise ServeError(f"advc serve {why}" + (f":\n{detail}" if detail else ""))
    threading.Thread(target=_drain, args=(proc.stdout, deque(maxlen=1)), daemon=True).start()
    return line.split(marker, 1)[1].split()[0]


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    if proc.stdin:
        with contextlib.suppress(OSError):
            proc.stdin.close()


# ---------- the client ----------


class Client:
    """A client of one server (``unix:PATH`` or ``tcp:HOST:PORT``). Thread-safe: each concurrent call gets a
    connection of its own, so several threads run requests at once."""

    def __init__(self, address: str, timeout: Optional[float] = None):
        self.address = address
        self.timeout = timeout
        self._idle: List[socket.socket] = []
        self._lock = threading.Lock()
        self._closed = False

    # -- requests --

    def run(self, estimator: str, batch: Dict[str, Any], *, outputs: Optional[Sequence[str]] = None, **params: Any) -> Dict[str, Any]:
        """Runs ``estimator`` (a stdlib name or a .adv path the server can read) on ``batch`` (verl field names;
        numpy arrays, torch CPU tensors or lists; string uids allowed) with ``params``. Returns float32 outputs
        ([B, T] token outputs, [B] rollout outputs) of the batch's kind: torch in, torch out."""
        if not isinstance(estimator, str) or not estimator:
            raise TypeError("estimator must be a stdlib name or the path to a .adv file")
        tensors, fields, as_torch = _encode_batch(batch)
        header: Dict[str, Any] = {
            "op": "run",
            "estimator": estimator,
            "params": {k: _param(k, v) for k, v in params.items()},
            "tensors": [{"name": n, "dtype": d, "shape": list(a.shape), "bytes": a.nbytes} for n, d, a in tensors],
        }
        if fields:
            header["fields"] = fields
        if outputs is not None:
            header["outputs"] = list(outputs)
        reply, payload = self._request(header, [a for _, _, a in tensors])
        out: Dict[str, Any] = {}
        offset = 0
        for t in reply.get("tensors", []):
            n = int(t["bytes"])
            arr = np.frombuffer(payload, dtype="<f4", count=n // 4, offset=offset).reshape(t["shape"])
            offset += n
            out[t["name"]] = _torch().from_numpy(arr) if as_torch else arr
        return out

    def list(self) -> List[Dict[str, Any]]:
        """The server's stdlib estimators: name, params (name, type, default), inputs and outputs."""
        return self._request({"op": "list"}, [])[0]["estimators"]

    def ping(self) -> Dict[str, Any]:
        """The server's version, backend, pid and how many estimators it has compiled and kept."""
        return self._request({"op": "ping"}, [])[0]

    # -- connections --

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for s in idle:
            s.close()

    def __enter__(self) -> "Client":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def _connect(self) -> socket.socket:
        kind, _, where = self.address.partition(":")
        try:
            if kind == "unix":
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.settimeout(self.timeout)
                s.connect(where)
            elif kind == "tcp":
                host, _, port = where.rpartition(":")
                s = socket.create_connection((host.strip("[]"), int(port)), timeout=self.timeout)
            else:
                raise ServeError(f"unknown server address {self.address!r}: expected unix:PATH or tcp:HOST:PORT")
        except OSError as e:
            raise ServeError(f"cannot connect to advc serve at {self.address}: {e}") from e
        return s

    def _request(self, header: Dict[str, Any], payload: List[np.ndarray]) -> "tuple[Dict[str, Any], bytearray]":
        with self._lock:
            if self._closed:
                raise ServeError("the client is closed")
            conn = self._idle.pop() if self._idle else None
        conn = conn or self._connect()
        try:
            _send_frame(conn, header, payload)
            reply, data = _recv_frame(conn)
        except BaseException:
            conn.close()  # a half-written or half-read frame leaves the stream unusable
            raise
        with self._lock:
            if self._closed:
                conn.close()
            else:
                self._idle.append(conn)
        if not reply.get("ok"):
            err = reply.get("error") or {}
            code = err.get("code", "server")
            cls = ServeError if code == "internal" else ServeInputError
            raise cls(err.get("message", "the server refused the request"), code)
        return reply, data


def _send_frame(conn: socket.socket, header: Dict[str, Any], payload: List[np.ndarray]) -> None:
    text = json.dumps(header, separators=(",", ":")).encode("utf-8")
    size = sum(a.nbytes for a in payload)
    conn.sendall(_PREFIX.pack(_MAGIC, len(text), size) + text)
    for a in payload:
        conn.sendall(memoryview(a).cast("B"))


def _recv_frame(conn: socket.socket) -> "tuple[Dict[str, Any], bytearray]":
    magic, header_len, payload_len = _PREFIX.unpack(_recv_exactly(conn, _PREFIX.size))
    if magic != _MAGIC:
        raise ServeError(f"the server's reply is not an advc frame (starts with {magic!r})")
    header = json.loads(_recv_exactly(conn, header_len).decode("utf-8"))
    return header, _recv_exactly(conn, payload_len)


def _recv_exactly(conn: socket.socket, n: int) -> bytearray:
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = conn.recv_into(view[got:], n - got)
        if k == 0:
            raise ServeError("advc serve closed the connection (did it stop?)")
        got += k
    return buf


# ---------- batches ----------


def _torch():
    import torch  # only reached when the batch held torch tensors

    return torch


def _param(name: str, v: Any) -> Any:
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, float, np.integer, np.floating)):
        return v.item() if isinstance(v, np.generic) else v
    raise TypeError(f"parameter {name!r} must be a number or a bool, not {type(v).__name__}")


def _encode_batch(batch: Dict[str, Any]):
    """The batch as (name, dtype, array) tensors, JSON fields (string uids), and whether it held torch tensors."""
    if not isinstance(batch, dict):
        raise TypeError(f"batch must be a dict of verl field names to arrays, not {type(batch).__name__}")
    tensors = []
    fields: Dict[str, Any] = {}
    as_torch = False
    for name, value in batch.items():
        if not isinstance(name, str):
            raise TypeError(f"batch field names must be strings, got {name!r}")
        if is_tensor(value):  # a subclass too: its device is checked before anything reads it
            as_torch = True
            if value.device.type != "cpu":
                raise ValueError(f"field {name!r} is a {value.device.type} tensor; move it to the CPU first (.cpu())")
            if value.is_floating_point() and value.dtype != _torch().float32:
                value = value.float()  # bfloat16 has no numpy dtype
            value = value.detach().numpy()
        arr = np.asarray(value)
        if name in ("index", "uid"):
            ids = _group_ids(name, arr)
            if ids is None:
                fields[name] = arr.tolist()  # let the server say what is wrong with it
                continue
            arr = ids
        elif arr.dtype.kind in "biu":
            arr = _to_int32(name, arr)
        elif arr.dtype.kind == "f":
            arr = arr.astype("<f4", copy=False)
        else:
            raise TypeError(f"field {name!r} must hold numbers, not {arr.dtype}")
        arr = np.ascontiguousarray(arr)
        tensors.append((name, "I32" if arr.dtype.kind == "i" else "F32", arr))
    return tensors, fields, as_torch


def _to_int32(name: str, arr: np.ndarray) -> np.ndarray:
    if arr.dtype.kind != "b" and arr.size and (arr.min() < -(2**31) or arr.max() > 2**31 - 1):
        bad = int(np.flatnonzero((arr < -(2**31)) | (arr > 2**31 - 1))[0])
        raise ValueError(f"field {name!r}: value {arr.flat[bad]} at element {bad} does not fit in int32")
    return arr.astype("<i4", copy=False)


def _group_ids(name: str, arr: np.ndarray) -> Optional[np.ndarray]:
    """Integer group ids as they are; strings or other objects (verl's uids) numbered by first appearance."""
    if arr.ndim != 1:
        return None
    if arr.dtype.kind in "iu" and (arr.size == 0 or (arr.min() >= -(2**31) and arr.max() <= 2**31 - 1)):
        return arr.astype("<i4", copy=False)
    if arr.dtype.kind == "O" and len({type(v) for v in arr.tolist()}) > 1:
        return None  # the server names the mix
    if arr.dtype.kind in "biuUSO":
        # only equality of ids matters, so renumbering keeps the groups
        seen: Dict[Any, int] = {}
        return np.fromiter((seen.setdefault(v, len(seen)) for v in arr.tolist()), dtype="<i4", count=arr.size)
    return None
