import { z } from 'zod';
export declare const OPENSHIFT_ROUTER_NAMESPACES: {
    'network.openshift.io/policy-group': string;
};
export declare const networkPolicySchema: z.ZodPrefault<z.ZodObject<{
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
