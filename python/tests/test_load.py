import threading
import unittest

import numpy as np

import advc
from fixtures import failures, fixtures, numpy_batch, stdlib_estimators

try:
    import torch
except ImportError:  # the torch cases need python3-torch
    torch = None

FIXTURES = fixtures()
KNOWN = stdlib_estimators()


def torch_batch(doc):
    """As verl holds it: int64 ids and mask, float32 rewards, string uids."""
    b = {}
    for k, v in numpy_batch(doc).items():
        if k == "index":
            b["uid"] = [f"prompt-{i}" for i in v]
        elif v.dtype == np.int32:
            b[k] = torch.from_numpy(v.astype(np.int64))
        else:
            b[k] = torch.from_numpy(v)
    return b


class FixtureTest(unittest.TestCase):
    def test_fixtures_numpy_and_torch(self):
        judged = 0
        for name, doc in sorted(FIXTURES.items()):
            with self.subTest(fixture=name):
                if doc["estimator"] not in KNOWN:
                    self.skipTest(f"the stdlib has no estimator {doc['estimator']} (yet)")
                est = advc.load(doc["estimator"])
                got = est(numpy_batch(doc), **doc["params"])
                self.assertEqual(failures(doc, got), [])
                self.assertIsInstance(got["advantages"], np.ndarray)
                self.assertEqual(got["advantages"].dtype, np.float32)
                if torch is not None:
                    t = est(torch_batch(doc), **doc["params"])
                    self.assertIsInstance(t["advantages"], torch.Tensor)
                    self.assertEqual(t["advantages"].dtype, torch.float32)
                    # the same bits from int64 tensors and string uids as from int32 arrays
                    for k in got:
                        self.assertTrue(np.array_equal(t[k].numpy(), got[k], equal_nan=True), k)
                judged += 1
        self.assertGreaterEqual(judged, 10)


class BatchTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.doc = FIXTURES["ktae-small"]
        cls.est = advc.load("ktae")
        cls.grpo = advc.load("grpo")

    def batch(self):
        return numpy_batch(self.doc)

    def test_outputs(self):
        out = self.est(self.batch())
        B, T = np.asarray(self.doc["inputs"]["responses"]).shape
        self.assertEqual(sorted(out), ["advantages", "key_values", "returns"])
        self.assertEqual(out["advantages"].shape, (B, T))
        self.assertIs(out["returns"], out["advantages"])  # one value, one array, as verl returns it

    def test_index_kinds_agree(self):
        b = self.batch()
        want = self.est(b)["advantages"]
        ids = b["index"]
        for index in (ids.astype(np.int64) + 2**40, [f"u{i}" for i in ids], np.array([f"u{i}" for i in ids], dtype=object), [(i, "x") for i in ids], ids.astype(np.float64)):
            got = self.est({**b, "index": index})["advantages"]
            self.assertTrue(np.array_equal(got, want))

    def test_dtypes_converted_and_non_contiguous(self):
        b = self.batch()
        want = self.est(b)["advantages"]
        wide = {k: np.asfortranarray(v.astype(np.int64 if v.dtype == np.int32 else np.float64)) for k, v in b.items()}
        wide["response_mask"] = b["response_mask"].astype(bool)
        self.assertTrue(np.array_equal(self.est(wide)["advantages"], want))

    def test_out_buffers(self):
        b = self.batch()
        want = self.est(b)
        bufs = {"advantages": np.zeros_like(want["advantages"]), "key_values": np.zeros_like(want["key_values"])}
        got = self.est(b, out=bufs)
        self.assertIs(got["advantages"], bufs["advantages"])
        self.assertIs(got["returns"], bufs["advantages"])
        self.assertTrue(np.array_equal(bufs["key_values"], want["key_values"]))
        with self.assertRaisesRegex(advc.BatchError, "out\\['advantages'\\] must be"):
            self.est(b, out={"advantages": np.zeros((2, 2), np.float32)})

    def test_outputs_wanted(self):
        b = self.batch()
        full = self.est(b)
        only = self.est(b, outputs=["returns"])
        self.assertEqual(sorted(only), ["returns"])
        self.assertTrue(np.array_equal(only["returns"], full["returns"]))
        kv = self.est(b, outputs=["key_values"])
        self.assertEqual(sorted(kv), ["key_values"])
        self.assertTrue(np.array_equal(kv["key_values"], full["key_values"]))
        with self.assertRaisesRegex(advc.BatchError, "no output 'keys'"):
            self.est(b, outputs=["keys"])

    def test_params(self):
        b = self.batch()
        self.assertFalse(np.array_equal(self.est(b, alpha=0.0)["advantages"], self.est(b)["advantages"]))
        with self.assertRaisesRegex(advc.BatchError, "no parameter 'alpah'; did you mean 'alpha'"):
            self.est(b, alpah=1.0)
        for value, problem in [
            ({"zero_token_id": 1.5}, "parameter 'zero_token_id' of ktae is an int: '1.5' is not a whole number"),
            ({"zero_token_id": 1e12}, "parameter 'zero_token_id' of ktae is an int: '1e\\+12' is outside int32's range -2147483648..2147483647"),
            ({"alpha": float("nan")}, "parameter 'alpha' of ktae expects a finite number, got 'nan'"),
            ({"alpha": 1e40}, "parameter 'alpha' of ktae is a float: '1e\\+40' is outside float32's range \\(about \u00b13.4e38\\)"),
        ]:
            with self.assertRaisesRegex(advc.BatchError, problem):
                self.est(b, **value)
        with self.assertRaisesRegex(advc.BatchError, "is a bool"):
            self.grpo(b, norm_adv_by_std_in_grpo=2)
        g = self.grpo(b, norm_adv_by_std_in_grpo=False)["advantages"]
        self.assertFalse(np.array_equal(g, self.grpo(b)["advantages"]))

    def test_bad_inputs(self):
        b = self.batch()
        cases = [
            ({k: v for k, v in b.items() if k != "responses"}, "no field `responses`"),
            ({**b, "response_mask": b["response_mask"] * 2}, "must hold only 0 or 1; got 2 at row"),
            ({**b, "response_mask": b["response_mask"] * 0.5}, "must hold only 0 or 1"),
            ({**b, "token_level_rewards": np.where(b["response_mask"] > 0, np.nan, 0).astype(np.float32)}, "non-finite value nan at row 0, col 0"),
            ({**b, "token_level_rewards": np.full(b["responses"].shape, 1e39)}, "non-finite value inf"),
            ({**b, "responses": b["responses"][:, :-1]}, "has shape"),
            ({**b, "index": b["index"][:-1]}, "expected \\["),
            ({**b, "index": [1] + ["a"] * (len(b["index"]) - 1)}, "mixes strings and numbers"),
            ({**b, "index": b["index"] + 0.5}, "integers or strings"),
            ({**b, "responses": b["responses"].astype(np.int64) + 2**40}, "does not fit in int32"),
            ({**b, "responses": b["responses"].astype(str)}, "must hold integers"),
            ({**b, "responses": b["responses"][:0]}, "empty batch"),
            ({**b, "responses": b["responses"][0]}, "must be a \\[B, T\\] array"),
        ]
        for batch, message in cases:
            with self.subTest(message=message):
                with self.assertRaisesRegex(advc.BatchError, message):
                    self.est(batch)
        with self.assertRaisesRegex(advc.BatchError, "must be a dict"):
            self.est([1, 2])

    @unittest.skipIf(torch is None, "needs torch")
    def test_torch_cuda_tensor_refused(self):
        """A tensor on a GPU is refused by its device before anything reads it: a stand-in that says it is on
        cuda:0 (this machine has none) and fails on every torch operation, and meta tensors (no memory at all)."""

        class OnCuda(torch.Tensor):
            @property
            def device(self):
                return torch.device("cuda", 0)

            @classmethod
            def __torch_function__(cls, func, types, args=(), kwargs=None):
                raise AssertionError(f"{getattr(func, '__name__', func)} touched the memory of a CUDA tensor")

        def on_cuda(t):
            return t.as_subclass(OnCuda)

        b = torch_batch(self.doc)
        B, T = b["responses"].shape
        for field, value, where in [
            ("responses", on_cuda(b["responses"]), "responses"),
            ("token_level_rewards", on_cuda(b["token_level_rewards"]), "token_level_rewards"),
            ("uid", on_cuda(torch.arange(B)), "index"),
            ("response_mask", torch.ones(B, T, dtype=torch.int64, device="meta"), "response_mask"),
        ]:
            with self.subTest(field=field):
                device = "meta" if value.device.type == "meta" else "cuda:0"
                with self.assertRaisesRegex(advc.BatchError, f"field `{where}` is on {device}; advc.load runs on the CPU: pass `{where}.cpu\\(\\)`"):
                    self.est({**b, field: value})
        with self.assertRaisesRegex(advc.BatchError, "field `advantages` is on cuda:0"):
            self.est(b, out={"advantages": on_cuda(torch.zeros(B, T))})
        # the serve client checks the device before it encodes a frame
        from advc.server import _encode_batch

        with self.assertRaisesRegex(ValueError, "field 'responses' is a cuda tensor; move it to the CPU first"):
            _encode_batch({**b, "responses": on_cuda(b["responses"])})

    def test_threads_share_one_estimator(self):
        b = self.batch()
        want = self.est(b)["advantages"]
        scaled = {**b, "token_level_rewards": b["token_level_rewards"] * 3}
        want3 = self.est(scaled)["advantages"]
        errors = []

        def work(batch, expect):
            for _ in range(20):
                if not np.array_equal(self.est(batch)["advantages"], expect):
                    errors.append("mixed results")

        threads = [threading.Thread(target=work, args=(b, want) if i % 2 else (scaled, want3)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(errors, [])

    def test_adv_file(self):
        import os
        import tempfile

        src = """
fn score() = sum(token_level_rewards)
estimator centered(scale = 1.0) {
  let s = score()
  advantages = scale * (s - mean(s)) * response_mask
}
"""
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "centered.adv")
            with open(path, "w") as f:
                f.write(src)
            b = self.batch()
            got = advc.load(path)(b, scale=2.0)["advantages"]
            s = (b["token_level_rewards"] * b["response_mask"]).sum(1)
            ids = b["index"]
            mean = np.array([s[ids == i].mean() for i in ids], dtype=np.float32)
            want = 2.0 * (s - mean)[:, None] * b["response_mask"]
            self.assertTrue(np.allclose(got, want, atol=1e-4))
            with open(path, "w") as f:
                f.write(src.replace("mean(s)", "mean(q)"))
            with self.assertRaisesRegex(advc.AdvcError, "centered.adv:5:"):
                advc.load(path)

    def test_fold_range_limit(self):
        """A fold over a data-dependent range of more than 2^20 values is refused by the C library, worded as
        every runner words it (test/folds.test.ts has the same estimator)."""
        import os
        import re
        import tempfile

        src = "\n".join([
            "estimator long_fold() {",
            "  let n = int(sum(token_level_rewards) * 1000000.0)",
            "  let small = sum j in 0..3: float(j)",
            "  let big = sum k in 0..n: 1.0",
            "  advantages = (small + big) * response_mask",
            "}",
            "",
        ])
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "long.adv")
            with open(path, "w") as f:
                f.write(src)
            est = advc.load(path)
            rewards = np.zeros((4, 3), np.float32)
            rewards[:, 2] = 0.0001
            b = {"response_mask": np.ones((4, 3), np.int32), "token_level_rewards": rewards, "index": np.array([0, 0, 1, 1])}
            self.assertEqual(est(b)["advantages"].tolist(), [[107.0] * 3] * 4)
            rewards[2, 2] = 2.0  # a range of 2,000,001 values
            with self.assertRaisesRegex(advc.BatchError, re.escape(f"{path}:4:13: this fold's range holds more than 1048576 values at run time (the limit on a fold; see docs/language.md)")):
                est(b)

    def test_unknown_estimator_and_backend(self):
        with self.assertRaisesRegex(advc.AdvcError, "unknown estimator 'ktea'"):
            advc.load("ktea")
        with self.assertRaisesRegex(advc.AdvcError, "advc.serve"):
            advc.load("ktae", backend="webgpu")


if __name__ == "__main__":
    unittest.main()
