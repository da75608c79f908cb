// Container image reference: registry + repository + (tag | digest). Tags never default to "latest".
import { z } from 'zod';
import { block, doc } from './primitives.js';

export const DIGEST_PATTERN = /^sha256:[a-f0-9]{64}$/;
export const TAG_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
export const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'] as const;
/** One path component of a repository (the distribution spec): lowercase, separators only between letters and digits. */
const COMPONENT = '[a-z0-9]+(([._]|__|-+)[a-z0-9]+)*';
/** A registry host (letters, digits, "-" and "."; an optional port). */
const HOST = '[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([-A-Za-z0-9]*[A-Za-z0-9])?)*(:[0-9]+)?';
/** registry: a host and an optional path, no scheme ("https://"), no trailing or double slash. */
export const REGISTRY_PATTERN = new RegExp(`^${HOST}(/(${COMPONENT}))*$`);
/** repository: path components (optionally led by a registry host), no tag (":v1"), digest ("@sha256:") or scheme. */
export const REPOSITORY_PATTERN = new RegExp(`^(${HOST}/)?(${COMPONENT})(/(${COMPONENT}))*$`);
const REGISTRY_ERROR =
  'must be a registry host with an optional path, such as "nvcr.io" or "registry.example.com:5000/mirror" (no "https://", no trailing "/")';

/** A registry reference (image.registry, global.imageRegistry); null means none. */
export const nullableRegistry = (description: string, examples?: unknown[]) =>
  doc(z.string().regex(REGISTRY_PATTERN, { error: REGISTRY_ERROR }).nullable(), description, examples).default(null);

export interface ImageDefaults {
  what: string;
  repository: string;
  registry?: string | null;
  /** null means "the chart's appVersion" (only for the chart's own components). */
  tag: string | null;
  /** Set for images nobody publishes: the user builds them, and the chart refuses a reference without a registry. */
  builtByUser?: boolean;
}

export function imageSchema(d: ImageDefaults) {
  const tagHelp =
    d.tag === null
      ? 'Image tag; null uses the chart appVersion. Ignored when digest is set.'
      : 'Image tag (pinned; never "latest"). Ignored when digest is set.';
  return block(`Container image of ${d.what}.`, {
    registry: doc(
      z.string().regex(REGISTRY_PATTERN, { error: REGISTRY_ERROR }).nullable(),
      'Registry host (and optional path) prefixed to the repository; null uses global.imageRegistry, else the repository as written.',
      ['nvcr.io', 'registry.example.com/mirror'],
    ).default(d.registry ?? null),
    repository: doc(
      z.string().regex(REPOSITORY_PATTERN, {
        error:
          'must be an image repository such as "nvidia/router-server": lowercase path parts, without tag, digest or scheme (set tag or digest separately)',
      }),
      d.builtByUser
        ? 'Image repository (without registry when registry is set). NVIDIA publishes no such image: build it from the LLM Router blueprint and push it to your registry; rendering fails while the reference names no registry.'
        : 'Image repository (without registry when registry is set).',
    ).default(d.repository),
    tag: doc(
      z.string().regex(TAG_PATTERN, { error: 'must be a valid image tag (letters, digits, "_", ".", "-", at most 128)' }).nullable(),
      tagHelp,
    ).default(d.tag),
    digest: doc(
      z.string().regex(DIGEST_PATTERN, { error: 'must be a digest of the form sha256:<64 lowercase hex digits>' }).nullable(),
      'Image digest; when set it wins over the tag (the image is pulled by digest).',
      ['sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'],
    ).default(null),
    pullPolicy: doc(z.enum(PULL_POLICIES), 'Image pull policy.').default('IfNotPresent'),
  });
}

export type ImageInput = z.input<ReturnType<typeof imageSchema>>;
export type Image = z.output<ReturnType<typeof imageSchema>>;
