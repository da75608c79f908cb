export declare const UPSTREAM_CHART_NAME = "llm-router";
/** The release name upstream's README installs with (`helm install llm-router ...`). */
export declare const UPSTREAM_DEFAULT_RELEASE = "llm-router";
/** Upstream's "llm-router.fullname": fullnameOverride, else the release name when it already contains the chart name, else `<release>-<name>`; 63 characters at most. */
export declare function upstreamFullname(release: string, nameOverride?: string, fullnameOverride?: string): string;
/** Objects upstream names after the fullname. */
export declare const upstreamNames: (fullname: string) => {
    modelPvc: string;
    routerServer: string;
    routerController: string;
    controllerConfig: string;
    app: string;
};
/** The Secret and key upstream reads NVIDIA_API_KEY from when the values leave them empty. */
export declare const UPSTREAM_API_KEY: {
    readonly secret: "llm-api-keys";
    readonly key: "nvidia_api_key";
    readonly env: "NVIDIA_API_KEY";
};
export declare const UPSTREAM_API_BASE = "https://integrate.api.nvidia.com";
/** routerController.config.models keys -> classifier class, in class order (the templated config's order). */
export declare const UPSTREAM_TASK_MODEL_KEYS: readonly [string, string][];
export declare const UPSTREAM_COMPLEXITY_MODEL_KEYS: readonly [string, string][];
/** Where upstream mounts the model volume and what it passes to --model-repository by default. */
export declare const UPSTREAM_MODEL_MOUNT = "/model_repository";
export declare const UPSTREAM_MODEL_PATH = "/model_repository";
export type UpstreamComponent = 'routerServer' | 'routerController' | 'app';
/** Defaults of what runs: a values file that leaves these out ran with them. */
export declare const UPSTREAM_RUNTIME_DEFAULTS: Record<UpstreamComponent, {
    image: {
        repository: string;
        tag: string;
        pullPolicy: string;
    };
    replicas: number;
    strategy: {
        type: string;
        rollingUpdate: {
            maxSurge: number;
            maxUnavailable: number;
        };
    };
    resources: {
        requests: Record<string, string | number>;
        limits: Record<string, string | number>;
    };
    servicePort: number;
    containerPort: number;
}>;
export type ProbeKind = 'readinessProbe' | 'livenessProbe' | 'startupProbe';
export interface UpstreamProbe {
    path: string;
    port: number;
    initialDelaySeconds: number;
    periodSeconds: number;
    timeoutSeconds: number;
    successThreshold: number;
    failureThreshold: number;
}
/** Upstream's default healthChecks (httpGet handlers and timings). */
export declare const UPSTREAM_PROBES: Record<UpstreamComponent, Record<ProbeKind, UpstreamProbe>>;
/** Our value block of each upstream component. */
export declare const OUR_COMPONENT: Record<UpstreamComponent, string>;
/** The app.kubernetes.io/name value upstream's default anti-affinity selects per component (it matches no pod). */
export declare const UPSTREAM_ANTI_AFFINITY_NAME: Record<UpstreamComponent, string>;
