import { z } from 'zod';
export declare const volumeSnapshotsSchema: z.ZodPrefault<z.ZodObject<{
    enabled: z.ZodDefault<z.ZodBoolean>;
    className: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    snapshotClass: z.ZodPrefault<z.ZodObject<{
        create: z.ZodDefault<z.ZodBoolean>;
        driver: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        deletionPolicy: z.ZodDefault<z.ZodEnum<{
            Retain: "Retain";
            Delete: "Delete";
        }>>;
        parameters: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    schedule: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        cron: z.ZodDefault<z.ZodString>;
        keep: z.ZodDefault<z.ZodInt>;
        startingDeadlineSeconds: z.ZodDefault<z.ZodInt>;
        image: z.ZodPrefault<z.ZodObject<{
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
        resources: z.ZodPrefault<z.ZodObject<{
            requests: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
            limits: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    restoreFrom: z.ZodDefault<z.ZodNullable<z.ZodString>>;
}, z.core.$strict>>;
