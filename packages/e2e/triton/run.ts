// Starting the real tritonserver on loopback (free ports, --backend-directory of the install),
// seeding the stand-in model repository, and gRPC calls through NVIDIA's Python client.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { TritonInstall } from './install.js';

export const SEEDER = path.join(__dirname, 'standin', 'seed_model_repository.py');
const GRPC_CALL = path.join(__dirname, 'grpc_call.py');

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Collected {
  child: ChildProcess;
  /** stdout and stderr lines, in arrival order. */
  lines: string[];
  exit: Promise<Exit>;
}

/** Spawns a process and collects its output lines (one process: signals reach it directly). */
export function spawnCollecting(command: string, args: string[], env: NodeJS.ProcessEnv): Collected {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const collect = () => {
    let buf = '';
    return (c: Buffer) => {
      buf += c.toString('utf8');
      const parts = buf.split('\n');
      buf = parts.pop() ?? '';
      lines.push(...parts);
    };
  };
  child.stdout!.on('data', collect());
  child.stderr!.on('data', collect());
  const exit = new Promise<Exit>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  return { child, lines, exit };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export interface TritonProcess extends Collected {
  http: string;
  grpc: string;
  metrics: string;
  ports: { http: number; grpc: number; metrics: number };
  /** SIGTERM, then SIGKILL after graceMs; resolves with the exit. */
  stop(graceMs?: number): Promise<Exit>;
}

/**
 * Starts tritonserver on 127.0.0.1 with free ports. `args` come after ours, so a test can
 * override any of them (the last occurrence of an option wins in Triton's parser).
 */
export async function startTriton(
  install: TritonInstall,
  repository: string,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<TritonProcess> {
  const ports = { http: await freePort(), grpc: await freePort(), metrics: await freePort() };
  const all = [
    `--model-repository=${repository}`,
    `--backend-directory=${install.backendDirectory}`,
    '--http-address=127.0.0.1',
    '--grpc-address=127.0.0.1',
    '--metrics-address=127.0.0.1',
    `--http-port=${ports.http}`,
    `--grpc-port=${ports.grpc}`,
    `--metrics-port=${ports.metrics}`,
    ...args,
  ];
  const p = spawnCollecting(install.tritonserver, all, { ...process.env, ...env });
  const stop = async (graceMs = 15_000): Promise<Exit> => {
    if (p.child.exitCode === null && p.child.signalCode === null) {
      p.child.kill('SIGTERM');
      const timer = setTimeout(() => p.child.kill('SIGKILL'), graceMs);
      const e = await p.exit;
      clearTimeout(timer);
      return e;
    }
    return p.exit;
  };
  return {
    ...p,
    ports,
    http: `http://127.0.0.1:${ports.http}`,
    grpc: `127.0.0.1:${ports.grpc}`,
    metrics: `http://127.0.0.1:${ports.metrics}`,
    stop,
  };
}

/** A fresh directory holding the stand-in model repository, written by our seeder. */
export function seededRepository(install: TritonInstall): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'standin-models-')), 'models');
  execFileSync(install.python, [SEEDER, dir], { encoding: 'utf8' });
  return dir;
}

/** gRPC calls through tritonclient.grpc in one process (see grpc_call.py): one JSON answer per call. */
export function grpcCalls(install: TritonInstall, target: string, calls: string[][]): unknown[] {
  const out = execFileSync(install.python, [GRPC_CALL, target, JSON.stringify(calls)], { encoding: 'utf8', timeout: 120_000 });
  return JSON.parse(out) as unknown[];
}
