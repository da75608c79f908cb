// Steady-rate HTTP load for the e2e tests (runs inside the cluster as a Job): sends
// POSTs at a fixed rate for a fixed time and reports counts, failures, latency
// percentiles and which model answered, per time window, as one JSON line.
import dns from 'node:dns';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { LookupFunction } from 'node:net';

export interface LoadOptions {
  url: string;
  body: string;
  rps: number;
  durationMs: number;
  windowMs: number;
  timeoutMs: number;
}

export interface LoadSummary {
  sent: number;
  ok: number;
  failed: number;
  statuses: Record<string, number>;
  p50_ms: number;
  p99_ms: number;
  windows: Array<{
    start_ms: number;
    sent: number;
    failed: number;
    p50_ms: number;
    p99_ms: number;
    models: Record<string, number>;
    classifiers: Record<string, number>;
  }>;
  /** every request as [start ms since the run began, latency ms (rounded), 1 = 2xx / 0 = failed]: lets the caller cut phases exactly */
  requests: Array<[number, number, 0 | 1]>;
  /** wall-clock (epoch ms) when the run began: pods share the node's clock with the test */
  started_epoch_ms: number;
}

interface Outcome {
  at: number;
  status: number | string;
  ms: number;
  model?: string;
  classifier?: string;
}

/**
 * Resolves each host name once per process, as a client with a connection pool or a DNS cache does:
 * a Service's ClusterIP does not change during a rollout, and a lookup per request (four search-list
 * names, A and AAAA each, at 50/s) would measure CoreDNS and the kernel's DNS conntrack races on a
 * loaded node instead of the path under test. Errors are not cached.
 */
export function cachedLookup(): LookupFunction {
  const cache = new Map<string, { address: string; family: number }>();
  return (hostname, options, callback) => {
    const answer = (a: { address: string; family: number }) =>
      options.all ? (callback as (e: null, all: dns.LookupAddress[]) => void)(null, [a]) : callback(null, a.address, a.family);
    const hit = cache.get(hostname);
    if (hit) return answer(hit);
    dns.lookup(hostname, { family: options.family ?? 0 }, (err, address, family) => {
      if (err) return callback(err, '', 0);
      const a = { address, family };
      cache.set(hostname, a);
      answer(a);
    });
  };
}

const lookup = cachedLookup();

function once(url: string, body: string, timeoutMs: number, localPort?: number): Promise<Omit<Outcome, 'at'>> {
  const started = process.hrtime.bigint();
  const elapsed = () => Number(process.hrtime.bigint() - started) / 1e6;
  return new Promise((resolve) => {
    // how far a request that times out got: names where the time went
    let stage = 'connect';
    const req = http.request(
      url,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
        agent: false,
        lookup,
        ...(localPort === undefined ? {} : { localPort }),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let model: string | undefined;
          try {
            model = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { model?: string }).model;
          } catch {
            /* streamed or non-JSON answers carry no single model */
          }
          resolve({
            status: res.statusCode ?? 0,
            ms: elapsed(),
            ...(model ? { model } : {}),
            ...(res.headers['x-chosen-classifier'] ? { classifier: String(res.headers['x-chosen-classifier']) } : {}),
          });
        });
        res.on('error', (e) => resolve({ status: e.message, ms: elapsed() }));
      },
    );
    req.on('socket', (socket) => socket.once('connect', () => (stage = 'response')));
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: `timeout waiting for ${stage}` })));
    req.on('error', (e) => resolve({ status: (e as NodeJS.ErrnoException).code ?? e.message, ms: elapsed() }));
    req.end(body);
  });
}

/** The kernel's ephemeral port range (`ip_local_port_range`), Linux's default where it cannot be read. */
export function ephemeralPortRange(file = '/proc/sys/net/ipv4/ip_local_port_range'): [number, number] {
  try {
    const [low, high] = readFileSync(file, 'utf8').trim().split(/\s+/).map(Number);
    if (low && high && low <= high) return [low, high];
  } catch {
    /* not Linux, or /proc not mounted */
  }
  return [32768, 60999];
}

/**
 * Source ports for warm-up attempts: the 1,000 ports just below the ephemeral range, which the
 * kernel never picks for an unbound connect. A warm-up SYN that the NetworkPolicy engine drops
 * (it has not learned this new pod's IP yet) leaves a conntrack entry on the node, SYN_SENT for
 * 120 s, that pins its 4-tuple to the Service endpoint kube-proxy chose. A measured request that
 * reused that source port would follow the stale entry, and if that endpoint's pod has been
 * killed since (the end of an old controller's grace period in a rollout), its SYNs vanish:
 * "timeout waiting for connect" with every chart pod healthy. Warm-up ports the measured run
 * cannot reuse rule that out.
 */
