// A real OCI registry (Debian's docker-registry, CNCF distribution 2.8) on 127.0.0.1 for tests:
// our own config (free port, storage in a temp dir, no auth), the binary run directly, stopped
// by its pid. Never the system service.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import YAML from 'yaml';

const CANDIDATES = ['/usr/bin/docker-registry', '/usr/sbin/docker-registry'];

export function registryBinary(): string | undefined {
  if (process.env.LLM_ROUTER_REGISTRY_BIN) return process.env.LLM_ROUTER_REGISTRY_BIN;
  const onPath = (process.env.PATH ?? '').split(path.delimiter).map((d) => path.join(d, 'docker-registry'));
  return [...onPath, ...CANDIDATES].find((p) => existsSync(p));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

export interface LocalRegistry {
  /** host:port, e.g. 127.0.0.1:40123 */
  host: string;
  stop(): Promise<void>;
  /** Digest and body of a manifest as the registry's HTTP API reports them. */
  manifest(repository: string, reference: string): Promise<{ digest: string; body: string; mediaType: string }>;
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`docker-registry exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`docker-registry did not answer ${url} within 20 s:\n${log()}`);
}

export async function startLocalRegistry(): Promise<LocalRegistry> {
  const bin = registryBinary();
  if (!bin) throw new Error('docker-registry not found (apt-get install -y docker-registry)');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'llm-router-registry-'));
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const config = {
    version: 0.1,
    log: { level: 'warn', accesslog: { disabled: true } },
    storage: { filesystem: { rootdirectory: path.join(dir, 'data') }, delete: { enabled: true } },
    http: { addr: host, secret: randomBytes(16).toString('hex') },
  };
  writeFileSync(path.join(dir, 'config.yml'), YAML.stringify(config));
  const child = spawn(bin, ['serve', path.join(dir, 'config.yml')], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(`http://${host}/v2/`, child, () => output);
  } catch (err) {
    await stop();
    throw err;
  }
  return {
    host,
    stop,
    async manifest(repository, reference) {
      const res = await fetch(`http://${host}/v2/${repository}/manifests/${reference}`, {
        headers: { Accept: 'application/vnd.oci.image.manifest.v1+json' },
      });
      if (res.status !== 200) throw new Error(`GET manifest ${repository}:${reference}: HTTP ${res.status}`);
      return {
        digest: res.headers.get('docker-content-digest') ?? '',
        mediaType: res.headers.get('content-type') ?? '',
        body: await res.text(),
      };
    },
  };
}
