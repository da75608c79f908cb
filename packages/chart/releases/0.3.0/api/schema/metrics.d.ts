import { z } from 'zod';
export declare const metricsSchema: z.ZodPrefault<z.ZodObject<{
    onlyWhenApiAvailable: z.ZodDefault<z.ZodBoolean>;
    serviceMonitor: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        kind: z.ZodDefault<z.ZodEnum<{
            ServiceMonitor: "ServiceMonitor";
            PodMonitor: "PodMonitor";
        }>>;
        namespace: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        labels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        interval: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        scrapeTimeout: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>;
    prometheusRule: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        labels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        for: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        errorRatio: z.ZodDefault<z.ZodNumber>;
        latencyP99Seconds: z.ZodDefault<z.ZodNumber>;
        gpuMemoryRatio: z.ZodDefault<z.ZodNumber>;
    }, z.core.$strict>>;
    grafanaDashboards: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        sidecarLabel: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        folder: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        namespace: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    }, z.core.$strict>>;
}, z.core.$strict>>;
export declare const DURATION_UNITS: Record<string, number>;
/** Seconds of a Prometheus duration like "1m30s". */
export declare function seconds(d: string): number;
