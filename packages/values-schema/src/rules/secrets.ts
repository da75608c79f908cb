// Rules on Secret references and environment variables: a credential where a Secret's name or key
// belongs (the key would end up in the Helm release in plain text), an env var with both a literal
// value and a valueFrom (Kubernetes rejects it), a literal API key in an env var.
import type { Values } from '../schema/root.js';
import { COMPONENTS, V } from './paths.js';
import type { GoScope, Rule, Seg } from './rule.js';

/** The prefixes of API keys and tokens the LLM Router meets (NVIDIA, OpenAI, Anthropic, Hugging Face, GitHub, GitLab, Slack, AWS), and a long tail. */
export const KEY_PREFIX = /^(nvapi-|sk-|hf_|ghp_|gho_|github_pat_|glpat-|xox[abprs]-|AKIA|ASIA)[A-Za-z0-9_-]{12,}/;
/** A long run of base64 or hex characters without separators: a generated secret, not a chosen name. */
const RANDOM = /^[A-Za-z0-9+/=]{32,}$/;
const DIGIT = /[0-9]/;
const LETTER = /[A-Za-z]/;

export const looksLikeCredential = (s: string): boolean => KEY_PREFIX.test(s) || (RANDOM.test(s) && DIGIT.test(s) && LETTER.test(s));
const re = (r: RegExp) => JSON.stringify(r.source);
/** The named template the rules below call: prints "true" for a credential-looking string (include then gives a non-empty string). */
export const GO_CREDENTIAL: string[] = [
  '{{- /* "true" when a string looks like an API key or token (the same test as the library).',
  '       Usage: {{ include "llm-router.validate.credential" "nvapi-..." }} */}}',
  `{{- define "llm-router.validate.credential" }}{{ if or (regexMatch ${re(KEY_PREFIX)} .) (and (regexMatch ${re(RANDOM)} .) (regexMatch ${re(DIGIT)} .) (regexMatch ${re(LETTER)} .)) }}true{{ end }}{{ end }}`,
];
const goLooksLikeCredential = (x: string) => `(include "llm-router.validate.credential" (toString ${x}))`;

const CRED = 'routerServer.modelRepository.credentials';
/** Every single-valued Secret name or Secret key of the values ("what" says which of the two). */
const REFS: { path: string; what: 'name' | 'key name' }[] = [
  { path: 'apiKeys.existingSecret', what: 'name' },
  { path: 'apiKeys.secretName', what: 'name' },
  { path: 'routerServer.huggingFace.token.secretName', what: 'name' },
  { path: 'routerServer.huggingFace.token.secretKey', what: 'key name' },
  ...['s3', 'gcs', 'azure'].map((s) => ({ path: `${CRED}.${s}.secretName`, what: 'name' as const })),
  ...['s3.accessKeyIdKey', 's3.secretAccessKeyKey', 's3.sessionTokenKey', 'gcs.key', 'azure.accountNameKey', 'azure.accountKeyKey'].map(
    (k) => ({ path: `${CRED}.${k}`, what: 'key name' as const }),
  ),
];
const at = (v: Values, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), v);
const SECRET_REFS: GoScope = {
  name: 'secretRefs',
  calls: REFS.map((r) => `(dict "path" "${r.path}" "what" "${r.what}" "value" ${V(r.path)})`),
};
const RC = 'routerController';

