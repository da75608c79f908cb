// Grafana dashboard JSON, built from the contract's metric names (stored as a chart file, so Grafana's
// own {{legend}} syntax never meets the Go template engine), and the ConfigMap that ships it.
import { blockText, expr, withValue, type PlainMap } from '../gotpl/yaml.js';
import { metadata } from '../helpers/meta.js';
import { NAMESPACE } from '../helpers/names.js';
import { CONTROLLER_METRICS as C, TRITON_METRICS as T } from './metric-names.js';

export const DASHBOARD_FILE = 'files/grafana/llm-router.json';

interface Panel {
  title: string;
  unit: string;
  targets: { expr: string; legend: string }[];
}

const ns = 'namespace="$namespace"';

const PANELS: Panel[] = [
  { title: 'Controller requests / s', unit: 'reqps', targets: [{ expr: `sum(rate(${C.requests}{${ns}}[5m]))`, legend: 'requests' }] },
  {
    title: 'Controller failures / s by type',
    unit: 'reqps',
    targets: [{ expr: `sum by (error_type) (rate(${C.failure}{${ns}}[5m]))`, legend: '{{error_type}}' }],
  },
  {
    title: 'Requests by policy',
    unit: 'reqps',
    targets: [{ expr: `sum by (policy) (rate(${C.requestsPerPolicy}{${ns}}[5m]))`, legend: '{{policy}}' }],
  },
  {
    // the controller labels requests_per_model with the llm entry NAME (e.g. "Code Generation"), not the model id
    title: 'Requests by LLM entry',
    unit: 'reqps',
    targets: [{ expr: `sum by (model) (rate(${C.requestsPerModel}{${ns}}[5m]))`, legend: '{{model}}' }],
  },
  {
    title: 'Controller latency p50 / p99',
    unit: 's',
    targets: [
      { expr: `histogram_quantile(0.5, sum by (le) (rate(${C.latency}_bucket{${ns}}[5m])))`, legend: 'p50' },
      { expr: `histogram_quantile(0.99, sum by (le) (rate(${C.latency}_bucket{${ns}}[5m])))`, legend: 'p99' },
    ],
  },
  {
    title: 'Model selection and proxy overhead p99',
    unit: 's',
    targets: [
      { expr: `histogram_quantile(0.99, sum by (le) (rate(${C.modelSelection}_bucket{${ns}}[5m])))`, legend: 'model selection' },
      { expr: `histogram_quantile(0.99, sum by (le) (rate(${C.proxyOverhead}_bucket{${ns}}[5m])))`, legend: 'proxy overhead' },
    ],
  },
  {
    title: 'LLM response time p99 by LLM',
    unit: 's',
    targets: [{ expr: `histogram_quantile(0.99, sum by (le, llm) (rate(${C.llmResponse}_bucket{${ns}}[5m])))`, legend: '{{llm}}' }],
  },
  {
    title: 'Token usage / s by LLM entry',
    unit: 'short',
    targets: [{ expr: `sum by (llm_name, category) (rate(${C.tokenUsage}{${ns}}[5m]))`, legend: '{{llm_name}} {{category}}' }],
  },
  {
    // every model has series: the ensembles the controller calls and their composing models
    title: 'Triton inferences / s by model',
    unit: 'reqps',
    targets: [{ expr: `sum by (model) (rate(${T.success}{${ns}}[5m]))`, legend: '{{model}}' }],
  },
  {
    title: 'Triton failures / s by model and reason',
    unit: 'reqps',
    targets: [{ expr: `sum by (model, reason) (rate(${T.failure}{${ns}}[5m])) > 0`, legend: '{{model}} {{reason}}' }],
  },
  {
    title: 'Triton request / queue time per inference',
    unit: 'µs',
    targets: [
      {
        expr: `sum by (model) (rate(${T.requestDuration}{${ns}}[5m])) / clamp_min(sum by (model) (rate(${T.success}{${ns}}[5m])), 1e-9)`,
        legend: '{{model}} request',
      },
      {
        expr: `sum by (model) (rate(${T.queueDuration}{${ns}}[5m])) / clamp_min(sum by (model) (rate(${T.success}{${ns}}[5m])), 1e-9)`,
        legend: '{{model}} queue',
      },
    ],
  },
  {
    title: 'Triton batching (inferences per execution)',
    unit: 'short',
    targets: [
      {
        expr: `sum by (model) (rate(${T.count}{${ns}}[5m])) / clamp_min(sum by (model) (rate(${T.execCount}{${ns}}[5m])), 1e-9)`,
        legend: '{{model}}',
      },
    ],
  },
  // nv_gpu_* exist only where Triton sees a GPU: on a CPU-only server these two panels stay empty
  {
    title: 'GPU utilisation and memory used',
    unit: 'percentunit',
    targets: [
      { expr: `max by (gpu_uuid) (${T.gpuUtilization}{${ns}})`, legend: '{{gpu_uuid}} utilisation' },
      { expr: `max by (gpu_uuid) (${T.gpuMemoryUsed}{${ns}} / ${T.gpuMemoryTotal}{${ns}})`, legend: '{{gpu_uuid}} memory' },
    ],
  },
  {
    title: 'GPU power',
    unit: 'watt',
    targets: [{ expr: `max by (gpu_uuid) (${T.gpuPower}{${ns}})`, legend: '{{gpu_uuid}}' }],
  },
];

/** Deterministic dashboard JSON (fixed uid, no timestamps, no ids that change between runs). */
export function dashboardJson(): string {
  const panels = PANELS.map((p, i) => ({
    type: 'timeseries',
    title: p.title,
    id: i + 1,
    gridPos: { h: 8, w: 12, x: (i % 2) * 12, y: Math.floor(i / 2) * 8 },
    datasource: { type: 'prometheus', uid: '${datasource}' },
    fieldConfig: { defaults: { unit: p.unit }, overrides: [] },
    targets: p.targets.map((t, j) => ({ refId: String.fromCharCode(65 + j), expr: t.expr, legendFormat: t.legend })),
  }));
  const dashboard = {
    title: 'LLM Router',
    uid: 'llm-router',
    tags: ['llm-router', 'triton'],
    editable: true,
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    refresh: '30s',
    templating: {
      list: [
        { name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Data source' },
        {
          name: 'namespace',
          type: 'query',
          label: 'Namespace',
          datasource: { type: 'prometheus', uid: '${datasource}' },
          query: `label_values(${C.requests}, namespace)`,
          refresh: 2,
        },
      ],
    },
    panels,
  };
  return JSON.stringify(dashboard, null, 2) + '\n';
}

const g = '$.Values.metrics.grafanaDashboards';

export function dashboardConfigMap(): PlainMap {
  const meta = metadata({
    owner: 'chart',
    suffix: 'dashboard',
    extraLabelsExpr: `${g}.sidecarLabel`,
    namespaceExpr: `${g}.namespace | default (${NAMESPACE})`,
    annotations: [withValue(`${g}.folder`, { grafana_folder: expr('. | quote') })],
  });
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: meta,
    data: { 'llm-router.json': blockText(`{{- $.Files.Get "${DASHBOARD_FILE}" | nindent +0 }}`) },
  };
}
