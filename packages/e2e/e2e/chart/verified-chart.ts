// The e2e installs the chart the way a careful user would: only after `cosign verify` of what the
// registry serves under the tag it installs. The pushed digest is signed with a throw-away key pair
// made at run time (no private key is committed); the check then reads the tag, so bytes pushed
// under the same tag afterwards, or signed with another key, stop the install with a clear message.
import { randomBytes } from 'node:crypto';
import { assertCosignVerified, cosignGenerateKeyPair, cosignSign, digestReference } from '@llm-router-helm/chart';

/** Signs the digest helm push reported with a fresh key pair in `dir`; returns the public key. */
export async function signPushedChart(dir: string, pushed: { ref: string; digest: string }): Promise<string> {
  const password = randomBytes(12).toString('hex');
  const { key, publicKey } = await cosignGenerateKeyPair(dir, 'e2e-release', password);
  const prev = process.env.COSIGN_PASSWORD;
  process.env.COSIGN_PASSWORD = password;
  try {
    await cosignSign({ reference: digestReference(pushed.ref, pushed.digest), key });
  } finally {
    if (prev === undefined) delete process.env.COSIGN_PASSWORD;
    else process.env.COSIGN_PASSWORD = prev;
  }
  return publicKey;
}

/** Refuses (throws) unless `host/repo/name:version`, what helm install will pull, is signed by `publicKey`. */
export async function verifyBeforeInstall(tagReference: string, publicKey: string): Promise<void> {
  try {
    await assertCosignVerified({ reference: tagReference, publicKey });
  } catch (err) {
    throw new Error(`not installing ${tagReference}: ${(err as Error).message}`, { cause: err });
  }
}
