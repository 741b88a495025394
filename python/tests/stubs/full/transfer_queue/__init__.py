"""An in-memory TransferQueue: kv_batch_get returns only the selected fields (those present)."""

STORE = {}


class KVBatchMeta:
    def __init__(self, keys, partition_id="train"):
        self.keys = keys
        self.partition_id = partition_id


def kv_batch_get(keys, partition_id, select_fields):
    return {f: STORE[f] for f in select_fields if f in STORE}


def kv_batch_put(keys, partition_id, fields):
    STORE.update(fields)
