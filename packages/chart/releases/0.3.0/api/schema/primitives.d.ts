import { z } from 'zod';
/** Attaches a description (and optional examples) in zod's global registry, which feeds every generator. */
export declare function doc<T extends z.ZodType>(schema: T, description: string, examples?: unknown[]): T;
/** A closed object whose missing keys are filled from its own field defaults. */
export declare function block<S extends z.ZodRawShape>(description: string, shape: S): z.ZodPrefault<z.ZodObject<{ -readonly [P in keyof S]: S[P]; }, z.core.$strict>>;
/** DNS-1123 subdomain: the names of Secrets, ConfigMaps, PVCs, ServiceAccounts, classes ("llm-router.api-keys", "nvcr.io"). */
export declare const NAME_PATTERN: RegExp;
/** DNS-1123 label: names that become part of other names or label values (release name overrides, namespaces). */
export declare const LABEL_NAME_PATTERN: RegExp;
/** A label value: at most 63 characters, alphanumeric at both ends, "-", "_", "." inside (or empty). */
export declare const LABEL_VALUE_PATTERN: RegExp;
/** A label or annotation key: optional DNS-subdomain prefix and "/", then a name of at most 63 characters. */
export declare const LABEL_KEY_PATTERN: RegExp;
export declare const ENV_NAME_PATTERN: RegExp;
/** A key of a Secret's data (what Kubernetes accepts): letters, digits, "-", "_", ".". */
export declare const SECRET_KEY_PATTERN: RegExp;
/** A name the chart puts in front of Service names, which are DNS-1035 labels: lowercase, starting with a letter. */
export declare const SERVICE_PREFIX_PATTERN: RegExp;
/** A container environment variable name as the Kubernetes API validates it (no spaces, no "="). */
export declare const CONTAINER_ENV_NAME_PATTERN: RegExp;
export declare const QUANTITY_PATTERN: RegExp;
export declare const DURATION_PATTERN: RegExp;
export declare const PERCENT_PATTERN: RegExp;
export declare const nullableString: (description: string, def?: string | null, examples?: unknown[]) => z.ZodDefault<z.ZodNullable<z.ZodString>>;
export declare const str: (description: string, def: string, examples?: unknown[]) => z.ZodDefault<z.ZodString>;
export declare const bool: (description: string, def: boolean) => z.ZodDefault<z.ZodBoolean>;
export declare const int: (description: string, def: number, min?: number, max?: number) => z.ZodDefault<z.ZodInt>;
/** A DNS-1123 subdomain name of a Kubernetes object the user created (Secret, ConfigMap, PVC ...). */
export declare const k8sName: () => z.ZodString;
export declare const nullableName: (description: string, examples?: unknown[]) => z.ZodDefault<z.ZodNullable<z.ZodString>>;
/** A key in a Secret the user created (the chart maps it to an environment variable or a file). */
export declare const secretKeyName: () => z.ZodString;
/** A namespace name (DNS-1123 label). */
export declare const nullableNamespace: (description: string) => z.ZodDefault<z.ZodNullable<z.ZodString>>;
/** A DNS-1123 label (at most 63 characters, no dots): a name the chart builds other names from. */
export declare const nullableLabelName: (description: string, examples?: unknown[]) => z.ZodDefault<z.ZodNullable<z.ZodString>>;
/** A StorageClass name, or "-" for "no class". */
export declare const nullableStorageClass: (description: string) => z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
/** A map of Kubernetes labels: values Kubernetes accepts as label values (keys are checked by a rule, src/rules/names.ts). */
export declare const labelMap: (description: string, def?: Record<string, string>, examples?: unknown[]) => z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
export declare const envName: () => z.ZodString;
export declare const port: (description: string, def: number) => z.ZodDefault<z.ZodInt>;
/** A Kubernetes resource quantity: "500m", "2Gi", 1, 0.5. */
export declare const quantity: () => z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>;
export declare const duration: (description: string, def: string | null) => z.ZodDefault<z.ZodNullable<z.ZodString>>;
/** int or "NN%" (Deployment strategy and PodDisruptionBudget fields). */
export declare const intOrPercent: () => z.ZodUnion<readonly [z.ZodInt, z.ZodString]>;
export declare const stringMap: (description: string, def?: Record<string, string>, examples?: unknown[]) => z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
/** A Kubernetes object passed through verbatim (validated by the API server, not here). */
export declare const passthroughObject: () => z.ZodRecord<z.ZodString, z.ZodUnknown>;
export declare const passthroughList: (description: string, examples?: unknown[]) => z.ZodDefault<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
export declare const nullablePassthrough: (description: string, examples?: unknown[]) => z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
export declare const INLINE_SECRET_MESSAGE = "must be a Secret reference {secretKey, secretName}, not an inline key; put the key into a Secret (see apiKeys) and name it here";
/** Error for a string where a Secret reference object belongs; never echoes the (secret) string. */
export declare const inlineSecretError: (message: string) => (iss: {
    code: string;
    input?: unknown;
}) => string | undefined;
/** A closed block that refers to credentials in a Secret; a plain string there is an inline secret and is rejected as such. */
export declare function secretRefBlock<S extends z.ZodRawShape>(description: string, shape: S): z.ZodPrefault<z.ZodObject<{ -readonly [P in keyof S]: S[P]; }, z.core.$strict>>;
/** Requests and limits of a small helper container (loader, snapshot job, helm test pods). */
export declare const helperResources: (what: string, requests: Record<string, string>, limits: Record<string, string>) => z.ZodPrefault<z.ZodObject<{
    requests: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
    limits: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
}, z.core.$strict>>;
