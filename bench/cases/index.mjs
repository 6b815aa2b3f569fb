/** Every case that bench/case.mjs can run, by name. */
import { floorEvents, floorStats } from './floor.mjs';
import { framesLoop } from './frames-loop.mjs';
import { framesApi, framesTables } from './frames-api.mjs';
import { statsDropRates } from './stats.mjs';
import { framesCli } from './frames-cli.mjs';
import { validateEvents } from './validate.mjs';

export const CASES = {
  'floor-events': floorEvents,
  'floor-stats': floorStats,
  'frames-loop': framesLoop,
  'frames-tables': framesTables,
  'frames-api': framesApi,
  'frames-cli': framesCli,
  'stats-drop-rates': statsDropRates,
  'validate-events': validateEvents,
  'duckdb-frames': async (input, options) =>
    (await import('./duckdb-frames.mjs')).duckdbFrames(input, options),
};
