# Stand-in for upstream's classifier (a libtorch model on the GPU there): a deterministic
# keyword classifier on the CPU. Rules and class order come from keywords.json beside this
# file (written by the seeder from routers.json); it returns one logit per class.
# A text containing FAIL_MARKER gets an error response (a backend failure, as a crashing
# model would give), so tests can produce nv_inference_request_failure{reason="BACKEND"}.
import json
import os
import time

import numpy as np
import triton_python_backend_utils as pb_utils

from common import infer_delay_seconds, simulate_load, texts

FAIL_MARKER = "[[standin-fail]]"


class TritonPythonModel:
    def initialize(self, args):
        simulate_load(args["model_name"])
        path = os.path.join(args["model_repository"], args["model_version"], "keywords.json")
        with open(path, encoding="utf-8") as f:
            router = json.load(f)
        self.classes = router["classes"]
        index = self.classes.index
        self.rules = [(index(label), keywords) for label, keywords in router["rules"]]
        self.empty = index(router["empty"])
        self.fallback = index(router["fallback"])
        # read once: a bad value fails the load, not every request
        self.delay = infer_delay_seconds()

    def classify(self, text):
        if text.strip() == "":
            return self.empty
        padded = f" {text} "
        for label, keywords in self.rules:
            if any(k in padded for k in keywords):
                return label
        return self.fallback

    def execute(self, requests):
        responses = []
        for request in requests:
            batch = texts(request, "TEXT")
            if any(FAIL_MARKER in t for t in batch):
                error = pb_utils.TritonError(f"stand-in classifier: request failed on purpose ({FAIL_MARKER} in the text)")
                responses.append(pb_utils.InferenceResponse(output_tensors=[], error=error))
                continue
            if self.delay:
                time.sleep(self.delay)
            rows = [self.classify(t) for t in batch]
            logits = np.zeros((len(rows), len(self.classes)), dtype=np.float32)
            logits[np.arange(len(rows)), rows] = 1.0
            responses.append(pb_utils.InferenceResponse([pb_utils.Tensor("LOGITS", logits)]))
        return responses
