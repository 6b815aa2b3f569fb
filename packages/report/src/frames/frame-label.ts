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
      // demystified .NET names repeat the class: module `A.B.Service`, function `Service.Load`
      const type = frame.module.slice(frame.module.lastIndexOf('.') + 1);
      const fn = frame.function.startsWith(type + '.')
        ? frame.function.slice(type.length + 1)
        : frame.function;
      return `${frame.module}.${fn}`;
    }
    return frame.function;
  }
  if (frame.filename !== null)
    return frame.lineno === null ? basename(frame.filename) : `${basename(frame.filename)}#${frame.lineno}`;
  if (frame.package !== null) return basename(frame.package);
  if (frame.module !== null) return frame.module;
  return '<unknown>';
}
