import { z } from 'zod';
export declare const DIGEST_PATTERN: RegExp;
export declare const TAG_PATTERN: RegExp;
export declare const PULL_POLICIES: readonly ["Always", "IfNotPresent", "Never"];
/** registry: a host and an optional path, no scheme ("https://"), no trailing or double slash. */
export declare const REGISTRY_PATTERN: RegExp;
/** repository: path components (optionally led by a registry host), no tag (":v1"), digest ("@sha256:") or scheme. */
export declare const REPOSITORY_PATTERN: RegExp;
/** A registry reference (image.registry, global.imageRegistry); null means none. */
export declare const nullableRegistry: (description: string, examples?: unknown[]) => z.ZodDefault<z.ZodNullable<z.ZodString>>;
export interface ImageDefaults {
    what: string;
    repository: string;
    registry?: string | null;
    /** null means "the chart's appVersion" (only for the chart's own components). */
    tag: string | null;
    /** Set for images nobody publishes: the user builds them, and the chart refuses a reference without a registry. */
    builtByUser?: boolean;
}
export declare function imageSchema(d: ImageDefaults): z.ZodPrefault<z.ZodObject<{
    registry: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    repository: z.ZodDefault<z.ZodString>;
    tag: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    digest: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    pullPolicy: z.ZodDefault<z.ZodEnum<{
        Always: "Always";
        IfNotPresent: "IfNotPresent";
        Never: "Never";
    }>>;
}, z.core.$strict>>;
export type ImageInput = z.input<ReturnType<typeof imageSchema>>;
export type Image = z.output<ReturnType<typeof imageSchema>>;
