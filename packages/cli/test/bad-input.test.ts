import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAYLOAD_KINDS, validateText, type ValidationIssue } from '@sentry-offline/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputFile } from '../src/index.js';
import { runCli } from './util/run-cli.js';
import { tempDir } from './util/temp-dir.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const corpus = join(root, 'fixtures', 'bad-input');

interface Case {
  name: string;
  dir: string;
  payload: string;
  kind?: string;
}

const cases: Case[] = readdirSync(corpus)
  .sort()
  .map((name) => {
    const dir = join(corpus, name);
    const payload = readdirSync(dir).find((f) => f.startsWith('payload.'))!;
    const options = join(dir, 'options.json');
    const kind = existsSync(options)
      ? (JSON.parse(readFileSync(options, 'utf8')) as { kind?: string }).kind
      : undefined;
    return { name, dir, payload, kind };
  });

interface FileEntry {
  file: string;
  status: string;
  kind: string | null;
  valid: boolean;
  issues: ValidationIssue[];
  documents?: number;
  rejected?: number;
  records?: { read: number; counted: number; rejected: number; reasons: Record<string, number> };
  code?: string;
  reason?: string;
}

async function validateCase(
  c: Case,
): Promise<{ code: number; entry: FileEntry; summary: Record<string, unknown> }> {
  const argv = ['validate', '--format', 'json', c.payload, ...(c.kind ? ['--kind', c.kind] : [])];
  const result = await runCli(argv, { cwd: c.dir });
  const out = JSON.parse(result.stdout) as { files: FileEntry[]; summary: Record<string, unknown> };
  return { code: result.code, entry: out.files[0], summary: out.summary };
}

const canonical = (value: unknown): string => {
  const sort = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(sort)
      : v && typeof v === 'object'
        ? Object.fromEntries(
            Object.keys(v)
              .sort()
              .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
          )
        : v;
  return JSON.stringify(sort(value), null, 2) + '\n';
};

/** The issues of each bad line of an NDJSON case, found by the schema package on that line alone. */
function lineIssues(c: Case): Array<[number, string]> {
  const lines = readFileSync(join(c.dir, c.payload), 'utf8').split('\n');
  return lines.flatMap((text, i) => {
    if (text.trim() === '') return [];
    const result = validateText(c.payload, text.replace(/\r$/, ''));
    return result.ok ? [] : [[i + 1, result.issues[0].keyword] as [number, string]];
  });
}

/**
 * What only the CLI does, worked out by hand: it inflates gzip, names a broken archive unreadable, and splits
 * NDJSON into lines (a bad line is named by its line number; the other lines still count).
 */
const CLI_ONLY: Record<string, Partial<FileEntry>> = {
  'gzip-stats-v2': { status: 'valid', kind: 'stats-v2', documents: 1, rejected: 0 },
  'invalid-gzip-truncated': { status: 'unreadable', code: 'gzip' },
  'invalid-zip-archive': { status: 'unreadable', code: 'zip' },
  'ndjson-crlf-blank-lines': { status: 'valid', kind: 'raw-event', documents: 3, rejected: 0 },
  'invalid-ndjson-bad-line': { status: 'invalid', kind: 'raw-event', documents: 4, rejected: 1 },
  'invalid-ndjson-last-line-cut': { status: 'invalid', kind: 'raw-event', documents: 3, rejected: 1 },
  'invalid-ndjson-wrong-kind-line': { status: 'invalid', kind: 'raw-event', documents: 3, rejected: 1 },
};

