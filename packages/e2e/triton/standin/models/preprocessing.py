# Stand-in for upstream's preprocessing model (a tokenizer there): normalises the text
# (lower case) that the classifier step matches keywords against.
import triton_python_backend_utils as pb_utils

from common import simulate_load, string_tensor, texts


class TritonPythonModel:
    def initialize(self, args):
        simulate_load(args["model_name"])

    def execute(self, requests):
        return [pb_utils.InferenceResponse([string_tensor("TEXT", [t.lower() for t in texts(r, "INPUT")])]) for r in requests]
