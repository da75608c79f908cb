// Runs the real GnuPG (gpg) non-interactively, and makes throw-away GnuPG homes: Helm signs with
// a legacy keyring file, which gpg >= 2.1 can only use after importing it into a home.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface GpgResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** gpg --batch with `home` as its home (gpg's default home when undefined); never throws for an exit code. */
export function runGpg(args: string[], opts: { home?: string; input?: string } = {}): Promise<GpgResult> {
  const full = ['--batch', '--no-tty', ...(opts.home ? ['--homedir', opts.home] : []), ...args];
  return new Promise((resolve, reject) => {
    const child = spawn('gpg', full, { stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (c: Buffer) => out.push(c));
    child.stderr!.on('data', (c: Buffer) => err.push(c));
    child.on('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'ENOENT' ? new Error('gpg not found: install GnuPG (apt-get install -y gnupg)') : e),
    );
    child.on('close', (code) =>
      resolve({ code: code ?? 1, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }),
    );
    // gpg may exit without reading its input (a bad key, say): its exit code reports that, not EPIPE.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(opts.input);
  });
}

/** A fresh GnuPG home (short path: gpg-agent's socket path has a length limit); `dispose` stops its agent and deletes it. */
export async function tempGnupgHome(): Promise<{ home: string; dispose: () => Promise<void> }> {
  const home = await mkdtemp(path.join(os.tmpdir(), 'gpg-'));
  return {
    home,
    dispose: async () => {
      await new Promise<void>((resolve) =>
        spawn('gpgconf', ['--homedir', home, '--kill', 'all'], { stdio: 'ignore' })
          .on('close', () => resolve())
          .on('error', () => resolve()),
      );
      await rm(home, { recursive: true, force: true });
    },
  };
}
