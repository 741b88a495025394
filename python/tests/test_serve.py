"""advc.serve: every reference fixture through a live `advc serve` (cpu and webgpu), numpy and torch inputs,
string uids, concurrent clients, refused requests that leave the server up, and SIGTERM cleanup."""

import json
import os
import signal
import socket
import struct
import subprocess
import threading
import unittest
from pathlib import Path

import numpy as np

import advc
from advc.server import Client, ServeError, ServeInputError, find_cli

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted((ROOT / "test" / "fixtures").glob("*.json"))

try:
    import torch
except ImportError:  # torch is optional
    torch = None


def load_fixture(path):
    doc = json.loads(path.read_text())
    inputs = doc.get("inputs", doc)
    batch = {k: np.array(v) for k, v in inputs.items()}
    for k, v in batch.items():
        if v.dtype.kind == "f":
            batch[k] = v.astype(np.float32)
    return doc, batch


def judge(test, doc, batch, out):
    """test/fixtures/README.md: masked positions within 2e-4 + 2e-4|want| of the official value or an alternative."""
    mask = np.asarray(batch["response_mask"]).astype(bool)
    alts = {}
    for variant in doc["expected"].get("alternatives", []):
        for r, c, v in variant["values"]:
            alts.setdefault((r, c), []).append(v)
    for field in ("advantages", "returns"):
        got = np.asarray(out[field])
        want = np.asarray(doc["expected"][field], dtype=np.float32)
        test.assertEqual(got.shape, want.shape, f"{doc['name']} {field}")
        test.assertEqual(got.dtype, np.float32)
        ok = np.abs(got - want) <= 2e-4 + 2e-4 * np.abs(want)
        for r, c in zip(*np.nonzero(mask & ~ok)):
            if not any(abs(got[r, c] - a) <= 2e-4 + 2e-4 * abs(a) for a in alts.get((r, c), [])):
                test.fail(f"{doc['name']} {field}[{r},{c}]: got {got[r, c]}, want {want[r, c]}")


def gdpo_numpy(batch, comps, epsilon=1e-6):
    """verl's GDPO: a GRPO advantage per component (a group of one: mean 0, std 1), summed, masked-whitened."""
    index = np.asarray(batch["index"])
    mask = np.asarray(batch["response_mask"]).astype(np.float64)
    total = np.zeros(len(index))
    for r in comps:
        for g in np.unique(index):
            sel = index == g
            x = r[sel].astype(np.float64)
            mean, sd = (x.mean(), x.std(ddof=1)) if sel.sum() > 1 else (0.0, 1.0)
            total[sel] += np.where(x == mean, 0.0, (x - mean) / (sd + epsilon))
    tok = np.repeat(total[:, None], mask.shape[1], axis=1)
    n = mask.sum()
    mu = (tok * mask).sum() / n
    var = (((tok - mu) * mask) ** 2).sum() / (n - 1)
    return ((tok - mu) / np.sqrt(var + 1e-8) * mask).astype(np.float32)


class FixturesThroughServe:
    backend = None

    @classmethod
    def setUpClass(cls):
        cls.ctx = advc.serve(backend=cls.backend)
        cls.client = cls.ctx.__enter__()

    @classmethod
    def tearDownClass(cls):
        cls.ctx.__exit__(None, None, None)

    def test_every_fixture_numpy(self):
        self.assertGreaterEqual(len(FIXTURES), 6)
        for path in FIXTURES:
            doc, batch = load_fixture(path)
            with self.subTest(fixture=path.stem):
                judge(self, doc, batch, self.client.run(doc["estimator"], batch, **doc.get("params", {})))

    def test_every_fixture_torch_with_string_uids(self):
        if torch is None:
            self.skipTest("torch is not installed")
        for path in FIXTURES:
            doc, batch = load_fixture(path)
            tb = {k: torch.from_numpy(v) for k, v in batch.items() if k != "index"}
            tb["responses"] = tb["responses"].long()  # verl's dtypes
            tb["response_mask"] = tb["response_mask"].bool()
            uids = np.array([f"uid-{i}" for i in batch["index"]], dtype=object)
            with self.subTest(fixture=path.stem):
                out = self.client.run(doc["estimator"], {**tb, "uid": uids}, **doc.get("params", {}))
                self.assertIsInstance(out["advantages"], torch.Tensor)
                judge(self, doc, batch, {k: v.numpy() for k, v in out.items()})


