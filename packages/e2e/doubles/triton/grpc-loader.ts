// Loads the KServe v2 service definition from the embedded proto text (no files at runtime).
import * as grpc from '@grpc/grpc-js';
import * as protoLoader from '@grpc/proto-loader';
import protobuf from 'protobufjs';
import { KSERVE_PROTO } from './kserve-proto.js';

export const LOADER_OPTIONS: protoLoader.Options = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };

export function loadInferenceService(): grpc.GrpcObject {
  const root = protobuf.parse(KSERVE_PROTO, { keepCase: true }).root;
  const definition = protoLoader.fromJSON(root.toJSON(), LOADER_OPTIONS);
  return grpc.loadPackageDefinition(definition);
}

export type ServiceClientCtor = grpc.ServiceClientConstructor & { service: grpc.ServiceDefinition };

export function inferenceServiceCtor(): ServiceClientCtor {
  const pkg = loadInferenceService().inference as grpc.GrpcObject;
  return pkg.GRPCInferenceService as ServiceClientCtor;
}
