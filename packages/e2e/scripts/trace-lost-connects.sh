#!/usr/bin/env bash
# Diagnostic (not part of the test run): where do requests through the controller Service get lost
# during rollouts? Runs the loadgen for DUR seconds at RPS against a chart installed by the chart
# e2e (group 1), restarts the controller Deployment ROLLS times GAP seconds apart, and records on
# every kind node the conntrack NEW/DESTROY events for port 8084, iptables counters and the
# kindnet/kube-router logs; prints each failed request's start time and the SYN_SENT entries that
# were destroyed unanswered (see README "What failed and why").
# Usage: flock -o /work/.kind.lock env DUR=400 RPS=50 ROLLS=3 GAP=100 bash scripts/trace-lost-connects.sh
set -u
OUT=${OUT:-$(mktemp -d /tmp/trace-lost-connects.XXXXXX)}; mkdir -p "$OUT"
# shellcheck disable=SC1090
source "${LLM_ROUTER_E2E_CACHE:-/var/cache/llm-router-e2e}/toolchain.env"
$KIND export kubeconfig --name llm-router-e2e --kubeconfig "$OUT/kubeconfig" >/dev/null 2>&1
K="$KUBECTL --kubeconfig $OUT/kubeconfig"
DUR=${DUR:-400}; RPS=${RPS:-50}; ROLLS=${ROLLS:-3}; GAP=${GAP:-110}
NODES=$(docker ps --format '{{.Names}}' | grep '^llm-router-e2e-')
for n in $NODES; do
  docker exec $n sh -c 'iptables-save -c' > $OUT/ipt-before-$n.txt
  (docker exec $n conntrack -E -e NEW,DESTROY -p tcp -o timestamp,id 2>&1 | grep --line-buffered -E 'port=8084|dport=8084' > $OUT/ct-$n.txt) &
done
date +%s.%N > $OUT/t0
$K -n e2e-clients delete job exp-load --ignore-not-found --wait >/dev/null
BODY='{"model":"","messages":[{"role":"user","content":"write a python function"}],"stream":false,"nim-llm-router":{"policy":"task_router","routing_strategy":"triton"}}'
cat <<YAML | $K apply -f - >/dev/null
apiVersion: batch/v1
kind: Job
metadata: {name: exp-load, namespace: e2e-clients}
spec:
  backoffLimit: 0
  template:
    spec:
      nodeSelector: {node-role.kubernetes.io/control-plane: ""}
      tolerations: [{key: node-role.kubernetes.io/control-plane, operator: Exists, effect: NoSchedule}]
      restartPolicy: Never
      securityContext: {runAsNonRoot: true, runAsUser: 65534, seccompProfile: {type: RuntimeDefault}}
      containers:
      - name: loadgen
        image: llm-router-e2e/llm-double:0.1.0
        imagePullPolicy: IfNotPresent
        command: [/usr/local/bin/loadgen]
        env:
        - {name: LOADGEN_URL, value: "http://e2e-llm-router-router-controller.llm-router.svc.cluster.local:8084/v1/chat/completions"}
        - {name: LOADGEN_BODY, value: '$BODY'}
        - {name: LOADGEN_RPS, value: "$RPS"}
        - {name: LOADGEN_DURATION_S, value: "$DUR"}
        - {name: LOADGEN_WINDOW_S, value: "5"}
        securityContext: {allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, runAsNonRoot: true, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}
        resources: {requests: {cpu: 20m, memory: 64Mi}, limits: {cpu: 500m, memory: 256Mi}}
YAML
until $K -n e2e-clients logs job/exp-load 2>/dev/null | grep -q LOADGEN_READY; do sleep 1; done
echo "ready $(date +%T)" | tee $OUT/events
sleep 20
for i in $(seq 1 $ROLLS); do
  echo "rollout $i start $(date +%T.%N)" | tee -a $OUT/events
  $K -n llm-router rollout restart deployment/e2e-llm-router-router-controller >/dev/null
  $K -n llm-router rollout status deployment/e2e-llm-router-router-controller --timeout=300s >/dev/null
  echo "rollout $i done $(date +%T.%N)" | tee -a $OUT/events
  $K -n llm-router get pods -o wide >> $OUT/events
  sleep $GAP
done
$K -n e2e-clients wait --for=condition=complete job/exp-load --timeout=$((DUR+200))s
$K -n e2e-clients logs job/exp-load | grep LOADGEN_SUMMARY | sed 's/^LOADGEN_SUMMARY //' > $OUT/summary.json
$K get events -A --sort-by=.lastTimestamp -o custom-columns=T:.lastTimestamp,NS:.metadata.namespace,OBJ:.involvedObject.name,R:.reason,M:.message > $OUT/k8s-events.txt
for n in $NODES; do docker exec $n sh -c 'iptables-save -c' > $OUT/ipt-after-$n.txt; done
for p in $($K -n kube-system get pods -l app=kindnet -o name); do $K -n kube-system logs $p --timestamps > $OUT/kindnet-${p##*/}.log 2>&1; done
kill $(jobs -p) 2>/dev/null; for n in $NODES; do docker exec $n pkill conntrack; done
python3 - $OUT <<'PY'
import json,sys,datetime
out=sys.argv[1]; s=json.load(open(out+'/summary.json'))
print('sent',s['sent'],'failed',s['failed'],'statuses',{k:v for k,v in s['statuses'].items()})
t0=s['started_epoch_ms']/1000
for at,ms,ok in s['requests']:
    if not ok: print('failed request at', datetime.datetime.utcfromtimestamp(t0+at/1000).strftime('%H:%M:%S.%f'), 'latency', ms)
PY
python3 - $OUT <<'PY'
import re,sys
out=sys.argv[1]
lines=open(out+'/ct-llm-router-e2e-control-plane.txt').read().splitlines()
warm=[l for l in lines if '[NEW]' in l and int(re.search(r'sport=(\d+)',l).group(1))<32768]
stale=[l for l in lines if '[DESTROY]' in l and 'SYN_SENT' in l]
print('warm-up NEW events (sport < 32768):',len(warm),'; SYN_SENT entries destroyed unanswered:',len(stale))
for l in stale: print('  ',l[:200])
PY
echo "out: $OUT"
