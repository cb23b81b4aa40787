// A small static file server on a free port of its own: a host page's site, another origin than
// the backend's (a port is part of an origin). Serves the folders given, each under its prefix.

import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Starts serving `folders`, an object of URL prefix → folder (`{ '/': examples, '/widget/': … }`).
 * Resolves to { url, origin, stop }.
 */
export function serveStatic(folders) {
  const server = http.createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const prefix = Object.keys(folders).filter((p) => path.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    const relative = prefix === undefined ? null : normalize(path.slice(prefix.length) || 'index.html');
    if (relative === null || relative.startsWith('..')) {
      response.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(join(folders[prefix], relative));
      response.writeHead(200, { 'content-type': TYPES[extname(relative)] ?? 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${server.address().port}`;
      resolve({ origin, stop: () => new Promise((done) => server.close(done)) });
    });
  });
}
