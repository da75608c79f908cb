// Steady in-cluster load while something happens: the loadgen (shipped in the llm-double image)
// runs as a Job in the client namespace; the measured run starts at its first 2xx, a few steady
// seconds pass, `during` runs, and the Job's one-line summary comes back.
import type { LoadSummary } from '../../doubles/loadgen/run.js';
import type { KindCluster } from '../cluster/kind-cluster.js';
import { CLIENT_NAMESPACE, ON_CONTROL_PLANE, RESTRICTED_CONTAINER } from './stack.js';

/** The loadgen's summary line: totals, 5 s windows and every request (for exact phases, `phase`). */
export type LoadResult = LoadSummary;

export interface LoadJob {
  name: string;
  url: string;
  body: unknown;
  seconds: number;
  rps?: number;
  /** Seconds of steady load before `during` starts. */
  steadySeconds?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function underLoad(cluster: KindCluster, job: LoadJob, during: () => void | Promise<void>): Promise<LoadResult> {
  const quiet = (args: string[]) => {
    const r = cluster.tryKubectl(args);
    return r.status === 0 ? r.stdout : '';
  };
  cluster.kubectl(['-n', CLIENT_NAMESPACE, 'delete', 'job', job.name, '--ignore-not-found', '--wait']);
  cluster.apply([
    {
      apiVersion: 'batch/v1',
      kind: 'Job',
      metadata: { name: job.name, namespace: CLIENT_NAMESPACE },
      spec: {
        backoffLimit: 0,
        template: {
          spec: {
            ...ON_CONTROL_PLANE,
            restartPolicy: 'Never',
            securityContext: { runAsNonRoot: true, runAsUser: 65534, seccompProfile: { type: 'RuntimeDefault' } },
            containers: [
              {
                name: 'loadgen',
                image: 'llm-router-e2e/llm-double:0.1.0',
                imagePullPolicy: 'IfNotPresent',
                command: ['/usr/local/bin/loadgen'],
                env: [
                  { name: 'LOADGEN_URL', value: job.url },
                  { name: 'LOADGEN_BODY', value: JSON.stringify(job.body) },
                  { name: 'LOADGEN_RPS', value: String(job.rps ?? 10) },
                  { name: 'LOADGEN_DURATION_S', value: String(job.seconds) },
                  { name: 'LOADGEN_WINDOW_S', value: '5' },
                ],
                securityContext: RESTRICTED_CONTAINER,
                resources: { requests: { cpu: '20m', memory: '64Mi' }, limits: { cpu: '500m', memory: '256Mi' } },
              },
            ],
          },
        },
      },
    },
  ]);
  for (let waited = 0; !quiet(['-n', CLIENT_NAMESPACE, 'logs', `job/${job.name}`]).includes('LOADGEN_READY'); waited += 1) {
    if (waited > 120) throw new Error(`loadgen job ${job.name} never reached ${job.url}`);
    await sleep(1000);
  }
  await sleep((job.steadySeconds ?? 8) * 1000);
  await during();
  cluster.kubectl(['-n', CLIENT_NAMESPACE, 'wait', '--for=condition=complete', `job/${job.name}`, `--timeout=${job.seconds + 120}s`]);
  const logs = cluster.kubectl(['-n', CLIENT_NAMESPACE, 'logs', `job/${job.name}`]);
  const line = logs.split('\n').find((l) => l.startsWith('LOADGEN_SUMMARY '));
  if (!line) throw new Error(`loadgen printed no summary:\n${logs}`);
  return JSON.parse(line.slice('LOADGEN_SUMMARY '.length)) as LoadResult;
}

/**
 * The controller pods' error lines (their JSON logs, `"level":"error"`), prefixed with the pod: what
 * a failed request met behind the controller (e.g. "Failed to reach Triton server" and the socket
 * error). Pods deleted by a rollout are gone, so this sees only the pods that run now.
 */
export function controllerErrors(cluster: KindCluster, namespace: string): string[] {
  const r = cluster.tryKubectl([
    '-n',
    namespace,
    'logs',
    '-l',
    'app.kubernetes.io/component=router-controller',
    '--prefix',
    '--tail=-1',
    '--max-log-requests=10',
  ]);
  return r.stdout.split('\n').filter((l) => l.includes('"level":"error"'));
}
