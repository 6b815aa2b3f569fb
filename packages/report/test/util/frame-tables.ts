import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';

/** A frame as a test writes it: only what matters, the rest null. */
export interface TestFrame {
  function?: string | null;
  module?: string | null;
  package?: string | null;
  filename?: string | null;
  abs_path?: string | null;
  lineno?: number | null;
  in_app?: boolean | null;
  platform?: string | null;
}

/** A test event: frames oldest call first (as in payloads), one exception stack unless `source` says otherwise. */
export interface TestEvent {
  event_id: string;
  frames: TestFrame[];
  type?: string | null;
  platform?: string;
  source?: 'exception' | 'thread' | 'stacktrace';
  position?: number;
  group_id?: string | null;
  release?: string | null;
  environment?: string | null;
  os?: string | null;
  sdk_name?: string | null;
  date_created?: Date | null;
}

const FRAME_COLUMNS = [
  'event_id',
  'source',
  'position',
  'frame_index',
  'depth',
  'function',
  'raw_function',
  'module',
  'package',
  'filename',
  'abs_path',
  'lineno',
  'colno',
  'in_app',
  'platform',
  'instruction_addr',
  'symbol',
] as const;

/** frames, exceptions and events tables in the shape of issue 3's tidyEvents, from compact test events. */
export function frameTables(events: TestEvent[]): {
  frames: ColumnTable;
  exceptions: ColumnTable;
  events: ColumnTable;
} {
  const f: Record<string, unknown[]> = Object.fromEntries(FRAME_COLUMNS.map((c) => [c, []]));
  const x: Record<string, unknown[]> = {
    event_id: [],
    position: [],
    type: [],
    value: [],
    module: [],
    mechanism_type: [],
    handled: [],
    thread_id: [],
  };
  const e: Record<string, unknown[]> = {
    event_id: [],
    group_id: [],
    project: [],
    platform: [],
    type: [],
    title: [],
    release: [],
    environment: [],
    date_created: [],
    os: [],
    sdk_name: [],
  };
  for (const ev of events) {
    const n = ev.frames.length;
    ev.frames.forEach((fr, i) => {
      f.event_id.push(ev.event_id);
      f.source.push(ev.source ?? 'exception');
      f.position.push(ev.position ?? 0);
      f.frame_index.push(i);
      f.depth.push(n - 1 - i);
      f.function.push(fr.function ?? null);
      f.raw_function.push(null);
      f.module.push(fr.module ?? null);
      f.package.push(fr.package ?? null);
      f.filename.push(fr.filename ?? null);
      f.abs_path.push(fr.abs_path ?? null);
      f.lineno.push(fr.lineno ?? null);
      f.colno.push(null);
      f.in_app.push(fr.in_app ?? null);
      f.platform.push(fr.platform ?? ev.platform ?? null);
      f.instruction_addr.push(null);
      f.symbol.push(null);
    });
    if (ev.type !== undefined && ev.type !== null) {
      x.event_id.push(ev.event_id);
      x.position.push(ev.position ?? 0);
      x.type.push(ev.type);
      for (const k of ['value', 'module', 'mechanism_type', 'handled', 'thread_id']) x[k].push(null);
    }
    e.event_id.push(ev.event_id);
    e.group_id.push(ev.group_id ?? null);
    e.project.push('p');
    e.platform.push(ev.platform ?? null);
    e.type.push('error');
    e.title.push(ev.type ?? null);
    e.release.push(ev.release ?? null);
    e.environment.push(ev.environment ?? null);
    e.date_created.push(ev.date_created ?? null);
    e.os.push(ev.os ?? null);
    e.sdk_name.push(ev.sdk_name ?? null);
  }
  return { frames: aq.table(f), exceptions: aq.table(x), events: aq.table(e) };
}
