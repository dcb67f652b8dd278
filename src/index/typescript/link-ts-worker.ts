import { parentPort, workerData } from 'node:worker_threads';
import { nullThrows } from '../../core/null-throws.js';
import { linkTypeScript } from './link-ts.js';
import { readingText, type TsLinkFile } from './link-ts-thread.js';
import type { TsWants } from './linked.js';

/** Worker thread body for linkTypeScriptInThread: one checker pass, its result posted back (structured clone keeps `undefined`s). */
const port = nullThrows(parentPort, 'link-ts-worker.js runs only as a worker thread');
const { root, files, wants } = workerData as { root: string; files: TsLinkFile[]; wants: TsWants };
port.postMessage(await linkTypeScript(root, files.map(readingText), wants));
