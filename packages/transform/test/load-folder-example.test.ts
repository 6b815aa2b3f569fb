import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiEvent, legacyEvent, nativeEvent, rawEvent } from './util/event-samples.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const script = join(repoRoot, 'docs', 'examples', 'load-folder.mjs');

describe('docs/examples/load-folder.mjs', () => {
  it('runs on a folder of saved events and prints its tables (needs the build: tsc -b)', () => {
    expect(existsSync(join(repoRoot, 'packages/transform/dist/index.js')), 'run `npx tsc -b` first').toBe(
      true,
    );
    const dir = mkdtempSync(join(tmpdir(), 'load-folder-'));
    writeFileSync(join(dir, 'a.json'), JSON.stringify(rawEvent()));
    writeFileSync(join(dir, 'list.json'), JSON.stringify([apiEvent(), legacyEvent()]));
    writeFileSync(join(dir, 'native.json'), JSON.stringify(nativeEvent()));
    writeFileSync(join(dir, 'broken.json'), JSON.stringify({ event_id: 'bad', tags: 7 }));
    const run = spawnSync(process.execPath, [script, dir], { cwd: repoRoot, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    // files in name order: a.json is event 0, broken.json event 1
    expect(lines[0]).toMatch(/^skipped: event 1 \(bad\): \/tags is a number \(7\)/);
    // frames: 6 (raw) + 1 (API) + 2 (legacy) + 3 (native); tags: 2 + 3 + 2 + 0
    expect(lines[1]).toBe(`4 events, 4 exceptions, 12 frames, 7 tags, 4 breadcrumbs from ${dir}`);
    // one crash site per event, each counted once
    expect(run.stdout).toContain("'crash'");
    expect(run.stdout).toContain("'handle'");
  });
});
