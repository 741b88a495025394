"""The v1 trainer's _compute_advantage as verl HEAD runs it: a fixed field list fetched from TransferQueue."""

import numpy as np
import transfer_queue as tq

from verl.protocol import DataProto
from verl.trainer.ppo.v1.utils import compute_advantage_for_multi_trajectories


class PPOTrainer:
    def __init__(self, algorithm_config):
        self.algorithm = algorithm_config

    def _compute_advantage(self, batch, metrics):
        fields = ["uid", "response_mask", "rm_scores", "rollout_log_probs", "old_log_probs", "ref_log_prob", "values"]
        data = tq.kv_batch_get(keys=batch.keys, partition_id=batch.partition_id, select_fields=fields)
        data = DataProto(batch=data)
        data.batch["token_level_scores"] = data.batch["rm_scores"]
        data.non_tensor_batch["uid"] = np.array(list(data.batch.pop("uid")), dtype=object)
        data.batch["token_level_rewards"] = data.batch["token_level_scores"]
        data = compute_advantage_for_multi_trajectories(data, batch_keys=batch.keys, adv_estimator=self.algorithm["adv_estimator"], config=self.algorithm)
        tq.kv_batch_put(keys=batch.keys, partition_id=batch.partition_id, fields={k: data.batch[k] for k in ("advantages", "returns")})
        return batch
