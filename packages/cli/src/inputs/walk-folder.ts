import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { entryPath } from '../util/entry-path.js';
import { describeFsError } from './describe-fs-error.js';
import { formatFromName } from './detect-format.js';
import type { SkippedInput, UnreadableInput } from './input-file.js';

/** A file to read, found in a folder or named by an argument. */
export interface FoundFile {
  status: 'found';
  name: string;
  path: string;
  /**
   * Where it was found: its folder's path (absolute) and its name there; `real` when the folder's path is real
   * and the file no link (a folder walk knows it: no `realpath` call needed).
   */
  found?: { folder: string; entry: string; real: boolean };
}

/** What a folder walk yields, in a stable order: files to read, and everything not read with its reason. */
export type WalkEntry = FoundFile | SkippedInput | UnreadableInput;

const NOT_SEARCHED = 'a hidden folder or node_modules: not searched (name it as an argument to read it)';
const NOT_DATA = 'not a .json, .ndjson, .jsonl or .csv file (optionally .gz)';

async function kindOf(entry: Dirent, path: string): Promise<'dir' | 'file' | 'other'> {
  if (entry.isSymbolicLink()) {
    const target = await stat(path);
    return target.isDirectory() ? 'dir' : target.isFile() ? 'file' : 'other';
  }
  return entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : 'other';
}

async function* walk(path: string, name: string, ancestors: ReadonlySet<string>): AsyncGenerator<WalkEntry> {
  let entries: Dirent[];
  let real: string;
  try {
    real = await realpath(path);
    entries = await readdir(path, { withFileTypes: true });
  } catch (error) {
    yield { status: 'unreadable', name, path, ...describeFsError(error) };
    return;
  }
  if (ancestors.has(real)) {
    yield { status: 'skipped', name, path, reason: `a directory loop through a symlink (back to ${real})` };
    return;
  }
  const inside = new Set(ancestors).add(real);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const childPath = entryPath(path, entry.name);
    const childName = entryPath(name, entry.name);
    let kind: 'dir' | 'file' | 'other';
    try {
      kind = await kindOf(entry, childPath);
    } catch (error) {
      const { code, reason } = describeFsError(error);
      yield {
        status: 'unreadable',
        name: childName,
        path: childPath,
        code,
        reason: `broken symlink: ${reason}`,
      };
      continue;
    }
    if (kind === 'dir') {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') {
        yield { status: 'skipped', name: childName, path: childPath, reason: NOT_SEARCHED };
      } else {
        yield* walk(childPath, childName, inside);
      }
    } else if (kind === 'file' && formatFromName(entry.name) !== null) {
      const found = { folder: real, entry: entry.name, real: !entry.isSymbolicLink() };
      yield { status: 'found', name: childName, path: childPath, found };
    } else {
      const reason = kind === 'file' ? NOT_DATA : 'not a regular file (a socket, device or pipe)';
      yield { status: 'skipped', name: childName, path: childPath, reason };
    }
  }
}

/**
 * Walks a folder recursively, one directory at a time, in name order. Files with a data extension are yielded
 * to be read; every other entry is yielded as skipped or unreadable with its reason, never dropped silently.
 * Symlinks are followed; a symlink back to a folder being walked is reported as a loop.
 * @param path the folder's absolute path
 * @param name the folder's name as shown to the user
 * @example
 * for await (const entry of walkFolder('/data/stats', 'stats')) console.log(entry.status, entry.name);
 */
export function walkFolder(path: string, name: string): AsyncGenerator<WalkEntry> {
  return walk(path, name, new Set());
}
