// Rules JSON Schema cannot express (cross-field comparisons, duplicates), checked once per render
// with `fail` messages that start with the offending value path. Emits no objects.
import { APP, COMPONENTS } from './names.js';

const SELECTOR_KEYS = ['app.kubernetes.io/name', 'app.kubernetes.io/instance', 'app.kubernetes.io/component'];

export function validateTpl(): string {
  const lines: string[] = ['{{- /* Validation: rules values.schema.json cannot express; renders nothing. */ -}}'];
  const f = (cond: string, msg: string, ...args: string[]) =>
    lines.push(`{{- if ${cond} }}{{ fail (printf ${JSON.stringify(msg)}${args.map((a) => ' ' + a).join('')}) }}{{ end }}`);

  lines.push(`{{- $selectorKeys := list ${SELECTOR_KEYS.map((k) => JSON.stringify(k)).join(' ')} }}`);
  lines.push('{{- range $k := $selectorKeys }}');
  f('hasKey $.Values.commonLabels $k', 'commonLabels.%s: selector labels are set by the chart and cannot be overridden', '$k');
  for (const c of COMPONENTS) f(`hasKey $.Values.${c.key}.podLabels $k`, `${c.key}.podLabels.%s: selector labels are set by the chart and cannot be overridden`, '$k');
  lines.push('{{- end }}');

  // NVIDIA publishes no router images: a bare name would be pulled from Docker Hub's library namespace.
  for (const c of COMPONENTS) {
    const b = `$.Values.${c.key}`;
    const unqualified = `(not ${b}.image.registry) (not $.Values.global.imageRegistry) (not (contains "/" ${b}.image.repository))`;
    f(
      c === APP ? `and ${b}.enabled ${unqualified}` : `and ${unqualified}`,
      `${c.key}.image.repository: %q names no registry, and NVIDIA publishes no ${c === APP ? 'demo app' : c.label} image: build it from the LLM Router blueprint, push it to your registry and set global.imageRegistry (or ${c.key}.image.registry, or a repository that starts with the registry host); see "Images" in the chart README`,
      `${b}.image.repository`,
    );
  }

  for (const c of COMPONENTS) {
    const b = `$.Values.${c.key}`;
    f(
      `and (gt (int ${b}.preStopSleepSeconds) 0) (ge (int ${b}.preStopSleepSeconds) (int ${b}.terminationGracePeriodSeconds))`,
      `${c.key}.preStopSleepSeconds: must be below ${c.key}.terminationGracePeriodSeconds (%v), got %v`,
      `${b}.terminationGracePeriodSeconds`,
      `${b}.preStopSleepSeconds`,
    );
    f(
      `gt (int ${b}.autoscaling.minReplicas) (int ${b}.autoscaling.maxReplicas)`,
      `${c.key}.autoscaling.maxReplicas: must be >= minReplicas (%v), got %v`,
      `${b}.autoscaling.minReplicas`,
      `${b}.autoscaling.maxReplicas`,
    );
  }

  // Model repository: object-storage URLs need no volume; local paths need one; hostPath is opt-in.
  const mr = '$.Values.routerServer.modelRepository';
  lines.push(`{{- $objectStore := regexMatch "^(s3|gs|as)://" ${mr}.path }}`);
  f(
    `and $objectStore (ne ${mr}.storage.type "none")`,
    'routerServer.modelRepository.storage.type: must be "none" when modelRepository.path is an object-storage URL, got %q',
    `${mr}.storage.type`,
  );
  f(
    `and (not $objectStore) (eq ${mr}.storage.type "none")`,
    'routerServer.modelRepository.storage.type: "none" needs an s3://, gs:// or as:// modelRepository.path, got %q',
    `${mr}.path`,
  );
  f(
    `and (eq ${mr}.storage.type "hostPath") (not ${mr}.storage.hostPath.iUnderstandTheRisk)`,
    'routerServer.modelRepository.storage.hostPath.iUnderstandTheRisk: must be true to use a hostPath volume (explicit opt-in)',
  );
  f(
    `and (gt (int $.Values.routerServer.replicas) 1) (eq ${mr}.storage.type "pvc") (not ${mr}.storage.pvc.existingClaim) (not (or (has "ReadWriteMany" ${mr}.storage.pvc.accessModes) (has "ReadOnlyMany" ${mr}.storage.pvc.accessModes)))`,
    'routerServer.modelRepository.storage.pvc.accessModes: must include ReadWriteMany or ReadOnlyMany when routerServer.replicas is %v',
    '$.Values.routerServer.replicas',
  );

  // Routing table: unique names (JSON Schema cannot compare list items by field), api_base without /v1.
  lines.push('{{- $policies := dict }}');
  lines.push('{{- range $i, $p := $.Values.routerController.policies }}');
  f('hasKey $policies $p.name', 'routerController.policies[%d].name: duplicate policy name %q', '$i', '$p.name');
  lines.push('{{- $_ := set $policies $p.name true }}');
  lines.push('{{- $llms := dict }}');
  lines.push('{{- range $j, $l := $p.llms }}');
  f('hasKey $llms $l.name', 'routerController.policies[%d].llms[%d].name: duplicate LLM name %q', '$i', '$j', '$l.name');
  lines.push('{{- $_ := set $llms $l.name true }}');
  f(
    'hasSuffix "/v1" (trimSuffix "/" $l.apiBase)',
    'routerController.policies[%d].llms[%d].apiBase: must not end in /v1 (the controller appends /v1/chat/completions itself), got %q',
    '$i',
    '$j',
    '$l.apiBase',
  );
  lines.push('{{- end }}');
  lines.push('{{- end }}');

  const ak = '$.Values.apiKeys';
  f(
    `gt (len (compact (list ${ak}.existingSecret (ternary "x" "" ${ak}.create.enabled) (ternary "x" "" ${ak}.externalSecret.enabled)))) 1`,
    'apiKeys: use only one key source: existingSecret, create.enabled or externalSecret.enabled',
  );
  f(
    `and ${ak}.externalSecret.enabled (not ${ak}.externalSecret.secretStoreRef.name)`,
    'apiKeys.externalSecret.secretStoreRef.name: is required when apiKeys.externalSecret.enabled is true',
  );

  const rc = '$.Values.routerController';
  f(`and ${rc}.customConfig ${rc}.existingConfigMap`, 'routerController.existingConfigMap: set either customConfig or existingConfigMap, not both');
  // Routes to the app need the app (zod checks this across sections; JSON Schema cannot).
  lines.push('{{- if not $.Values.app.enabled }}');
  lines.push('{{- if $.Values.ingress.enabled }}{{ range $i, $h := $.Values.ingress.hosts }}{{ range $j, $p := $h.paths }}');
  f('eq $p.backend "app"', 'ingress.hosts[%d].paths[%d].backend: is "app" but app.enabled is false', '$i', '$j');
  lines.push('{{- end }}{{ end }}{{ end }}');
  lines.push('{{- if $.Values.gatewayApi.httpRoute.enabled }}{{ range $i, $r := $.Values.gatewayApi.httpRoute.rules }}');
  f('eq $r.backend "app"', 'gatewayApi.httpRoute.rules[%d].backend: is "app" but app.enabled is false', '$i');
  lines.push('{{- end }}{{ end }}');
  lines.push('{{- end }}');
  f(
    `and (not $.Values.app.enabled) $.Values.openshiftRoute.enabled (eq $.Values.openshiftRoute.backend "app")`,
    'openshiftRoute.backend: is "app" but app.enabled is false',
  );
  return lines.join('\n') + '\n';
}
