// Pre-downloads the Go modules that hold the Kubernetes OpenAPI spec and the CRDs
// (into the Go module cache) and builds the cached schema index, so tests start warm.
// CI: `npx nx run chart:fetch-schemas` (needs `go` and the Go module proxy).
import { ALL_MODULES, KubeValidator, moduleDir } from '../src/index.js';

async function main(): Promise<void> {
  for (const mod of ALL_MODULES) {
    console.log(`${mod.path}@${mod.version} -> ${await moduleDir(mod)}`);
  }
  const validator = await KubeValidator.create();
  const kinds = Object.keys(validator.index.kinds);
  // Compile every entry point once so a schema ajv cannot handle fails here, not mid-test.
  for (const key of kinds) validator.compile(key);
  console.log(`schema index: ${kinds.length} kinds compiled`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
