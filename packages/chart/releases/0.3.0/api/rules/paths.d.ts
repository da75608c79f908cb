import type { Values } from '../schema/root.js';
export declare const COMPONENTS: readonly ["routerServer", "routerController", "app"];
export type ComponentKey = (typeof COMPONENTS)[number];
export type AnyComponent = Values[ComponentKey];
/** `$.Values.a.b` for a dotted path of plain keys. */
export declare const V: (path: string) => string;
/** Go expression printing a map key as a path segment the way formatPath() does: `.key` or `["odd/key"]`. */
export declare const goKey: (keyExpr: string) => string;
/** The named templates the rule lines use; emitted once at the top of validate.yaml. */
export declare const GO_HELPERS: string[];