describe('bad input through the CLI (fixtures/bad-input)', () => {
  for (const c of cases) {
    it(`${c.name}: accounted for, with the problem named where it is`, async () => {
      const { code, entry, summary } = await validateCase(c);
      const schemaGolden = join(c.dir, 'expected', 'validation.json');
      if (CLI_ONLY[c.name]) {
        expect(entry).toMatchObject(CLI_ONLY[c.name]);
      } else {
        // the schema package's reviewed golden, reached through the CLI's own reading of the bytes
        const golden = JSON.parse(readFileSync(schemaGolden, 'utf8'));
        expect(entry.valid).toBe(golden.ok);
        expect(entry.issues[0] ?? null).toEqual(golden.issues[0] ?? null);
        // bytes that are not UTF-8 are an error, but the CLI still reads the rest of the text (with U+FFFD) for
        // its other problems, so it may tell the kind
        if (golden.issues[0]?.keyword !== 'encoding') expect(entry.kind).toBe(golden.kind);
      }
      if (c.payload.endsWith('.ndjson')) {
        // a stats-v2 line among raw events is a good document on its own, and the wrong kind in this file
        const bad = c.name === 'invalid-ndjson-wrong-kind-line' ? [[2, 'kind']] : lineIssues(c);
        expect(entry.rejected).toBe(bad.length);
        expect(entry.issues.filter((i) => i.severity === 'error').map((i) => [i.line, i.keyword])).toEqual(
          expect.arrayContaining(bad),
        );
      }
      expect(summary.files).toBe(1);
      expect(code).toBe(entry.status === 'valid' || entry.status === 'warnings' ? 0 : 1);
      await expect(canonical(entry)).toMatchFileSnapshot(join(c.dir, 'expected', 'cli.json'));
    });
  }

  it('counts the good elements of a list with a bad one', async () => {
    const c = cases.find((k) => k.name === 'invalid-events-list-one-bad-element')!;
    const { entry } = await validateCase(c);
    expect(entry.records).toEqual({ read: 3, counted: 2, rejected: 1, reasons: { type: 1 } });
  });
});

const kinds: readonly string[] = PAYLOAD_KINDS;
const goodGlob = `fixtures/{${kinds.join(',')}}/*/payload.*`;
const badGlob = 'fixtures/bad-input/*/payload.*';

describe('accounting over the bad-input corpus mixed with the good fixtures', () => {
  it('accounts for every file and every record', async () => {
    const result = await runCli(['validate', '--format', 'json', goodGlob, badGlob], { cwd: root });
    const { files, summary } = JSON.parse(result.stdout) as {
      files: FileEntry[];
      summary: {
        files: number;
        valid: number;
        invalid: number;
        unreadable: number;
        records: { read: number; counted: number; rejected: number; reasons: Record<string, number> };
      };
    };
    const good = readdirSync(join(root, 'fixtures')).filter((k) => kinds.includes(k));
    const payloads =
      good.reduce((n, k) => n + readdirSync(join(root, 'fixtures', k)).length, 0) + cases.length;
    expect(summary.files).toBe(payloads);
    expect(summary.files).toBe(summary.valid + summary.invalid + summary.unreadable);
    expect(summary.unreadable).toBe(2);
    const { records } = summary;
    expect(records.read).toBe(records.counted + records.rejected);
    expect(Object.values(records.reasons).reduce((a, b) => a + b, 0)).toBe(records.rejected);
    // the summary is the sum of the files' own counts
    const read = files.filter((f) => f.records);
    expect(read.reduce((n, f) => n + f.records!.read, 0)).toBe(records.read);
    expect(read.reduce((n, f) => n + f.records!.rejected, 0)).toBe(records.rejected);
    expect(result.code).toBe(1);
  });

  it("leaves the good stats files' table exactly as it is without the bad ones", async () => {
    const tidy = (...globs: string[]) =>
      runCli(['tidy', '--kind', 'stats-v2', '--format', 'ndjson', ...globs], { cwd: root });
    const rows = (text: string) => text.split('\n').filter(Boolean).sort();
    const goodValid = 'fixtures/stats-v2/!(invalid-*)/payload.json';
    const clean = await tidy(goodValid);
    const mixed = await tidy(goodValid, badGlob.replace('*/', 'invalid-*/'));
    // the one usable stats-v2 document among the invalid files: line 2 of an NDJSON file of raw events
    const stray = await tidy('fixtures/bad-input/invalid-ndjson-wrong-kind-line/payload.ndjson');
    expect(rows(stray.stdout)).toHaveLength(4);
    expect(rows(clean.stdout).length).toBeGreaterThan(20);
    // every good row is there unchanged; the only others are the stray document's (the combined table may have
    // a column more, e.g. times_seen, which its rows leave null)
    const extra = [...rows(mixed.stdout)];
    for (const row of rows(clean.stdout)) {
      expect(extra).toContain(row);
      extra.splice(extra.indexOf(row), 1);
    }
    expect(extra.map((r) => JSON.parse(r))).toEqual(
      rows(stray.stdout).map((r) => expect.objectContaining(JSON.parse(r))),
    );
    // the invalid stats-v2 fixtures change nothing either
    expect((await tidy('fixtures/stats-v2/*/payload.json')).stdout).toBe(clean.stdout);
    // (the good fixtures disagree in one row on purpose, so both runs exit 1; the bad files are named on stderr)
    expect(mixed.code).toBe(1);
    expect(mixed.stderr).toContain('fixtures/bad-input/invalid-nan-in-series/payload.json');
  });

  it('adds only the good records of the bad files to the events-list table', async () => {
    const tidy = (...globs: string[]) =>
      runCli(['tidy', '--kind', 'events-list', '--format', 'ndjson', ...globs], { cwd: root });
    const rows = (text: string) => text.split('\n').filter(Boolean).sort();
    const good = await tidy('fixtures/events-list/*/payload.json');
    const bad = await tidy('fixtures/bad-input/invalid-*/payload.*');
    const mixed = await tidy('fixtures/events-list/*/payload.json', 'fixtures/bad-input/invalid-*/payload.*');
    // two lists with one bad element each: two good events each
    expect(rows(bad.stdout)).toHaveLength(4);
    expect(rows(mixed.stdout)).toEqual([...rows(good.stdout), ...rows(bad.stdout)].sort());
  });
});

