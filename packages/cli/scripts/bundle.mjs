/**
 * Bundles the two entries that start a JavaScript engine, each with everything it imports, into one file:
 * - dist/workers/frame-worker.bundle.js, the frame worker: a worker thread loads it in about 25 ms, where the
 *   hundreds of separate modules of the workspace packages and their dependencies take 300–450 ms, which was most of
 *   what a second thread could win on an export of 10k events;
 * - dist/bin.bundle.js, the command-line tool: `sentry-offline --version` in about 0.15 s instead of 0.65 s.
 * Run by the root `build` script, after `tsc -b` (which makes the dist/ files it starts from).
 */
import { build } from 'esbuild';

const dist = new URL('../dist/', import.meta.url);
const entries = [
  ['workers/frame-worker.js', 'workers/frame-worker.bundle.js'],
  ['bin.js', 'bin.bundle.js'],
];

for (const [from, to] of entries) {
  await build({
    entryPoints: [new URL(from, dist).pathname],
    outfile: new URL(to, dist).pathname,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // jsonc-parser's UMD build requires its files at run time: take the ES modules of packages that have both
    mainFields: ['module', 'main'],
    // bundled CommonJS dependencies (ajv, commander) call require(): give them Node's
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
    // piscina finds its own worker script next to itself (__dirname): it stays a package import
    external: ['piscina'],
    logLevel: 'warning',
  });
}
