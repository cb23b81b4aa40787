// Writes beside each file a browser downloads its brotli (.br) and gzip (.gz) copies, which the
// reference backend serves by the request's Accept-Encoding (tower-http's precompressed ServeDir),
// so that a phone gets the wasm at about a third of its size without compressing on every request.
// A copy that would not be smaller is not written. Usage: node scripts/precompress.mjs DIR
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const COMPRESSED = new Set(['.wasm', '.js', '.css', '.html', '.txt']);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const dir = process.argv[2];
if (!dir) {
  console.error('usage: node scripts/precompress.mjs DIR');
  process.exit(2);
}
for (const path of walk(dir).filter((p) => COMPRESSED.has(extname(p)))) {
  const data = readFileSync(path);
  const copies = {
    '.br': brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } }),
    '.gz': gzipSync(data, { level: 9 }),
  };
  for (const [ending, copy] of Object.entries(copies)) {
    if (copy.length < data.length) writeFileSync(path + ending, copy);
  }
}
