// The parsed defaults: what a release gets when the user sets nothing.
import { valuesSchema, type Values } from './schema/root.js';

export const defaults: Values = valuesSchema.parse({});
