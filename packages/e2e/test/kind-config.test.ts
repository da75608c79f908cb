// The kind cluster config and toolchain selection for each supported Kubernetes minor.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NEWEST_KUBERNETES, OLDEST_KUBERNETES } from '@llm-router-helm/kube-testkit';
import { kindClusterConfig, kubernetesMinorOf } from '../e2e/cluster/kind-cluster.js';
import { requestedMinor, toolchainFileFor } from '../e2e/cluster/toolchain.js';

describe('kind cluster config', () => {
  const kubeletPatch = (c: Record<string, unknown>) =>
    (c.kubeadmConfigPatches as string[] | undefined)?.find((p) => p.includes('KubeletConfiguration'));

  it('lets kubelet >= 1.35 start on a cgroup v1 host (failCgroupV1: false)', () => {
    expect(kubeletPatch(kindClusterConfig('v1.37.2', 2, true))).toContain('failCgroupV1: false');
    expect(kubeletPatch(kindClusterConfig('v1.35.0', 2, true))).toContain('failCgroupV1: false');
  });

  it('adds no kubelet patch where it is not needed (older kubelet, or a cgroup v2 host)', () => {
    expect(kindClusterConfig('v1.34.4', 2, true).kubeadmConfigPatches).toBeUndefined();
    expect(kindClusterConfig('v1.32.13', 2, true).kubeadmConfigPatches).toBeUndefined();
    expect(kindClusterConfig('v1.37.2', 2, false).kubeadmConfigPatches).toBeUndefined();
  });

  it('one control plane plus the requested workers', () => {
    expect(kindClusterConfig('v1.32.13', 2, false).nodes).toEqual([{ role: 'control-plane' }, { role: 'worker' }, { role: 'worker' }]);
  });

  it('parses versions and rejects what is not one', () => {
    expect(kubernetesMinorOf('v1.37.2')).toEqual([1, 37]);
    expect(kubernetesMinorOf('1.32')).toEqual([1, 32]);
    expect(() => kubernetesMinorOf('latest')).toThrow('not a Kubernetes version: latest');
  });
});

describe('E2E_KUBERNETES_VERSION', () => {
  it('selects the toolchain file of that minor; unset, the default toolchain.env', () => {
    expect(requestedMinor('1.32')).toBe('1.32');
    expect(requestedMinor('v1.37.2')).toBe('1.37');
    expect(requestedMinor('')).toBeUndefined();
    expect(toolchainFileFor('1.32')).toMatch(/\/toolchain-1\.32\.env$/);
    expect(toolchainFileFor(undefined)).toMatch(/\/toolchain\.env$/);
  });

  it('names the bad value', () => {
    expect(() => requestedMinor('newest')).toThrow('E2E_KUBERNETES_VERSION=newest: expected a Kubernetes minor such as 1.32');
  });
});

describe('bootstrap pins per minor (bootstrap/versions.env through lib.sh)', () => {
  const cache = mkdtempSync(path.join(os.tmpdir(), 'e2e-pins-'));
  afterAll(() => rmSync(cache, { recursive: true, force: true }));
  /** The pins lib.sh selects for E2E_KUBERNETES_VERSION=minor (undefined: the default). */
  function pins(minor?: string): { status: number; out: Record<string, string>; stderr: string } {
    const names = [
      'E2E_MINORS',
      'E2E_DEFAULT_MINOR',
      'E2E_MINOR',
      'KUBERNETES_VERSION',
      'KUBERNETES_STAGING_VERSION',
      'KIND_VERSION',
      'ETCD_VERSION',
      'ETCD_IMAGE_TAG',
      'COREDNS_VERSION',
      'PAUSE_KUBEADM_TAG',
      'TOOLCHAIN_FILE',
      'LOG_DIR',
    ];
    const r = spawnSync(
      'bash',
      ['-c', `source bootstrap/lib.sh && for n in ${names.join(' ')}; do printf '%s=%s\\n' "$n" "\${!n}"; done`],
      {
        cwd: path.join(__dirname, '..'),
        env: { PATH: process.env.PATH, LLM_ROUTER_E2E_CACHE: cache, ...(minor === undefined ? {} : { E2E_KUBERNETES_VERSION: minor }) },
        encoding: 'utf8',
        // stdin not a socket: bash would take that for rshd and read ~/.bashrc
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return {
      status: r.status ?? -1,
      stderr: r.stderr,
      out: Object.fromEntries(
        r.stdout
          .split('\n')
          .filter(Boolean)
          .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
      ),
    };
  }

  it('has pins for the oldest and the newest minor the chart supports', () => {
    const minors = pins().out.E2E_MINORS!.split(' ');
    expect(minors[0]).toBe(OLDEST_KUBERNETES.minor);
    expect(minors.at(-1)).toBe(NEWEST_KUBERNETES.minor);
  });

  it('the default minor (what CI bootstraps and runs) is the newest supported one', () => {
    expect(pins().out.E2E_DEFAULT_MINOR).toBe(NEWEST_KUBERNETES.minor);
    expect(pins().out.E2E_MINOR).toBe(NEWEST_KUBERNETES.minor);
  });

  it.each([['1.32'], ['v1.37'], ['1.37.2']])(
    "E2E_KUBERNETES_VERSION=%s selects that minor's pins, its own toolchain file and log directory",
    (value) => {
      const { status, out, stderr } = pins(value);
      expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
      const minor = value.replace(/^v/, '').split('.').slice(0, 2).join('.');
      expect(out.E2E_MINOR).toBe(minor);
      expect(out.KUBERNETES_VERSION).toMatch(new RegExp(`^v${minor.replace('.', '\\.')}\\.\\d+$`));
      expect(out.KUBERNETES_STAGING_VERSION).toBe(out.KUBERNETES_VERSION!.replace(/^v1\./, 'v0.'));
      expect(out.TOOLCHAIN_FILE).toBe(path.join(cache, `toolchain-${minor}.env`));
      expect(out.LOG_DIR).toBe(path.join(cache, 'logs', out.KUBERNETES_VERSION!));
      for (const n of ['KIND_VERSION', 'ETCD_VERSION', 'ETCD_IMAGE_TAG', 'COREDNS_VERSION', 'PAUSE_KUBEADM_TAG'])
        expect(out[n]).toMatch(/^v?\d/);
    },
  );

  it('kubeadm 1.37 reads only the v1beta4 config: its kind writes it (v0.33.0 or newer)', () => {
    const [, minor] = pins('1.37').out.KIND_VERSION!.match(/^v0\.(\d+)\./)!;
    expect(Number(minor)).toBeGreaterThanOrEqual(33);
  });

  it('a minor without pins fails, naming the value and the minors it has', () => {
    const { status, stderr } = pins('1.29');
    expect(status).not.toBe(0);
    expect(stderr).toContain('E2E_KUBERNETES_VERSION=1.29: no pins for Kubernetes 1.29 in versions.env (supported: 1.32 1.34 1.37)');
  });
});
