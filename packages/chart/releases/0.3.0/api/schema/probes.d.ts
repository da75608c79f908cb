import { z } from 'zod';
export interface ProbeDefaults {
    periodSeconds: number;
    timeoutSeconds: number;
    failureThreshold: number;
}
type Kind = 'startup' | 'readiness' | 'liveness';
export declare function probeSchema(kind: Kind, d: ProbeDefaults): z.ZodPrefault<z.ZodObject<{
    override: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    successThreshold?: z.ZodDefault<z.ZodInt> | undefined;
    enabled: z.ZodDefault<z.ZodBoolean>;
    initialDelaySeconds: z.ZodDefault<z.ZodInt>;
    periodSeconds: z.ZodDefault<z.ZodInt>;
    timeoutSeconds: z.ZodDefault<z.ZodInt>;
    failureThreshold: z.ZodDefault<z.ZodInt>;
}, z.core.$strict>>;
export type Probe = z.output<ReturnType<typeof probeSchema>>;
export {};
