// Assembles every file under templates/: which builder produces which file, under which guard,
// with which per-file variables. The only place that knows the file layout.
import { renderTemplate, type PlainMap, type TemplateDoc } from '../gotpl/yaml.js';
import { API_KEY_DEFINES } from '../helpers/api-keys.js';
import { BACKEND_DEFINES } from '../helpers/backends.js';
import { defineFile } from '../helpers/define.js';
import { LABEL_DEFINES } from '../helpers/meta.js';
import { MODEL_STORAGE_DEFINES } from '../helpers/model-storage.js';
import { APP, CONTROLLER, NAME_DEFINES, SERVER, type Component } from '../helpers/names.js';
import { POD_DEFINES } from '../helpers/pod.js';
import { validateTpl } from '../helpers/validate.js';
import { appConfigMap, appDeployment, appService } from '../components/app.js';
import { controllerConfigMap, controllerDeployment, controllerService } from '../components/router-controller.js';
import { serverDeployment, serverService, SERVER_VARS } from '../components/router-server.js';
import { dashboardConfigMap } from '../monitoring/dashboard.js';
import { prometheusRule, RULE_VARS } from '../monitoring/prometheusrule.js';
import { controllerMonitor, serverMonitor } from '../monitoring/servicemonitor.js';
import { externalSecret } from '../resources/externalsecret.js';
import { extraObjectsTpl } from '../resources/extra-objects.js';
import { hpa } from '../resources/hpa.js';
import { httpRoute } from '../resources/httproute.js';
import { ingress, securityHeadersConfigMap } from '../resources/ingress.js';
import {
  appPolicy,
  controllerPolicy,
  defaultDeny,
  NETWORK_POLICY_DEFINES,
  POLICY_VARS,
  serverPolicy,
  snapshotPolicy,
  testPolicy,
} from '../components/network-policies.js';
import { pdb, pdbGuard } from '../resources/pdb.js';
import { hfCachePvc, hfCachePvcGuard, modelsPvc, modelsPvcGuard, nfsGuard, nfsPv, nfsPvc } from '../components/router-server-storage.js';
import { snapshotRole, snapshotRoleBinding, snapshotServiceAccount } from '../resources/rbac.js';
import { openshiftRoute } from '../resources/route.js';
import { scaledObject } from '../resources/scaledobject.js';
import { apiKeysSecret } from '../resources/secret.js';
import { serviceAccount } from '../resources/serviceaccount.js';
import { snapshotCronJob, SNAPSHOT_VARS, volumeSnapshot, volumeSnapshotClass } from '../components/model-snapshots.js';
import { TEST_RANGE, TEST_VARS, testPod } from '../components/helm-tests.js';

interface FileSpec {
  comment: string;
  guard?: string;
  /** file-local variables the documents use */
  vars?: string[];
  docs: TemplateDoc[];
}

const file = (s: FileSpec): string => renderTemplate({ comment: s.comment, guard: s.guard, preamble: s.vars, docs: s.docs });

/** Most files: one object under one guard. */
const oneObject = (comment: string, guard: string | undefined, body: PlainMap, vars?: string[]): string =>
  file({ comment, guard, vars, docs: [{ body }] });

const appOn = '$.Values.app.enabled';

/** With metrics.onlyWhenApiAvailable, a monitoring object renders only if the cluster serves its kind. */
const apiAvailable = (kindExpr: string): string =>
  `or (not $.Values.metrics.onlyWhenApiAvailable) ($.Capabilities.APIVersions.Has (printf "monitoring.coreos.com/v1/%s" ${kindExpr}))`;

/** Per component: Deployment, Service, ServiceAccount, PDB (and its autoscaler). */
function componentFiles(
  c: Component,
  deploymentBody: PlainMap,
  service: PlainMap,
  extraVars?: string[],
  guard?: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  out[`${c.label}-deployment.yaml`] = oneObject(`Deployment of the ${c.label}.`, guard, deploymentBody, extraVars);
  out[`${c.label}-service.yaml`] = oneObject(`Service of the ${c.label}.`, guard, service);
  out[`${c.label}-serviceaccount.yaml`] = oneObject(
    `ServiceAccount of the ${c.label} (token not mounted).`,
    guard ? `and ${guard} $.Values.${c.key}.serviceAccount.create` : `$.Values.${c.key}.serviceAccount.create`,
    serviceAccount(c),
  );
  out[`${c.label}-pdb.yaml`] = oneObject(
    `PodDisruptionBudget of the ${c.label}, only when it can have more than one pod.`,
    guard ? `and ${guard} (${pdbGuard(c)})` : pdbGuard(c),
    pdb(c),
  );
  return out;
}

