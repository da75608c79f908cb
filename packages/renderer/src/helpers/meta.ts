// Object metadata shared by all builders: name, namespace, labels, commonAnnotations.
import { expr, indented, splice, spread, toYamlIfSet, when, type MapNode, type Node } from '../gotpl/yaml.js';
import { nameOf, type Component } from './names.js';

/** `$serverLabels` style variable holding a component's (or the chart's) label block. */
export const labelsVar = (c: Component | 'chart'): string => (c === 'chart' ? '$chartLabels' : `$${c.short}Labels`);
export const selVar = (c: Component | 'chart'): string => (c === 'chart' ? '$chartSel' : `$${c.short}Sel`);

/** Annotations: fixed entries first, then commonAnnotations, then an optional per-object values map. */
export function annotations(fixed: MapNode = {}, extraExpr?: string): Node {
  const hasFixed = Object.keys(fixed).length > 0;
  if (!hasFixed && !extraExpr) return toYamlIfSet('$.Values.commonAnnotations');
  if (!hasFixed) return when(`or $.Values.commonAnnotations ${extraExpr}`, { [spread()]: splice('$.Values.commonAnnotations'), [spread()]: splice(extraExpr!) });
  const m: MapNode = { ...fixed, [spread()]: splice('$.Values.commonAnnotations') };
  if (extraExpr) m[spread()] = splice(extraExpr);
  return m;
}

export interface MetaOptions {
  /** name suffix after the fullname (e.g. "router-server"); or a raw Go expression via nameExpr */
  suffix?: string;
  nameExpr?: string;
  owner: Component | 'chart';
  annotations?: MapNode;
  annotationsExpr?: string;
  namespaced?: boolean;
  /** extra label entries (e.g. Prometheus selectors from values) */
  extraLabelsExpr?: string;
}

export function metadata(o: MetaOptions): MapNode {
  const name = o.nameExpr ?? nameOf(o.suffix ?? (o.owner === 'chart' ? 'chart' : o.owner.label));
  const m: MapNode = { name: expr(name) };
  if (o.namespaced !== false) m.namespace = expr('$namespace');
  m.labels = o.extraLabelsExpr
    ? { [spread()]: indented(labelsVar(o.owner)), [spread() + 'x']: splice(o.extraLabelsExpr) }
    : indented(labelsVar(o.owner));
  const ann = annotations(o.annotations, o.annotationsExpr);
  // toYamlIfSet keys are emitted as guarded blocks, maps as plain blocks.
  m.annotations = ann;
  return m;
}
