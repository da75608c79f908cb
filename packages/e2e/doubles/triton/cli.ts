// Parses tritonserver's command line the way Triton does (getopt_long): every option
// takes a value, given as `--flag=value` or `--flag value`; an unknown option or a
// bad value is an error (Triton prints it with the usage and exits non-zero).
export type OptionKind = 'string' | 'int' | 'bool' | 'enum';

interface OptionSpec {
  kind: OptionKind;
  values?: readonly string[];
  repeatable?: boolean;
}

// The options the mock understands: the ones the chart passes plus common extras.
// Options that only tune real inference are accepted and ignored.
const OPTIONS: Record<string, OptionSpec> = {
  'model-repository': { kind: 'string', repeatable: true },
  'model-store': { kind: 'string', repeatable: true },
  'http-port': { kind: 'int' },
  'grpc-port': { kind: 'int' },
  'metrics-port': { kind: 'int' },
  'http-address': { kind: 'string' },
  'grpc-address': { kind: 'string' },
  'metrics-address': { kind: 'string' },
  'http-thread-count': { kind: 'int' },
  'log-verbose': { kind: 'int' },
  'log-info': { kind: 'bool' },
  'log-warning': { kind: 'bool' },
  'log-error': { kind: 'bool' },
  'log-format': { kind: 'enum', values: ['default', 'ISO8601'] },
  'log-file': { kind: 'string' },
  'exit-on-error': { kind: 'bool' },
  'exit-timeout-secs': { kind: 'int' },
  'strict-readiness': { kind: 'bool' },
  'strict-model-config': { kind: 'bool' },
  'disable-auto-complete-config': { kind: 'bool' },
  'allow-http': { kind: 'bool' },
  'allow-grpc': { kind: 'bool' },
  'allow-metrics': { kind: 'bool' },
  'allow-gpu-metrics': { kind: 'bool' },
  'allow-cpu-metrics': { kind: 'bool' },
  'allow-sagemaker': { kind: 'bool' },
  'allow-vertex-ai': { kind: 'bool' },
  'metrics-interval-ms': { kind: 'int' },
  'metrics-config': { kind: 'string', repeatable: true },
  'model-control-mode': { kind: 'enum', values: ['none', 'poll', 'explicit'] },
  'repository-poll-secs': { kind: 'int' },
  'load-model': { kind: 'string', repeatable: true },
  'model-load-thread-count': { kind: 'int' },
  'model-load-retry-count': { kind: 'int' },
  'model-namespacing': { kind: 'bool' },
  'backend-directory': { kind: 'string' },
  'backend-config': { kind: 'string', repeatable: true },
  'repoagent-directory': { kind: 'string' },
  'cache-config': { kind: 'string', repeatable: true },
  'cache-directory': { kind: 'string' },
  'rate-limit': { kind: 'enum', values: ['off', 'execution_count'] },
  'rate-limit-resource': { kind: 'string', repeatable: true },
  'pinned-memory-pool-byte-size': { kind: 'int' },
  'cuda-memory-pool-byte-size': { kind: 'string', repeatable: true },
  'min-supported-compute-capability': { kind: 'string' },
  'buffer-manager-thread-count': { kind: 'int' },
  'host-policy': { kind: 'string', repeatable: true },
  'id': { kind: 'string' },
  'trace-config': { kind: 'string', repeatable: true },
  'grpc-infer-allocation-pool-size': { kind: 'int' },
  'grpc-use-ssl': { kind: 'bool' },
  'grpc-keepalive-time': { kind: 'int' },
  'grpc-keepalive-timeout': { kind: 'int' },
  'http-header-forward-pattern': { kind: 'string' },
  'grpc-header-forward-pattern': { kind: 'string' },
};

export interface TritonOptions {
  modelRepositories: string[];
  httpPort: number;
  grpcPort: number;
  metricsPort: number;
  httpAddress: string;
  grpcAddress: string;
  metricsAddress: string;
  logVerbose: number;
  logInfo: boolean;
  logWarning: boolean;
  logError: boolean;
  logFormat: 'default' | 'ISO8601';
  exitOnError: boolean;
  strictReadiness: boolean;
  allowHttp: boolean;
  allowGrpc: boolean;
  allowMetrics: boolean;
  allowGpuMetrics: boolean;
  modelControlMode: 'none' | 'poll' | 'explicit';
  loadModels: string[];
  /** Every option as given, for logging and assertions. */
  raw: Record<string, string[]>;
}

