// One JSON object per line on stdout: the doubles' only log format, so tests and
// `kubectl logs` can parse every line the same way.
export type LogFields = Record<string, unknown>;

// Unit tests run the doubles in-process; their logs would drown jest's output.
const quiet = process.env.DOUBLES_LOG === 'off' || (process.env.JEST_WORKER_ID !== undefined && process.env.DOUBLES_LOG !== 'on');

export function logJson(service: string, fields: LogFields): void {
  if (quiet) return;
  process.stdout.write(`${JSON.stringify({ ts: new Date().toISOString(), service, ...fields })}\n`);
}

export function logError(service: string, message: string, fields: LogFields = {}): void {
  logJson(service, { level: 'error', msg: message, ...fields });
}
