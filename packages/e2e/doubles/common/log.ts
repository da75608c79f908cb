// One JSON object per line on stdout: the doubles' only log format, so tests and
// `kubectl logs` can parse every line the same way.
export type LogFields = Record<string, unknown>;

export function logJson(service: string, fields: LogFields): void {
  process.stdout.write(`${JSON.stringify({ ts: new Date().toISOString(), service, ...fields })}\n`);
}

export function logError(service: string, message: string, fields: LogFields = {}): void {
  logJson(service, { level: 'error', msg: message, ...fields });
}
