// A kind cluster driven through the kind and kubectl binaries: create, kubectl, load, delete.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Toolchain } from './toolchain.js';

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs a command; throws with the command line and its stderr when it fails. */
export function run(cmd: string, args: string[], input?: string, timeoutMs = 600_000): string {
  const r = tryRun(cmd, args, input, timeoutMs);
  if (r.status !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status}):\n${r.stderr || r.stdout}`);
  }
  return r.stdout;
}

export function tryRun(cmd: string, args: string[], input?: string, timeoutMs = 600_000): RunResult {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? String(r.error ?? '') };
}

/** cgroup v2 hosts have one unified hierarchy with cgroup.controllers at its root. */
export function hostUsesCgroupV1(): boolean {
  return !existsSync('/sys/fs/cgroup/cgroup.controllers');
}

/** [major, minor] of "v1.37.2" / "1.37". */
export function kubernetesMinorOf(version: string): [number, number] {
  const m = /^v?(\d+)\.(\d+)/.exec(version);
  if (!m) throw new Error(`not a Kubernetes version: ${version}`);
  return [Number(m[1]), Number(m[2])];
}

/**
 * The kind cluster config. From Kubernetes 1.35 the kubelet refuses to start on a cgroup v1
 * host unless its KubeletConfiguration says failCgroupV1: false (the default became true);
 * older kubelets do not need it, so it is only added where it is needed.
 */
export function kindClusterConfig(
  kubernetesVersion: string,
  workers: number,
  cgroupV1: boolean,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  const [major, minor] = kubernetesMinorOf(kubernetesVersion);
  const patches: string[] = [];
  if (cgroupV1 && (major > 1 || minor >= 35)) {
    patches.push('kind: KubeletConfiguration\napiVersion: kubelet.config.k8s.io/v1beta1\nfailCgroupV1: false\n');
  }
  return {
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    nodes: [{ role: 'control-plane' }, ...Array.from({ length: workers }, () => ({ role: 'worker' }))],
    ...(patches.length ? { kubeadmConfigPatches: patches } : {}),
    ...extra,
  };
}

export class KindCluster {
  readonly kubeconfig: string;
  private readonly dir: string;

  constructor(
    readonly tools: Toolchain,
    readonly name: string,
  ) {
    this.dir = mkdtempSync(join(tmpdir(), `kind-${name}-`));
    this.kubeconfig = join(this.dir, 'kubeconfig');
  }

  /** Creates the cluster: one control plane and `workers` workers, waiting for Ready. */
  create(workers = 2, extraConfig: Record<string, unknown> = {}): void {
    const config = kindClusterConfig(this.tools.kubernetesVersion, workers, hostUsesCgroupV1(), extraConfig);
    mkdirSync(this.dir, { recursive: true });
    const configFile = join(this.dir, 'kind.json');
    writeFileSync(configFile, JSON.stringify(config, null, 2)); // JSON is YAML
    run(
      this.tools.kind,
      [
        'create',
        'cluster',
        '--name',
        this.name,
        '--image',
        this.tools.nodeImage,
        '--config',
        configFile,
        '--kubeconfig',
        this.kubeconfig,
        '--wait',
        '5m',
        '--retain',
      ],
      undefined,
      900_000,
    );
  }

  kubectl(args: string[], input?: string, timeoutMs?: number): string {
    return run(this.tools.kubectl, ['--kubeconfig', this.kubeconfig, ...args], input, timeoutMs);
  }

  tryKubectl(args: string[], input?: string, timeoutMs?: number): RunResult {
    return tryRun(this.tools.kubectl, ['--kubeconfig', this.kubeconfig, ...args], input, timeoutMs);
  }

  /** Applies Kubernetes objects given as plain objects. */
  apply(objects: object[]): void {
    this.kubectl(['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: objects }));
  }

  loadImage(image: string): void {
    run(this.tools.kind, ['load', 'docker-image', '--name', this.name, image]);
  }

  /** Deletes the cluster; safe to call when it does not exist. */
  delete(): void {
    tryRun(this.tools.kind, ['delete', 'cluster', '--name', this.name, '--kubeconfig', this.kubeconfig]);
    rmSync(this.kubeconfig, { force: true });
  }

  /** Docker containers, volumes and networks the cluster's node containers use. */
  dockerResources(): { containers: string[]; volumes: string[]; networks: string[] } {
    const containers = this.containers();
    const inspect = (format: string) =>
      containers.length === 0
        ? []
        : lines(execFileSync('docker', ['inspect', '-f', format, ...containers], { encoding: 'utf8' }).replace(/ /g, '\n'));
    return {
      containers,
      volumes: [...new Set(inspect('{{range .Mounts}}{{if eq .Type "volume"}}{{.Name}} {{end}}{{end}}'))].sort(),
      networks: [...new Set(inspect('{{range $k, $v := .NetworkSettings.Networks}}{{$k}} {{end}}'))].sort(),
    };
  }

  /** Docker containers belonging to this cluster (by kind's cluster label). */
  containers(): string[] {
    return lines(execFileSync('docker', ['ps', '-aq', '--filter', `label=io.x-k8s.kind.cluster=${this.name}`], { encoding: 'utf8' }));
  }
}

export function lines(s: string): string[] {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}
