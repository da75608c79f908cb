// `npx nx run chart:publish -- --registry <host[:port]> [--repository charts] [--archive x.tgz] [--helm 3|4] [--plain-http]`
// Pushes the chart archive (packaged first unless --archive is given) with `helm push`.
// The registry may also come from LLM_ROUTER_OCI_REGISTRY (and LLM_ROUTER_OCI_REPOSITORY).
// Loopback registries get --plain-http automatically. Credentials: `helm registry login` beforehand.
// Signing (optional): --sign-key <user id|fingerprint> [--keyring secring.gpg] [--passphrase-file f], or
// LLM_ROUTER_SIGN_KEY / LLM_ROUTER_SIGN_KEYRING / LLM_ROUTER_SIGN_PASSPHRASE_FILE, writes <archive>.prov
// next to the archive first; helm push uploads it with the chart, which stays byte for byte as packaged.
// Cosign (optional): --cosign-key cosign.key [--cosign-password-file f] [--cosign-public-key cosign.pub], or
// LLM_ROUTER_COSIGN_KEY / LLM_ROUTER_COSIGN_PASSWORD_FILE (else COSIGN_PASSWORD) / LLM_ROUTER_COSIGN_PUBLIC_KEY,
// signs the pushed digest in the registry (no transparency log); with the public key it is verified right after.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageChart } from '../src/package-chart.js';
import { assertCosignVerified, cosignSign, digestReference } from '../src/cosign.js';
import { normaliseTarget, pushChart } from '../src/publish-chart.js';
import { signChart } from '../src/sign-chart.js';
import { CHART_DIR, PACKAGE_DIR } from '../src/scenarios.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      registry: { type: 'string', default: process.env.LLM_ROUTER_OCI_REGISTRY ?? '' },
      repository: { type: 'string', default: process.env.LLM_ROUTER_OCI_REPOSITORY ?? 'charts' },
      archive: { type: 'string' },
      helm: { type: 'string', default: '4' },
      'plain-http': { type: 'boolean' },
      'sign-key': { type: 'string', default: process.env.LLM_ROUTER_SIGN_KEY ?? '' },
      keyring: { type: 'string', default: process.env.LLM_ROUTER_SIGN_KEYRING ?? '' },
      'passphrase-file': { type: 'string', default: process.env.LLM_ROUTER_SIGN_PASSPHRASE_FILE ?? '' },
      'cosign-key': { type: 'string', default: process.env.LLM_ROUTER_COSIGN_KEY ?? '' },
      'cosign-password-file': { type: 'string', default: process.env.LLM_ROUTER_COSIGN_PASSWORD_FILE ?? '' },
      'cosign-public-key': { type: 'string', default: process.env.LLM_ROUTER_COSIGN_PUBLIC_KEY ?? '' },
    },
  });
  if (values.helm !== '3' && values.helm !== '4') throw new Error(`--helm must be 3 or 4, not ${values.helm}`);
  const target = normaliseTarget(values.registry!, values.repository);
  const archive = values.archive ? path.resolve(values.archive) : (await packageChart(CHART_DIR, path.join(PACKAGE_DIR, 'dist'))).file;
  if (!values['sign-key'] && (values.keyring || values['passphrase-file']))
    throw new Error('--keyring and --passphrase-file need --sign-key');
  if (!values['cosign-key'] && (values['cosign-password-file'] || values['cosign-public-key']))
    throw new Error('--cosign-password-file and --cosign-public-key need --cosign-key');
  if (values['sign-key']) {
    const sig = await signChart(archive, {
      key: values['sign-key'],
      keyring: values.keyring ? path.resolve(values.keyring) : undefined,
      passphraseFile: values['passphrase-file'] ? path.resolve(values['passphrase-file']) : undefined,
    });
    console.log(`signed ${path.basename(sig.file)} with key ${sig.fingerprint}`);
  }
  const pushed = await pushChart({ major: Number(values.helm) as 3 | 4, archive, target, plainHttp: values['plain-http'] });
  console.log(`pushed ${path.basename(archive)} -> ${pushed.ref}`);
  console.log(`digest ${pushed.digest}`);
  if (values['cosign-key']) {
    const plainHttp = values['plain-http'] || undefined;
    const reference = digestReference(pushed.ref, pushed.digest);
    await cosignSign({
      reference,
      key: path.resolve(values['cosign-key']),
      passwordFile: values['cosign-password-file'] ? path.resolve(values['cosign-password-file']) : undefined,
      plainHttp,
    });
    console.log(`cosign signed ${reference}`);
    if (values['cosign-public-key']) {
      await assertCosignVerified({ reference, publicKey: path.resolve(values['cosign-public-key']), plainHttp });
      console.log(`cosign verified ${reference} with ${values['cosign-public-key']}`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