describe('files that go wrong on disk', () => {
  async function collect(
    args: string[],
    cwd: string,
    during?: (input: InputFile) => void,
  ): Promise<InputFile[]> {
    const out: InputFile[] = [];
    for await (const input of readInputs(args, { cwd })) {
      out.push(input);
      during?.(input);
    }
    return out;
  }

  it('names a file that vanished during the run, and reads the rest', async () => {
    const cwd = tempDir({
      'data/a.json': '{"detail": "a"}',
      'data/b.json': '{"detail": "b"}',
      'data/c.json': '{}',
    });
    const inputs = await collect(['data'], cwd, (input) => {
      if (input.name.endsWith('a.json')) unlinkSync(join(cwd, 'data', 'b.json'));
    });
    expect(inputs.map((i) => [i.name, i.status, i.status === 'unreadable' ? i.code : ''])).toEqual([
      [join('data', 'a.json'), 'read', ''],
      [join('data', 'b.json'), 'unreadable', 'ENOENT'],
      [join('data', 'c.json'), 'read', ''],
    ]);
    const b = inputs[1];
    expect(b.status === 'unreadable' && b.reason).toMatch(/it was there when the arguments were expanded/);
  });

  it('skips a directory loop through a symlink and still accounts for every file', async () => {
    const cwd = tempDir({ 'data/a.json': '{"detail": "a"}', 'data/sub/b.json': '[[1795305600, 3]]' });
    symlinkSync(join(cwd, 'data'), join(cwd, 'data', 'sub', 'back'));
    const result = await runCli(['validate', '--format', 'json', 'data'], { cwd });
    const { summary, skipped } = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ files: 2, valid: 1, invalid: 1, unreadable: 0, skipped: 1 });
    expect(skipped[0].reason).toMatch(/directory loop/);
  });

  it.skipIf(process.getuid?.() === 0)('names a file it may not read, and reads the rest', async () => {
    const cwd = tempDir({ 'a.json': '[[1795305600, 3]]', 'secret.json': '{}' });
    chmodSync(join(cwd, 'secret.json'), 0o000);
    const result = await runCli(['validate', '--format', 'json', '.'], { cwd });
    const { files, summary } = JSON.parse(result.stdout);
    expect(summary).toMatchObject({ files: 2, valid: 1, unreadable: 1 });
    expect(files.find((f: FileEntry) => f.file.endsWith('secret.json'))).toMatchObject({ code: 'EACCES' });
  });

  // root reads every file whatever its mode (CI runs as root): run the built CLI as the unprivileged `nobody`
  it.runIf(process.getuid?.() === 0)(
    'names a file it may not read, and reads the rest, as an unprivileged user',
    (ctx) => {
      const cwd = tempDir({ 'a.json': '[[1795305600, 3]]', 'secret.json': '{}' });
      chmodSync(cwd, 0o755);
      chmodSync(join(cwd, 'a.json'), 0o644);
      chmodSync(join(cwd, 'secret.json'), 0o000);
      const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
      const nobody = { uid: 65534, gid: 65534 };
      // only where the checkout itself is closed to other users is there nothing to learn here
      const probe = spawnSync(process.execPath, [bin, '--version'], nobody);
      if (probe.status !== 0) ctx.skip();
      const result = spawnSync(process.execPath, [bin, 'validate', '--format', 'json', '.'], {
        cwd,
        ...nobody,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      const { files, summary } = JSON.parse(result.stdout);
      expect(result.status).toBe(1);
      expect(summary).toMatchObject({ files: 2, valid: 1, unreadable: 1 });
      expect(files.find((f: FileEntry) => f.file.endsWith('secret.json'))).toMatchObject({ code: 'EACCES' });
    },
  );
});

