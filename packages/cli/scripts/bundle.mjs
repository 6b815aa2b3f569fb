/**
 * Bundles the frame worker (dist/workers/frame-worker.js and everything it imports) into one file,
 * dist/workers/frame-worker.bundle.js. A worker thread loads it in about 25 ms, where the hundreds of separate
 * modules of the workspace packages and their dependencies take 300–450 ms: that start-up was most of what a
 * second thread could win on an export of 10k events. Run by the root `build` script, after `tsc -b`.
 */
import { build } from 'esbuild';

const dist = new URL('../dist/workers/', import.meta.url);

await build({
  entryPoints: [new URL('frame-worker.js', dist).pathname],
  outfile: new URL('frame-worker.bundle.js', dist).pathname,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // jsonc-parser's UMD build requires its files at run time: take the ES modules of packages that have both
  mainFields: ['module', 'main'],
  // bundled CommonJS dependencies (ajv) call require(): give them Node's
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  logLevel: 'warning',
});
