// Where exposed traffic goes: "controller" (the OpenAI-compatible API) or "app" (the demo UI), never
// Triton. Named templates shared by the Ingress, the HTTPRoute and the OpenShift Route.
import { dict, include, type Define } from './define.js';
import { APP, CONTROLLER, P, v } from './names.js';

/** Service name of a backend ("controller" or "app"), from a Go expression holding the backend. */
export const backendService = (backendExpr: string): string => include('backendService', dict({ root: '$', backend: backendExpr }));
/** Service port of a backend. */
export const backendPort = (backendExpr: string): string => include('backendPort', dict({ root: '$', backend: backendExpr }));

const nameOfRoot = (label: string): string => `include "${P}.componentName" (dict "root" .root "component" "${label}")`;

export const BACKEND_DEFINES: Define[] = [
  {
    name: 'backendService',
    why: 'Service a route sends a backend to: the app for "app", else the router-controller.',
    usage: '(dict "root" $ "backend" "controller")',
    body: [
      '{{- if eq .backend "app" }}',
      `{{- ${nameOfRoot(APP.label)} }}`,
      '{{- else }}',
      `{{- ${nameOfRoot(CONTROLLER.label)} }}`,
      '{{- end }}',
    ],
  },
  {
    name: 'backendPort',
    why: 'Service port of a backend: the app\'s for "app", else the router-controller\'s.',
    usage: '(dict "root" $ "backend" "controller")',
    body: [
      `{{- ternary ${v(APP, 'service.port').replace('$', '.root')} ${v(CONTROLLER, 'service.port').replace('$', '.root')} (eq .backend "app") }}`,
    ],
  },
];
