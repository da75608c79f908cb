// Rules of the router-controller's routing table and where its API keys come from.
import { COMPLEXITY_ROUTER_TABLE, TASK_ROUTER_TABLE } from '../schema/policies.js';
import type { Values } from '../schema/root.js';
import { V } from './paths.js';
import type { Rule } from './rule.js';

const RC = 'routerController';
const POLICIES = V(`${RC}.policies`);

/** Classifier models of the router-server (model repository `<name>_ensemble`) and their class counts. */
export const CLASSIFIERS: Record<string, number> = {
  task_router: TASK_ROUTER_TABLE.length,
  complexity_router: COMPLEXITY_ROUTER_TABLE.length,
};
const goClassifiers = `(dict ${Object.entries(CLASSIFIERS)
  .map(([k, n]) => `"${k}" ${n}`)
  .join(' ')})`;
const classifierList = Object.entries(CLASSIFIERS)
  .map(([k, n]) => `${k} (${n} classes)`)
  .join(', ');

const hasSource = (v: Values) => v.apiKeys.existingSecret !== null || v.apiKeys.externalSecret.enabled || v.apiKeys.create.enabled;
const goHasSource = `(or ${V('apiKeys.existingSecret')} ${V('apiKeys.externalSecret.enabled')} ${V('apiKeys.create.enabled')})`;
/** How messages name the Secret an LLM's key is read from. */
const RELEASE_SECRET = 'the apiKeys Secret';

