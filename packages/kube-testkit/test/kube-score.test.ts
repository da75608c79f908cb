// kube-score (built from the Go module proxy) still reports what the chart scan relies on it for:
// missing ephemeral-storage requests/limits, identical liveness/readiness probes, a CronJob without
// startingDeadlineSeconds.
import { kubeScore } from '../src/index.js';

// the first run builds kube-score (go install) on a shared 2-core machine
jest.setTimeout(1_800_000);

it('kube-score catches what it is here for (ephemeral storage, identical probes, CronJob deadline)', async () => {
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata: {name: bad, namespace: x}
spec:
  replicas: 2
  selector: {matchLabels: {app: bad}}
  template:
    metadata: {labels: {app: bad}}
    spec:
      containers:
        - name: c
          image: r.example.com/c:1
          readinessProbe: {httpGet: {path: /health, port: 8084}}
          livenessProbe: {httpGet: {path: /health, port: 8084}}
          resources: {requests: {cpu: 1, memory: 1Gi}, limits: {cpu: 1, memory: 1Gi}}
---
apiVersion: v1
kind: Service
metadata: {name: bad, namespace: x}
spec: {selector: {app: bad}, ports: [{port: 80}]}
---
apiVersion: batch/v1
kind: CronJob
metadata: {name: bad, namespace: x}
spec:
  schedule: "0 3 * * *"
  jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: c, image: r.example.com/c:1}]}}}}
`;
  const checks = new Set((await kubeScore(deployment)).map((f) => f.check));
  for (const c of ['container-ephemeral-storage-request-and-limit', 'pod-probes-identical', 'cronjob-has-deadline'])
    expect({ c, found: checks.has(c) }).toEqual({ c, found: true });
});
