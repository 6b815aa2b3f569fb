// drop rates
export { definitions } from './definitions.js';
export type { DropDefinition, DefinitionName } from './definitions.js';
export { resolveDefinition } from './resolve-definition.js';
export { outcomeRole } from './outcome-role.js';
export type { OutcomeRole } from './outcome-role.js';
export { reasonGroup } from './reason-group.js';
export { wilsonInterval } from './wilson-interval.js';
export type { WilsonIntervalOptions } from './wilson-interval.js';
export { rebucket } from './rebucket.js';
export type { RebucketOptions } from './rebucket.js';
export type { BucketInterval } from './util/bucket-bounds.js';
export { dropRates } from './drop-rates.js';
export type { DropRatesOptions } from './drop-rates.js';
