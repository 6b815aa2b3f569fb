/**
 * Every case that bench/case.mjs can run, by name: a loader of its function, imported on demand so that a case's peak RSS holds only the
 * modules it uses (the floor imports no package).
 */
const lazy = (path, name) => async () => (await import(path))[name];

export const CASES = {
  'floor-events': lazy('./floor.mjs', 'floorEvents'),
  'floor-events-threads': lazy('./floor-threads.mjs', 'floorEventsThreads'),
  'floor-stats': lazy('./floor.mjs', 'floorStats'),
  'frames-loop': lazy('./frames-loop.mjs', 'framesLoop'),
  'frames-tables': lazy('./frames-api.mjs', 'framesTables'),
  'frames-api': lazy('./frames-api.mjs', 'framesApi'),
  'frames-cli': lazy('./frames-cli.mjs', 'framesCli'),
  'frames-command': lazy('./frames-command.mjs', 'framesCommand'),
  'report-command': lazy('./report-command.mjs', 'reportCommand'),
  'stats-drop-rates': lazy('./stats.mjs', 'statsDropRates'),
  'validate-events': lazy('./validate.mjs', 'validateEvents'),
  'validate-cli': lazy('./validate-cli.mjs', 'validateCli'),
  'duckdb-frames': lazy('./duckdb-frames.mjs', 'duckdbFrames'),
};
