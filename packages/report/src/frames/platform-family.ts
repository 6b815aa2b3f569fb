/** The platform families that pick a normaliser and that `family:` rules match. */
export type PlatformFamily = 'native' | 'javascript' | 'java' | 'python' | 'cocoa' | 'dotnet' | 'other';

const FAMILIES: Record<string, PlatformFamily> = {
  native: 'native',
  c: 'native',
  cpp: 'native',
  rust: 'native',
  go: 'native',
  elixir: 'other',
  javascript: 'javascript',
  node: 'javascript',
  'react-native': 'javascript',
  java: 'java',
  kotlin: 'java',
  android: 'java',
  groovy: 'java',
  scala: 'java',
  python: 'python',
  cocoa: 'cocoa',
  objc: 'cocoa',
  swift: 'cocoa',
  csharp: 'dotnet',
  dotnet: 'dotnet',
  '.net': 'dotnet',
};

/**
 * The family of a Sentry platform name (`'node'` → `'javascript'`, `'cocoa'` → `'cocoa'`, `'csharp'` → `'dotnet'`);
 * unknown or missing platforms are `'other'`.
 * @param platform a frame's or an event's `platform`
 * @example
 * platformFamily('kotlin'); // 'java'
 */
export function platformFamily(platform: string | null | undefined): PlatformFamily {
  if (!platform) return 'other';
  return FAMILIES[platform.toLowerCase()] ?? 'other';
}

/** Sentry's own family names, which rules may use too: `native` there also covers Cocoa. */
export function familyMatches(pattern: string, family: PlatformFamily): boolean {
  if (pattern === 'all' || pattern === family) return true;
  if (pattern === 'native' && family === 'cocoa') return true;
  if (pattern === 'jvm' && family === 'java') return true;
  if (pattern === 'csharp' && family === 'dotnet') return true;
  if (pattern === 'other' && family !== 'native' && family !== 'javascript' && family !== 'cocoa')
    return true;
  return false;
}
