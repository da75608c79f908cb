import { z } from 'zod';
export declare const NVIDIA_API_BASE = "https://integrate.api.nvidia.com";
/** Upstream default tables (runtime contract), in classifier class order. */
export declare const TASK_ROUTER_TABLE: readonly [string, string][];
export declare const COMPLEXITY_ROUTER_TABLE: readonly [string, string][];
export declare const apiKeyRefSchema: z.ZodObject<{
    secretKey: z.ZodDefault<z.ZodString>;
    secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
}, z.core.$strict>;
declare const llmSchema: z.ZodObject<{
    name: z.ZodString;
    apiBase: z.ZodString;
    model: z.ZodString;
    apiKey: z.ZodPrefault<z.ZodObject<{
        secretKey: z.ZodDefault<z.ZodString>;
        secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
declare const policySchema: z.ZodObject<{
    name: z.ZodString;
    url: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    llms: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        apiBase: z.ZodString;
        model: z.ZodString;
        apiKey: z.ZodPrefault<z.ZodObject<{
            secretKey: z.ZodDefault<z.ZodString>;
            secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export declare const DEFAULT_POLICIES: {
    name: string;
    url: null;
    llms: {
        name: string;
        apiBase: string;
        model: string;
        apiKey: {
            secretKey: string;
            secretName: null;
        };
    }[];
}[];
export declare const policiesSchema: z.ZodDefault<z.ZodArray<z.ZodObject<{
    name: z.ZodString;
    url: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    llms: z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        apiBase: z.ZodString;
        model: z.ZodString;
        apiKey: z.ZodPrefault<z.ZodObject<{
            secretKey: z.ZodDefault<z.ZodString>;
            secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
}, z.core.$strict>>>;
export type PolicyInput = z.input<typeof policySchema>;
export type Policy = z.output<typeof policySchema>;
export type Llm = z.output<typeof llmSchema>;
export type ApiKeyRef = z.output<typeof apiKeyRefSchema>;
export {};
