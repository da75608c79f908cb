# Shared by the stand-in models (the seeder copies this file next to each model.py):
# reading a model's text input, the test switches for slow and failing loads and slow inference.
import os
import time

import numpy as np
import triton_python_backend_utils as pb_utils

LOAD_DELAY_ENV = "MOCK_TRITON_LOAD_DELAY_MS"
FAIL_ENV = "MOCK_TRITON_FAIL_MODELS"
INFER_DELAY_ENV = "MOCK_TRITON_INFER_DELAY_MS"


def simulate_load(model_name):
    """Sleeps MOCK_TRITON_LOAD_DELAY_MS, then fails if MOCK_TRITON_FAIL_MODELS names this model."""
    delay_ms = os.environ.get(LOAD_DELAY_ENV, "0") or "0"
    try:
        delay = int(delay_ms)
    except ValueError:
        raise pb_utils.TritonModelException(f"{LOAD_DELAY_ENV}={delay_ms!r} is not an integer number of milliseconds")
    if delay > 0:
        time.sleep(delay / 1000)
    failing = [m.strip() for m in os.environ.get(FAIL_ENV, "").split(",") if m.strip()]
    if model_name in failing:
        raise pb_utils.TritonModelException(f"stand-in model '{model_name}' fails to load on purpose ({FAIL_ENV}={os.environ[FAIL_ENV]})")


def infer_delay_seconds():
    """MOCK_TRITON_INFER_DELAY_MS as seconds: the compute time a real classifier spends per request
    (the keyword stand-in takes none), so load can make requests queue as they would on a GPU."""
    value = os.environ.get(INFER_DELAY_ENV, "0") or "0"
    try:
        return max(int(value), 0) / 1000
    except ValueError:
        raise pb_utils.TritonModelException(f"{INFER_DELAY_ENV}={value!r} is not an integer number of milliseconds")


def texts(request, name):
    """The request's BYTES input as a list of str, one per batch row."""
    array = pb_utils.get_input_tensor_by_name(request, name).as_numpy()
    return [v.decode("utf-8", errors="replace") if isinstance(v, bytes) else str(v) for v in array.reshape(-1)]


def string_tensor(name, values):
    return pb_utils.Tensor(name, np.array([[v.encode("utf-8")] for v in values], dtype=np.object_))
