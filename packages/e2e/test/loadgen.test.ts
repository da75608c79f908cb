import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cachedLookup, ephemeralPortRange, percentile, phase, runLoad, warmUp, warmUpPorts } from '../doubles/loadgen/run.js';

describe('loadgen', () => {
  it('percentile picks nearest-rank values', () => {
    const s = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(s, 50), percentile(s, 99), percentile([], 50)]).toEqual([50, 99, 0]);
  });

  it('phase() cuts the per-request list by start time: counts, failures and exact percentiles', () => {
    const requests: Array<[number, number, 0 | 1]> = [
      [0, 10, 1],
      [100, 20, 1],
      [200, 500, 0],
      [300, 30, 1],
      [400, 40, 1],
    ];
    expect(phase(requests, 0, 200)).toEqual({ sent: 2, failed: 0, p50_ms: 10, p99_ms: 20 });
    expect(phase(requests, 200, 1000)).toEqual({ sent: 3, failed: 1, p50_ms: 30, p99_ms: 40 });
  });

  it('counts successes, failures and models per window', async () => {
    let n = 0;
    const server = http.createServer((req, res) => {
      req.resume();
      n++;
      if (n % 5 === 0) res.writeHead(503).end();
      else
        res
          .writeHead(200, { 'content-type': 'application/json', 'x-chosen-classifier': 'Chatbot' })
          .end(JSON.stringify({ model: n < 6 ? 'a' : 'b' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    const s = await runLoad({ url: `http://127.0.0.1:${port}/`, body: '{}', rps: 50, durationMs: 400, windowMs: 200, timeoutMs: 2000 });
    server.close();
    expect(s.sent).toBe(n);
    expect(s.failed).toBe(Math.floor(n / 5));
    expect(s.statuses['503'] ?? 0).toBe(Math.floor(n / 5)); // a loaded machine may send fewer than 5
    expect(s.windows.reduce((a, w) => a + w.sent, 0)).toBe(s.sent);
    expect(Object.keys(s.windows[0]!.models)).toContain('a');
    expect(s.windows[0]!.classifiers.Chatbot).toBeGreaterThan(0);
    expect(s.requests).toHaveLength(s.sent);
    expect(s.requests.filter(([, , ok]) => ok === 0)).toHaveLength(s.failed);
    expect(Math.abs(s.started_epoch_ms - Date.now())).toBeLessThan(60_000);
  });

  it('warmUp waits for the first 2xx and gives up with the last status', async () => {
    let n = 0;
    const server = http.createServer((req, res) => {
      req.resume();
      n++;
      res.writeHead(n < 3 ? 503 : 200).end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    await expect(warmUp(url, '{}', 5000)).resolves.toBeGreaterThanOrEqual(0);
    expect(n).toBe(3);
    server.close();
    await expect(warmUp('http://127.0.0.1:1/', '{}', 600)).rejects.toThrow(/did not answer 2xx within 600 ms \(last: ECONNREFUSED\)/);
  });

  it('warm-up attempts connect from distinct ports below the ephemeral range, measured requests from inside it', async () => {
    const ports: Array<{ port: number; status: number }> = [];
    const server = http.createServer((req, res) => {
      req.resume();
      const status = ports.length < 3 ? 503 : 200;
      ports.push({ port: req.socket.remotePort!, status });
      res.writeHead(status).end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const [low] = ephemeralPortRange();
    await warmUp(url, '{}', 5000);
    const warm = ports.map((p) => p.port);
    expect(warm).toHaveLength(4);
    expect(new Set(warm).size).toBe(4);
    for (const p of warm) expect(p).toBeLessThan(low);
    for (const p of warm) expect(p).toBeGreaterThanOrEqual(Math.max(1024, low - 1000));
    ports.length = 0;
    await runLoad({ url, body: '{}', rps: 20, durationMs: 200, windowMs: 200, timeoutMs: 2000 });
    server.close();
    expect(ports.length).toBeGreaterThan(0);
    for (const { port } of ports) expect(port).toBeGreaterThanOrEqual(low);
  });

  it('warmUpPorts cycles through the 1,000 ports below the range; the range comes from /proc or the Linux default', () => {
    const next = warmUpPorts([32768, 60999]);
    const seen = Array.from({ length: 1001 }, () => next());
    expect(seen.slice(0, 2)).toEqual([31768, 31769]);
    expect(seen[999]).toBe(32767);
    expect(seen[1000]).toBe(31768);
    const dir = mkdtempSync(path.join(os.tmpdir(), 'loadgen-'));
    writeFileSync(path.join(dir, 'range'), '40000\t50000\n');
    expect(ephemeralPortRange(path.join(dir, 'range'))).toEqual([40000, 50000]);
    expect(ephemeralPortRange(path.join(dir, 'missing'))).toEqual([32768, 60999]);
    expect(warmUpPorts([1500, 2000])()).toBe(1024);
  });

  it('a request that times out says how far it got', async () => {
    const server = http.createServer(() => {
      /* never answers */
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as AddressInfo).port;
    const s = await runLoad({ url: `http://127.0.0.1:${port}/`, body: '{}', rps: 5, durationMs: 100, windowMs: 100, timeoutMs: 300 });
    server.closeAllConnections();
    server.close();
    expect(s.statuses).toEqual({ 'timeout waiting for response': s.sent });
  });

  it('cachedLookup answers both callback shapes with the same (cached) address', async () => {
    const lookup = cachedLookup();
    const one = (all: boolean) =>
      new Promise<unknown>((resolve, reject) =>
        lookup('localhost', { all }, (err: NodeJS.ErrnoException | null, address: unknown, family?: number) =>
          err ? reject(err) : resolve(all ? address : { address, family }),
        ),
      );
    const first = (await one(false)) as { address: string; family: number };
    expect(first.address).toMatch(/^(127\.0\.0\.1|::1)$/);
    expect(await one(true)).toEqual([first]);
  });
});
