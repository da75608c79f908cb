// Object metadata shared by all builders: name, namespace, labels, commonAnnotations.
import { expr, inline, map, splice, toYamlIfSet, when, yaml, type MapPart, type PlainMap, type Value, type When } from '../gotpl/yaml.js';
import { nameOf, type Component } from './names.js';

/** `$serverLabels` style variable holding a component's (or the chart's) label block. */
export const labelsVar = (c: Component | 'chart'): string => (c === 'chart' ? '$chartLabels' : `$${c.short}Labels`);
export const selVar = (c: Component | 'chart'): string => (c === 'chart' ? '$chartSel' : `$${c.short}Sel`);

/** Annotations: fixed entries first, then commonAnnotations, then an optional per-object values map. */
export function annotations(fixed: MapPart[] = [], extraExpr?: string): Value | When {
  if (!fixed.length && !extraExpr) return toYamlIfSet('$.Values.commonAnnotations');
  const user = [splice('$.Values.commonAnnotations'), ...(extraExpr ? [splice(extraExpr)] : [])];
  if (!fixed.length) return when(`or $.Values.commonAnnotations ${extraExpr}`, map(...user));
  return map(...fixed, ...user);
}

export interface MetaOptions {
  /** name suffix after the fullname (e.g. "router-server"); or a raw Go expression via nameExpr */
  suffix?: string;
  nameExpr?: string;
  owner: Component | 'chart';
  /** annotations the chart sets, written before the user's */
  annotations?: MapPart[];
  annotationsExpr?: string;
  namespaced?: boolean;
  /** namespace expression when it is not the release namespace */
  namespaceExpr?: string;
  /** extra label entries (e.g. Prometheus selectors from values) */
  extraLabelsExpr?: string;
}

export function metadata(o: MetaOptions): PlainMap {
  const name = o.nameExpr ?? nameOf(o.suffix ?? (o.owner === 'chart' ? 'chart' : o.owner.label));
  const m: PlainMap = { name: expr(name) };
  if (o.namespaced !== false) m.namespace = expr(o.namespaceExpr ?? '$namespace');
  m.labels = o.extraLabelsExpr ? map(inline(labelsVar(o.owner)), splice(o.extraLabelsExpr)) : yaml(labelsVar(o.owner));
  m.annotations = annotations(o.annotations, o.annotationsExpr);
  return m;
}
