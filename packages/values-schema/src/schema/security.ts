// Pod and container security contexts. Defaults satisfy Pod Security Standards "restricted".
import { z } from 'zod';
import { block, bool, doc, nullableString } from './primitives.js';

const seccompProfile = () =>
  block('Seccomp profile; RuntimeDefault is required by the restricted Pod Security Standard.', {
    type: doc(z.enum(['RuntimeDefault', 'Localhost', 'Unconfined']), 'Seccomp profile type.').default('RuntimeDefault'),
    localhostProfile: nullableString('Profile file for type Localhost, relative to the kubelet seccomp directory.'),
  });

const uid = (description: string, def: number | null) => doc(z.int().min(0).max(2147483647).nullable(), description).default(def);

export function podSecurityContextSchema() {
  return block('Pod-level security context.', {
    runAsNonRoot: bool('Refuse to start containers whose user is root.', true),
    runAsUser: uid(
      'User ID for all containers; null leaves it to the image or platform (set null on OpenShift, which assigns IDs).',
      65534,
    ),
    runAsGroup: uid('Primary group ID for all containers; null leaves it to the image or platform.', 65534),
    fsGroup: uid('Group that owns mounted volumes; null leaves it to the platform.', 65534),
    fsGroupChangePolicy: doc(
      z.enum(['OnRootMismatch', 'Always']),
      'When to change volume ownership to fsGroup (OnRootMismatch avoids a slow recursive chown of a large model volume).',
    ).default('OnRootMismatch'),
    supplementalGroups: doc(z.array(z.int().min(0)), 'Extra group IDs for all containers.').default([]),
    seccompProfile: seccompProfile(),
  });
}

export function containerSecurityContextSchema() {
  return block('Container-level security context (applies to every container of the component, init containers included).', {
    allowPrivilegeEscalation: bool('Allow setuid binaries to raise privileges (restricted requires false).', false),
    privileged: bool('Run privileged (restricted requires false).', false),
    readOnlyRootFilesystem: bool('Mount the root filesystem read-only; the chart mounts emptyDirs where programs write.', true),
    runAsNonRoot: bool('Refuse to start if the user is root.', true),
    capabilities: block('Linux capabilities.', {
      drop: doc(z.array(z.string().min(1)), 'Capabilities removed (restricted requires ALL).').default(['ALL']),
      add: doc(
        z.array(z.string().min(1)),
        'Capabilities added back (restricted allows only NET_BIND_SERVICE; every port here is above 1024).',
      ).default([]),
    }),
    seccompProfile: seccompProfile(),
  });
}

export type PodSecurityContext = z.output<ReturnType<typeof podSecurityContextSchema>>;
export type ContainerSecurityContext = z.output<ReturnType<typeof containerSecurityContextSchema>>;
