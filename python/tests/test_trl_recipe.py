import importlib.util
import unittest
from pathlib import Path

import numpy as np

import advc

try:
    import torch
except ImportError:
    torch = None

RECIPE = Path(__file__).resolve().parents[2] / "examples" / "trl" / "advc_grpo.py"


def recipe():
    spec = importlib.util.spec_from_file_location("advc_grpo", RECIPE)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@unittest.skipIf(torch is None, "needs torch")
class TrlRecipeTest(unittest.TestCase):
    def test_importable_without_trl(self):
        mod = recipe()
        try:
            import trl  # noqa: F401
        except ImportError:
            self.assertIsNone(mod.AdvcGRPOTrainer)

    def test_grpo_token_advantages_are_trl_like(self):
        mod = recipe()
        rng = np.random.default_rng(0)
        N, T, G = 12, 7, 4
        lengths = rng.integers(1, T + 1, size=N)
        mask = torch.from_numpy((np.arange(T)[None, :] < lengths[:, None]).astype(np.int64))
        ids = torch.from_numpy(rng.integers(0, 50, size=(N, T)))
        rewards = torch.from_numpy(rng.integers(0, 2, size=N).astype(np.float32))
        adv = mod.token_advantages(advc.load("grpo"), rewards, ids, mask, G)
        self.assertEqual(tuple(adv.shape), (N, T))
        r = rewards.view(-1, G)
        want = ((r - r.mean(1, keepdim=True)) / (r.std(1, keepdim=True) + 1e-6)).view(-1)
        for i in range(N):
            got = adv[i][mask[i] == 1]
            self.assertTrue(torch.allclose(got, want[i].expand_as(got), atol=1e-5))
            self.assertTrue(torch.all(adv[i][mask[i] == 0] == 0))

    def test_ktae_and_unscorable(self):
        mod = recipe()
        rng = np.random.default_rng(1)
        N, T, G = 8, 9, 4
        mask = torch.ones(N, T, dtype=torch.int64)
        ids = torch.from_numpy(rng.integers(0, 6, size=(N, T)))
        rewards = torch.tensor([1, 0, 1, 0, 1, 1, 0, float("nan")])
        adv = mod.token_advantages(advc.load("grpo_ktae"), rewards, ids, mask, G)
        self.assertTrue(torch.all(adv[7] == 0))
        # token-level: within a rollout the advantages differ by key token
        self.assertGreater(len(set(adv[0].tolist())), 1)
        # the same as calling the estimator on the batch directly
        token_rewards = torch.zeros(N, T)
        token_rewards[:, -1] = torch.nan_to_num(rewards)
        m = mask.clone().to(torch.int32)
        m[7] = 0
        direct = advc.load("grpo_ktae")({"responses": ids, "response_mask": m, "token_level_rewards": token_rewards, "index": np.arange(N) // G})
        self.assertTrue(torch.equal(adv, direct["advantages"]))


if __name__ == "__main__":
    unittest.main()