export class CliError extends Error {}

export const USAGE = 'Usage: tritonserver [options]\n  --model-repository <path>  (required)\n  see the real tritonserver --help for the full list';

function parseBool(name: string, value: string): boolean {
  const v = value.toLowerCase();
  if (v === 'true' || v === 'on' || v === '1') return true;
  if (v === 'false' || v === 'off' || v === '0') return false;
  throw new CliError(`invalid value for --${name}: '${value}' is not a boolean (true/false, on/off, 1/0)`);
}

function parseInt32(name: string, value: string): number {
  if (!/^-?\d+$/.test(value)) throw new CliError(`invalid value for --${name}: '${value}' is not an integer`);
  return Number(value);
}

function parsePort(name: string, value: string): number {
  const port = parseInt32(name, value);
  // Triton accepts -1 to disable an endpoint; the mock treats it like --allow-*=false.
  if (port !== -1 && (port < 0 || port > 65535)) throw new CliError(`invalid value for --${name}: ${value} is not a port`);
  return port;
}

export function parseTritonArgs(argv: readonly string[]): TritonOptions {
  const raw: Record<string, string[]> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new CliError(`unexpected argument '${arg}'`);
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const spec = OPTIONS[name];
    if (!spec) throw new CliError(`unrecognized option '--${name}'`);
    let value: string;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined) throw new CliError(`option '--${name}' requires an argument`);
      value = next;
      i++;
    }
    if (spec.kind === 'bool') parseBool(name, value);
    if (spec.kind === 'int') parseInt32(name, value);
    if (spec.kind === 'enum' && !spec.values!.includes(value)) {
      throw new CliError(`invalid value for --${name}: '${value}' (expected one of ${spec.values!.join(', ')})`);
    }
    if (raw[name] && !spec.repeatable) raw[name] = [value];
    else (raw[name] ??= []).push(value);
  }
  const last = (n: string): string | undefined => raw[n]?.[raw[n]!.length - 1];
  const bool = (n: string, d: boolean) => (last(n) === undefined ? d : parseBool(n, last(n)!));
  const repos = [...(raw['model-repository'] ?? []), ...(raw['model-store'] ?? [])];
  if (repos.length === 0) throw new CliError('--model-repository must be specified');
  const httpPort = last('http-port') === undefined ? 8000 : parsePort('http-port', last('http-port')!);
  const grpcPort = last('grpc-port') === undefined ? 8001 : parsePort('grpc-port', last('grpc-port')!);
  const metricsPort = last('metrics-port') === undefined ? 8002 : parsePort('metrics-port', last('metrics-port')!);
  return {
    modelRepositories: repos,
    httpPort,
    grpcPort,
    metricsPort,
    httpAddress: last('http-address') ?? '0.0.0.0',
    grpcAddress: last('grpc-address') ?? '0.0.0.0',
    metricsAddress: last('metrics-address') ?? '0.0.0.0',
    logVerbose: last('log-verbose') === undefined ? 0 : Number(last('log-verbose')),
    logInfo: bool('log-info', true),
    logWarning: bool('log-warning', true),
    logError: bool('log-error', true),
    logFormat: (last('log-format') ?? 'default') as TritonOptions['logFormat'],
    exitOnError: bool('exit-on-error', true),
    strictReadiness: bool('strict-readiness', true),
    allowHttp: bool('allow-http', true) && httpPort !== -1,
    allowGrpc: bool('allow-grpc', true) && grpcPort !== -1,
    allowMetrics: bool('allow-metrics', true) && metricsPort !== -1,
    allowGpuMetrics: bool('allow-gpu-metrics', true),
    modelControlMode: (last('model-control-mode') ?? 'none') as TritonOptions['modelControlMode'],
    loadModels: raw['load-model'] ?? [],
    raw,
  };
}
