/**
 * Deterministic Sentry error events for the benchmark: a pool of issues (each a platform, an exception chain and a
 * stack) drawn with a Zipf-like spread, and events of those issues with per-event variation (extra framework frames,
 * another crash site now and then, vars and source context on some frames, threads, breadcrumbs, request data,
 * nulls where Sentry sends them), rendered as API details (`entries[]`, camelCase) or raw/ingest JSON.
 */
import { createRandom, createZipf } from './random.mjs';
import { PLATFORMS, PLATFORM_WEIGHTS, WORDS, camel } from './platforms.mjs';

const START = Date.UTC(2026, 9, 24);
const DAY = 86_400_000;

function pickPlatform(r) {
  let u = r.next();
  for (const [name, w] of PLATFORM_WEIGHTS) if ((u -= w) < 0) return name;
  return 'python';
}

/**
 * A code base per platform: a fixed pool of app frames and of library frames, drawn with a Zipf-like spread, so
 * that frames repeat across events and issues as they do in real projects (a function is called from a few
 * places, a library frame sits under many crashes).
 */
function createFramePools(r) {
  const pools = {};
  for (const [name, p] of Object.entries(PLATFORMS)) {
    const app = Array.from({ length: 600 }, () => p.frame(r, true));
    const lib = Array.from({ length: 150 }, () => p.frame(r, false));
    const pickApp = createZipf(r, app.length, 0.8);
    const pickLib = createZipf(r, lib.length, 0.9);
    const pick = (inApp) => (inApp ? app[pickApp()] : lib[pickLib()]);
    pools[name] = Object.assign(pick, { app, lib });
  }
  return pools;
}

let POOLS = null;

function stack(r, platform, length) {
  const make = (_r, inApp) => POOLS[platform](inApp);
  const outer = Math.max(1, Math.floor(length * 0.4));
  const frames = [];
  for (let i = 0; i < length; i++) {
    // framework frames outside, app frames in the middle, sometimes a library frame at the crash site
    const inApp = i >= outer && !(i === length - 1 && r.chance(0.35));
    frames.push(make(r, inApp));
  }
  return frames;
}

function makeIssue(r, index) {
  const platform = pickPlatform(r);
  const p = PLATFORMS[platform];
  const chain = [];
  const links = r.chance(0.25) ? r.between(2, 3) : 1;
  for (let i = 0; i < links; i++)
    chain.push({ type: r.pick(p.types), frames: stack(r, platform, r.between(3, 16)) });
  const pools = POOLS[platform];
  return {
    index,
    // the same crash reached by one to three call paths, and now and then at a neighbouring frame
    entries: Array.from({ length: r.between(1, 3) }, (_, i) =>
      Array.from({ length: i === 0 ? 0 : r.between(1, 4) }, () => pools(false)),
    ),
    otherSite: pools(r.chance(0.5)),
    groupId: String(4_800_000_000 + index * 7919),
    platform,
    chain,
    legacy: platform === 'python' && r.chance(0.15),
    threads: r.chance(p.threads),
    level: r.chance(0.1) ? 'fatal' : 'error',
    value: `${r.pick(['cannot', 'unknown', 'invalid', 'missing', 'unexpected'])} ${r.pick(WORDS)} '${r.pick(WORDS)}'`,
  };
}

