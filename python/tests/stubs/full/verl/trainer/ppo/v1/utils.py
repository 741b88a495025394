"""The v1 trainer's advantage step: estimators other than GRPO go to ray_trainer.compute_advantage, imported
by name (as verl HEAD's verl/trainer/ppo/v1/utils.py does)."""

from verl.trainer.ppo import core_algos
from verl.trainer.ppo.ray_trainer import compute_advantage


def compute_advantage_for_multi_trajectories(data, batch_keys, adv_estimator, gamma=1.0, lam=1.0, num_repeat=1, norm_adv_by_std_in_grpo=True, config=None):
    assert adv_estimator != core_algos.AdvantageEstimator.GRPO, "not needed by these tests"
    return compute_advantage(data, adv_estimator=adv_estimator, gamma=gamma, lam=lam, num_repeat=num_repeat, norm_adv_by_std_in_grpo=norm_adv_by_std_in_grpo, config=config)
