import { parentPort, workerData } from 'node:worker_threads';
import { floorShare } from './floor-threads.mjs';

parentPort.postMessage(floorShare(workerData));
