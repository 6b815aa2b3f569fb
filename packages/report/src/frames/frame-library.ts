import type { PlatformFamily } from './platform-family.js';

interface LibraryParts {
  family: PlatformFamily;
  module: string | null;
  package: string | null;
  absPath: string | null;
  filename: string | null;
}

const NODE_MODULE = /node_modules\/((@[^/]+\/)?[^/]+)/g;

/**
 * The library a frame belongs to, for the system-only fallback: the last npm package in a `node_modules` path,
 * a Python or .NET top-level module, a Java package's first three parts, or a native binary's file name.
 */
export function frameLibrary(frame: LibraryParts): string | null {
  const path = (frame.absPath ?? frame.filename ?? '').replace(/\\/g, '/');
  const npm = [...path.matchAll(NODE_MODULE)];
  if (npm.length > 0) return npm[npm.length - 1][1];
  switch (frame.family) {
    case 'python':
    case 'dotnet':
      return frame.module ? frame.module.split('.')[0] : null;
    case 'java':
      return frame.module ? frame.module.split('.').slice(0, 3).join('.') : null;
    case 'native':
    case 'cocoa':
      return frame.package ? (frame.package.split(/[\\/]/).pop() ?? null) : null;
    default:
      return frame.module ?? frame.package;
  }
}
