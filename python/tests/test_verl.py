import importlib
import shutil
import sys
import tempfile
import unittest
from pathlib import Path

import numpy as np

import advc
from fixtures import failures, fixtures, numpy_batch

try:
    import torch
except ImportError:
    torch = None

STUBS = Path(__file__).resolve().parent / "stubs" / "full"
FIXTURES = fixtures()


def use_verl(path):
    """Puts a verl tree first on sys.path, forgetting any verl imported before (and advc's registrations)."""
    for name in [m for m in sys.modules if m == "verl" or m.startswith(("verl.", "transfer_queue"))]:
        del sys.modules[name]
    sys.path[:] = [p for p in sys.path if "stubs" not in p and "advc-verl-" not in p]
    sys.path.insert(0, str(path))
    import advc.verl as adapter

    adapter._registered.clear()
    return importlib.import_module("verl.trainer.ppo.core_algos")


def verl_inputs(doc):
    """The batch as verl holds it: torch tensors (int64 ids and mask), uids as an object array of strings."""
    b = numpy_batch(doc)
    t = {k: torch.from_numpy(v.astype(np.int64) if v.dtype == np.int32 else v) for k, v in b.items() if k != "index"}
    uid = np.array([f"uid-{i}" for i in b["index"]], dtype=object)
    return t, uid


class AlgoConfig(dict):
    """verl's algorithm config answers .get(name, default) and attributes."""

    __getattr__ = dict.get


