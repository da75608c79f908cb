// Misspelt keys, in every kind of block (image blocks included), with a value or left null.
import { m, type Mistake } from './mistake.js';

export const TYPOS: Mistake[] = [
  m('typos', 'image tagg', 'routerServer.image', { routerServer: { image: { tagg: 'v0.2.0' } } }),
  m('typos', 'image Tag left null', 'routerServer.image', { routerServer: { image: { Tag: null } } }),
  m('typos', 'image registy left null', 'routerController.image', { routerController: { image: { registy: null } } }),
  m('typos', 'image pullpolicy', 'app.image', { app: { image: { pullpolicy: 'Always' } } }),
  m('typos', 'loader image repo left null', 'routerServer.modelRepository.loader.image', {
    routerServer: { modelRepository: { loader: { image: { repo: null } } } },
  }),
  m('typos', 'test image tagg left null', 'tests.image', { tests: { image: { tagg: null } } }),
  m('typos', 'snapshot image digets', 'volumeSnapshots.schedule.image', { volumeSnapshots: { schedule: { image: { digets: null } } } }),
  m('typos', 'maxReplica', 'routerController.autoscaling', { routerController: { autoscaling: { maxReplica: 5 } } }),
  m('typos', 'resource (singular)', 'routerServer', { routerServer: { resource: { limits: { cpu: 2 } } } }),
  m('typos', 'ingress host (singular)', 'ingress', { ingress: { host: 'llm.example.com' } }),
  m('typos', 'existingsecret', 'apiKeys', { apiKeys: { existingsecret: 'keys' } }),
  m('typos', 'networkPolicy egress left null', 'networkPolicy', { networkPolicy: { egress: null } }),
  m('typos', 'podSecurityContext runAsNonroot', 'routerServer.podSecurityContext', {
    routerServer: { podSecurityContext: { runAsNonroot: true } },
  }),
  m('typos', 'llm apiKey secretname', 'routerController.policies[0].llms[0].apiKey', {
    routerController: {
      policies: [
        {
          name: 'custom_router',
          url: 'http://c.example.com:8000/v2/models/x/infer',
          llms: [{ name: 'a', apiBase: 'https://integrate.api.nvidia.com', model: 'm', apiKey: { secretname: 'keys' } }],
        },
      ],
    },
  }),
  m('typos', 'label left null', 'commonLabels.team', { commonLabels: { team: null } }),
  m('typos', 'limit left null that has no default', 'routerController.resources.limits["nvidia.com/gpu"]', {
    routerController: { resources: { limits: { 'nvidia.com/gpu': null } } },
  }),
];
