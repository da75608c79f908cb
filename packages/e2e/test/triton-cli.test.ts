import { CliError, parseTritonArgs } from '../doubles/triton/cli.js';
import { spawnDouble, tempModelRepository } from './helpers.js';

describe('tritonserver command line', () => {
  it('accepts --flag=value and --flag value forms and applies Triton defaults', () => {
    const o = parseTritonArgs([
      '--model-repository=/models', '--http-port', '9000', '--grpc-port=9001', '--metrics-port', '9002',
      '--log-verbose=1', '--log-info', 'true', '--log-warning=false', '--log-error=1', '--log-format', 'ISO8601',
      '--exit-on-error=false', '--strict-readiness', 'off', '--allow-grpc=false', '--model-control-mode=none',
    ]);
    expect(o.modelRepositories).toEqual(['/models']);
    expect([o.httpPort, o.grpcPort, o.metricsPort]).toEqual([9000, 9001, 9002]);
    expect(o.logVerbose).toBe(1);
    expect([o.logInfo, o.logWarning, o.logError, o.logFormat]).toEqual([true, false, true, 'ISO8601']);
    expect([o.exitOnError, o.strictReadiness, o.allowHttp, o.allowGrpc, o.allowMetrics]).toEqual([false, false, true, false, true]);
    const d = parseTritonArgs(['--model-repository', '/m']);
    expect([d.httpPort, d.grpcPort, d.metricsPort, d.exitOnError, d.strictReadiness]).toEqual([8000, 8001, 8002, true, true]);
  });

  it.each([
    [['--model-repository=/m', '--no-such-flag=1'], /unrecognized option '--no-such-flag'/],
    [['--model-repository=/m', '--http-port=abc'], /--http-port: 'abc' is not an integer/],
    [['--model-repository=/m', '--exit-on-error=maybe'], /--exit-on-error: 'maybe' is not a boolean/],
    [['--model-repository=/m', '--log-format=json'], /--log-format: 'json'/],
    [['--model-repository=/m', '--model-control-mode=auto'], /--model-control-mode/],
    [['--model-repository'], /requires an argument/],
    [['--http-port=8000'], /--model-repository must be specified/],
    [['/models'], /unexpected argument/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseTritonArgs(argv)).toThrow(CliError);
    expect(() => parseTritonArgs(argv)).toThrow(message);
  });

  it('the executable exits non-zero with the error and usage on an unknown flag', async () => {
    const repo = tempModelRepository([{ name: 'task_router_ensemble' }]);
    const s = spawnDouble('triton/main.ts', [`--model-repository=${repo}`, '--definitely-not-triton']);
    const { code } = await s.exit;
    expect(code).toBe(1);
    expect(s.lines.join('\n')).toMatch(/tritonserver: unrecognized option '--definitely-not-triton'[\s\S]*Usage: tritonserver/);
  });
});
