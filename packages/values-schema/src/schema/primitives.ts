// Small reusable value shapes. Every helper takes the description so no field goes undocumented.
import { z } from 'zod';

/** Attaches a description (and optional examples) in zod's global registry, which feeds every generator. */
export function doc<T extends z.ZodType>(schema: T, description: string, examples?: unknown[]): T {
  return schema.meta(examples ? { description, examples } : { description }) as T;
}

/** A closed object whose missing keys are filled from its own field defaults. */
export function block<S extends z.ZodRawShape>(description: string, shape: S) {
  // Every field of a block has a default, so {} is a valid input; the generic type cannot see that.
  return doc(z.strictObject(shape), description).prefault({} as never);
}

/** DNS-1123 subdomain: the names of Secrets, ConfigMaps, PVCs, ServiceAccounts, classes ("llm-router.api-keys", "nvcr.io"). */
export const NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
/** DNS-1123 label: names that become part of other names or label values (release name overrides, namespaces). */
export const LABEL_NAME_PATTERN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
/** A label value: at most 63 characters, alphanumeric at both ends, "-", "_", "." inside (or empty). */
export const LABEL_VALUE_PATTERN = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
/** A label or annotation key: optional DNS-subdomain prefix and "/", then a name of at most 63 characters. */
export const LABEL_KEY_PATTERN =
  /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
export const ENV_NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A key of a Secret's data (what Kubernetes accepts): letters, digits, "-", "_", ".". */
export const SECRET_KEY_PATTERN = /^[-._a-zA-Z0-9]+$/;
/** A name the chart puts in front of Service names, which are DNS-1035 labels: lowercase, starting with a letter. */
export const SERVICE_PREFIX_PATTERN = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
/** A container environment variable name as the Kubernetes API validates it (no spaces, no "="). */
export const CONTAINER_ENV_NAME_PATTERN = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
export const QUANTITY_PATTERN = /^([0-9]+(\.[0-9]+)?|\.[0-9]+)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|[eE][0-9]+)?$/;
export const DURATION_PATTERN = /^([0-9]+(ms|s|m|h|d|w|y))+$/;
export const PERCENT_PATTERN = /^[0-9]+%$/;

export const nullableString = (description: string, def: string | null = null, examples?: unknown[]) =>
  doc(z.string().min(1).nullable(), description, examples).default(def);

export const str = (description: string, def: string, examples?: unknown[]) => doc(z.string().min(1), description, examples).default(def);

export const bool = (description: string, def: boolean) => doc(z.boolean(), description).default(def);

export const int = (description: string, def: number, min = 0, max?: number) => {
  let s = z.int().min(min);
  if (max !== undefined) s = s.max(max);
  return doc(s, description).default(def);
};

/** A DNS-1123 subdomain name of a Kubernetes object the user created (Secret, ConfigMap, PVC ...). */
export const k8sName = () =>
  z
    .string()
    .regex(NAME_PATTERN, { error: 'must be a lowercase DNS-1123 name (a-z, 0-9, "-" and "." between them), as Kubernetes requires' })
    .max(253);
export const nullableName = (description: string, examples?: unknown[]) => doc(k8sName().nullable(), description, examples).default(null);

/** A key in a Secret the user created (the chart maps it to an environment variable or a file). */
export const secretKeyName = () =>
  z
    .string()
    .regex(SECRET_KEY_PATTERN, { error: 'must be a Secret data key (letters, digits, "-", "_" and "." only), as Kubernetes requires' })
    .max(253);

/** A namespace name (DNS-1123 label). */
export const nullableNamespace = (description: string) =>
  doc(
    z
      .string()
      .regex(LABEL_NAME_PATTERN, { error: 'must be a namespace name (a lowercase DNS-1123 label: a-z, 0-9 and "-")' })
      .max(63)
      .nullable(),
    description,
  ).default(null);

/** A DNS-1123 label (at most 63 characters, no dots): a name the chart builds other names from. */
export const nullableLabelName = (description: string, examples?: unknown[]) =>
  doc(
    z
      .string()
      .regex(LABEL_NAME_PATTERN, {
        error: 'must be a lowercase DNS-1123 label (a-z, 0-9 and "-", starting and ending with a letter or digit), as Kubernetes requires',
      })
      .max(63)
      .nullable(),
    description,
    examples,
  ).default(null);

