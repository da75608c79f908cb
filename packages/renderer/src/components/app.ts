// Demo app (Gradio): rendered only when enabled; its config.yaml is a file mount, never over /app.
import { blockText, expr, map, toYamlIfSet, type PlainMap, type YMap } from '../gotpl/yaml.js';
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
import { APP, CONTROLLER, FULLNAME, nameOf, v } from '../helpers/names.js';
import { metadata } from '../helpers/meta.js';
import { deployment } from '../resources/deployment.js';
import { service } from '../resources/service.js';

const c = APP;
export const APP_CONFIG_PATH = '/app/config.yaml';
export const appConfigMapName = nameOf('app-config');
export const controllerUrl = `printf "http://%s:%v" (${nameOf(CONTROLLER.label)}) ${v(CONTROLLER, 'service.port')}`;

export function appConfigMap(): PlainMap {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: metadata({ owner: c, suffix: 'app-config' }),
    data: {
      'config.yaml': blockText(
        `router_controller_url: {{ ${v(c, 'routerControllerUrl')} | default (${controllerUrl}) | quote }}`,
        // The app sends this to the controller, which does not check it; real keys live in the controller only.
        'openai_api_key: "not-used"',
        // a list: the app offers these choices in its strategy dropdown
        'routing_strategy:',
        `{{- range ${v(c, 'routingStrategies')} }}`,
        '  - {{ . | quote }}',
        '{{- end }}',
      ),
    },
  };
}

export function appContainer(): YMap {
  return map(
    containerBase(c, 'app'),
    {
      ports: [{ name: 'http', containerPort: expr(v(c, 'port')), protocol: 'TCP' }],
      env: [
        { name: 'GRADIO_SERVER_PORT', value: expr(`${v(c, 'port')} | toString | quote`) },
        { name: 'GRADIO_SERVER_NAME', value: '0.0.0.0' },
        { name: 'HOME', value: '/tmp' },
        { name: 'LOG_LEVEL', value: expr(`${v(c, 'logLevel')} | upper | quote`) },
        extraEnv(c),
      ],
      envFrom: toYamlIfSet(v(c, 'extraEnvFrom')),
    },
    resources(c),
    containerSecurity(c),
    // The app has no health endpoint; "/" answers 200 once Gradio serves.
    ...httpReadyTcpLive(c, '/'),
    {
      lifecycle: lifecycle(c),
      // The app reads /app/config.yaml (fixed in the program).
      volumeMounts: configFileMounts(c, APP_CONFIG_PATH, 'config.yaml'),
    },
  );
}

export function appDeployment(): PlainMap {
  return deployment({
    c,
    container: appContainer(),
    volumes: configFileVolumes(c, appConfigMapName),
    podAnnotations: [
      {
        'checksum/config': expr(
          `toJson (list ${v(c, 'routerControllerUrl')} ${v(c, 'routingStrategies')} (${FULLNAME})) | sha256sum | quote`,
        ),
      },
    ],
  });
}

export const appService = (): PlainMap => service(c, [{ name: 'http', port: v(c, 'service.port'), targetPort: 'http' }]);
