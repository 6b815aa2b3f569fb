/**
 * Event ids seen, as 64-bit fingerprints in an open-addressing table of 32-bit pairs: 8 bytes a slot, kept at
 * most half full (16–32 bytes an id, where a `Set` of the id strings takes ~70), so that a run over 1M events can
 * tell which ids came twice. The fingerprint is two 32-bit hashes of the whole id (FNV-1a, and a multiply-shift
 * hash): two distinct ids among 1M share one with a chance of about 3 in 100 million. (The first half of a
 * Sentry id would do for random UUIDs, but not for ids that count up, as test exports' do.)
 */
export interface EventIdSet {
  /** Adds an id; false when its fingerprint was there already (the id was seen before). */
  add(id: string): boolean;
  /** Whether an id's fingerprint is there, without adding it. */
  has(id: string): boolean;
  /** Adds the fingerprints of another set (a worker's); returns how many were there already. */
  merge(table: Uint32Array): number;
  /** The table, to send to another thread. */
  readonly table: Uint32Array;
}

/** FNV-1a, 32 bits. */
function fnv(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A multiply-shift hash (MurmurHash2's constant), 32 bits: independent of FNV's. */
function mix(id: string): number {
  let h = 0x9747b28c ^ id.length;
  for (let i = 0; i < id.length; i++) {
    h = Math.imul(h ^ id.charCodeAt(i), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** The second half of an id's fingerprint: never 0 when the first is, as 0 and 0 mark an empty slot. */
const low = (hi: number, id: string) => (hi === 0 ? mix(id) || 1 : mix(id));

/**
 * A new, empty {@link EventIdSet}.
 * @example
 * const ids = createEventIdSet();
 * ids.add('9f2c…'); // true
 * ids.add('9f2c…'); // false: seen before
 */
export function createEventIdSet(): EventIdSet {
  let table = new Uint32Array(2 * 1024);
  let size = 0;
  // the slot that holds the fingerprint, or the empty slot where it would go
  const slotOf = (hi: number, lo: number): number => {
    const mask = table.length / 2 - 1;
    for (let slot = (hi ^ Math.imul(lo, 0x9e3779b1)) & mask; ; slot = (slot + 1) & mask) {
      const at = 2 * slot;
      if ((table[at] === 0 && table[at + 1] === 0) || (table[at] === hi && table[at + 1] === lo)) return at;
    }
  };
  const insert = (hi: number, lo: number): boolean => {
    const at = slotOf(hi, lo);
    if (table[at] !== 0 || table[at + 1] !== 0) return false;
    table[at] = hi;
    table[at + 1] = lo;
    size++;
    return true;
  };
  const grow = () => {
    const old = table;
    table = new Uint32Array(old.length * 2);
    size = 0;
    for (let at = 0; at < old.length; at += 2)
      if (old[at] !== 0 || old[at + 1] !== 0) insert(old[at], old[at + 1]);
  };
  const addPair = (hi: number, lo: number) => {
    if (2 * (size + 1) > table.length / 2) grow();
    return insert(hi, lo);
  };
  return {
    add(id) {
      const hi = fnv(id);
      return addPair(hi, low(hi, id));
    },
    has(id) {
      const hi = fnv(id);
      const at = slotOf(hi, low(hi, id));
      return table[at] !== 0 || table[at + 1] !== 0;
    },
    merge(other) {
      let repeated = 0;
      for (let at = 0; at < other.length; at += 2)
        if ((other[at] !== 0 || other[at + 1] !== 0) && !addPair(other[at], other[at + 1])) repeated++;
      return repeated;
    },
    get table() {
      return table;
    },
  };
}

/**
 * An event's id as transform reads it (`eventID`, `event_id`, else `id`), when it is a string.
 * @param event a parsed event
 * @example
 * idOfEvent({ event_id: '9f2c…' }); // '9f2c…'
 */
export function idOfEvent(event: unknown): string | null {
  if (event === null || typeof event !== 'object') return null;
  for (const key of ['eventID', 'event_id', 'id']) {
    const value = (event as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
  }
  return null;
}
