"""TRL's GRPOTrainer with an advc estimator: token-level advantages (KTAE, or any .adv file) in place of
GRPO's one number per completion.

GRPOTrainer has no advantage hook, so the subclass takes the rewards TRL gathers across processes
(`_calculate_rewards`), runs the advc estimator on the whole generation batch after TRL's own scoring
(`_generate_and_score_completions`), and hands the loss this process's rows as [B, T] advantages: TRL's
`_compute_loss` takes advantages of shape (B,) or (B, T). See README.md.

    from advc_grpo import AdvcGRPOTrainer
    trainer = AdvcGRPOTrainer(model=..., reward_funcs=..., args=GRPOConfig(...), train_dataset=...,
                              advc_estimator="grpo_ktae", advc_params={"alpha": 0.5})
"""

import numpy as np
import torch

import advc

try:
    from trl import GRPOTrainer
except ImportError:  # TRL is optional: token_advantages works without it
    GRPOTrainer = None


def token_advantages(est, rewards, completion_ids, completion_mask, num_generations, **params):
    """Token-level advantages [N, T] for N completions, consecutive runs of `num_generations` per prompt (TRL's
    order): each completion's scalar reward sits on its last valid token (verl's convention, so the score is
    the row sum), token ids are the completion's, the group id its prompt's. Rewards TRL could not score (NaN:
    every reward function returned None) count as 0, and those completions get no advantage."""
    rewards = torch.as_tensor(rewards, dtype=torch.float32).detach().cpu()
    ids = completion_ids.detach().cpu()
    mask = completion_mask.detach().cpu().to(torch.int32)
    N, T = ids.shape
    unscorable = torch.isnan(rewards)
    mask[unscorable] = 0
    lengths = mask.sum(dim=1)
    token_rewards = torch.zeros(N, T, dtype=torch.float32)
    rows = torch.nonzero(lengths > 0).flatten()
    # the last valid token of each row: masks are prefixes here, but take the last 1 wherever it is
    last = T - 1 - torch.argmax(mask.flip(1), dim=1)
    token_rewards[rows, last[rows]] = torch.nan_to_num(rewards, nan=0.0)[rows]
    index = np.arange(N) // num_generations
    out = est({"responses": ids, "response_mask": mask, "token_level_rewards": token_rewards, "index": index}, **params)
    return out["advantages"].to(completion_ids.device)


if GRPOTrainer is not None:

    class AdvcGRPOTrainer(GRPOTrainer):
        """GRPOTrainer whose advantages come from an advc estimator (stdlib name or .adv path)."""

        def __init__(self, *args, advc_estimator="grpo_ktae", advc_params=None, **kwargs):
            super().__init__(*args, **kwargs)
            self.advc_estimator = advc.load(advc_estimator)
            self.advc_params = dict(advc_params or {})

        def _calculate_rewards(self, inputs, prompts, completions, completion_ids_list):
            # every process's rewards (TRL gathers them before normalizing per group)
            self._advc_rewards_per_func = super()._calculate_rewards(inputs, prompts, completions, completion_ids_list)
            return self._advc_rewards_per_func

        def _generate_and_score_completions(self, inputs):
            out = super()._generate_and_score_completions(inputs)
            per_func = self._advc_rewards_per_func
            rewards = (per_func * self.reward_weights.to(per_func.device).unsqueeze(0)).nansum(dim=1)
            rewards[torch.isnan(per_func).all(dim=1)] = torch.nan  # unscorable, as TRL marks them
            acc = self.accelerator
            ids = acc.gather(acc.pad_across_processes(out["completion_ids"], dim=1, pad_index=0))
            mask = acc.gather(acc.pad_across_processes(out["completion_mask"], dim=1, pad_index=0))
            num_generations = self.num_generations if self.model.training else self.num_generations_eval
            adv = token_advantages(self.advc_estimator, rewards, ids, mask, num_generations, **self.advc_params)
            n, t = out["completion_ids"].shape
            rows = slice(acc.process_index * n, (acc.process_index + 1) * n)
            out["advantages"] = adv[rows, :t].to(out["completion_ids"].device)
            return out

else:
    AdvcGRPOTrainer = None
