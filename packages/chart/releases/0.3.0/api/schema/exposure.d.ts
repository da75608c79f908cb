import { z } from 'zod';
export declare const ingressSchema: z.ZodPrefault<z.ZodObject<{
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
export declare const gatewayApiSchema: z.ZodPrefault<z.ZodObject<{
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
export declare const openshiftRouteSchema: z.ZodPrefault<z.ZodObject<{
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
