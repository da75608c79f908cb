// helm test pods (restricted-compliant): each component's Service answers on its health endpoint. One pod per
// check, written by a `range` over the checks so the pod is spelled out once.
import { expr, literal, toYamlIfSet, yaml, type PlainMap } from '../gotpl/yaml.js';
import { labels, metadata } from '../helpers/meta.js';
import { APP, CONTROLLER, P, SERVER, v, type Component } from '../helpers/names.js';
import { imageExpr, imagePullSecrets } from '../helpers/pod.js';

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

const check = (t: TestSpec): string => `(dict "component" "${t.c.label}" "port" ${t.port} "path" "${t.path}")`;

/** `$checks`: the Services to check (the app's only when it is enabled). */
export const TEST_VARS = [
  `{{- $checks := list ${TESTS.filter((t) => t.c !== APP)
    .map(check)
    .join(' ')} }}`,
  `{{- if $.Values.app.enabled }}{{ $checks = append $checks ${check(TESTS.find((t) => t.c === APP)!)} }}{{ end }}`,
];
/** The document is written once per check, bound to `$check`. */
export const TEST_RANGE = '$check := $checks';

/** Retried in a loop: a new pod's first packets can be dropped until the CNI or the NetworkPolicy engine has programmed its address. */
const SCRIPT = [
  'i=0',
  'while :; do',
  '  "$WGET" -q -O - -T 10 "$URL" && exit 0',
  '  i=$((i+1))',
  '  [ "$i" -ge "$ATTEMPTS" ] && exit 1',
  '  sleep "$DELAY"',
  'done',
].join('\n');

const componentName = (suffix: string): string => `include "${P}.componentName" (dict "root" $ "component" ${suffix})`;

export function testPod(): PlainMap {
  const url = `printf "http://%s:%v%s" (${componentName('$check.component')}) $check.port $check.path | quote`;
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      ...metadata({
        owner: 'chart',
        nameExpr: componentName('(printf "test-%s" $check.component)'),
        annotations: [{ 'helm.sh/hook': 'test', 'helm.sh/hook-delete-policy': 'before-hook-creation,hook-succeeded' }],
      }),
      labels: yaml(labels({ role: 'test' })),
    },
    spec: {
      restartPolicy: 'Never',
      automountServiceAccountToken: false,
      imagePullSecrets: imagePullSecrets(),
      securityContext: POD_SECURITY,
      containers: [
        {
          name: 'check',
          image: expr(imageExpr('$.Values.tests.image')),
          imagePullPolicy: expr('$.Values.tests.image.pullPolicy'),
          // wget is called by path: a busybox sh built "standalone" would otherwise run its own
          // wget applet instead of the image's /bin/wget.
          command: ['sh', '-c', literal(SCRIPT)],
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
