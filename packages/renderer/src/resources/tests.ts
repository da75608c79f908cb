// helm test pods (restricted-compliant): each Service answers on its health endpoint.
import { expr, toYamlIfSet, yaml, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { APP, CONTROLLER, nameOf, P, SERVER, v, type Component } from '../helpers/names.js';

/** The security context a test pod always runs with (Pod Security Standards "restricted"). */
const POD_SECURITY: PlainMap = { runAsNonRoot: true, runAsUser: 65534, runAsGroup: 65534, seccompProfile: { type: 'RuntimeDefault' } };
const CONTAINER_SECURITY: PlainMap = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};

export interface TestSpec {
  c: Component;
  /** Go expression for the Service port */
  port: string;
  path: string;
}

export const TESTS: TestSpec[] = [
  { c: SERVER, port: v(SERVER, 'service.port'), path: '/v2/health/ready' },
  { c: CONTROLLER, port: v(CONTROLLER, 'service.port'), path: '/health' },
  { c: APP, port: v(APP, 'service.port'), path: '/' },
];

export function testPod(t: TestSpec): PlainMap {
  const url = `printf "http://%s:%v${t.path}" (${nameOf(t.c.label)}) ${t.port} | quote`;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...metadata({
        owner: 'chart',
        suffix: `test-${t.c.label}`,
        annotations: [{ 'helm.sh/hook': 'test', 'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded' }],
      }),
      labels: yaml(`include "${P}.labels" (dict "root" $ "selector" (merge (dict "app.kubernetes.io/component" "test") $chartSel))`),
    },
    spec: {
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      imagePullSecrets: toYamlIfSet('$.Values.global.imagePullSecrets'),
      securityContext: POD_SECURITY,
      containers: [
        {
          name: 'check',
          image: expr(`include "${P}.image" (dict "root" $ "image" $.Values.tests.image) | quote`),
          imagePullPolicy: expr('$.Values.tests.image.pullPolicy'),
          // retried in a shell loop: a new pod's first packets can be dropped until the CNI or the
          // NetworkPolicy engine has programmed its address. wget is called by path: a busybox sh
          // built "standalone" would otherwise run its own wget applet instead of the image's /bin/wget.
          command: ['sh', '-c', 'i=0; while :; do "$WGET" -q -O - -T 10 "$URL" && exit 0; i=$((i+1)); [ "$i" -ge "$ATTEMPTS" ] && exit 1; sleep "$DELAY"; done'],
          env: [
            { name: 'WGET', value: '/bin/wget' },
            { name: 'URL', value: expr(url) },
            { name: 'ATTEMPTS', value: expr('$.Values.tests.attempts | quote') },
            { name: 'DELAY', value: expr('$.Values.tests.retryDelaySeconds | quote') },
          ],
          securityContext: CONTAINER_SECURITY,
          resources: toYamlIfSet('$.Values.tests.resources'),
        },
      ],
    },
  };
}
