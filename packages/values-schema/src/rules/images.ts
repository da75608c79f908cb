// NVIDIA publishes no router images: the defaults are the bare names upstream's docs build, which
// would resolve to Docker Hub's library namespace. A release must say where its images come from.
// And no image of the chart runs a moving tag.
import type { Image } from '../schema/image.js';
import type { Values } from '../schema/root.js';
import { COMPONENTS, V } from './paths.js';
import type { GoScope, Rule } from './rule.js';

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

/** Every image block of the values, as instances of one scope (`$s.path`, `$s.image`). */
export const IMAGE_BLOCKS = [
  ...COMPONENTS.map((c) => `${c}.image`),
  'routerServer.modelRepository.loader.image',
  'volumeSnapshots.schedule.image',
  'tests.image',
];
const at = (v: Values, path: string): Image => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], v) as Image;
const IMAGES: GoScope = { name: 'images', calls: IMAGE_BLOCKS.map((p) => `(dict "path" "${p}" "image" ${V(p)})`) };

export const imageTagRules: Rule[] = [
  {
    id: 'image-tag-pinned',
    scope: IMAGES,
    values: IMAGE_BLOCKS.map((p) => `${p}.tag`),
    doc: 'Image tags are pinned: `latest` (in any case) is refused in every image block (it moves, so two pods of one release could run different code); pin a version or a digest.',
    message: 'is {tag}, which moves under the release (pods started later pull different code); pin a version tag or set digest',
    check(v, hit) {
      for (const p of IMAGE_BLOCKS) {
        const tag = at(v, p).tag;
        if (tag?.toLowerCase() === 'latest') hit([...p.split('.'), 'tag'], { tag: JSON.stringify(tag) });
      }
    },
    go: (fail) => [
      fail({
        when: 'eq (lower (toString $s.image.tag)) "latest"',
        path: '%s.tag',
        pathArgs: ['$s.path'],
        args: { tag: '(quote $s.image.tag)' },
      }),
    ],
  },
];
