// Public API of @llm-router-helm/values-schema.
export { valuesSchema, type Values, type ValuesInput } from './schema/root.js';
export { defaults } from './defaults.js';
export { validate, formatProblems, type ValidationResult } from './validate.js';
export { formatPath, type Problem } from './problems.js';
export { RULES, checkRules, renderFailTemplate, renderRulesReference, type Rule, type RuleViolation } from './rules/index.js';
export { mergeLikeHelm } from './helmValues.js';
export { buildJsonSchema, renderValuesSchemaJson, type JsonSchema } from './generate/jsonSchema.js';
export { renderValuesYaml } from './generate/valuesYaml.js';
export { renderValuesReference, referenceRows, type ReferenceRow } from './generate/reference.js';
export { imageSchema, PULL_POLICIES, DIGEST_PATTERN, type Image, type ImageInput } from './schema/image.js';
export { routerServerSchema, serverDefaults, type RouterServer, type RouterServerInput } from './schema/server.js';
export {
  routerControllerSchema,
  controllerDefaults,
  CONTROLLER_PORT,
  type RouterController,
  type RouterControllerInput,
} from './schema/controller.js';
export { appSchema, appDefaults, type App, type AppInput } from './schema/app.js';
export { modelRepositorySchema, OBJECT_STORAGE_PATTERN, STORAGE_TYPES, type ModelRepository } from './schema/storage.js';
export {
  policiesSchema,
  apiKeyRefSchema,
  DEFAULT_POLICIES,
  TASK_ROUTER_TABLE,
  COMPLEXITY_ROUTER_TABLE,
  NVIDIA_API_BASE,
  type Policy,
  type PolicyInput,
  type Llm,
  type ApiKeyRef,
} from './schema/policies.js';
export { apiKeysSchema, type ApiKeys } from './schema/secrets.js';
export { seconds as durationSeconds } from './schema/metrics.js';
export type { Probe } from './schema/probes.js';
export type { PodSecurityContext, ContainerSecurityContext } from './schema/security.js';
export type { Toleration } from './schema/scheduling.js';

import { buildJsonSchema } from './generate/jsonSchema.js';
/** The JSON Schema object of values.schema.json. */
export const jsonSchema = buildJsonSchema();
export { migrateUpstreamValues, migrateUpstreamValuesText, type MigrationResult } from './migrate/migrate.js';
export type { MigrationOptions } from './migrate/context.js';
export type { MigrationNote, NoteKind, SecretInstruction } from './migrate/ledger.js';
export { migrationSteps, formatSteps, type MigrationStep, type ProcedureInput } from './migrate/procedure.js';
export { upstreamFullname, upstreamNames } from './migrate/upstream.js';
export { carryValues, cleanRegistry, type CarryEdit, type CarryResult } from './carry/carry.js';
export { compareSchemas, compareRules, formatCompat, type CompatFinding, type CompatKind, type CompatReport } from './compat/compat.js';
