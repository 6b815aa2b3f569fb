import { runFrameTask } from './run-frame-task.js';

/** The worker-thread entry that the pool loads: one task in, its partial aggregate out (structured-cloned). */
export default runFrameTask;