/** Creates the issue pool and a function returning the next event (in its neutral form). */
export function createEventSource({ seed = 20261123, issues = 2500 } = {}) {
  const r = createRandom(seed);
  POOLS = createFramePools(createRandom(seed ^ 0x5bd1e995));
  const pool = Array.from({ length: issues }, (_, i) => makeIssue(r, i));
  const zipf = createZipf(r, issues, 1.05);
  let n = 0;
  return () => {
    const issue = pool[zipf()];
    const chain = issue.chain.map((link, i) => {
      let frames = link.frames;
      const last = i === issue.chain.length - 1;
      if (r.chance(0.3)) frames = [...issue.entries[r.int(issue.entries.length)], ...frames];
      if (last && r.chance(0.08)) frames = [...frames.slice(0, -1), issue.otherSite];
      return { type: link.type, frames };
    });
    const time = START + Math.floor(r.next() * 30 * DAY);
    n++;
    return {
      n,
      issue,
      chain,
      eventId: r.hex(32),
      time,
      received: time + r.between(80, 4000),
      release: `${issue.platform}-app@2026.${r.between(9, 11)}.${r.between(0, 4)}`,
      environment: r.chance(0.85) ? 'production' : r.pick(['staging', 'development', null]),
      user: r.chance(0.7)
        ? {
            id: `u-${r.int(50000)}`,
            email: r.chance(0.3) ? `user${r.int(9999)}@example.com` : null,
            ip: `203.0.113.${r.int(255)}`,
          }
        : null,
      breadcrumbs: Array.from({ length: r.chance(0.7) ? r.between(1, 8) : 0 }, (_, i) => ({
        timestamp: (time - (12 - i) * r.between(200, 5000)) / 1000,
        type: r.pick(['default', 'http', 'navigation', 'query', 'ui']),
        category: r.pick(['console', 'http', 'navigation', 'query', 'ui.click', 'django.db']),
        level: r.pick(['info', 'info', 'warning', 'error', 'debug']),
        message: r.chance(0.7) ? `${camel(r)} ${r.pick(WORDS)} ${r.int(1000)}` : null,
        data: r.chance(0.4)
          ? {
              url: `/api/${r.pick(WORDS)}/${r.int(9999)}`,
              method: r.pick(['GET', 'POST']),
              status_code: r.pick([200, 200, 404, 500]),
            }
          : null,
      })),
      varsOn: r.chance(0.25),
      contextOn: (issue.platform === 'python' || issue.platform === 'javascript') && r.chance(0.6),
      inAppKnown: r.chance(0.9),
      threadCount: r.between(2, 4),
      noise: r.int(1_000_000),
      request: issue.platform !== 'cocoa' && issue.platform !== 'native' && r.chance(0.6),
    };
  };
}

const ISO = (ms) => new Date(ms).toISOString().replace('Z', '000Z');

function contextLines(frame, on) {
  if (!on || !frame.inApp || frame.lineno == null) return null;
  const at = frame.lineno;
  return [at - 2, at - 1, at, at + 1, at + 2].map((l) => [
    l,
    l === at ? `        result = ${frame.function}(payload, retry=False)` : `    # line ${l}`,
  ]);
}

function varsOf(frame, e, i) {
  if (!e.varsOn || !frame.inApp || i % 2 === 1) return null;
  return {
    self: `<object at 0x7f3a${e.noise.toString(16)}>`,
    payload: `{'id': ${e.noise}, 'items': [...]}`,
    retry: 'False',
  };
}

function threadFrames(e, crashedFrames, t) {
  if (t === 0) return crashedFrames;
  const pool = POOLS[e.issue.platform];
  const r = createRandom(e.noise + t);
  return Array.from({ length: 2 + ((e.noise + t) % 5) }, (_, i) =>
    i % 3 === 0 ? r.pick(pool.app) : r.pick(pool.lib),
  );
}
/** The neutral parts both shapes share: threads (if any) and which one crashed. */
function threadsOf(e) {
  if (!e.issue.threads) return null;
  const crashed = e.chain[e.chain.length - 1].frames;
  return Array.from({ length: e.threadCount }, (_, t) => ({
    id: 7000 + t * 13,
    name: t === 0 ? 'main' : `Worker-${t}`,
    crashed: t === 0,
    current: t === 0,
    frames: threadFrames(e, crashed, t),
  }));
}

