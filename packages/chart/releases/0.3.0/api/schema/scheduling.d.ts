import { z } from 'zod';
declare const toleration: z.ZodObject<{
    key: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    operator: z.ZodOptional<z.ZodEnum<{
        Equal: "Equal";
        Exists: "Exists";
    }>>;
    value: z.ZodOptional<z.ZodNullable<z.ZodString>>;
    effect: z.ZodOptional<z.ZodNullable<z.ZodEnum<{
        "": "";
        NoSchedule: "NoSchedule";
        PreferNoSchedule: "PreferNoSchedule";
        NoExecute: "NoExecute";
    }>>>;
    tolerationSeconds: z.ZodOptional<z.ZodNullable<z.ZodInt>>;
}, z.core.$strict>;
export declare function schedulingShape(d: {
    tolerations: z.input<typeof toleration>[];
    antiAffinity: 'soft' | 'hard' | 'none';
}): {
    nodeSelector: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    tolerations: z.ZodDefault<z.ZodArray<z.ZodObject<{
        key: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        operator: z.ZodOptional<z.ZodEnum<{
            Equal: "Equal";
            Exists: "Exists";
        }>>;
        value: z.ZodOptional<z.ZodNullable<z.ZodString>>;
        effect: z.ZodOptional<z.ZodNullable<z.ZodEnum<{
            "": "";
            NoSchedule: "NoSchedule";
            PreferNoSchedule: "PreferNoSchedule";
            NoExecute: "NoExecute";
        }>>>;
        tolerationSeconds: z.ZodOptional<z.ZodNullable<z.ZodInt>>;
    }, z.core.$strict>>>;
    affinity: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnknown>>;
    podAntiAffinityPreset: z.ZodDefault<z.ZodEnum<{
        soft: "soft";
        hard: "hard";
        none: "none";
    }>>;
    topologySpreadConstraints: z.ZodDefault<z.ZodArray<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    priorityClassName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    runtimeClassName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
};
export type Toleration = z.output<typeof toleration>;
export {};