/** Every template file, keyed by its path under templates/. */
export function templateFiles(): Record<string, string> {
  const files: Record<string, string> = {
    '_names.tpl': defineFile('Names: the release base name, object names, the namespace.', NAME_DEFINES),
    '_labels.tpl': defineFile('Labels: stable selector labels and the full label set of every object.', LABEL_DEFINES),
    '_pods.tpl': defineFile(
      'Pods: image, security contexts, probes, lifecycle, scheduling and anti-affinity presets, service account, rollout strategy.',
      POD_DEFINES,
    ),
    '_storage.tpl': defineFile('Model storage names shared by the Deployment, the PVCs and the snapshots.', MODEL_STORAGE_DEFINES),
    '_api-keys.tpl': defineFile('LLM API keys: the Secret that holds them and the controller env vars that read them.', API_KEY_DEFINES),
    '_exposure.tpl': defineFile(
      'Backends of the Ingress, HTTPRoute and Route: the controller API or the app, never Triton.',
      BACKEND_DEFINES,
    ),
    '_networkpolicy.tpl': defineFile('NetworkPolicy rules shared by several policies.', NETWORK_POLICY_DEFINES),
    'validate.yaml': validateTpl(),
    ...componentFiles(SERVER, serverDeployment(), serverService(), SERVER_VARS),
    'router-server-pvc.yaml': file({
      comment: 'PVCs of the router-server: model repository (kept on uninstall), NFS PV + claim, optional HF cache.',
      vars: SERVER_VARS,
      docs: [
        { guard: modelsPvcGuard, body: modelsPvc() },
        { guard: nfsGuard, body: nfsPv() },
        { guard: nfsGuard, body: nfsPvc() },
        { guard: hfCachePvcGuard, body: hfCachePvc() },
      ],
    }),
    'router-server-scaledobject.yaml': oneObject(
      'Optional KEDA ScaledObject of the router-server.',
      '$.Values.routerServer.autoscaling.enabled',
      scaledObject(SERVER),
    ),
    ...componentFiles(CONTROLLER, controllerDeployment(), controllerService()),
    'router-controller-configmap.yaml': oneObject(
      'config.yaml of the router-controller, from the typed routing table (keys as ${VAR} only).',
      'not $.Values.routerController.existingConfigMap',
      controllerConfigMap(),
    ),
    'router-controller-hpa.yaml': oneObject(
      'HorizontalPodAutoscaler of the router-controller.',
      '$.Values.routerController.autoscaling.enabled',
      hpa(CONTROLLER),
    ),
    ...componentFiles(APP, appDeployment(), appService(), [], appOn),
    'app-configmap.yaml': oneObject('config.yaml of the demo app, only when the app is enabled.', appOn, appConfigMap()),
    'app-hpa.yaml': oneObject('HorizontalPodAutoscaler of the demo app.', `and ${appOn} $.Values.app.autoscaling.enabled`, hpa(APP)),
    'api-keys-secret.yaml': oneObject(
      'DEVELOPMENT ONLY: API-key Secret created from values (NOTES.txt warns).',
      '$.Values.apiKeys.create.enabled',
      apiKeysSecret(),
    ),
    'api-keys-externalsecret.yaml': oneObject(
      'ExternalSecret that syncs the API keys from a secret store.',
      '$.Values.apiKeys.externalSecret.enabled',
      externalSecret(),
    ),
    'networkpolicy.yaml': file({
      comment: 'NetworkPolicies: default deny plus the flows each component needs.',
      guard: '$.Values.networkPolicy.enabled',
      vars: POLICY_VARS,
      docs: [
        { body: defaultDeny() },
        { body: serverPolicy() },
        { body: controllerPolicy() },
        { guard: appOn, body: appPolicy() },
        { guard: '$.Values.tests.enabled', body: testPolicy() },
        { guard: '$.Values.volumeSnapshots.schedule.enabled', body: snapshotPolicy() },
      ],
    }),
    'ingress.yaml': file({
      comment: 'Ingress to the controller API (and the app); never to Triton or its metrics.',
      guard: '$.Values.ingress.enabled',
      docs: [{ body: ingress() }, { guard: '$.Values.ingress.securityHeaders.enabled', body: securityHeadersConfigMap() }],
    }),
    'httproute.yaml': oneObject('Gateway API HTTPRoute.', '$.Values.gatewayApi.httpRoute.enabled', httpRoute()),
    'openshift-route.yaml': oneObject('OpenShift Route.', '$.Values.openshiftRoute.enabled', openshiftRoute()),
    'servicemonitor.yaml': file({
      comment: 'ServiceMonitor or PodMonitor for Triton metrics and the controller /metrics.',
      guard: `and $.Values.metrics.serviceMonitor.enabled (${apiAvailable('$.Values.metrics.serviceMonitor.kind')})`,
      docs: [{ body: serverMonitor() }, { body: controllerMonitor() }],
    }),
    'prometheusrule.yaml': oneObject(
      'PrometheusRule: server down, error ratio, latency, GPU memory.',
      `and $.Values.metrics.prometheusRule.enabled (${apiAvailable('"PrometheusRule"')})`,
      prometheusRule(),
      RULE_VARS,
    ),
    'grafana-dashboard.yaml': oneObject(
      'Grafana dashboard ConfigMap for the sidecar.',
      '$.Values.metrics.grafanaDashboards.enabled',
      dashboardConfigMap(),
    ),
    'volumesnapshotclass.yaml': oneObject(
      'Optional VolumeSnapshotClass (cluster-scoped).',
      '$.Values.volumeSnapshots.snapshotClass.create',
      volumeSnapshotClass(),
    ),
    'volumesnapshot.yaml': oneObject(
      'VolumeSnapshot of the model PVC (kept on uninstall).',
      '$.Values.volumeSnapshots.enabled',
      volumeSnapshot(),
      SNAPSHOT_VARS,
    ),
    'snapshot-cronjob.yaml': file({
      comment: 'Scheduled snapshots: CronJob with a ServiceAccount and a Role limited to VolumeSnapshots.',
      guard: '$.Values.volumeSnapshots.schedule.enabled',
      vars: SNAPSHOT_VARS,
      docs: [{ body: snapshotServiceAccount() }, { body: snapshotRole() }, { body: snapshotRoleBinding() }, { body: snapshotCronJob() }],
    }),
    'tests/test-connections.yaml': file({
      comment: 'helm test pods: each Service answers on its health endpoint.',
      guard: '$.Values.tests.enabled',
      vars: TEST_VARS,
      docs: [{ range: TEST_RANGE, body: testPod() }],
    }),
    'extra-objects.yaml': extraObjectsTpl(),
  };
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