export const routingRules: Rule[] = [
  {
    id: 'one-config-source',
    values: [`${RC}.customConfig`, `${RC}.existingConfigMap`],
    doc: '`routerController.customConfig` and `existingConfigMap` exclude each other.',
    message: 'set either customConfig or existingConfigMap, not both',
    check(v, hit) {
      if (v.routerController.customConfig !== null && v.routerController.existingConfigMap !== null) hit([RC, 'existingConfigMap']);
    },
    go: (fail) => [fail({ when: `and ${V(`${RC}.customConfig`)} ${V(`${RC}.existingConfigMap`)}`, path: `${RC}.existingConfigMap` })],
  },
  {
    id: 'policies-not-empty',
    values: [`${RC}.policies`, `${RC}.customConfig`, `${RC}.existingConfigMap`],
    doc: '`routerController.policies` needs at least one policy unless `customConfig` or `existingConfigMap` is set.',
    message: 'needs at least one policy unless customConfig or existingConfigMap is set',
    check(v, hit) {
      const c = v.routerController;
      if (c.customConfig === null && c.existingConfigMap === null && c.policies.length === 0) hit([RC, 'policies']);
    },
    go: (fail) => [
      fail({ when: `not (or ${POLICIES} ${V(`${RC}.customConfig`)} ${V(`${RC}.existingConfigMap`)})`, path: `${RC}.policies` }),
    ],
  },
  {
    id: 'unique-policy-names',
    values: [`${RC}.policies[].name`],
    doc: 'Policy names are unique.',
    message: 'duplicate policy name "{name}"',
    check(v, hit) {
      const seen = new Set<string>();
      v.routerController.policies.forEach((p, i) => {
        if (seen.has(p.name)) hit([RC, 'policies', i, 'name'], { name: p.name });
        seen.add(p.name);
      });
    },
    go: (fail) => [
      '{{- $policyNames := dict }}',
      `{{- range $i, $p := ${POLICIES} }}`,
      fail({ when: 'hasKey $policyNames $p.name', path: `${RC}.policies[%d].name`, pathArgs: ['$i'], args: { name: '$p.name' } }),
      '{{- $_ := set $policyNames $p.name true }}',
      '{{- end }}',
    ],
  },
  {
    id: 'unique-llm-names',
    values: [`${RC}.policies[].llms[].name`],
    doc: 'LLM names are unique within a policy.',
    message: 'duplicate LLM name "{llm}" in policy "{policy}"',
    check(v, hit) {
      v.routerController.policies.forEach((p, i) => {
        const seen = new Set<string>();
        p.llms.forEach((l, j) => {
          if (seen.has(l.name)) hit([RC, 'policies', i, 'llms', j, 'name'], { llm: l.name, policy: p.name });
          seen.add(l.name);
        });
      });
    },
    go: (fail) => [
      `{{- range $i, $p := ${POLICIES} }}`,
      '{{- $llmNames := dict }}',
      '{{- range $j, $l := $p.llms }}',
      fail({
        when: 'hasKey $llmNames $l.name',
        path: `${RC}.policies[%d].llms[%d].name`,
        pathArgs: ['$i', '$j'],
        args: { llm: '$l.name', policy: '$p.name' },
      }),
      '{{- $_ := set $llmNames $l.name true }}',
      '{{- end }}',
      '{{- end }}',
    ],
  },
  {
    id: 'policy-names-a-classifier',
    values: [`${RC}.policies[].name`, `${RC}.policies[].url`],
    doc: `A policy without \`url\` is served by the router-server's classifier of the same name: ${classifierList}. A custom classifier needs its \`url\`.`,
    message: `is not a classifier of the router-server (${Object.keys(CLASSIFIERS).join(', ')}); set url to the Triton infer URL of a custom classifier`,
    check(v, hit) {
      v.routerController.policies.forEach((p, i) => {
        if (p.url === null && !(p.name in CLASSIFIERS)) hit([RC, 'policies', i, 'name']);
      });
    },
    go: (fail) => [
      `{{- range $i, $p := ${POLICIES} }}`,
      fail({ when: `and (not $p.url) (not (hasKey ${goClassifiers} $p.name))`, path: `${RC}.policies[%d].name`, pathArgs: ['$i'] }),
      '{{- end }}',
    ],
  },
  {
    id: 'one-llm-per-class',
    values: [`${RC}.policies[].llms`],
    doc: 'A policy served by a built-in classifier lists exactly one LLM per class, in class order (the controller indexes the list with the class number).',
    message: 'has {count} entries but the {policy} classifier has {classes} classes (entry i serves class i)',
    check(v, hit) {
      v.routerController.policies.forEach((p, i) => {
        const classes = CLASSIFIERS[p.name];
        if (p.url === null && classes !== undefined && p.llms.length !== classes)
          hit([RC, 'policies', i, 'llms'], { count: p.llms.length, policy: p.name, classes });
      });
    },
    go: (fail) => [
      `{{- range $i, $p := ${POLICIES} }}`,
      fail({
        when: `and (not $p.url) (hasKey ${goClassifiers} $p.name) (ne (len $p.llms) (int (get ${goClassifiers} $p.name)))`,
        path: `${RC}.policies[%d].llms`,
        pathArgs: ['$i'],
        args: { count: '(len $p.llms)', policy: '$p.name', classes: `(get ${goClassifiers} $p.name)` },
      }),
      '{{- end }}',
    ],
  },
  {
    id: 'api-key-source',
    releaseOnly: true,
    values: [`${RC}.policies[].llms[].apiKey.secretName`, 'apiKeys'],
    doc: 'Every LLM reads its key from a Secret: its own `apiKey.secretName`, or the release-wide `apiKeys` source (existingSecret, externalSecret or create). Not part of the defaults, which name no Secret.',
    message: 'no API key source configured; set apiKeys.existingSecret, apiKeys.externalSecret.enabled or apiKeys.create.enabled',
    check(v, hit) {
      if (hasSource(v)) return;
      v.routerController.policies.forEach((p, i) =>
        p.llms.forEach((l, j) => {
          if (l.apiKey.secretName === null) hit([RC, 'policies', i, 'llms', j, 'apiKey']);
        }),
      );
    },
    go: (fail) => [
      `{{- if not ${goHasSource} }}{{ range $i, $p := ${POLICIES} }}{{ range $j, $l := $p.llms }}`,
      fail({ when: 'not ($l.apiKey | default dict).secretName', path: `${RC}.policies[%d].llms[%d].apiKey`, pathArgs: ['$i', '$j'] }),
      '{{- end }}{{ end }}{{ end }}',
    ],
  },
  {
    id: 'one-secret-per-key-name',
    releaseOnly: true,
    values: [`${RC}.policies[].llms[].apiKey`],
    doc: 'One key name (`apiKey.secretKey`, the environment variable) is read from one Secret only.',
    message: '{key} is already read from Secret {previous}; use a different key name for Secret {secret}',
    check(v, hit) {
      const release = v.apiKeys.existingSecret ?? RELEASE_SECRET;
      const seen = new Map<string, string>();
      v.routerController.policies.forEach((p, i) =>
        p.llms.forEach((l, j) => {
          const secret = l.apiKey.secretName ?? release;
          const previous = seen.get(l.apiKey.secretKey);
          if (previous === undefined) seen.set(l.apiKey.secretKey, secret);
          else if (previous !== secret)
            hit([RC, 'policies', i, 'llms', j, 'apiKey', 'secretKey'], { key: l.apiKey.secretKey, previous, secret });
        }),
      );
    },
    go: (fail) => [
      `{{- $releaseSecret := ${V('apiKeys.existingSecret')} | default "${RELEASE_SECRET}" }}`,
      '{{- $keySecrets := dict }}',
      `{{- range $i, $p := ${POLICIES} }}{{ range $j, $l := $p.llms }}`,
      '{{- $ak := $l.apiKey | default dict }}',
      '{{- $key := $ak.secretKey | default "NVIDIA_API_KEY" }}',
      '{{- $secret := $ak.secretName | default $releaseSecret }}',
      fail({
        when: 'and (hasKey $keySecrets $key) (ne (get $keySecrets $key) $secret)',
        path: `${RC}.policies[%d].llms[%d].apiKey.secretKey`,
        pathArgs: ['$i', '$j'],
        args: { key: '$key', previous: '(get $keySecrets $key)', secret: '$secret' },
      }),
      '{{- if not (hasKey $keySecrets $key) }}{{ $_ := set $keySecrets $key $secret }}{{ end }}',
      '{{- end }}{{ end }}',
    ],
  },
];
