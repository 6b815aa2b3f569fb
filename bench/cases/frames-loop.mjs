import { forEachEventText } from '../lib/read.mjs';
import { digest, topEntries } from '../lib/digest.mjs';

/**
 * The reference work as a straightforward hand-written loop (API event details): the top 50 crash-site
 * frames (last frame of the last exception with frames) and the top 50 in-app frames (every in-app frame of the
 * exception chain), keyed by (function, module, filename). DuckDB computes the same.
 */
export function framesLoop(input) {
  const crash = new Map();
  const inApp = new Map();
  let events = 0;
  const key = (f) => `${f.function ?? ''}\t${f.module ?? ''}\t${f.filename ?? ''}`;
  forEachEventText(input, (text) => {
    const event = JSON.parse(text);
    events++;
    for (const entry of event.entries ?? []) {
      if (entry.type !== 'exception') continue;
      let last = null;
      for (const value of entry.data?.values ?? []) {
        const frames = value?.stacktrace?.frames;
        if (!frames || frames.length === 0) continue;
        last = frames;
        for (const f of frames) if (f.inApp === true) inApp.set(key(f), (inApp.get(key(f)) ?? 0) + 1);
      }
      if (last) crash.set(key(last[last.length - 1]), (crash.get(key(last[last.length - 1])) ?? 0) + 1);
    }
  });
  const crashTop = topEntries(crash, 50);
  const inAppTop = topEntries(inApp, 50);
  return { events, digest: digest([crashTop, inAppTop]), topCrashSite: crashTop[0]?.[0] ?? null };
}