/** A StorageClass name, or "-" for "no class". */
export const nullableStorageClass = (description: string) =>
  doc(
    z
      .union([
        z.literal('-'),
        z.string().regex(NAME_PATTERN, { error: 'must be a StorageClass name (lowercase DNS-1123: a-z, 0-9, "-", ".") or "-"' }).max(253),
      ])
      .nullable(),
    description,
    ['fast-ssd', '-'],
  ).default(null);

/** A map of Kubernetes labels: values Kubernetes accepts as label values (keys are checked by a rule, src/rules/names.ts). */
export const labelMap = (description: string, def: Record<string, string> = {}, examples?: unknown[]) =>
  doc(
    z.record(
      z.string(),
      z
        .string()
        .regex(LABEL_VALUE_PATTERN, {
          error: 'must be a label value: at most 63 letters, digits, "-", "_" or ".", starting and ending with a letter or digit',
        })
        .max(63),
    ),
    description,
    examples,
  ).default(def);

export const envName = () =>
  z.string().regex(ENV_NAME_PATTERN, { error: 'must be an environment variable name (letters, digits, "_", not starting with a digit)' });

export const port = (description: string, def: number) => doc(z.int().min(1).max(65535), description).default(def);

/** A Kubernetes resource quantity: "500m", "2Gi", 1, 0.5. */
export const quantity = () =>
  z.union([z.string().regex(QUANTITY_PATTERN, { error: 'must be a Kubernetes quantity such as "500m", "2Gi" or "1"' }), z.number().min(0)]);

export const duration = (description: string, def: string | null) =>
  doc(z.string().regex(DURATION_PATTERN, { error: 'must be a duration such as "30s", "5m" or "1h"' }).nullable(), description, [
    '30s',
    '1m',
  ]).default(def);

/** int or "NN%" (Deployment strategy and PodDisruptionBudget fields). */
export const intOrPercent = () =>
  z.union([z.int().min(0), z.string().regex(PERCENT_PATTERN, { error: 'must be an integer or a percentage such as "25%"' })]);

export const stringMap = (description: string, def: Record<string, string> = {}, examples?: unknown[]) =>
  doc(z.record(z.string(), z.string()), description, examples).default(def);

/** A Kubernetes object passed through verbatim (validated by the API server, not here). */
export const passthroughObject = () => z.record(z.string(), z.unknown());
export const passthroughList = (description: string, examples?: unknown[]) =>
  doc(z.array(passthroughObject()), description, examples).default([]);

export const nullablePassthrough = (description: string, examples?: unknown[]) =>
  doc(passthroughObject().nullable(), description, examples).default(null);

export const INLINE_SECRET_MESSAGE =
  'must be a Secret reference {secretKey, secretName}, not an inline key; put the key into a Secret (see apiKeys) and name it here';

/** Error for a string where a Secret reference object belongs; never echoes the (secret) string. */
export const inlineSecretError = (message: string) => (iss: { code: string; input?: unknown }) =>
  iss.code === 'invalid_type' && typeof iss.input === 'string' ? message : undefined;

/** A closed block that refers to credentials in a Secret; a plain string there is an inline secret and is rejected as such. */
export function secretRefBlock<S extends z.ZodRawShape>(description: string, shape: S) {
  const error = inlineSecretError(
    'must reference an existing Secret (an object with secretName and key names), not hold the credential itself',
  );
  return doc(z.strictObject(shape, { error }), description).prefault({} as never);
}

/** Requests and limits of a small helper container (loader, snapshot job, helm test pods). */
export const helperResources = (what: string, requests: Record<string, string>, limits: Record<string, string>) =>
  block(`Resources of ${what}.`, {
    requests: doc(z.record(z.string(), quantity()), `Resources reserved for ${what}.`).default(requests),
    limits: doc(z.record(z.string(), quantity()), `Upper bounds for ${what}.`).default(limits),
  });
