import type { PlatformFamily } from './platform-family.js';

interface LabelParts {
  family: PlatformFamily;
  function: string | null;
  module: string | null;
  package: string | null;
  filename: string | null;
  lineno: number | null;
}

function basename(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts[parts.length - 1] || path;
}

/**
 * The name a frame has in signatures: the normalised function, qualified by its module on Java, .NET and
 * Python (`com.example.Foo.bar`); without a function, `file#line`, then the binary's name, then `<unknown>`.
 */
export function frameLabel(frame: LabelParts): string {
  if (frame.function !== null) {
    const qualify = frame.family === 'java' || frame.family === 'dotnet' || frame.family === 'python';
    if (qualify && frame.module !== null && !frame.function.startsWith(frame.module + '.')) {
      return `${frame.module}.${frame.function}`;
    }
    return frame.function;
  }
  if (frame.filename !== null)
    return frame.lineno === null ? basename(frame.filename) : `${basename(frame.filename)}#${frame.lineno}`;
  if (frame.package !== null) return basename(frame.package);
  if (frame.module !== null) return frame.module;
  return '<unknown>';
}