@unittest.skipIf(torch is None, "needs torch")
class VerlTest(unittest.TestCase):
    def tearDown(self):
        sys.path[:] = [p for p in sys.path if "stubs" not in p and "advc-verl-" not in p]

    def test_registry_only(self):
        # nothing of verl but core_algos importable
        with tempfile.TemporaryDirectory(prefix="advc-verl-") as d:
            ppo = Path(d) / "verl" / "trainer" / "ppo"
            ppo.mkdir(parents=True)
            for p in (ppo.parent.parent, ppo.parent, ppo):
                (p / "__init__.py").touch()
            shutil.copy(STUBS / "verl/trainer/ppo/core_algos.py", ppo / "core_algos.py")
            core_algos = use_verl(d)
            fn = advc.verl.register("ktae", name="advc_ktae")
            self.assertIs(core_algos.get_adv_estimator_fn("advc_ktae"), fn)
            self.assertIs(advc.verl.register("ktae", name="advc_ktae"), fn)  # again: the same function
            doc = FIXTURES["ktae-small"]
            t, uid = verl_inputs(doc)
            # as verl's trainer calls a registered estimator, plus `responses` as a keyword
            adv, ret = core_algos.get_adv_estimator_fn("advc_ktae")(
                token_level_rewards=t["token_level_rewards"], response_mask=t["response_mask"], index=uid, config=AlgoConfig(gamma=1.0), responses=t["responses"]
            )
            self.assertIsInstance(adv, torch.Tensor)
            self.assertEqual(failures(doc, {"advantages": adv, "returns": ret}), [])
            with self.assertRaisesRegex(advc.BatchError, "reads `responses`, which verl did not pass"):
                fn(token_level_rewards=t["token_level_rewards"], response_mask=t["response_mask"], index=uid, config=None)
            with self.assertRaisesRegex(advc.AdvcError, "no parameter 'alpah'"):
                advc.verl.register("ktae", name="x", alpah=1)

    def test_params_from_config_and_register(self):
        core_algos = use_verl(STUBS)
        doc = FIXTURES["grpo-small"]
        t, uid = verl_inputs(doc)
        advc.verl.register("grpo", name="advc_grpo")
        fn = core_algos.get_adv_estimator_fn("advc_grpo")
        args = dict(token_level_rewards=t["token_level_rewards"], response_mask=t["response_mask"], index=uid)
        adv, _ = fn(**args, config=AlgoConfig(norm_adv_by_std_in_grpo=True))
        self.assertEqual(failures(doc, {"advantages": adv, "returns": adv}), [])
        dr = advc.load("dr_grpo")(numpy_batch(doc))["advantages"]
        adv_dr, _ = fn(**args, config=AlgoConfig(norm_adv_by_std_in_grpo=False))
        self.assertTrue(np.array_equal(adv_dr.numpy(), dr))
        fixed = advc.verl.register("grpo", name="advc_dr", norm_adv_by_std_in_grpo=False)
        self.assertTrue(np.array_equal(fixed(**args, config=AlgoConfig(norm_adv_by_std_in_grpo=True))[0].numpy(), dr))

    def test_algorithm_config_fields_keep_verls_meaning(self):
        use_verl(STUBS)
        doc = FIXTURES["ktae-small"]
        t, uid = verl_inputs(doc)
        b = numpy_batch(doc)
        args = dict(token_level_rewards=t["token_level_rewards"], response_mask=t["response_mask"], index=uid, responses=t["responses"])
        # a discount of 0 from verl: were KTAE to take it as its gamma, its term-frequency part would be off
        verl_config = AlgoConfig(gamma=0.0, lam=0.9, norm_adv_by_std_in_grpo=True)
        want = advc.load("ktae")(b)["advantages"]
        self.assertFalse(np.array_equal(advc.load("ktae")(b, gamma=0.0)["advantages"], want))
        # algorithm.gamma is verl's discount, not KTAE's gamma: KTAE keeps its own
        ktae = advc.verl.register("ktae", name="advc_ktae")
        self.assertTrue(np.array_equal(ktae(**args, config=verl_config)[0].numpy(), want))
        # REINFORCE++ is the verl estimator that reads config.gamma: it takes it
        rpp = advc.verl.register("reinforce_plus_plus", name="advc_rpp")
        got = rpp(**args, config=verl_config)[1].numpy()
        self.assertTrue(np.array_equal(got, advc.load("reinforce_plus_plus")(b, gamma=0.0)["returns"]))
        self.assertFalse(np.array_equal(got, advc.load("reinforce_plus_plus")(b)["returns"]))
        # Dr. GRPO stays Dr. GRPO under verl's default norm_adv_by_std_in_grpo=True
        dr = advc.verl.register("dr_grpo", name="advc_dr_grpo")
        self.assertTrue(np.array_equal(dr(**args, config=verl_config)[0].numpy(), advc.load("dr_grpo")(b)["advantages"]))

    def test_legacy_trainer_passes_batch_fields(self):
        core_algos = use_verl(STUBS)
        from verl.protocol import DataProto
        from verl.trainer.ppo import ray_trainer

        advc.verl.register("ktae", name="advc_ktae")
        doc = FIXTURES["ktae-uneven"]
        t, uid = verl_inputs(doc)
        data = DataProto(batch=t, non_tensor_batch={"uid": uid})
        with self.assertRaisesRegex(advc.BatchError, "pass_batch_fields"):
            ray_trainer.compute_advantage(data, adv_estimator="advc_ktae", config=AlgoConfig())
        advc.verl.pass_batch_fields()
        advc.verl.pass_batch_fields()  # idempotent
        out = ray_trainer.compute_advantage(data, adv_estimator="advc_ktae", config=AlgoConfig())
        self.assertEqual(failures(doc, out.batch), [])
        self.assertIsInstance(core_algos.ADV_ESTIMATOR_REGISTRY["advc_ktae"], object)

    def test_v1_trainer_fetches_responses(self):
        use_verl(STUBS)
        import transfer_queue as tq
        from verl.trainer.ppo.v1.trainer_base import PPOTrainer

        advc.verl.register("ktae", name="advc_ktae")
        doc = FIXTURES["ktae-small"]
        t, uid = verl_inputs(doc)
        tq.STORE.clear()
        tq.STORE.update(uid=list(uid), response_mask=t["response_mask"], rm_scores=t["token_level_rewards"], responses=t["responses"])
        trainer = PPOTrainer({"adv_estimator": "advc_ktae"})
        meta = tq.KVBatchMeta(keys=[f"{u}_0_0" for u in uid])
        with self.assertRaisesRegex(advc.BatchError, "reads `responses`"):
            trainer._compute_advantage(meta, metrics={})
        advc.verl.pass_batch_fields()
        trainer._compute_advantage(meta, metrics={})
        self.assertEqual(failures(doc, tq.STORE), [])


if __name__ == "__main__":
    unittest.main()
