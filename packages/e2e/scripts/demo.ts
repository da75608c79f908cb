// `npx nx run e2e:demo`: the chart running on kind with the doubles, left running, plus
// the commands to send a first request. No GPU and no API key needed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../e2e/cluster/kind-cluster.js';
import { CLUSTER_NAME, NAMESPACE, RELEASE, installRelease, log, prepareStack, toolchainOrReason } from '../e2e/chart/stack.js';

async function main(): Promise<void> {
  const tools = toolchainOrReason();
  if (typeof tools === 'string') {
    process.stderr.write(`demo not started: ${tools}\n`);
    process.exit(1);
  }
  const stack = await prepareStack(tools);
  try {
    const seconds = installRelease(stack);
    log(`release ${RELEASE} ready in ${seconds.toFixed(1)} s`);
  } finally {
    await stack.registry?.stop(); // the chart is installed; the throwaway registry is not needed any more
  }
  const kubeconfig = path.join(os.homedir(), '.kube', `${CLUSTER_NAME}.kubeconfig`);
  fs.mkdirSync(path.dirname(kubeconfig), { recursive: true });
  run(tools.kind, ['export', 'kubeconfig', '--name', CLUSTER_NAME, '--kubeconfig', kubeconfig]);
  const body = JSON.stringify({
    model: '',
    messages: [{ role: 'user', content: 'Write a python function that reverses a string' }],
    'nim-llm-router': { policy: 'task_router', routing_strategy: 'triton' },
  });
  process.stdout.write(`
The LLM Router chart is running on kind cluster "${CLUSTER_NAME}" (namespace ${NAMESPACE}): the real Triton
Inference Server (CPU-only, stand-in models) on the fake GPU node, and test doubles for the controller, an
LLM API and the demo app.

  export KUBECONFIG=${kubeconfig}
  kubectl -n ${NAMESPACE} get pods -o wide
  kubectl -n ${NAMESPACE} port-forward svc/${RELEASE}-llm-router-router-controller 8084:8084 &
  curl -si http://127.0.0.1:8084/v1/chat/completions -H 'Content-Type: application/json' \\
    -d '${body}'

The X-Chosen-Classifier header names the class the stand-in classifier picked (keyword table in
packages/e2e/triton/standin/routers.json); the answer's "model" is the one the routing table maps it to.
Demo app: kubectl -n ${NAMESPACE} port-forward svc/${RELEASE}-llm-router-app 8008:8008, then open http://127.0.0.1:8008/
Remove everything: ${tools.kind} delete cluster --name ${CLUSTER_NAME}
`);
}

main().catch((err: unknown) => {
  process.stderr.write(`demo failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
