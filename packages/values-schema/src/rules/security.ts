// Rules on pod security and network isolation.
import { COMPONENTS, V } from './paths.js';
import type { Rule } from './rule.js';

export const securityRules: Rule[] = COMPONENTS.map((c) => ({
  id: `non-root-user:${c}`,
  values: [`${c}.podSecurityContext.runAsUser`, `${c}.podSecurityContext.runAsNonRoot`, `${c}.containerSecurityContext.runAsNonRoot`],
  doc: '`podSecurityContext.runAsUser: 0` (root) contradicts `runAsNonRoot: true` (the kubelet would refuse to start the container).',
  message: 'is 0 (root) but runAsNonRoot is true, so the kubelet would refuse to start the container; use a non-zero user ID or null',
  check(v, hit) {
    const x = v[c];
    if (x.podSecurityContext.runAsUser === 0 && (x.podSecurityContext.runAsNonRoot || x.containerSecurityContext.runAsNonRoot)) hit([c, 'podSecurityContext', 'runAsUser']);
  },
  go: (fail) => [
    fail({
      when: `and (not (kindIs "invalid" ${V(`${c}.podSecurityContext.runAsUser`)})) (eq (int ${V(`${c}.podSecurityContext.runAsUser`)}) 0) (or ${V(`${c}.podSecurityContext.runAsNonRoot`)} ${V(`${c}.containerSecurityContext.runAsNonRoot`)})`,
      path: `${c}.podSecurityContext.runAsUser`,
    }),
  ],
}));
