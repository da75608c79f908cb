import { z } from 'zod';
import { type ComponentDefaults } from './component.js';
/** The controller program listens on 0.0.0.0:8084, hard-coded (no flag, env or config key moves it). */
export declare const CONTROLLER_PORT = 8084;
export declare const controllerDefaults: ComponentDefaults;
export declare const routerControllerSchema: z.ZodPrefault<z.ZodObject<{
    config: z.ZodPrefault<z.ZodObject<{
        mountPath: z.ZodDefault<z.ZodString>;
    }, z.core.$strict>>;
    logFilter: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    policies: z.ZodDefault<z.ZodArray<z.ZodObject<{
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
    customConfig: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    existingConfigMap: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    pdb: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        minAvailable: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodInt, z.ZodString]>>>;
        maxUnavailable: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodInt, z.ZodString]>>>;
        unhealthyPodEvictionPolicy: z.ZodDefault<z.ZodEnum<{
            AlwaysAllow: "AlwaysAllow";
            IfHealthyBudget: "IfHealthyBudget";
        }>>;
    }, z.core.$strict>>;
    autoscaling: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        minReplicas: z.ZodDefault<z.ZodInt>;
        maxReplicas: z.ZodDefault<z.ZodInt>;
        targetCPUUtilizationPercentage: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
        targetMemoryUtilizationPercentage: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
        behavior: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    }, z.core.$strict>>;
    service: z.ZodPrefault<z.ZodObject<{
        type: z.ZodDefault<z.ZodEnum<{
            ClusterIP: "ClusterIP";
            NodePort: "NodePort";
            LoadBalancer: "LoadBalancer";
        }>>;
        port: z.ZodDefault<z.ZodInt>;
        nodePort: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
        annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        labels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    serviceAccount: z.ZodPrefault<z.ZodObject<{
        create: z.ZodDefault<z.ZodBoolean>;
        name: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        automount: z.ZodDefault<z.ZodBoolean>;
        annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    extraEnv: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        value: z.ZodOptional<z.ZodString>;
        valueFrom: z.ZodOptional<z.ZodObject<{
            secretKeyRef: z.ZodOptional<z.ZodObject<{
                name: z.ZodString;
                key: z.ZodString;
                optional: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strict>>;
            configMapKeyRef: z.ZodOptional<z.ZodObject<{
                name: z.ZodString;
                key: z.ZodString;
                optional: z.ZodOptional<z.ZodBoolean>;
            }, z.core.$strict>>;
        }, z.core.$loose>>;
    }, z.core.$strict>>>;
    extraEnvFrom: z.ZodDefault<z.ZodArray<z.ZodObject<{
        secretRef: z.ZodOptional<z.ZodObject<{
            name: z.ZodString;
            optional: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
        configMapRef: z.ZodOptional<z.ZodObject<{
            name: z.ZodString;
            optional: z.ZodOptional<z.ZodBoolean>;
        }, z.core.$strict>>;
    }, z.core.$loose>>>;
    extraVolumes: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
    }, z.core.$loose>>>;
    extraVolumeMounts: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
        mountPath: z.ZodString;
    }, z.core.$loose>>>;
    initContainers: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
    }, z.core.$loose>>>;
    sidecars: z.ZodDefault<z.ZodArray<z.ZodObject<{
        name: z.ZodString;
    }, z.core.$loose>>>;
    podLabels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    podAnnotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    terminationGracePeriodSeconds: z.ZodDefault<z.ZodInt>;
    tmpSizeLimit: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
    preStopSleepSeconds: z.ZodDefault<z.ZodInt>;
    lifecycle: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
    logLevel: z.ZodDefault<z.ZodEnum<{
        error: "error";
        warn: "warn";
        info: "info";
        debug: "debug";
        trace: "trace";
    }>>;
    logFormat: z.ZodDefault<z.ZodEnum<{
        [x: string]: string;
    }>>;
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
    replicas: z.ZodDefault<z.ZodInt>;
    strategy: z.ZodPrefault<z.ZodObject<{
        type: z.ZodDefault<z.ZodEnum<{
            RollingUpdate: "RollingUpdate";
            Recreate: "Recreate";
        }>>;
        rollingUpdate: z.ZodDefault<z.ZodNullable<z.ZodObject<{
            maxSurge: z.ZodDefault<z.ZodUnion<readonly [z.ZodInt, z.ZodString]>>;
            maxUnavailable: z.ZodDefault<z.ZodUnion<readonly [z.ZodInt, z.ZodString]>>;
        }, z.core.$strict>>>;
    }, z.core.$strict>>;
    resources: z.ZodPrefault<z.ZodObject<{
        requests: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        limits: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
    }, z.core.$strict>>;
    podSecurityContext: z.ZodPrefault<z.ZodObject<{
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
    containerSecurityContext: z.ZodPrefault<z.ZodObject<{
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
    startupProbe: z.ZodPrefault<z.ZodObject<{
        override: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
        successThreshold?: z.ZodDefault<z.ZodInt> | undefined;
        enabled: z.ZodDefault<z.ZodBoolean>;
        initialDelaySeconds: z.ZodDefault<z.ZodInt>;
        periodSeconds: z.ZodDefault<z.ZodInt>;
        timeoutSeconds: z.ZodDefault<z.ZodInt>;
        failureThreshold: z.ZodDefault<z.ZodInt>;
    }, z.core.$strict>>;
    readinessProbe: z.ZodPrefault<z.ZodObject<{
        override: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
        successThreshold?: z.ZodDefault<z.ZodInt> | undefined;
        enabled: z.ZodDefault<z.ZodBoolean>;
        initialDelaySeconds: z.ZodDefault<z.ZodInt>;
        periodSeconds: z.ZodDefault<z.ZodInt>;
        timeoutSeconds: z.ZodDefault<z.ZodInt>;
        failureThreshold: z.ZodDefault<z.ZodInt>;
    }, z.core.$strict>>;
    livenessProbe: z.ZodPrefault<z.ZodObject<{
        override: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
        successThreshold?: z.ZodDefault<z.ZodInt> | undefined;
        enabled: z.ZodDefault<z.ZodBoolean>;
        initialDelaySeconds: z.ZodDefault<z.ZodInt>;
        periodSeconds: z.ZodDefault<z.ZodInt>;
        timeoutSeconds: z.ZodDefault<z.ZodInt>;
        failureThreshold: z.ZodDefault<z.ZodInt>;
    }, z.core.$strict>>;
}, z.core.$strict>>;
export type RouterControllerInput = z.input<typeof routerControllerSchema>;
export type RouterController = z.output<typeof routerControllerSchema>;
