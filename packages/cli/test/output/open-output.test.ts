import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SentryOfflineError } from '@sentry-offline/schema';
import { describe, expect, it } from 'vitest';
import { createContext, openOutput, writeText } from '../../src/index.js';
import { fakeStream } from '../util/run-cli.js';
import { tempDir } from '../util/temp-dir.js';

const context = (cwd: string) => createContext({ cwd, stdout: fakeStream(), stderr: fakeStream() });

describe('openOutput', () => {
  it('is stdout without a file, and for -', async () => {
    const c = context(tempDir());
    expect((await openOutput(c)).stream).toBe(c.stdout);
    expect((await openOutput(c, '-')).stream).toBe(c.stdout);
  });

  it('writes a file relative to the working folder', async () => {
    const cwd = tempDir();
    const output = await openOutput(context(cwd), 'out.csv');
    await writeText(output.stream, 'a,b\n');
    await output.close();
    expect(readFileSync(join(cwd, 'out.csv'), 'utf8')).toBe('a,b\n');
  });

  it('fails with cli.outputFailed when the file cannot be created', async () => {
    const error = await openOutput(context(tempDir()), 'no/such/folder/out.csv').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SentryOfflineError);
    expect(error).toMatchObject({
      code: 'cli.outputFailed',
      details: { file: 'no/such/folder/out.csv', code: 'ENOENT' },
    });
  });
});
