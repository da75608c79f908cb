// Throw-away GnuPG keys for the signing tests, made at run time in temp homes: no private key
// is ever committed. Exports the legacy keyrings helm reads (pubring.gpg, secring.gpg).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runGpg, tempGnupgHome } from '../src/gpg.js';

export interface TestKey {
  uid: string;
  home: string;
  /** `gpg --export`: what users pass to `helm verify --keyring`. */
  pubring: string;
  /** `gpg --export-secret-keys`: what `helm package --sign --keyring` and signChart read. */
  secring: string;
  passphraseFile?: string;
  dispose: () => Promise<void>;
}

async function gpgOk(args: string[], home: string): Promise<string> {
  const r = await runGpg(args, { home });
  if (r.code !== 0) throw new Error(`gpg ${args.join(' ')} failed:\n${r.stderr}`);
  return r.stdout;
}

export async function makeTestKey(name: string, algo = 'rsa2048', passphrase = ''): Promise<TestKey> {
  const { home, dispose } = await tempGnupgHome();
  const uid = `${name} <test@example.invalid>`;
  const pass = ['--pinentry-mode', 'loopback', '--passphrase', passphrase];
  await gpgOk([...pass, '--quick-gen-key', uid, algo, 'sign', 'never'], home);
  // Not in the home itself, where gpg would take a pubring.gpg for its own keyring.
  const out = path.join(home, 'export');
  await mkdir(out);
  const pubring = path.join(out, 'pubring.gpg');
  const secring = path.join(out, 'secring.gpg');
  await gpgOk(['--output', pubring, '--export', uid], home);
  await gpgOk([...pass, '--output', secring, '--export-secret-keys', uid], home);
  let passphraseFile: string | undefined;
  if (passphrase) {
    passphraseFile = path.join(out, 'passphrase');
    await writeFile(passphraseFile, `${passphrase}\n`, { mode: 0o600 });
  }
  return { uid, home, pubring, secring, passphraseFile, dispose };
}
