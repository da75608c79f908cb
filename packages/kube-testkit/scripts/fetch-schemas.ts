// Pre-downloads the Go modules that hold the Kubernetes OpenAPI specs (every supported minor) and
// the CRDs (into the Go module cache) and builds the cached schema index of each minor, so tests start warm.
// CI: `npx nx run chart:fetch-schemas` (needs `go` and the Go module proxy).
import { ALL_MODULES, KUBERNETES_MINORS, KubeValidator, moduleDir } from '../src/index.js';

async function main(): Promise<void> {
  for (const mod of ALL_MODULES) {
    console.log(`${mod.path}@${mod.version} -> ${await moduleDir(mod)}`);
  }
  for (const k of KUBERNETES_MINORS) {
    const t0 = Date.now();
    const validator = await KubeValidator.create(k.module);
    const kinds = Object.keys(validator.index.kinds);
    // Compile every entry point once so a schema ajv cannot handle fails here, not mid-test.
    for (const key of kinds) validator.compile(key);
    console.log(`schema index Kubernetes ${k.minor} (${k.module.version}): ${kinds.length} kinds compiled in ${Date.now() - t0} ms`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
