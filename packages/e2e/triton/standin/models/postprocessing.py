# Stand-in for upstream's postprocessing model: logits -> one-hot of the arg-max class.
# Like upstream's, a single text gives a 1-D vector, so the reply's OUTPUT shape is [N]
# (not [1, N]); a batch of several texts gives [B, N].
import numpy as np
import triton_python_backend_utils as pb_utils

from common import simulate_load


class TritonPythonModel:
    def initialize(self, args):
        simulate_load(args["model_name"])

    def execute(self, requests):
        responses = []
        for request in requests:
            logits = pb_utils.get_input_tensor_by_name(request, "LOGITS").as_numpy()
            one_hot = np.zeros_like(logits, dtype=np.float32)
            one_hot[np.arange(logits.shape[0]), logits.argmax(axis=1)] = 1.0
            out = one_hot[0] if one_hot.shape[0] == 1 else one_hot
            responses.append(pb_utils.InferenceResponse([pb_utils.Tensor("OUTPUT", out)]))
        return responses
