import { existsSync, readFileSync } from 'node:fs';
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

  it('writes bytes to a file, refuses them for stdout, and removes a file it discards', async () => {
    const cwd = tempDir();
    const output = await openOutput(context(cwd), 'out.bin');
    await output.writeBytes(Uint8Array.of(1, 2));
    await output.writeBytes(Uint8Array.of(3));
    await output.close();
    expect([...readFileSync(join(cwd, 'out.bin'))]).toEqual([1, 2, 3]);
    await expect((await openOutput(context(cwd))).writeBytes(Uint8Array.of(1))).rejects.toMatchObject({
      code: 'cli.usage',
    });
    const partial = await openOutput(context(cwd), 'partial.csv');
    await writeText(partial.stream, 'a,b\n');
    await partial.discard();
    expect(existsSync(join(cwd, 'partial.csv'))).toBe(false);
  });
});
