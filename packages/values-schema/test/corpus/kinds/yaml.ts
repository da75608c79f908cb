// Mistakes in the YAML text itself: YAML 1.1 reading a word or a number where a string belongs, tabs,
// a document that is no map, keys given twice. Each entry is the raw file both Helm and the CLI read.
import { BASE_YAML, type Mistake } from './mistake.js';

const y = (name: string, path: string | null, text: string, extra: Partial<Mistake> = {}): Mistake => ({
  category: 'yaml',
  name,
  path,
  yaml: text,
  ...extra,
});

export const YAML_MISTAKES: Mistake[] = [
  y('tag 010 (octal in YAML 1.1)', 'routerServer.image.tag', `${BASE_YAML}routerServer:\n  image:\n    tag: 010\n`),
  y('tag 1.10 (a float)', 'routerController.image.tag', `${BASE_YAML}routerController:\n  image:\n    tag: 1.10\n`),
  y('tag 2 (an integer)', 'app.image.tag', `${BASE_YAML}app:\n  enabled: true\n  image:\n    tag: 2\n`),
  y(
    'Secret name no',
    'routerServer.huggingFace.token.secretName',
    `${BASE_YAML}routerServer:\n  huggingFace:\n    token:\n      secretName: no\n`,
  ),
  y(
    'node selector value yes',
    'routerServer.nodeSelector["nvidia.com/gpu.present"]',
    `${BASE_YAML}routerServer:\n  nodeSelector:\n    nvidia.com/gpu.present: yes\n`,
  ),
  y('label value on', 'commonLabels.monitored', `${BASE_YAML}commonLabels:\n  monitored: on\n`),
  y('label value 010', 'commonLabels.version', `${BASE_YAML}commonLabels:\n  version: 010\n`),
  y('annotation value off', 'commonAnnotations["example.com/scrape"]', `${BASE_YAML}commonAnnotations:\n  example.com/scrape: off\n`),
  y(
    'env value on',
    'routerServer.extraEnv[0].value',
    `${BASE_YAML}routerServer:\n  extraEnv:\n    - name: HF_HUB_OFFLINE\n      value: on\n`,
  ),
  y(
    'env value 0123',
    'routerController.extraEnv[0].value',
    `${BASE_YAML}routerController:\n  extraEnv:\n    - name: ZONE\n      value: 0123\n`,
  ),
  y(
    'toleration value yes',
    'routerServer.tolerations[0].value',
    `${BASE_YAML}routerServer:\n  tolerations:\n    - key: dedicated\n      operator: Equal\n      value: yes\n      effect: NoSchedule\n`,
  ),
  y('nameOverride no', 'nameOverride', `${BASE_YAML}nameOverride: no\n`),
  y('namespaceOverride 2024', 'namespaceOverride', `${BASE_YAML}namespaceOverride: 2024\n`),
  y(
    'policy name y',
    'routerController.policies[0].name',
    `${BASE_YAML}routerController:\n  policies:\n    - name: y\n      url: http://c.example.com:8000/v2/models/x/infer\n      llms:\n        - name: a\n          apiBase: https://integrate.api.nvidia.com\n          model: m\n`,
  ),
  y(
    'model name a number',
    'routerController.policies[0].llms[0].model',
    `${BASE_YAML}routerController:\n  policies:\n    - name: custom_router\n      url: http://c.example.com:8000/v2/models/x/infer\n      llms:\n        - name: a\n          apiBase: https://integrate.api.nvidia.com\n          model: 3.1\n`,
  ),
  y(
    'ingress host a boolean',
    'ingress.hosts[0].host',
    `${BASE_YAML}ingress:\n  enabled: true\n  hosts:\n    - host: on\nnetworkPolicy:\n  enabled: false\n`,
  ),
  y('tab indentation', null, `${BASE_YAML}routerServer:\n\treplicas: 2\n`),
  y('tab before a nested key', null, `${BASE_YAML}routerController:\n  image:\n\t  tag: v1\n`),
  y('top level a list', null, `- apiKeys:\n    existingSecret: keys\n`),
  y('top level a string', null, `apiKeys existingSecret keys\n`),
  y('mis-indented key', null, `${BASE_YAML}routerServer:\n    replicas: 1\n  resources: {}\n`),
  y('block left empty (null)', 'routerController', `${BASE_YAML}routerController:\n`),
  y('resources left empty (null)', 'routerServer.resources', `${BASE_YAML}routerServer:\n  resources:\n`),
  y('unquoted colon in a value', null, `${BASE_YAML}routerController:\n  logFilter: warn,router: error\n`),
  // Helm's YAML parser keeps the last of two equal keys without a word: only the CLI can say so.
  y('duplicate top-level key', 'routerServer', `${BASE_YAML}routerServer:\n  replicas: 1\nrouterServer:\n  logLevel: debug\n`, {
    cliOnly: true,
  }),
  y('duplicate nested key', 'routerController.replicas', `${BASE_YAML}routerController:\n  replicas: 2\n  replicas: 3\n`, {
    cliOnly: true,
  }),
  // Helm 3 reads the first of two documents, Helm 4 the last (measured): the majors disagree, the CLI refuses the file.
  y('two documents', null, `${BASE_YAML}routerController:\n  logLevel: nonsense\n---\nrouterController:\n  logLevel: debug\n`, {
    cliOnly: true,
  }),
  y('duplicate key in a flow map', 'routerController.image.tag', `${BASE_YAML}routerController:\n  image: {tag: v1, tag: v2}\n`, {
    cliOnly: true,
  }),
];
