import { z } from 'zod';
export declare const apiKeysSchema: z.ZodPrefault<z.ZodObject<{
    existingSecret: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    create: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        values: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    externalSecret: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        secretStoreRef: z.ZodPrefault<z.ZodObject<{
            name: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            kind: z.ZodDefault<z.ZodEnum<{
                SecretStore: "SecretStore";
                ClusterSecretStore: "ClusterSecretStore";
            }>>;
        }, z.core.$strict>>;
        refreshInterval: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        data: z.ZodDefault<z.ZodArray<z.ZodObject<{
            secretKey: z.ZodString;
            remoteRef: z.ZodObject<{
                key: z.ZodString;
                property: z.ZodOptional<z.ZodNullable<z.ZodString>>;
                version: z.ZodOptional<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
}, z.core.$strict>>;
export type ApiKeys = z.output<typeof apiKeysSchema>;