class CpuServe(FixturesThroughServe, unittest.TestCase):
    backend = "cpu"

    def test_list_and_ping(self):
        self.assertEqual(self.client.ping()["backend"], "cpu")
        doc, batch = load_fixture(ROOT / "test" / "fixtures" / "grpo-small.json")
        before = self.client.ping()["compiled"]
        self.client.run("dr_grpo", batch)
        self.client.run("dr_grpo", batch, epsilon=1e-4)  # compiled once: parameters are uniforms
        self.assertEqual(self.client.ping()["compiled"], before + 1)
        names = {e["name"]: e for e in self.client.list()}
        self.assertIn("ktae", names)
        self.assertIn("epsilon", [p["name"] for p in names["grpo"]["params"]])

    def test_declared_fields(self):
        """gdpo's per-rollout components are fields it declares: passed like the standard ones, checked like them."""
        doc, batch = load_fixture(ROOT / "test" / "fixtures" / "grpo-small.json")
        B = batch["responses"].shape[0]
        rng = np.random.default_rng(7)
        comps = [rng.integers(0, 2, B).astype(np.float32), rng.integers(0, 4, B).astype(np.float32)]
        out = self.client.run("gdpo", dict(batch, gdpo_reward_0=comps[0], gdpo_reward_1=comps[1]), outputs=["advantages"])
        np.testing.assert_allclose(out["advantages"], gdpo_numpy(batch, comps), rtol=1e-4, atol=1e-4)
        with self.assertRaises(ServeInputError) as missing:
            self.client.run("gdpo", dict(batch, gdpo_reward_0=comps[0]))
        self.assertIn("gdpo_reward_1", str(missing.exception))
        with self.assertRaises(ServeInputError) as shape:
            self.client.run("gdpo", dict(batch, gdpo_reward_0=comps[0], gdpo_reward_1=comps[1][:-1]))
        self.assertIn("gdpo_reward_1", str(shape.exception))

    def test_outputs_selected(self):
        doc, batch = load_fixture(ROOT / "test" / "fixtures" / "ktae-small.json")
        out = self.client.run("ktae", batch, outputs=["advantages"])
        self.assertEqual(list(out), ["advantages"])
        self.assertIn("key_values", self.client.run("ktae", batch))

    def test_bad_requests_then_a_good_one(self):
        doc, batch = load_fixture(ROOT / "test" / "fixtures" / "grpo-small.json")
        bad_mask = dict(batch, response_mask=batch["response_mask"] * 2)
        with self.assertRaisesRegex(ServeInputError, r"field `response_mask` must hold only 0 or 1; got 2 at row 0, col 0"):
            self.client.run("grpo", bad_mask)
        rewards = batch["token_level_rewards"].copy()
        rewards[1, 2] = np.nan
        with self.assertRaisesRegex(ServeInputError, r"field `token_level_rewards` has a non-finite value NaN.* at row 1, col 2"):
            self.client.run("grpo", dict(batch, token_level_rewards=rewards))
        with self.assertRaisesRegex(ServeInputError, r"field `index` has shape \[\d+\]; expected \[\d+\]"):
            self.client.run("grpo", dict(batch, index=batch["index"][:-1]))
        with self.assertRaisesRegex(ServeInputError, r"grpo has no parameter 'epsilom'; did you mean 'epsilon'\?"):
            self.client.run("grpo", batch, epsilom=1.0)
        with self.assertRaisesRegex(ServeInputError, r"parameter 'norm_adv_by_std_in_grpo' of grpo is a bool"):
            self.client.run("grpo", batch, norm_adv_by_std_in_grpo=2)
        with self.assertRaisesRegex(ServeInputError, r"unknown estimator 'grpp'; did you mean 'grpo'\?"):
            self.client.run("grpp", batch)
        with self.assertRaisesRegex(ServeInputError, r"missing required field `responses`"):
            self.client.run("grpo", {k: v for k, v in batch.items() if k != "responses"})
        with self.assertRaisesRegex(ServeInputError, r"mixes strings and numbers"):
            self.client.run("grpo", dict(batch, index=np.array(["a", 1] * (len(batch["index"]) // 2), dtype=object)))
        with self.assertRaisesRegex(ValueError, r"does not fit in int32"):
            self.client.run("grpo", dict(batch, responses=batch["responses"].astype(np.int64) + 2**40))
        with self.assertRaisesRegex(TypeError, r"must be a dict"):
            self.client.run("grpo", [batch])
        judge(self, doc, batch, self.client.run("grpo", batch, **doc.get("params", {})))

    def test_garbage_and_oversized_frames(self):
        path = self.client.address.split(":", 1)[1]
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(path)
            s.sendall(b"GET / HTTP/1.1\r\n\r\n")
            header = read_frame(s)
            self.assertFalse(header["ok"])
            self.assertIn("not an advc frame", header["error"]["message"])
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(path)
            body = json.dumps({"op": "ping", "id": 5}).encode()
            s.sendall(struct.pack("<4sIQ", b"ADVC", 3, 0) + b"{{{")  # not JSON: answered, skipped
            s.sendall(struct.pack("<4sIQ", b"ADVC", len(body), 0) + body)
            self.assertIn("not UTF-8 JSON", read_frame(s)["error"]["message"])
            self.assertEqual(read_frame(s)["id"], 5)
        doc, batch = load_fixture(ROOT / "test" / "fixtures" / "grpo-small.json")
        judge(self, doc, batch, self.client.run("grpo", batch))

    def test_safetensors_frame(self):
        """A client that speaks the protocol directly, with a safetensors payload and JSON string uids."""
        doc, batch = load_fixture(ROOT / "test" / "fixtures" / "grpo-small.json")
        tensors = [("responses", "I32", batch["responses"].astype("<i4")), ("response_mask", "I32", batch["response_mask"].astype("<i4")),
                   ("token_level_rewards", "F32", batch["token_level_rewards"].astype("<f4"))]
        meta, offset = {}, 0
        for name, dtype, a in tensors:
            meta[name] = {"dtype": dtype, "shape": list(a.shape), "data_offsets": [offset, offset + a.nbytes]}
            offset += a.nbytes
        head = json.dumps(meta).encode()
        head += b" " * (-len(head) % 8)
        payload = struct.pack("<Q", len(head)) + head + b"".join(a.tobytes() for _, _, a in tensors)
        header = json.dumps({"op": "run", "id": "st", "estimator": "grpo", "format": "safetensors",
                             "fields": {"uid": [f"p{g}" for g in batch["index"].tolist()]}}).encode()
        with socket.socket(socket.AF_UNIX) as s:
            s.connect(self.client.address.split(":", 1)[1])
            s.sendall(struct.pack("<4sIQ", b"ADVC", len(header), len(payload)) + header + payload)
            reply, data = read_frame(s, with_payload=True)
        self.assertTrue(reply["ok"], reply)
        self.assertEqual(reply["id"], "st")
        out, at = {}, 0
        for t in reply["tensors"]:
            out[t["name"]] = np.frombuffer(data, "<f4", t["bytes"] // 4, at).reshape(t["shape"])
            at += t["bytes"]
        judge(self, doc, batch, out)

    def test_concurrent_clients(self):
        cases = [load_fixture(p) for p in FIXTURES]
        errors = []

        def work(k):
            try:
                with Client(self.client.address) as own:
                    for i in range(3):
                        doc, batch = cases[(k + i) % len(cases)]
                        judge(self, doc, batch, own.run(doc["estimator"], batch, **doc.get("params", {})))
                        # the shared client hands each thread a connection of its own
                        judge(self, doc, batch, self.client.run(doc["estimator"], batch, **doc.get("params", {})))
            except BaseException as e:  # reported below, in the test's thread
                errors.append(e)

        threads = [threading.Thread(target=work, args=(k,)) for k in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if errors:
            raise errors[0]


class WebGpuServe(FixturesThroughServe, unittest.TestCase):
    backend = "webgpu"


def read_frame(s, with_payload=False):
    def exactly(n):
        buf = b""
        while len(buf) < n:
            chunk = s.recv(n - len(buf))
            if not chunk:
                raise EOFError
            buf += chunk
        return buf

    magic, hlen, plen = struct.unpack("<4sIQ", exactly(16))
    header = json.loads(exactly(hlen))
    payload = exactly(plen)
    return (header, payload) if with_payload else header


class Lifecycle(unittest.TestCase):
    def start(self, *args):
        proc = subprocess.Popen(find_cli() + ["serve", "--backend", "cpu", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        line = proc.stdout.readline().decode()
        self.assertIn("listening on unix:", line, proc.stderr.read().decode() if proc.poll() is not None else line)
        return proc, line.split("listening on ", 1)[1].split()[0].split(":", 1)[1]

    def stop(self, proc, signalled=False):
        if not signalled:
            proc.terminate()
        code = proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
        return code

    def test_sigterm_removes_the_socket_and_its_folder(self):
        proc, path = self.start()
        st = os.stat(path)
        self.assertEqual(st.st_mode & 0o777, 0o600)
        self.assertEqual(os.stat(os.path.dirname(path)).st_mode & 0o777, 0o700)
        doc, batch = load_fixture(ROOT / "test" / "fixtures" / "grpo-small.json")
        with Client(f"unix:{path}") as c:
            judge(self, doc, batch, c.run("grpo", batch))
            proc.send_signal(signal.SIGTERM)
            self.assertEqual(self.stop(proc, signalled=True), 0)
        self.assertFalse(os.path.exists(path))
        self.assertFalse(os.path.exists(os.path.dirname(path)))

    def test_frame_and_batch_limits(self):
        proc, path = self.start("--max-frame-mb", "1", "--max-batch-tokens", "4096")
        try:
            with Client(f"unix:{path}") as c:
                doc, batch = load_fixture(ROOT / "test" / "fixtures" / "ktae-small.json")
                for copies, why in ((64, r"frame of \d+ bytes is over the server's limit of 1048576"), (8, r"16384 tokens .* over the server's limit of 4096")):
                    big = {k: np.concatenate([v] * copies) for k, v in batch.items()}
                    with self.assertRaisesRegex(ServeInputError, why) as cm:
                        c.run("ktae", big)
                    self.assertEqual(cm.exception.code, "too_large")
                judge(self, doc, batch, c.run("ktae", batch, **doc.get("params", {})))
        finally:
            self.stop(proc)

    def test_where_it_may_listen(self):
        for args, why in (
            (["--tcp", "0.0.0.0:0"], "loopback only"),
            (["--socket", "/tmp/advc-test.sock"], "writable by other users"),
            (["--socket", "x.sock", "--tcp", "0"], "not both"),
        ):
            r = subprocess.run(find_cli() + ["serve", "--backend", "cpu", *args], capture_output=True, text=True, timeout=60)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertIn(why, r.stderr)
        proc = subprocess.Popen(find_cli() + ["serve", "--backend", "cpu", "--tcp", "0"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        try:
            address = proc.stdout.readline().decode().split("listening on ", 1)[1].split()[0]
            self.assertTrue(address.startswith("tcp:127.0.0.1:"), address)
            doc, batch = load_fixture(ROOT / "test" / "fixtures" / "grpo-small.json")
            with Client(address) as c:
                judge(self, doc, batch, c.run("grpo", batch))
        finally:
            self.stop(proc)

    def test_context_manager_stops_the_server(self):
        with advc.serve(backend="cpu") as c:
            pid = c.ping()["pid"]
            path = c.address.split(":", 1)[1]
        self.assertFalse(os.path.exists(path))
        with self.assertRaises(ProcessLookupError):
            os.kill(pid, 0)
        with self.assertRaises(ServeError):
            c.ping()


if __name__ == "__main__":
    unittest.main()
