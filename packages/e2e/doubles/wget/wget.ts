// The subset of busybox wget that the chart's `helm test` pods and the e2e clients use:
// `wget [-q] [-S] [-T sec] [-O file|-] [--header 'K: V']... [--post-data DATA] [--spider] URL`.
// Debian's static busybox wget crashes (SIGSEGV) on every request, so the toolbox image
// ships this one. Exit 0 on a 2xx/3xx answer, 1 otherwise, messages like busybox's.
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';

export interface WgetIo {
  stdout: (s: string | Buffer) => void;
  stderr: (s: string) => void;
}

interface Args {
  quiet: boolean;
  serverResponse: boolean;
  timeoutS: number;
  output?: string;
  headers: Record<string, string>;
  postData?: string;
  spider: boolean;
  url: string;
}

export function parseWgetArgs(argv: readonly string[]): Args {
  const a: Partial<Args> & { headers: Record<string, string> } = {
    quiet: false,
    serverResponse: false,
    timeoutS: 900,
    headers: {},
    spider: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`option requires an argument: ${arg}`);
      return v;
    };
    if (arg === '-q' || arg === '--quiet') a.quiet = true;
    else if (arg === '-S' || arg === '--server-response') a.serverResponse = true;
    else if (arg === '--spider') a.spider = true;
    else if (arg === '-T' || arg === '--timeout') a.timeoutS = Number(value());
    else if (arg.startsWith('-T') && arg.length > 2) a.timeoutS = Number(arg.slice(2));
    else if (arg === '-O' || arg === '--output-document') a.output = value();
    else if (arg.startsWith('--output-document=')) a.output = arg.slice(18);
    else if (arg === '--header') {
      const h = value();
      const colon = h.indexOf(':');
      if (colon < 1) throw new Error(`bad header '${h}'`);
      a.headers[h.slice(0, colon).trim().toLowerCase()] = h.slice(colon + 1).trim();
    } else if (arg === '--post-data') a.postData = value();
    else if (arg.startsWith('--post-data=')) a.postData = arg.slice(12);
    else if (arg === '-U' || arg === '--user-agent') a.headers['user-agent'] = value();
    else if (arg.startsWith('-')) throw new Error(`unrecognized option '${arg}'`);
    else if (a.url) throw new Error('only one URL is supported');
    else a.url = arg;
  }
  if (!a.url) throw new Error('missing URL');
  if (!(a.timeoutS! > 0)) throw new Error('bad -T value');
  return a as Args;
}

export function wget(argv: readonly string[], io: WgetIo, redirects = 5): Promise<number> {
  let args: Args;
  try {
    args = parseWgetArgs(argv);
  } catch (err) {
    io.stderr(`wget: ${(err as Error).message}\nUsage: wget [-qS] [-T SEC] [-O FILE] [--header 'K: V'] [--post-data STR] [--spider] URL\n`);
    return Promise.resolve(1);
  }
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(args.url);
    } catch {
      io.stderr(`wget: bad address '${args.url}'\n`);
      resolve(1);
      return;
    }
    const lib = url.protocol === 'https:' ? https : http;
    const body = args.postData;
    const headers: http.OutgoingHttpHeaders = { 'user-agent': 'Wget', ...args.headers };
    if (body !== undefined) {
      headers['content-length'] = Buffer.byteLength(body);
      headers['content-type'] ??= 'application/x-www-form-urlencoded';
    }
    let done = false;
    const finish = (code: number) => {
      if (!done) {
        done = true;
        resolve(code);
      }
    };
    const req = lib.request(url, { method: body !== undefined ? 'POST' : 'GET', headers, agent: false }, (res) => {
      const statusLine = `HTTP/${res.httpVersion} ${res.statusCode} ${res.statusMessage ?? ''}`.trimEnd();
      if (args.serverResponse) {
        io.stderr(`  ${statusLine}\n`);
        for (let i = 0; i < res.rawHeaders.length; i += 2) io.stderr(`  ${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\n`);
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location && redirects > 0) {
        res.resume();
        const next = new URL(res.headers.location, url).toString();
        const rest = argv.filter((a) => a !== args.url);
        wget([...rest, next], io, redirects - 1).then(finish);
        return;
      }
      if (status >= 400) {
        res.resume();
        io.stderr(`wget: server returned error: ${statusLine}\n`);
        finish(1);
        return;
      }
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (!args.spider) {
          const data = Buffer.concat(chunks);
          if (args.output === undefined || args.output === '-') io.stdout(data);
          else fs.writeFileSync(args.output, data);
        }
        finish(0);
      });
      res.on('error', () => finish(1));
    });
    req.setTimeout(args.timeoutS * 1000, () => {
      io.stderr('wget: download timed out\n');
      req.destroy();
      finish(1);
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (!done) io.stderr(`wget: can't connect to remote host (${url.hostname}): ${err.code ?? err.message}\n`);
      finish(1);
    });
    req.end(body);
  });
}
