// Image references that cannot pull, or break the chart's promise of pinned images.
import { m, type Mistake } from './mistake.js';

const DIGEST = 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

export const IMAGES: Mistake[] = [
  m('images', 'tag inside the repository', 'routerServer.image.repository', {
    routerServer: { image: { repository: 'llm-router/router-server:v0.2.0' } },
  }),
  m('images', 'digest inside the repository', 'routerController.image.repository', {
    routerController: { image: { repository: `llm-router/router-controller@${DIGEST}` } },
  }),
  m('images', 'repository with a scheme', 'app.image.repository', {
    app: { enabled: true, image: { repository: 'https://registry.example.com/llm-router-client' } },
  }),
  m('images', 'repository in capitals', 'routerServer.image.repository', {
    routerServer: { image: { repository: 'LLM-Router/Router-Server' } },
  }),
  m('images', 'repository with a leading slash', 'routerController.image.repository', {
    routerController: { image: { repository: '/router-controller' } },
  }),
  m('images', 'repository with a space', 'routerServer.modelRepository.loader.image.repository', {
    routerServer: { modelRepository: { loader: { image: { repository: 'curlimages/ curl' } } } },
  }),
  m('images', 'registry with https://', 'routerServer.image.registry', {
    routerServer: { image: { registry: 'https://registry.example.com' } },
  }),
  m('images', 'registry with a trailing slash', 'routerController.image.registry', {
    routerController: { image: { registry: 'registry.example.com/llm-router/' } },
  }),
  m('images', 'registry with a double slash', 'routerServer.image.registry', {
    routerServer: { image: { registry: 'registry.example.com//llm-router' } },
  }),
  m('images', 'global registry with a scheme', 'global.imageRegistry', { global: { imageRegistry: 'http://registry.example.com' } }),
  m('images', 'global registry with a trailing slash', 'global.imageRegistry', { global: { imageRegistry: 'registry.example.com/' } }),
  m('images', 'registry with a space', 'app.image.registry', { app: { enabled: true, image: { registry: 'registry example.com' } } }),
  m('images', 'registry path in capitals', 'routerServer.image.registry', {
    routerServer: { image: { registry: 'registry.example.com/LLM' } },
  }),
  m('images', 'tag latest', 'routerController.image.tag', { routerController: { image: { tag: 'latest' } } }),
  m('images', 'loader tag latest', 'routerServer.modelRepository.loader.image.tag', {
    routerServer: { modelRepository: { loader: { image: { tag: 'latest' } } } },
  }),
  m('images', 'test image tag latest', 'tests.image.tag', { tests: { image: { tag: 'latest' } } }),
  m('images', 'snapshot job tag latest', 'volumeSnapshots.schedule.image.tag', {
    volumeSnapshots: { schedule: { image: { tag: 'latest' } } },
  }),
  m('images', 'tag Latest (capitalised)', 'app.image.tag', { app: { enabled: true, image: { tag: 'Latest' } } }),
  m('images', 'empty tag', 'routerServer.image.tag', { routerServer: { image: { tag: '' } } }),
  m('images', 'tag with a leading colon', 'routerServer.image.tag', { routerServer: { image: { tag: ':v0.2.0' } } }),
  m('images', 'tag with a trailing space', 'app.image.tag', { app: { enabled: true, image: { tag: 'v0.2.0 ' } } }),
  m('images', 'digest in the tag field', 'routerServer.image.tag', { routerServer: { image: { tag: DIGEST } } }),
  m('images', 'digest without an algorithm', 'routerController.image.digest', { routerController: { image: { digest: DIGEST.slice(7) } } }),
  m('images', 'digest in capitals', 'routerServer.image.digest', { routerServer: { image: { digest: DIGEST.toUpperCase() } } }),
  m('images', 'digest too short', 'routerServer.image.digest', { routerServer: { image: { digest: 'sha256:0123abcd' } } }),
  m('images', 'pull policy lowercase', 'routerServer.image.pullPolicy', { routerServer: { image: { pullPolicy: 'always' } } }),
];
