export { toCanonicalJson } from './to-canonical-json.js';
export type { ToCanonicalJsonOptions } from './to-canonical-json.js';
