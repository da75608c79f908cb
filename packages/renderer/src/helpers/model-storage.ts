// Names of the router-server's model storage that several objects share (Deployment volume, PVC,
// NFS claimRef, snapshots), as named templates so each is spelled once.
import type { Define } from './define.js';
import { P } from './names.js';

const storage = '.Values.routerServer.modelRepository.storage';

/** Name of the claim holding the model repository. */
export const modelsClaimName = `include "${P}.modelsClaimName" $`;

export const MODEL_STORAGE_DEFINES: Define[] = [
  {
    name: 'modelsClaimName',
    why: 'PVC of the model repository: the user\'s existingClaim, else the chart\'s "<fullname>-router-server-models".',
    usage: '$',
    body: [
      `{{- ${storage}.pvc.existingClaim | default (include "${P}.componentName" (dict "root" . "component" "router-server-models")) }}`,
    ],
  },
];
