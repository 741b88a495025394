"""verl's DataProto, reduced to what compute_advantage touches: a dict of tensors and one of numpy arrays."""


class DataProto:
    def __init__(self, batch=None, non_tensor_batch=None):
        self.batch = dict(batch or {})
        self.non_tensor_batch = dict(non_tensor_batch or {})
