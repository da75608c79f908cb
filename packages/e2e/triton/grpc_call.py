"""Test helper: KServe v2 / Triton gRPC calls through NVIDIA's client (tritonclient.grpc).

  python grpc_call.py HOST:PORT '[["CALL", "ARG", ...], ...]'

prints a JSON list with one answer per call (one process for many calls: starting Python
and importing the client is the slow part). A call the server refuses answers
{"error": {"status": ..., "message": ...}}, so the caller sees what the server said.
Calls: server_live, server_ready, server_metadata, repository_index; model_ready,
model_metadata, model_config, inference_statistics MODEL; infer MODEL TEXT [TEXT...].
"""
import json
import sys

import numpy as np
import tritonclient.grpc as grpcclient
from google.protobuf.json_format import MessageToDict
from tritonclient.utils import InferenceServerException


def as_json(message):
    return MessageToDict(message, preserving_proto_field_name=True)


def infer(client, model, texts):
    data = np.array([[t.encode("utf-8")] for t in texts], dtype=np.object_)
    tensor = grpcclient.InferInput("INPUT", list(data.shape), "BYTES")
    tensor.set_data_from_numpy(data)
    result = client.infer(model, [tensor])
    response = result.get_response()
    output = result.as_numpy("OUTPUT")
    return {
        "model_name": response.model_name,
        "model_version": response.model_version,
        "parameters": {k: MessageToDict(v) for k, v in response.parameters.items()},
        "outputs": [{"name": o.name, "datatype": o.datatype, "shape": [int(s) for s in o.shape]} for o in response.outputs],
        "data": output.reshape(-1).tolist(),
        "raw_output_bytes": [len(raw) for raw in response.raw_output_contents],
    }


def call(client, name, args):
    if name == "server_live":
        return {"live": client.is_server_live()}
    if name == "server_ready":
        return {"ready": client.is_server_ready()}
    if name == "model_ready":
        return {"ready": client.is_model_ready(args[0])}
    if name == "server_metadata":
        return as_json(client.get_server_metadata())
    if name == "model_metadata":
        return as_json(client.get_model_metadata(args[0]))
    if name == "model_config":
        return as_json(client.get_model_config(args[0]))
    if name == "repository_index":
        return as_json(client.get_model_repository_index())
    if name == "inference_statistics":
        return as_json(client.get_inference_statistics(args[0]))
    if name == "infer":
        return infer(client, args[0], args[1:])
    raise SystemExit(f"unknown call {name}")


def answer(client, name, args):
    try:
        return call(client, name, args)
    except InferenceServerException as err:
        return {"error": {"status": err.status(), "message": err.message()}}


def main():
    url, calls = sys.argv[1], json.loads(sys.argv[2])
    client = grpcclient.InferenceServerClient(url)
    try:
        json.dump([answer(client, c[0], c[1:]) for c in calls], sys.stdout)
    finally:
        client.close()


if __name__ == "__main__":
    main()