export function toApiEvent(e) {
  const { issue } = e;
  const p = PLATFORMS[issue.platform];
  const frame = (f, i) => ({
    function: f.function ?? null,
    rawFunction: f.rawFunction ?? null,
    module: f.module ?? null,
    package: f.package ?? null,
    filename: f.filename ?? null,
    absPath: f.absPath ?? null,
    lineNo: f.lineno ?? null,
    colNo: f.colno ?? null,
    inApp: e.inAppKnown ? f.inApp : null,
    platform: null,
    instructionAddr: f.instructionAddr ?? null,
    symbol: f.symbol ?? null,
    symbolAddr: null,
    trust: f.instructionAddr ? 'cfi' : null,
    errors: null,
    vars: varsOf(f, e, i),
    context: contextLines(f, e.contextOn) ?? [],
  });
  const st = (frames) => ({
    frames: frames.map(frame),
    framesOmitted: null,
    registers: null,
    hasSystemFrames: true,
  });
  const threads = threadsOf(e);
  const last = e.chain[e.chain.length - 1];
  const crash = last.frames[last.frames.length - 1];
  const entries = [];
  if (issue.legacy) {
    entries.push({
      type: 'message',
      data: { formatted: `${last.type}: ${issue.value}`, message: null, params: null },
    });
    entries.push({ type: 'stacktrace', data: st(last.frames) });
  } else {
    const native = issue.platform === 'native';
    entries.push({
      type: 'exception',
      data: {
        values: e.chain.map((link, i) => ({
          type: link.type,
          value: i === e.chain.length - 1 ? issue.value : `caused by ${link.type}`,
          module: null,
          threadId: threads && i === e.chain.length - 1 ? threads[0].id : null,
          mechanism: {
            type: e.chain.length > 1 && i < e.chain.length - 1 ? 'chained' : p.mechanism,
            handled: false,
            synthetic: native || undefined,
          },
          stacktrace: native && threads ? null : st(link.frames),
          rawStacktrace: null,
        })),
        hasSystemFrames: true,
        excOmitted: null,
      },
    });
  }
  if (threads)
    entries.push({
      type: 'threads',
      data: {
        values: threads.map((t) => ({
          id: t.id,
          name: t.name,
          crashed: t.crashed,
          current: t.current,
          state: null,
          stacktrace: st(t.frames),
          rawStacktrace: null,
        })),
      },
    });
  if (e.breadcrumbs.length)
    entries.push({
      type: 'breadcrumbs',
      data: {
        values: e.breadcrumbs.map((b) => ({ ...b, timestamp: ISO(b.timestamp * 1000), event_id: null })),
      },
    });
  if (e.request)
    entries.push({
      type: 'request',
      data: {
        url: `https://shop.example.com/${last.type.length % 2 ? 'checkout' : 'api/orders'}/`,
        method: 'POST',
        query: [['page', String(e.noise % 9)]],
        fragment: null,
        data: { order: e.noise },
        headers: [
          ['Accept', 'application/json'],
          ['User-Agent', 'Mozilla/5.0'],
        ],
        cookies: [['session', 'redacted']],
        env: null,
        inferredContentType: 'application/json',
      },
    });
  const tags = [
    { key: 'environment', value: e.environment ?? 'production' },
    { key: 'handled', value: 'no' },
    { key: 'level', value: issue.level },
    { key: 'release', value: e.release },
    ...(e.user ? [{ key: 'user', value: `id:${e.user.id}` }] : []),
  ];
  const contexts = {};
  if (p.os) contexts.os = { name: p.os[0], version: p.os[1], type: 'os' };
  if (p.runtime) contexts.runtime = { name: p.runtime[0], version: p.runtime[1], type: 'runtime' };
  if (p.browser) contexts.browser = { name: p.browser[0], version: p.browser[1], type: 'browser' };
  if (p.device) contexts.device = { model: p.device[0], manufacturer: p.device[1], type: 'device' };
  contexts.trace = {
    trace_id: e.eventId.split('').reverse().join(''),
    span_id: e.eventId.slice(0, 16),
    op: 'http.server',
    status: 'internal_error',
    type: 'trace',
  };
  return {
    id: String(9_000_000_000 + e.n),
    groupID: issue.groupId,
    eventID: e.eventId,
    projectID: String(1_843_300 + (issue.index % 7)),
    size: 0,
    title: `${last.type}: ${issue.value}`,
    message: '',
    platform: issue.platform,
    type: 'error',
    culprit: crash ? `${crash.module ?? crash.filename ?? '?'} in ${crash.function ?? '?'}` : '',
    location: crash?.filename ?? null,
    dist: null,
    dateCreated: ISO(e.time),
    dateReceived: ISO(e.received),
    metadata: {
      type: last.type,
      value: issue.value,
      filename: crash?.filename ?? null,
      function: crash?.function ?? null,
    },
    tags,
    user: e.user
      ? { id: e.user.id, email: e.user.email, username: null, ip_address: e.user.ip, name: null, data: null }
      : null,
    contexts,
    sdk: { name: p.sdk, version: p.version },
    release: {
      version: e.release,
      shortVersion: e.release,
      dateCreated: ISO(e.time - 3 * DAY),
      dateReleased: null,
      lastDeploy: null,
      commitCount: 0,
      deployCount: 0,
    },
    entries,
    errors: [],
    fingerprints: ['{{ default }}'],
    packages: {},
    crashFile: null,
    _meta: {
      entries: {},
      message: null,
      user: null,
      contexts: null,
      sdk: null,
      context: null,
      packages: null,
      tags: {},
    },
  };
}

