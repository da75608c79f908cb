// NVIDIA publishes no router images: the defaults are the bare names upstream's docs build, which
// would resolve to Docker Hub's library namespace. A release must say where its images come from.
import { COMPONENTS, V } from './paths.js';
import type { Rule } from './rule.js';

const WHAT = { routerServer: 'router-server', routerController: 'router-controller', app: 'demo app' } as const;

export const imageRules: Rule[] = COMPONENTS.map((c): Rule => ({
  id: `image-registry:${c}`,
  releaseOnly: true,
  values: [`${c}.image.registry`, `${c}.image.repository`, 'global.imageRegistry'],
  doc: "The router images (`routerServer`, `routerController`, and `app` when enabled) name a registry: `image.registry`, `global.imageRegistry` or a `/` in the repository. NVIDIA publishes no router images; the defaults are the bare names upstream's docs build. Not part of the defaults.",
  message: `{repository} names no registry, and NVIDIA publishes no ${WHAT[c]} image: build it from the LLM Router blueprint, push it to your registry and set global.imageRegistry (or ${c}.image.registry, or a repository that starts with the registry host); see "Images" in the chart README`,
  check(v, hit) {
    const image = v[c].image;
    if (c === 'app' && !v.app.enabled) return;
    if (image.registry === null && v.global.imageRegistry === null && !image.repository.includes('/'))
      hit([c, 'image', 'repository'], { repository: JSON.stringify(image.repository) });
  },
  go: (fail) => {
    const b = V(c);
    const unqualified = `(not ${b}.image.registry) (not $.Values.global.imageRegistry) (not (contains "/" ${b}.image.repository))`;
    return [
      fail({
        when: c === 'app' ? `and ${b}.enabled ${unqualified}` : `and ${unqualified}`,
        path: `${c}.image.repository`,
        args: { repository: `(quote ${b}.image.repository)` },
      }),
    ];
  },
}));