describe('safe output', () => {
  it('neutralises formula cells from a payload in CSV, and keeps numbers', async () => {
    const payload = {
      data: [
        { title: '=HYPERLINK("http://attacker.example","x")', culprit: '+cmd|/C calc', 'count()': -3 },
        { title: '@SUM(A1)', culprit: '\t=1', 'count()': 4 },
      ],
      meta: { fields: { title: 'string', culprit: 'string', 'count()': 'integer' } },
    };
    const cwd = tempDir({ 'd.json': JSON.stringify(payload) });
    const csv = await runCli(['tidy', 'd.json'], { cwd });
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://attacker.example"",""x"")"`);
    expect(csv.stdout).toContain("'+cmd|/C calc");
    expect(csv.stdout).toContain("'@SUM(A1)");
    expect(csv.stdout).toMatch(/,-3(\n|$)/m);
  });

  it('--redact replaces user identifiers with a keyed hash that still joins', async () => {
    const event = (id: string) => ({
      event_id: id,
      platform: 'python',
      user: { email: 'jane@example.com', ip_address: '203.0.113.7' },
      request: { cookies: 'sessionid=abc123' },
      tags: [['sentry:user', 'email:jane@example.com']],
    });
    const cwd = tempDir({
      'e.ndjson': `${JSON.stringify(event('a'.repeat(32)))}\n${JSON.stringify(event('b'.repeat(32)))}\n`,
    });
    const env = { SENTRY_OFFLINE_REDACT_KEY: 'k3y' };
    const out = await runCli(['tidy', 'e.ndjson', '--redact', '--format', 'ndjson'], { cwd, env });
    const hash = (v: string) => `hmac:${createHmac('sha256', 'k3y').update(v).digest('hex').slice(0, 16)}`;
    const rows = out.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rows.map((r) => [r.user_email, r.user_ip_address])).toEqual([
      [hash('jane@example.com'), hash('203.0.113.7')],
      [hash('jane@example.com'), hash('203.0.113.7')],
    ]);
    expect(out.stdout).not.toMatch(/jane@example\.com|203\.0\.113\.7|sessionid/);
    const tags = await runCli(['tidy', 'e.ndjson', '--redact', '--table', 'tags', '--format', 'ndjson'], {
      cwd,
      env,
    });
    expect(tags.stdout).toContain(hash('email:jane@example.com'));
    expect(tags.stdout).not.toContain('jane@example.com');
    const both = await runCli(['tidy', 'e.ndjson', '--redact', '--personal-data'], { cwd });
    expect(both.code).toBe(2);
  });
});

describe('fuzzing the CLI', () => {
  it('never ends in an internal error (exit code 3) on mutated bad input', async () => {
    const seeds = cases.map((c) => new Uint8Array(readFileSync(join(c.dir, c.payload))));
    const cwd = tempDir();
    await fc.assert(
      fc.asyncProperty(
        fc.nat(seeds.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
        fc.nat(),
        async (which, edits, cut) => {
          const bytes = seeds[which].slice(0, 1 + (cut % Math.max(1, seeds[which].length)));
          for (const [at, b] of edits) if (bytes.length > 0) bytes[at % bytes.length] = b;
          writeFileSync(join(cwd, 'm.json'), bytes);
          for (const argv of [
            ['validate', 'm.json'],
            ['tidy', 'm.json', '--format', 'json'],
          ]) {
            const { code, stderr } = await runCli(argv, { cwd });
            expect(code, stderr).not.toBe(3);
          }
        },
      ),
      { seed: 20261123, numRuns: 150 },
    );
  }, 60_000);
});