export function warmUpPorts(range: [number, number] = ephemeralPortRange()): () => number {
  const first = Math.max(1024, range[0] - 1000);
  let next = first;
  return () => {
    const port = next;
    next = next + 1 < range[0] ? next + 1 : first;
    return port;
  };
}

/**
 * Waits until the target answers 2xx once, polling every 250 ms for at most `timeoutMs`:
 * a new pod's first packets can be refused until the NetworkPolicy engine has learned its IP,
 * and that start-up effect must not count against the chart. Each attempt connects from its
 * own port below the ephemeral range (see warmUpPorts).
 */
export async function warmUp(url: string, body: string, timeoutMs: number, port = warmUpPorts()): Promise<number> {
  const start = Date.now();
  let last: number | string = 'no attempt';
  while (Date.now() - start < timeoutMs) {
    last = (await once(url, body, 5000, port())).status;
    if (typeof last === 'number' && last >= 200 && last < 300) return Date.now() - start;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`target ${url} did not answer 2xx within ${timeoutMs} ms (last: ${last})`);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export async function runLoad(o: LoadOptions): Promise<LoadSummary> {
  const start = Date.now();
  const pending: Array<Promise<Outcome>> = [];
  const interval = 1000 / o.rps;
  for (let i = 0; Date.now() - start < o.durationMs; i++) {
    const at = Date.now() - start;
    pending.push(once(o.url, o.body, o.timeoutMs).then((r) => ({ at, ...r })));
    const next = start + (i + 1) * interval;
    await new Promise((r) => setTimeout(r, Math.max(0, next - Date.now())));
  }
  const outcomes = await Promise.all(pending);
  const isOk = (s: number | string) => typeof s === 'number' && s >= 200 && s < 300;
  const latencies = outcomes
    .filter((x) => isOk(x.status))
    .map((x) => x.ms)
    .sort((a, b) => a - b);
  const statuses: Record<string, number> = {};
  for (const x of outcomes) statuses[String(x.status)] = (statuses[String(x.status)] ?? 0) + 1;
  const windows: LoadSummary['windows'] = [];
  for (const x of outcomes) {
    const w = Math.floor(x.at / o.windowMs);
    while (windows.length <= w)
      windows.push({ start_ms: windows.length * o.windowMs, sent: 0, failed: 0, p50_ms: 0, p99_ms: 0, models: {}, classifiers: {} });
    const win = windows[w]!;
    win.sent++;
    if (!isOk(x.status)) win.failed++;
    if (x.model) win.models[x.model] = (win.models[x.model] ?? 0) + 1;
    if (x.classifier) win.classifiers[x.classifier] = (win.classifiers[x.classifier] ?? 0) + 1;
  }
  windows.forEach((win, i) => {
    const ms = outcomes
      .filter((x) => Math.floor(x.at / o.windowMs) === i && isOk(x.status))
      .map((x) => x.ms)
      .sort((a, b) => a - b);
    win.p50_ms = Math.round(percentile(ms, 50) * 10) / 10;
    win.p99_ms = Math.round(percentile(ms, 99) * 10) / 10;
  });
  return {
    sent: outcomes.length,
    ok: latencies.length,
    failed: outcomes.length - latencies.length,
    statuses,
    p50_ms: Math.round(percentile(latencies, 50) * 10) / 10,
    p99_ms: Math.round(percentile(latencies, 99) * 10) / 10,
    windows,
    requests: outcomes.map((x) => [x.at, Math.round(x.ms), isOk(x.status) ? 1 : 0]),
    started_epoch_ms: start,
  };
}

/** p50/p99 (ms) and counts of the requests that started in [fromMs, toMs). */
export function phase(
  requests: LoadSummary['requests'],
  fromMs: number,
  toMs: number,
): { sent: number; failed: number; p50_ms: number; p99_ms: number } {
  const inside = requests.filter(([at]) => at >= fromMs && at < toMs);
  const ok = inside
    .filter(([, , good]) => good === 1)
    .map(([, ms]) => ms)
    .sort((a, b) => a - b);
  return { sent: inside.length, failed: inside.length - ok.length, p50_ms: percentile(ok, 50), p99_ms: percentile(ok, 99) };
}
