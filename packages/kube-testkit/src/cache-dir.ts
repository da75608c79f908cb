// One cache directory for everything this package derives from its inputs (unpacked helm
// binaries, the compiled schema index): node_modules/.cache/llm-router-helm of the
// node_modules tree our dependencies were installed into, so a fresh `npm install` starts clean.
import path from 'node:path';

export function cacheDir(anchorPackage = 'yauzl'): string {
  const pkgDir = path.dirname(require.resolve(`${anchorPackage}/package.json`));
  const marker = `${path.sep}node_modules${path.sep}`;
  const nodeModules = pkgDir.slice(0, pkgDir.lastIndexOf(marker) + marker.length - 1);
  return path.join(nodeModules, '.cache', 'llm-router-helm');
}