export function toRawEvent(e) {
  const { issue } = e;
  const p = PLATFORMS[issue.platform];
  const frame = (f, i) => {
    const out = {
      function: f.function ?? null,
      module: f.module ?? null,
      filename: f.filename ?? null,
      abs_path: f.absPath ?? null,
      lineno: f.lineno ?? null,
      in_app: e.inAppKnown ? f.inApp : undefined,
    };
    if (f.rawFunction) out.raw_function = f.rawFunction;
    if (f.package) out.package = f.package;
    if (f.colno != null) out.colno = f.colno;
    if (f.instructionAddr)
      Object.assign(out, { instruction_addr: f.instructionAddr, symbol: f.symbol ?? null });
    const vars = varsOf(f, e, i);
    if (vars) out.vars = vars;
    const ctx = contextLines(f, e.contextOn);
    if (ctx)
      Object.assign(out, {
        pre_context: ctx.slice(0, 2).map((c) => c[1]),
        context_line: ctx[2][1],
        post_context: ctx.slice(3).map((c) => c[1]),
      });
    return out;
  };
  const st = (frames) => ({ frames: frames.map(frame) });
  const threads = threadsOf(e);
  const last = e.chain[e.chain.length - 1];
  const event = {
    event_id: e.eventId,
    timestamp: e.n % 3 === 0 ? e.time / 1000 : new Date(e.time).toISOString(),
    platform: issue.platform,
    level: issue.level,
    logger: issue.platform === 'python' ? 'django.request' : null,
    release: e.release,
    environment: e.environment,
    server_name: issue.platform === 'cocoa' ? null : `web-${e.noise % 17}`,
  };
  const legacyKeys = issue.platform === 'python' && e.n % 10 === 0;
  if (issue.legacy) {
    event.message = `${last.type}: ${issue.value}`;
    event[legacyKeys ? 'sentry.interfaces.Stacktrace' : 'stacktrace'] = st(last.frames);
  } else {
    const native = issue.platform === 'native';
    event[legacyKeys ? 'sentry.interfaces.Exception' : 'exception'] = {
      values: e.chain.map((link, i) => ({
        type: link.type,
        value: i === e.chain.length - 1 ? issue.value : `caused by ${link.type}`,
        module: null,
        thread_id: threads && i === e.chain.length - 1 ? threads[0].id : undefined,
        mechanism: {
          type: e.chain.length > 1 && i < e.chain.length - 1 ? 'chained' : p.mechanism,
          handled: false,
        },
        stacktrace: native && threads ? null : st(link.frames),
      })),
    };
  }
  if (threads)
    event.threads = {
      values: threads.map((t) => ({
        id: t.id,
        name: t.name,
        crashed: t.crashed,
        current: t.current,
        stacktrace: st(t.frames),
      })),
    };
  if (e.breadcrumbs.length) event.breadcrumbs = { values: e.breadcrumbs };
  if (e.request)
    event.request = {
      url: 'https://shop.example.com/api/orders/',
      method: 'POST',
      data: { order: e.noise },
      headers: { Accept: 'application/json' },
      cookies: 'session=redacted',
    };
  event.contexts = {
    os: p.os ? { name: p.os[0], version: p.os[1] } : undefined,
    trace: { trace_id: e.eventId.split('').reverse().join(''), span_id: e.eventId.slice(0, 16) },
  };
  event.tags =
    e.n % 2
      ? [
          ['handled', 'no'],
          ['mechanism', p.mechanism],
        ]
      : { handled: 'no', mechanism: p.mechanism };
  event.user = e.user ? { id: e.user.id, email: e.user.email, ip_address: e.user.ip } : null;
  event.sdk = { name: p.sdk, version: p.version, integrations: ['dedupe', 'stdlib'] };
  event.fingerprint = ['{{ default }}'];
  return event;
}
