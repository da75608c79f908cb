// router-controller (Rust proxy): config.yaml from the typed routing table, API keys as ${VAR} fed by
// secretKeyRef env, --config-path (not CONFIG_PATH), checksum roll, preStop + grace for in-flight requests.
import { blockText, expr, inline, map, toYamlIfSet, when, type PlainMap, type YMap } from '../gotpl/yaml.js';
import { apiKeyEnv } from '../helpers/api-keys.js';
import {
  containerBase,
  containerSecurity,
  extraEnv,
  configFileMounts,
  configFileVolumes,
  lifecycle,
  resources,
  httpReadyTcpLive,
} from '../helpers/pod.js';
import { CONTROLLER, FULLNAME, nameOf, SERVER, v } from '../helpers/names.js';
import { metadata } from '../helpers/meta.js';
import { deployment } from '../resources/deployment.js';
import { service } from '../resources/service.js';
import { CONTROLLER_PORT } from '@llm-router-helm/values-schema';

const c = CONTROLLER;
export const configMapName = nameOf('router-controller-config');
/** The ConfigMap the controller reads: the user's existing one or the chart's. */
export const configSourceName = `${v(c, 'existingConfigMap')} | default (${configMapName})`;
export const CONFIG_KEY = 'config.yaml';

/** In-cluster Triton infer URL of a policy: the release's router-server Service, `<policy>_ensemble`. */
export const defaultPolicyUrl = (policyVar: string): string =>
  `printf "http://%s:%v/v2/models/%s_ensemble/infer" (${nameOf(SERVER.label)}) ${v(SERVER, 'service.port')} ${policyVar}.name`;

/** config.yaml in the controller's format; api_key is a ${VAR} reference, never a value. */
export function controllerConfigMap(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: metadata({ owner: c, suffix: 'router-controller-config' }),
    data: {
      [CONFIG_KEY]: blockText(
        `{{- if ${v(c, 'customConfig')} }}`,
        `{{- ${v(c, 'customConfig')} | nindent +0 }}`,
        '{{- else }}',
        'policies:',
        `{{- range $p := ${v(c, 'policies')} }}`,
        '  - name: {{ $p.name | quote }}',
        `    url: {{ $p.url | default (${defaultPolicyUrl('$p')}) | quote }}`,
        '    llms:',
        '    {{- range $l := $p.llms }}',
        '      - name: {{ $l.name | quote }}',
        '        api_base: {{ $l.apiBase | quote }}',
        '        api_key: {{ printf "${%s}" (($l.apiKey | default dict).secretKey | default "NVIDIA_API_KEY") | quote }}',
        '        model: {{ $l.model | quote }}',
        '    {{- end }}',
        '{{- end }}',
        '{{- end }}',
      ),
    },
  };
}

/** Hash of everything the config text depends on, so changing routing rolls the pods. */
const configChecksum = `toJson (list ${v(c, 'policies')} ${v(c, 'customConfig')} ${v(c, 'existingConfigMap')} (${FULLNAME}) ${v(SERVER, 'service.port')}) | sha256sum | quote`;
/** Hash of the chart-created development Secret, so new keys roll the pods too. */
const secretChecksum = `toJson $.Values.apiKeys.create | sha256sum | quote`;

export function controllerContainer(): YMap {
  return map(
    containerBase(c, 'router-controller'),
    {
      // The program reads only --config-path; CONFIG_PATH is ignored, so no env var is set for it.
      args: ['--config-path', expr(`${v(c, 'config.mountPath')} | quote`)],
      // The program always listens on 8084; only the Service port (service.port) is configurable.
      ports: [{ name: 'http', containerPort: CONTROLLER_PORT, protocol: 'TCP' }],
      env: [
        { name: 'RUST_LOG', value: expr(`${v(c, 'logFilter')} | default ${v(c, 'logLevel')} | quote`) },
        inline(`${apiKeyEnv} | trim`),
        extraEnv(c),
      ],
      envFrom: toYamlIfSet(v(c, 'extraEnvFrom')),
    },
    resources(c),
    containerSecurity(c),
    ...httpReadyTcpLive(c, '/health'),
    {
      // The controller ignores SIGTERM: preStop lets endpoints drain, the grace period lets requests finish.
      lifecycle: lifecycle(c),
      volumeMounts: configFileMounts(c, expr(`${v(c, 'config.mountPath')} | quote`), CONFIG_KEY),
    },
  );
}

export function controllerDeployment(): PlainMap {
  return deployment({
    c,
    container: controllerContainer(),
    volumes: configFileVolumes(c, configSourceName),
    podAnnotations: [
      { 'checksum/config': expr(configChecksum) },
      when('$.Values.apiKeys.create.enabled', { 'checksum/api-keys': expr(secretChecksum) }),
    ],
  });
}

export const controllerService = (): PlainMap => service(c, [{ name: 'http', port: v(c, 'service.port'), targetPort: 'http' }]);
