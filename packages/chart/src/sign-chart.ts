// Signs a chart archive the way `helm package --sign` does, but for OUR reproducible archive:
// helm would re-pack the chart (with new file times), so the provenance text is written here
// and clear-signed with gpg. The archive is only read; the signature is a separate <archive>.prov.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { list as tarList } from 'tar';
import { runGpg, tempGnupgHome } from './gpg.js';
import { provenanceBody, readProvenance } from './provenance.js';

export interface SignOptions {
  /** The signing key: a user ID or part of one (like `helm package --key`), an email or a fingerprint. */
  key: string;
  /**
   * A legacy secret keyring (`gpg --export-secret-keys > secring.gpg`, what `helm package --sign --keyring`
   * reads), imported into a throw-away GnuPG home. Without it, gpg's own home (GNUPGHOME or ~/.gnupg) is used.
   */
  keyring?: string;
  /** A file holding the key's passphrase (first line); keys without a passphrase need none. */
  passphraseFile?: string;
}

export interface ChartSignature {
  /** <archive>.prov */
  file: string;
  /** The archive's sha256 the provenance names. */
  sha256: string;
  /** Fingerprint of the signing key, as gpg reports it. */
  fingerprint: string;
}

/** The top-level Chart.yaml inside a chart archive (`<name>/Chart.yaml`), so we sign what we ship. */
export async function archiveChartYaml(archive: string): Promise<string> {
  let found: Promise<string> | undefined;
  await tarList({
    file: archive,
    onReadEntry: (entry) => {
      if (!found && /^[^/]+\/Chart\.yaml$/.test(entry.path)) {
        found = entry.concat().then((b) => b.toString('utf8'));
      } else entry.resume();
    },
  });
  if (!found) throw new Error(`${archive}: no <chart>/Chart.yaml inside`);
  return found;
}

/** Public-key algorithm 22 (EdDSA, e.g. ed25519): helm 3's OpenPGP library cannot even load such a keyring. */
const EDDSA = '22';

/** Refuses keys helm 3 could not verify with (`helm verify` fails on loading the keyring), so a release works with both majors. */
async function assertHelm3CanRead(fingerprint: string, home: string | undefined): Promise<void> {
  const listed = await runGpg(['--with-colons', '--list-keys', fingerprint], { home });
  if (listed.code !== 0) throw new Error(`gpg --list-keys ${fingerprint} failed:\n${listed.stderr}`);
  const eddsa = listed.stdout.split('\n').some((line) => /^(pub|sub):/.test(line) && line.split(':')[3] === EDDSA);
  if (eddsa) {
    throw new Error(
      `key ${fingerprint} has an EdDSA (ed25519) part: helm 3 cannot read its public keyring ("unsupported feature: public key type: 22"); sign with an RSA key`,
    );
  }
}

export async function signChart(archive: string, opts: SignOptions): Promise<ChartSignature> {
  const bytes = await readFile(archive);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const name = path.basename(archive);
  const body = provenanceBody(await archiveChartYaml(archive), name, sha256);
  const temp = opts.keyring ? await tempGnupgHome() : undefined;
  const passphrase = opts.passphraseFile ? ['--pinentry-mode', 'loopback', '--passphrase-file', opts.passphraseFile] : [];
  try {
    if (temp) {
      const imported = await runGpg([...passphrase, '--import', opts.keyring!], { home: temp.home });
      if (imported.code !== 0) throw new Error(`gpg --import ${opts.keyring} failed:\n${imported.stderr}`);
    }
    const home = temp?.home;
    // SHA512 like helm; --local-user picks the key the way helm's --key does (by user ID).
    const signed = await runGpg([...passphrase, '--local-user', opts.key, '--digest-algo', 'SHA512', '--clearsign'], { home, input: body });
    if (signed.code !== 0) throw new Error(`gpg --clearsign with key "${opts.key}" failed:\n${signed.stderr}`);
    // Check what we wrote before anyone relies on it: a good signature over the hash of these bytes.
    if (readProvenance(signed.stdout).files[name] !== `sha256:${sha256}`) throw new Error('the provenance does not name the archive hash');
    const verified = await runGpg(['--status-fd', '1', '--verify'], { home, input: signed.stdout });
    // VALIDSIG <signing key fpr> ... <primary key fpr>: the primary key is the one users import.
    const valid = /^\[GNUPG:\] VALIDSIG ([0-9A-F]{40,64}) .* ([0-9A-F]{40,64})$/m.exec(verified.stdout);
    if (verified.code !== 0 || !valid) throw new Error(`gpg --verify of the new provenance failed:\n${verified.stderr}`);
    const fingerprint = valid[2]!;
    await assertHelm3CanRead(fingerprint, home);
    const file = `${archive}.prov`;
    await writeFile(file, signed.stdout);
    return { file, sha256, fingerprint };
  } finally {
    await temp?.dispose();
  }
}
