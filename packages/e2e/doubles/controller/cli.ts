// The controller's command line: exactly one required option, `--config-path <file>`
// (the CONFIG_PATH environment variable is deliberately not consulted).
export class UsageError extends Error {}

export const CONTROLLER_USAGE = 'Usage: router-controller --config-path <CONFIG_PATH>';

export function parseControllerArgs(argv: readonly string[]): { configPath: string } {
  let configPath: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--config-path') {
      const v = argv[++i];
      if (v === undefined) throw new UsageError("a value is required for '--config-path <CONFIG_PATH>' but none was supplied");
      configPath = v;
    } else if (arg.startsWith('--config-path=')) {
      configPath = arg.slice('--config-path='.length);
    } else {
      throw new UsageError(`unexpected argument '${arg}' found`);
    }
  }
  if (configPath === undefined) throw new UsageError('the following required arguments were not provided:\n  --config-path <CONFIG_PATH>');
  return { configPath };
}
