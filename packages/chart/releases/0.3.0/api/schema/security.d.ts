import { z } from 'zod';
export declare function podSecurityContextSchema(): z.ZodPrefault<z.ZodObject<{
    runAsNonRoot: z.ZodDefault<z.ZodBoolean>;
    runAsUser: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
    runAsGroup: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
    fsGroup: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
    fsGroupChangePolicy: z.ZodDefault<z.ZodEnum<{
        Always: "Always";
        OnRootMismatch: "OnRootMismatch";
    }>>;
    supplementalGroups: z.ZodDefault<z.ZodArray<z.ZodInt>>;
    seccompProfile: z.ZodPrefault<z.ZodObject<{
        type: z.ZodDefault<z.ZodEnum<{
            RuntimeDefault: "RuntimeDefault";
            Localhost: "Localhost";
            Unconfined: "Unconfined";
        }>>;
        localhostProfile: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>;
}, z.core.$strict>>;
export declare function containerSecurityContextSchema(): z.ZodPrefault<z.ZodObject<{
    allowPrivilegeEscalation: z.ZodDefault<z.ZodBoolean>;
    privileged: z.ZodDefault<z.ZodBoolean>;
    readOnlyRootFilesystem: z.ZodDefault<z.ZodBoolean>;
    runAsNonRoot: z.ZodDefault<z.ZodBoolean>;
    capabilities: z.ZodPrefault<z.ZodObject<{
        drop: z.ZodDefault<z.ZodArray<z.ZodString>>;
        add: z.ZodDefault<z.ZodArray<z.ZodString>>;
    }, z.core.$strict>>;
    seccompProfile: z.ZodPrefault<z.ZodObject<{
        type: z.ZodDefault<z.ZodEnum<{
            RuntimeDefault: "RuntimeDefault";
            Localhost: "Localhost";
            Unconfined: "Unconfined";
        }>>;
        localhostProfile: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>;
}, z.core.$strict>>;
export type PodSecurityContext = z.output<ReturnType<typeof podSecurityContextSchema>>;
export type ContainerSecurityContext = z.output<ReturnType<typeof containerSecurityContextSchema>>;
