import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseWgetArgs, wget } from '../doubles/wget/wget.js';

describe('toolbox wget (busybox-compatible subset)', () => {
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        if (req.url === '/redirect') return void res.writeHead(302, { location: '/echo' }).end();
        if (req.url === '/missing') return void res.writeHead(404).end('nope');
        res.writeHead(200, { 'content-type': 'application/json', 'x-chosen-classifier': 'Chatbot' });
        res.end(JSON.stringify({ method: req.method, type: req.headers['content-type'], body: Buffer.concat(chunks).toString() }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  async function run(argv: string[]) {
    let out = '';
    let err = '';
    const code = await wget(argv, { stdout: (s) => (out += s.toString()), stderr: (s) => (err += s) });
    return { code, out, err };
  }

  it('GETs to stdout (the chart test pod command line)', async () => {
    const r = await run(['-q', '-O', '-', '-T', '10', `${base}/echo`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ method: 'GET' });
  });

  it('POSTs with headers and prints the server response with -S', async () => {
    const r = await run(['-S', '-q', '-O', '-', '--header', 'Content-Type: application/json', '--post-data', '{"a":1}', `${base}/echo`]);
    expect(JSON.parse(r.out)).toEqual({ method: 'POST', type: 'application/json', body: '{"a":1}' });
    expect(r.err).toMatch(/^ {2}HTTP\/1\.1 200 OK$/m);
    expect(r.err).toMatch(/^ {2}x-chosen-classifier: Chatbot$/m);
  });

  it('follows redirects, fails on HTTP errors and refused connections with exit 1', async () => {
    expect((await run(['-q', '-O', '-', `${base}/redirect`])).code).toBe(0);
    const missing = await run(['-q', '-O', '-', `${base}/missing`]);
    expect([missing.code, missing.err]).toEqual([1, 'wget: server returned error: HTTP/1.1 404 Not Found\n']);
    const refused = await run(['-q', '-O', '-', '-T', '2', 'http://127.0.0.1:1/']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/can't connect to remote host \(127\.0\.0\.1\): ECONNREFUSED/);
  });

  it('rejects unknown options', () => {
    expect(() => parseWgetArgs(['--nope', 'http://x'])).toThrow(/unrecognized option/);
  });
});
