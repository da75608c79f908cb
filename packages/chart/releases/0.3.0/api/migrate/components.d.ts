import { type Ledger } from './ledger.js';
import { type UpstreamComponent } from './upstream.js';
/** Image: upstream joins global.imageRegistry and the repository with no separator. */
export declare function convertImage(l: Ledger, c: UpstreamComponent): void;
export declare function convertReplicasAndStrategy(l: Ledger, c: UpstreamComponent): void;
export declare function convertResources(l: Ledger, c: UpstreamComponent): void;
export declare function convertSecurityContexts(l: Ledger, c: UpstreamComponent): void;
export declare function convertProbes(l: Ledger, c: UpstreamComponent): void;
export declare function convertAffinity(l: Ledger, c: UpstreamComponent): void;
/** Chart-wide nodeSelector/tolerations/affinity: upstream applies them to every component (GPU settings leak onto CPU pods). */
export declare function convertGlobalScheduling(l: Ledger, components: UpstreamComponent[]): void;
/** Container env of the router-server and app (the controller's env feeds the routing conversion). */
export declare function convertEnv(l: Ledger, c: UpstreamComponent, ownedByChart?: string[]): void;
