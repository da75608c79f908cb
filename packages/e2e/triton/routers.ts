// The stand-in routers' class lists (and keyword rules) for TypeScript callers: the same
// routers.json the seeder writes into the model repository.
import routers from './standin/routers.json';

export interface RouterSpec {
  classes: string[];
  empty: string;
  fallback: string;
  rules: Array<[string, string[]]>;
}

export const TASK_ROUTER: RouterSpec = routers.task_router as RouterSpec;
export const COMPLEXITY_ROUTER: RouterSpec = routers.complexity_router as RouterSpec;
export const TASK_CLASSES: readonly string[] = TASK_ROUTER.classes;
export const COMPLEXITY_CLASSES: readonly string[] = COMPLEXITY_ROUTER.classes;
/** Ensemble name -> class list, as the controller's policies index them. */
export const ENSEMBLES: Record<string, readonly string[]> = {
  task_router_ensemble: TASK_CLASSES,
  complexity_router_ensemble: COMPLEXITY_CLASSES,
};