export const secretRules: Rule[] = [
  {
    id: 'secret-ref-not-credential',
    scope: SECRET_REFS,
    values: REFS.map((r) => r.path),
    doc: 'A Secret name or key name (`apiKeys.existingSecret`, `secretName`, `secretKey`, the credentials key names) is not a credential itself (`nvapi-...`, `sk-...`, `hf_...`, a long base64 or hex string): values end up in the Helm release in plain text.',
    message:
      'looks like a credential (an API key or token) where a Secret {what} belongs: put the credential into a Secret and give its {what} here (values are stored in the Helm release in plain text)',
    check(v, hit) {
      for (const r of REFS) {
        const value = at(v, r.path);
        if (typeof value === 'string' && looksLikeCredential(value)) hit(r.path.split('.'), { what: r.what });
      }
    },
    go: (fail) => [
      fail({ when: `and $s.value ${goLooksLikeCredential('$s.value')}`, path: '%s', pathArgs: ['$s.path'], args: { what: '$s.what' } }),
    ],
  },
  {
    id: 'listed-secret-ref-not-credential',
    values: [`${RC}.policies[].llms[].apiKey`, 'ingress.tls[].secretName', 'global.imagePullSecrets'],
    doc: 'The same for Secret names and keys in lists: `policies[].llms[].apiKey`, `ingress.tls[].secretName`, `global.imagePullSecrets`.',
    message:
      'looks like a credential (an API key or token) where a Secret {what} belongs: put the credential into a Secret and give its {what} here (values are stored in the Helm release in plain text)',
    check(v, hit) {
      const test = (path: Seg[], value: string | null | undefined, what: string) =>
        typeof value === 'string' && looksLikeCredential(value) && hit(path, { what });
      v.routerController.policies.forEach((p, i) =>
        p.llms.forEach((l, j) => {
          test([RC, 'policies', i, 'llms', j, 'apiKey', 'secretName'], l.apiKey.secretName, 'name');
          test([RC, 'policies', i, 'llms', j, 'apiKey', 'secretKey'], l.apiKey.secretKey, 'key name');
        }),
      );
      v.ingress.tls.forEach((t, i) => test(['ingress', 'tls', i, 'secretName'], t.secretName, 'name'));
      v.global.imagePullSecrets.forEach((s, i) =>
        typeof s === 'string'
          ? test(['global', 'imagePullSecrets', i], s, 'name')
          : test(['global', 'imagePullSecrets', i, 'name'], s.name, 'name'),
      );
    },
    go: (fail) => [
      `{{- range $i, $p := ${V(`${RC}.policies`)} }}{{ range $j, $l := $p.llms }}`,
      '{{- $ak := $l.apiKey | default dict }}',
      fail({
        when: `and $ak.secretName ${goLooksLikeCredential('$ak.secretName')}`,
        path: `${RC}.policies[%d].llms[%d].apiKey.secretName`,
        pathArgs: ['$i', '$j'],
        args: { what: '"name"' },
      }),
      fail({
        when: `and $ak.secretKey ${goLooksLikeCredential('$ak.secretKey')}`,
        path: `${RC}.policies[%d].llms[%d].apiKey.secretKey`,
        pathArgs: ['$i', '$j'],
        args: { what: '"key name"' },
      }),
      '{{- end }}{{ end }}',
      `{{- range $i, $t := ${V('ingress.tls')} }}`,
      fail({
        when: goLooksLikeCredential('$t.secretName'),
        path: 'ingress.tls[%d].secretName',
        pathArgs: ['$i'],
        args: { what: '"name"' },
      }),
      '{{- end }}',
      `{{- range $i, $ps := ${V('global.imagePullSecrets')} }}`,
      fail({
        when: `and (kindIs "string" $ps) ${goLooksLikeCredential('$ps')}`,
        path: 'global.imagePullSecrets[%d]',
        pathArgs: ['$i'],
        args: { what: '"name"' },
      }),
      fail({
        when: `and (kindIs "map" $ps) ${goLooksLikeCredential('(toString $ps.name)')}`,
        path: 'global.imagePullSecrets[%d].name',
        pathArgs: ['$i'],
        args: { what: '"name"' },
      }),
      '{{- end }}',
    ],
  },
  {
    id: 'env-value-or-value-from',
    values: COMPONENTS.map((c) => `${c}.extraEnv`),
    doc: 'An `extraEnv` entry sets `value` or `valueFrom`, not both (Kubernetes rejects the pod).',
    message: 'is set together with valueFrom: Kubernetes accepts one of them; keep valueFrom (the Secret reference) and remove value',
    check(v, hit) {
      for (const c of COMPONENTS) v[c].extraEnv.forEach((e, i) => e.value && e.valueFrom !== undefined && hit([c, 'extraEnv', i, 'value']));
    },
    go: (fail) =>
      COMPONENTS.flatMap((c) => [
        `{{- range $i, $e := ${V(`${c}.extraEnv`)} }}`,
        fail({ when: 'and $e.value $e.valueFrom', path: `${c}.extraEnv[%d].value`, pathArgs: ['$i'] }),
        '{{- end }}',
      ]),
  },
  {
    id: 'env-no-inline-credential',
    values: COMPONENTS.map((c) => `${c}.extraEnv`),
    doc: 'An `extraEnv` value is not an API key or token (`nvapi-...`, `sk-...`, `hf_...`): use `valueFrom.secretKeyRef`.',
    message:
      'looks like an API key or token: reference it from a Secret with valueFrom.secretKeyRef instead (values are stored in the Helm release in plain text)',
    check(v, hit) {
      for (const c of COMPONENTS)
        v[c].extraEnv.forEach((e, i) => typeof e.value === 'string' && KEY_PREFIX.test(e.value) && hit([c, 'extraEnv', i, 'value']));
    },
    go: (fail) =>
      COMPONENTS.flatMap((c) => [
        `{{- range $i, $e := ${V(`${c}.extraEnv`)} }}`,
        fail({
          when: `and $e.value (regexMatch ${re(KEY_PREFIX)} (toString $e.value))`,
          path: `${c}.extraEnv[%d].value`,
          pathArgs: ['$i'],
        }),
        '{{- end }}',
      ]),
  },
];
