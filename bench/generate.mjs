/**
 * Writes the benchmark inputs into .bench/ (git-ignored), deterministically (seeded LCG):
 *   events-<shape>-<n>/files/<event id>.json   one event per file (the folder case)
 *   events-<shape>-<n>/events.ndjson(.gz)        one event per line
 *   events-<shape>-<n>/events.json(.gz)          one JSON array
 *   stats-v2-<points>.json                        one stats_v2 payload
 * shape = api (event details, entries[]) or raw (ingest JSON); the 10k set is the first 10k events of the 100k set.
 * Usage: node bench/generate.mjs [--quick] [--force]
 */
import {
  createReadStream,
  createWriteStream,
  existsSync,
  mkdirSync,
  openSync,
  closeSync,
  writeSync,
  writeFileSync,
  rmSync,
  readFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { createEventSource, toApiEvent, toRawEvent } from './lib/events.mjs';
import { statsV2Text } from './lib/stats-v2.mjs';

export const GENERATOR_VERSION = 5;
export const ROOT = new URL('../.bench/', import.meta.url).pathname;

class Sink {
  constructor(path) {
    this.fd = openSync(path, 'w');
    this.parts = [];
    this.size = 0;
    this.bytes = 0;
  }
  write(text) {
    this.parts.push(text);
    this.size += text.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush() {
    const buf = Buffer.from(this.parts.join(''));
    writeSync(this.fd, buf);
    this.bytes += buf.length;
    this.parts = [];
    this.size = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

function openSet(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'files'), { recursive: true });
  const ndjson = new Sink(join(dir, 'events.ndjson'));
  const array = new Sink(join(dir, 'events.json'));
  array.write('[');
  let count = 0;
  return {
    dir,
    add(id, text) {
      writeFileSync(join(dir, 'files', `${id}.json`), text);
      ndjson.write(text + '\n');
      array.write((count++ === 0 ? '' : ',') + text);
    },
    async close() {
      array.write(']\n');
      ndjson.close();
      array.close();
      for (const name of ['events.ndjson', 'events.json'])
        await pipeline(
          createReadStream(join(dir, name)),
          createGzip(),
          createWriteStream(join(dir, `${name}.gz`)),
        );
      return { events: count, bytes: ndjson.bytes };
    },
  };
}

async function writeEvents(shape, sizes) {
  const render = shape === 'api' ? toApiEvent : toRawEvent;
  const next = createEventSource();
  const max = Math.max(...sizes);
  const sets = sizes.map((n) => ({ n, set: openSet(join(ROOT, `events-${shape}-${n / 1000}k`)) }));
  for (let i = 0; i < max; i++) {
    const event = next();
    const text = JSON.stringify(render(event));
    for (const { n, set } of sets) if (i < n) set.add(event.eventId, text);
  }
  for (const { n, set } of sets) {
    const { bytes } = await set.close();
    console.log(`${set.dir}: ${n} events, ${(bytes / 1e6).toFixed(1)} MB NDJSON`);
  }
}

function writeStats(name, options) {
  const text = statsV2Text(options);
  writeFileSync(join(ROOT, name), text);
  console.log(`${join(ROOT, name)}: ${(text.length / 1e6).toFixed(1)} MB`);
}

/** Generates what is missing (or everything with force); returns the manifest. */
export async function generate({ quick = false, force = false } = {}) {
  mkdirSync(ROOT, { recursive: true });
  const manifestPath = join(ROOT, 'manifest.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const want = quick ? ['quick'] : ['quick', 'full'];
  for (const part of want) {
    if (!force && manifest[part] === GENERATOR_VERSION) continue;
    if (part === 'quick') {
      await writeEvents('raw', [10_000]);
      writeStats('stats-v2-small.json', { projects: 10, hours: 168 });
    }
    if (part === 'full') {
      await writeEvents('api', [10_000, 100_000]);
      writeStats('stats-v2-4.75m.json', { projects: 30, hours: 720 });
    }
    if (part === 'quick' && !existsSync(join(ROOT, 'events-api-10k')) && !want.includes('full'))
      await writeEvents('api', [10_000]);
    manifest[part] = GENERATOR_VERSION;
    writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  }
  return manifest;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  await generate({ quick: args.includes('--quick'), force: args.includes('--force') });
}
