import { z } from 'zod';
/** The values' shape without the cross-field rules: validate() reads the parsed values with it when only rules fail. */
export declare const valuesShapeSchema: z.ZodObject<{
    global: z.ZodPrefault<z.ZodObject<{
        imageRegistry: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        imagePullSecrets: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            name: z.ZodString;
        }, z.core.$strict>]>>>;
        storageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
        defaultStorageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
    }, z.core.$loose>>;
    enabled: z.ZodOptional<z.ZodBoolean>;
    nameOverride: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    fullnameOverride: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    namespaceOverride: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    commonLabels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    commonAnnotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    apiKeys: z.ZodPrefault<z.ZodObject<{
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
    routerServer: z.ZodPrefault<z.ZodObject<{
        autoscaling: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            minReplicas: z.ZodDefault<z.ZodInt>;
            maxReplicas: z.ZodDefault<z.ZodInt>;
            targetCPUUtilizationPercentage: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
            targetMemoryUtilizationPercentage: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
            behavior: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
            pollingInterval: z.ZodDefault<z.ZodInt>;
            cooldownPeriod: z.ZodDefault<z.ZodInt>;
            triggers: z.ZodDefault<z.ZodArray<z.ZodObject<{
                type: z.ZodString;
                metadata: z.ZodRecord<z.ZodString, z.ZodString>;
            }, z.core.$loose>>>;
        }, z.core.$strict>>;
        service: z.ZodPrefault<z.ZodObject<{
            type: z.ZodDefault<z.ZodEnum<{
                ClusterIP: "ClusterIP";
                NodePort: "NodePort";
                LoadBalancer: "LoadBalancer";
            }>>;
            port: z.ZodDefault<z.ZodInt>;
            grpcPort: z.ZodDefault<z.ZodInt>;
            metricsPort: z.ZodDefault<z.ZodInt>;
            nodePort: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
            annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            labels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strict>>;
        modelRepository: z.ZodPrefault<z.ZodObject<{
            path: z.ZodDefault<z.ZodString>;
            storage: z.ZodPrefault<z.ZodObject<{
                type: z.ZodDefault<z.ZodEnum<{
                    none: "none";
                    pvc: "pvc";
                    nfs: "nfs";
                    emptyDir: "emptyDir";
                    hostPath: "hostPath";
                }>>;
                subPath: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                pvc: z.ZodPrefault<z.ZodObject<{
                    existingClaim: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    storageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
                    size: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
                    accessModes: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                        ReadWriteOnce: "ReadWriteOnce";
                        ReadOnlyMany: "ReadOnlyMany";
                        ReadWriteMany: "ReadWriteMany";
                        ReadWriteOncePod: "ReadWriteOncePod";
                    }>>>;
                    keep: z.ZodDefault<z.ZodBoolean>;
                    annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
                    dataSource: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
                }, z.core.$strict>>;
                nfs: z.ZodPrefault<z.ZodObject<{
                    server: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    path: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    readOnly: z.ZodDefault<z.ZodBoolean>;
                }, z.core.$strict>>;
                emptyDir: z.ZodPrefault<z.ZodObject<{
                    sizeLimit: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
                    medium: z.ZodDefault<z.ZodEnum<{
                        "": "";
                        Memory: "Memory";
                    }>>;
                }, z.core.$strict>>;
                hostPath: z.ZodPrefault<z.ZodObject<{
                    path: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    type: z.ZodDefault<z.ZodEnum<{
                        "": "";
                        DirectoryOrCreate: "DirectoryOrCreate";
                        Directory: "Directory";
                        FileOrCreate: "FileOrCreate";
                        File: "File";
                        Socket: "Socket";
                        CharDevice: "CharDevice";
                        BlockDevice: "BlockDevice";
                    }>>;
                    iUnderstandTheRisk: z.ZodDefault<z.ZodBoolean>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
            credentials: z.ZodPrefault<z.ZodObject<{
                s3: z.ZodPrefault<z.ZodObject<{
                    secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    accessKeyIdKey: z.ZodDefault<z.ZodString>;
                    secretAccessKeyKey: z.ZodDefault<z.ZodString>;
                    sessionTokenKey: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    region: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    endpoint: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                }, z.core.$strict>>;
                gcs: z.ZodPrefault<z.ZodObject<{
                    secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    key: z.ZodDefault<z.ZodString>;
                }, z.core.$strict>>;
                azure: z.ZodPrefault<z.ZodObject<{
                    secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    accountNameKey: z.ZodDefault<z.ZodString>;
                    accountKeyKey: z.ZodDefault<z.ZodString>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
            loader: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
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
                sourceUrl: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                command: z.ZodDefault<z.ZodArray<z.ZodString>>;
                args: z.ZodDefault<z.ZodArray<z.ZodString>>;
                resources: z.ZodPrefault<z.ZodObject<{
                    requests: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
                    limits: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        shm: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            sizeLimit: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        }, z.core.$strict>>;
        huggingFace: z.ZodPrefault<z.ZodObject<{
            cache: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
                storage: z.ZodDefault<z.ZodEnum<{
                    pvc: "pvc";
                    emptyDir: "emptyDir";
                }>>;
                existingClaim: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                storageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
                size: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
                mountPath: z.ZodDefault<z.ZodString>;
            }, z.core.$strict>>;
            offline: z.ZodDefault<z.ZodBoolean>;
            endpoint: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            token: z.ZodPrefault<z.ZodObject<{
                secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                secretKey: z.ZodDefault<z.ZodString>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        triton: z.ZodPrefault<z.ZodObject<{
            logVerbose: z.ZodDefault<z.ZodInt>;
            exitOnError: z.ZodDefault<z.ZodBoolean>;
            strictReadiness: z.ZodDefault<z.ZodBoolean>;
            modelControlMode: z.ZodDefault<z.ZodEnum<{
                none: "none";
                poll: "poll";
                explicit: "explicit";
            }>>;
            repositoryPollSeconds: z.ZodDefault<z.ZodInt>;
            extraArgs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            ports: z.ZodPrefault<z.ZodObject<{
                http: z.ZodDefault<z.ZodInt>;
                grpc: z.ZodDefault<z.ZodInt>;
                metrics: z.ZodDefault<z.ZodInt>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        pdb: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            minAvailable: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodInt, z.ZodString]>>>;
            maxUnavailable: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodInt, z.ZodString]>>>;
            unhealthyPodEvictionPolicy: z.ZodDefault<z.ZodEnum<{
                AlwaysAllow: "AlwaysAllow";
                IfHealthyBudget: "IfHealthyBudget";
            }>>;
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
    routerController: z.ZodPrefault<z.ZodObject<{
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
    app: z.ZodPrefault<z.ZodObject<{
        port: z.ZodDefault<z.ZodInt>;
        routerControllerUrl: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        routingStrategies: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            triton: "triton";
            manual: "manual";
        }>>>;
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
        enabled: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    ingress: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        className: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        hosts: z.ZodDefault<z.ZodArray<z.ZodObject<{
            host: z.ZodString;
            paths: z.ZodDefault<z.ZodArray<z.ZodObject<{
                path: z.ZodDefault<z.ZodString>;
                pathType: z.ZodDefault<z.ZodEnum<{
                    Prefix: "Prefix";
                    Exact: "Exact";
                    ImplementationSpecific: "ImplementationSpecific";
                }>>;
                backend: z.ZodDefault<z.ZodEnum<{
                    controller: "controller";
                    app: "app";
                }>>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>>;
        tls: z.ZodDefault<z.ZodArray<z.ZodObject<{
            secretName: z.ZodString;
            hosts: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        certManager: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            clusterIssuer: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            issuer: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>>;
        rateLimit: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            rps: z.ZodDefault<z.ZodInt>;
            burst: z.ZodDefault<z.ZodInt>;
        }, z.core.$strict>>;
        securityHeaders: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    gatewayApi: z.ZodPrefault<z.ZodObject<{
        httpRoute: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            parentRefs: z.ZodDefault<z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                namespace: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                sectionName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>>>;
            hostnames: z.ZodDefault<z.ZodArray<z.ZodString>>;
            annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            labels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            requestHeaderModifier: z.ZodPrefault<z.ZodObject<{
                set: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    name: z.ZodString;
                    value: z.ZodString;
                }, z.core.$strict>>>;
                add: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    name: z.ZodString;
                    value: z.ZodString;
                }, z.core.$strict>>>;
                remove: z.ZodDefault<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>;
            responseHeaderModifier: z.ZodPrefault<z.ZodObject<{
                set: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    name: z.ZodString;
                    value: z.ZodString;
                }, z.core.$strict>>>;
                add: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    name: z.ZodString;
                    value: z.ZodString;
                }, z.core.$strict>>>;
                remove: z.ZodDefault<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>;
            rules: z.ZodDefault<z.ZodArray<z.ZodObject<{
                path: z.ZodPrefault<z.ZodObject<{
                    type: z.ZodDefault<z.ZodEnum<{
                        Exact: "Exact";
                        PathPrefix: "PathPrefix";
                        RegularExpression: "RegularExpression";
                    }>>;
                    value: z.ZodDefault<z.ZodString>;
                }, z.core.$strict>>;
                backend: z.ZodDefault<z.ZodEnum<{
                    controller: "controller";
                    app: "app";
                }>>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    openshiftRoute: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        host: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        path: z.ZodDefault<z.ZodString>;
        backend: z.ZodDefault<z.ZodEnum<{
            controller: "controller";
            app: "app";
        }>>;
        tls: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            termination: z.ZodDefault<z.ZodEnum<{
                edge: "edge";
                reencrypt: "reencrypt";
                passthrough: "passthrough";
            }>>;
            insecureEdgeTerminationPolicy: z.ZodDefault<z.ZodEnum<{
                Redirect: "Redirect";
                Allow: "Allow";
                None: "None";
            }>>;
        }, z.core.$strict>>;
        annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    networkPolicy: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        ingressNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        gatewayNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        openshiftRouterNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        monitoringNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        dnsNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        dnsPort: z.ZodDefault<z.ZodInt>;
        controllerEgress: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            allowAll: z.ZodDefault<z.ZodBoolean>;
            cidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            exceptCidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            ports: z.ZodDefault<z.ZodArray<z.ZodInt>>;
        }, z.core.$strict>>;
        serverEgress: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            allowAll: z.ZodDefault<z.ZodBoolean>;
            cidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            exceptCidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            ports: z.ZodDefault<z.ZodArray<z.ZodInt>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    metrics: z.ZodPrefault<z.ZodObject<{
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
    volumeSnapshots: z.ZodPrefault<z.ZodObject<{
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
    tests: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
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
        attempts: z.ZodDefault<z.ZodInt>;
        retryDelaySeconds: z.ZodDefault<z.ZodInt>;
        resources: z.ZodPrefault<z.ZodObject<{
            requests: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
            limits: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    extraObjects: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>>>;
}, z.core.$strict>;
export declare const valuesSchema: z.ZodObject<{
    global: z.ZodPrefault<z.ZodObject<{
        imageRegistry: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        imagePullSecrets: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodString, z.ZodObject<{
            name: z.ZodString;
        }, z.core.$strict>]>>>;
        storageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
        defaultStorageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
    }, z.core.$loose>>;
    enabled: z.ZodOptional<z.ZodBoolean>;
    nameOverride: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    fullnameOverride: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    namespaceOverride: z.ZodDefault<z.ZodNullable<z.ZodString>>;
    commonLabels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    commonAnnotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    apiKeys: z.ZodPrefault<z.ZodObject<{
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
    routerServer: z.ZodPrefault<z.ZodObject<{
        autoscaling: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            minReplicas: z.ZodDefault<z.ZodInt>;
            maxReplicas: z.ZodDefault<z.ZodInt>;
            targetCPUUtilizationPercentage: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
            targetMemoryUtilizationPercentage: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
            behavior: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
            pollingInterval: z.ZodDefault<z.ZodInt>;
            cooldownPeriod: z.ZodDefault<z.ZodInt>;
            triggers: z.ZodDefault<z.ZodArray<z.ZodObject<{
                type: z.ZodString;
                metadata: z.ZodRecord<z.ZodString, z.ZodString>;
            }, z.core.$loose>>>;
        }, z.core.$strict>>;
        service: z.ZodPrefault<z.ZodObject<{
            type: z.ZodDefault<z.ZodEnum<{
                ClusterIP: "ClusterIP";
                NodePort: "NodePort";
                LoadBalancer: "LoadBalancer";
            }>>;
            port: z.ZodDefault<z.ZodInt>;
            grpcPort: z.ZodDefault<z.ZodInt>;
            metricsPort: z.ZodDefault<z.ZodInt>;
            nodePort: z.ZodDefault<z.ZodNullable<z.ZodInt>>;
            annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            labels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        }, z.core.$strict>>;
        modelRepository: z.ZodPrefault<z.ZodObject<{
            path: z.ZodDefault<z.ZodString>;
            storage: z.ZodPrefault<z.ZodObject<{
                type: z.ZodDefault<z.ZodEnum<{
                    none: "none";
                    pvc: "pvc";
                    nfs: "nfs";
                    emptyDir: "emptyDir";
                    hostPath: "hostPath";
                }>>;
                subPath: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                pvc: z.ZodPrefault<z.ZodObject<{
                    existingClaim: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    storageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
                    size: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
                    accessModes: z.ZodDefault<z.ZodArray<z.ZodEnum<{
                        ReadWriteOnce: "ReadWriteOnce";
                        ReadOnlyMany: "ReadOnlyMany";
                        ReadWriteMany: "ReadWriteMany";
                        ReadWriteOncePod: "ReadWriteOncePod";
                    }>>>;
                    keep: z.ZodDefault<z.ZodBoolean>;
                    annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
                    dataSource: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodUnknown>>>;
                }, z.core.$strict>>;
                nfs: z.ZodPrefault<z.ZodObject<{
                    server: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    path: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    readOnly: z.ZodDefault<z.ZodBoolean>;
                }, z.core.$strict>>;
                emptyDir: z.ZodPrefault<z.ZodObject<{
                    sizeLimit: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
                    medium: z.ZodDefault<z.ZodEnum<{
                        "": "";
                        Memory: "Memory";
                    }>>;
                }, z.core.$strict>>;
                hostPath: z.ZodPrefault<z.ZodObject<{
                    path: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    type: z.ZodDefault<z.ZodEnum<{
                        "": "";
                        DirectoryOrCreate: "DirectoryOrCreate";
                        Directory: "Directory";
                        FileOrCreate: "FileOrCreate";
                        File: "File";
                        Socket: "Socket";
                        CharDevice: "CharDevice";
                        BlockDevice: "BlockDevice";
                    }>>;
                    iUnderstandTheRisk: z.ZodDefault<z.ZodBoolean>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
            credentials: z.ZodPrefault<z.ZodObject<{
                s3: z.ZodPrefault<z.ZodObject<{
                    secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    accessKeyIdKey: z.ZodDefault<z.ZodString>;
                    secretAccessKeyKey: z.ZodDefault<z.ZodString>;
                    sessionTokenKey: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    region: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    endpoint: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                }, z.core.$strict>>;
                gcs: z.ZodPrefault<z.ZodObject<{
                    secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    key: z.ZodDefault<z.ZodString>;
                }, z.core.$strict>>;
                azure: z.ZodPrefault<z.ZodObject<{
                    secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                    accountNameKey: z.ZodDefault<z.ZodString>;
                    accountKeyKey: z.ZodDefault<z.ZodString>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
            loader: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
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
                sourceUrl: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                command: z.ZodDefault<z.ZodArray<z.ZodString>>;
                args: z.ZodDefault<z.ZodArray<z.ZodString>>;
                resources: z.ZodPrefault<z.ZodObject<{
                    requests: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
                    limits: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
                }, z.core.$strict>>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        shm: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            sizeLimit: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
        }, z.core.$strict>>;
        huggingFace: z.ZodPrefault<z.ZodObject<{
            cache: z.ZodPrefault<z.ZodObject<{
                enabled: z.ZodDefault<z.ZodBoolean>;
                storage: z.ZodDefault<z.ZodEnum<{
                    pvc: "pvc";
                    emptyDir: "emptyDir";
                }>>;
                existingClaim: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                storageClass: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodLiteral<"-">, z.ZodString]>>>;
                size: z.ZodDefault<z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>;
                mountPath: z.ZodDefault<z.ZodString>;
            }, z.core.$strict>>;
            offline: z.ZodDefault<z.ZodBoolean>;
            endpoint: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            token: z.ZodPrefault<z.ZodObject<{
                secretName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                secretKey: z.ZodDefault<z.ZodString>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        triton: z.ZodPrefault<z.ZodObject<{
            logVerbose: z.ZodDefault<z.ZodInt>;
            exitOnError: z.ZodDefault<z.ZodBoolean>;
            strictReadiness: z.ZodDefault<z.ZodBoolean>;
            modelControlMode: z.ZodDefault<z.ZodEnum<{
                none: "none";
                poll: "poll";
                explicit: "explicit";
            }>>;
            repositoryPollSeconds: z.ZodDefault<z.ZodInt>;
            extraArgs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            ports: z.ZodPrefault<z.ZodObject<{
                http: z.ZodDefault<z.ZodInt>;
                grpc: z.ZodDefault<z.ZodInt>;
                metrics: z.ZodDefault<z.ZodInt>;
            }, z.core.$strict>>;
        }, z.core.$strict>>;
        pdb: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            minAvailable: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodInt, z.ZodString]>>>;
            maxUnavailable: z.ZodDefault<z.ZodNullable<z.ZodUnion<readonly [z.ZodInt, z.ZodString]>>>;
            unhealthyPodEvictionPolicy: z.ZodDefault<z.ZodEnum<{
                AlwaysAllow: "AlwaysAllow";
                IfHealthyBudget: "IfHealthyBudget";
            }>>;
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
    routerController: z.ZodPrefault<z.ZodObject<{
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
    app: z.ZodPrefault<z.ZodObject<{
        port: z.ZodDefault<z.ZodInt>;
        routerControllerUrl: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        routingStrategies: z.ZodDefault<z.ZodArray<z.ZodEnum<{
            triton: "triton";
            manual: "manual";
        }>>>;
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
        enabled: z.ZodDefault<z.ZodBoolean>;
    }, z.core.$strict>>;
    ingress: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        className: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
        hosts: z.ZodDefault<z.ZodArray<z.ZodObject<{
            host: z.ZodString;
            paths: z.ZodDefault<z.ZodArray<z.ZodObject<{
                path: z.ZodDefault<z.ZodString>;
                pathType: z.ZodDefault<z.ZodEnum<{
                    Prefix: "Prefix";
                    Exact: "Exact";
                    ImplementationSpecific: "ImplementationSpecific";
                }>>;
                backend: z.ZodDefault<z.ZodEnum<{
                    controller: "controller";
                    app: "app";
                }>>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>>;
        tls: z.ZodDefault<z.ZodArray<z.ZodObject<{
            secretName: z.ZodString;
            hosts: z.ZodArray<z.ZodString>;
        }, z.core.$strict>>>;
        certManager: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            clusterIssuer: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            issuer: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        }, z.core.$strict>>;
        rateLimit: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            rps: z.ZodDefault<z.ZodInt>;
            burst: z.ZodDefault<z.ZodInt>;
        }, z.core.$strict>>;
        securityHeaders: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    gatewayApi: z.ZodPrefault<z.ZodObject<{
        httpRoute: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            parentRefs: z.ZodDefault<z.ZodArray<z.ZodObject<{
                name: z.ZodString;
                namespace: z.ZodDefault<z.ZodNullable<z.ZodString>>;
                sectionName: z.ZodDefault<z.ZodNullable<z.ZodString>>;
            }, z.core.$strict>>>;
            hostnames: z.ZodDefault<z.ZodArray<z.ZodString>>;
            annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            labels: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
            requestHeaderModifier: z.ZodPrefault<z.ZodObject<{
                set: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    name: z.ZodString;
                    value: z.ZodString;
                }, z.core.$strict>>>;
                add: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    name: z.ZodString;
                    value: z.ZodString;
                }, z.core.$strict>>>;
                remove: z.ZodDefault<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>;
            responseHeaderModifier: z.ZodPrefault<z.ZodObject<{
                set: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    name: z.ZodString;
                    value: z.ZodString;
                }, z.core.$strict>>>;
                add: z.ZodDefault<z.ZodArray<z.ZodObject<{
                    name: z.ZodString;
                    value: z.ZodString;
                }, z.core.$strict>>>;
                remove: z.ZodDefault<z.ZodArray<z.ZodString>>;
            }, z.core.$strict>>;
            rules: z.ZodDefault<z.ZodArray<z.ZodObject<{
                path: z.ZodPrefault<z.ZodObject<{
                    type: z.ZodDefault<z.ZodEnum<{
                        Exact: "Exact";
                        PathPrefix: "PathPrefix";
                        RegularExpression: "RegularExpression";
                    }>>;
                    value: z.ZodDefault<z.ZodString>;
                }, z.core.$strict>>;
                backend: z.ZodDefault<z.ZodEnum<{
                    controller: "controller";
                    app: "app";
                }>>;
            }, z.core.$strict>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    openshiftRoute: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        host: z.ZodDefault<z.ZodNullable<z.ZodString>>;
        path: z.ZodDefault<z.ZodString>;
        backend: z.ZodDefault<z.ZodEnum<{
            controller: "controller";
            app: "app";
        }>>;
        tls: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            termination: z.ZodDefault<z.ZodEnum<{
                edge: "edge";
                reencrypt: "reencrypt";
                passthrough: "passthrough";
            }>>;
            insecureEdgeTerminationPolicy: z.ZodDefault<z.ZodEnum<{
                Redirect: "Redirect";
                Allow: "Allow";
                None: "None";
            }>>;
        }, z.core.$strict>>;
        annotations: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodString>>;
    }, z.core.$strict>>;
    networkPolicy: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
        ingressNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        gatewayNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        openshiftRouterNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        monitoringNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        dnsNamespaceSelector: z.ZodDefault<z.ZodNullable<z.ZodRecord<z.ZodString, z.ZodString>>>;
        dnsPort: z.ZodDefault<z.ZodInt>;
        controllerEgress: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            allowAll: z.ZodDefault<z.ZodBoolean>;
            cidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            exceptCidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            ports: z.ZodDefault<z.ZodArray<z.ZodInt>>;
        }, z.core.$strict>>;
        serverEgress: z.ZodPrefault<z.ZodObject<{
            enabled: z.ZodDefault<z.ZodBoolean>;
            allowAll: z.ZodDefault<z.ZodBoolean>;
            cidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            exceptCidrs: z.ZodDefault<z.ZodArray<z.ZodString>>;
            ports: z.ZodDefault<z.ZodArray<z.ZodInt>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    metrics: z.ZodPrefault<z.ZodObject<{
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
    volumeSnapshots: z.ZodPrefault<z.ZodObject<{
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
    tests: z.ZodPrefault<z.ZodObject<{
        enabled: z.ZodDefault<z.ZodBoolean>;
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
        attempts: z.ZodDefault<z.ZodInt>;
        retryDelaySeconds: z.ZodDefault<z.ZodInt>;
        resources: z.ZodPrefault<z.ZodObject<{
            requests: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
            limits: z.ZodDefault<z.ZodRecord<z.ZodString, z.ZodUnion<readonly [z.ZodString, z.ZodNumber]>>>;
        }, z.core.$strict>>;
    }, z.core.$strict>>;
    extraObjects: z.ZodDefault<z.ZodArray<z.ZodUnion<readonly [z.ZodRecord<z.ZodString, z.ZodUnknown>, z.ZodString]>>>;
}, z.core.$strict>;
export type ValuesInput = z.input<typeof valuesSchema>;
export type Values = z.output<typeof valuesSchema>;
