// The controller's logging, gated by RUST_LOG like the real one (Rust `log` + env_logger):
// at info it logs every proxied request's parts (all client headers, Authorization
// included), the body and the prompt; at warn only warnings and errors. Unset = error
// (env_logger's default). Lines are JSON like every double's, on stdout.
import { logJson, type LogFields } from '../common/log.js';

export const LEVELS = ['off', 'error', 'warn', 'info', 'debug', 'trace'] as const;
export type Level = (typeof LEVELS)[number];

const rank = (l: string): number => LEVELS.indexOf(l.toLowerCase() as Level);

/**
 * The level that applies to the controller's own messages. Directives are comma separated:
 * a bare level sets the default, `target=level` sets it for a target. Targets of other crates
 * (hyper, reqwest, h2...) do not affect the controller's messages; `llm_router*`/`router*`
 * targets or a bare target name without a level (= trace, as env_logger reads it) do.
 */
export function controllerLogLevel(filter: string | undefined): Level {
  if (filter === undefined || filter.trim() === '') return 'error';
  let level = -1;
  for (const raw of filter.split('/')[0]!.split(',')) {
    const d = raw.trim();
    if (!d) continue;
    const eq = d.indexOf('=');
    if (eq < 0) {
      // a bare word is a level if it names one, else a target enabled at every level
      level = rank(d) >= 0 ? Math.max(level, rank(d)) : ownTarget(d) ? LEVELS.length - 1 : level;
      continue;
    }
    const target = d.slice(0, eq).trim();
    const l = rank(d.slice(eq + 1).trim());
    if (l >= 0 && ownTarget(target)) level = Math.max(level, l);
  }
  return LEVELS[Math.max(level, rank('error'))] ?? 'error';
}

function ownTarget(target: string): boolean {
  return /^(llm_router|router)/.test(target);
}

export class ControllerLog {
  private readonly max: number;
  constructor(readonly level: Level) {
    this.max = rank(level);
  }
  enabled(level: Exclude<Level, 'off'>): boolean {
    return rank(level) <= this.max;
  }
  private write(level: Exclude<Level, 'off'>, msg: string, fields: LogFields): void {
    if (this.enabled(level)) logJson('router-controller', { level, msg, ...fields });
  }
  error(msg: string, fields: LogFields = {}): void {
    this.write('error', msg, fields);
  }
  warn(msg: string, fields: LogFields = {}): void {
    this.write('warn', msg, fields);
  }
  info(msg: string, fields: LogFields = {}): void {
    this.write('info', msg, fields);
  }
}
