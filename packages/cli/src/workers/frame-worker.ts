import type { FrameAggregate } from '@sentry-offline/report';
import type { FrameCollect, FrameCollectResult, FrameTask, FrameTaskResult } from './frame-task.js';
import { collectFrameTask, runFrameTask } from './run-frame-task.js';

/**
 * The worker-thread entry that the pool loads: a task in, what it read out (its events stay in the thread's
 * aggregator); or a collect in, the thread's partial aggregate out (structured-cloned).
 */
export default function frameWorker(
  message: FrameTask | FrameCollect,
): Promise<FrameTaskResult> | FrameCollectResult<FrameAggregate> {
  return 'collect' in message ? collectFrameTask(message) : runFrameTask(message);
}
