import { parentPort } from 'node:worker_threads';
import { nullThrows } from '../core/null-throws.js';
import { parseFile, type ParseTask } from './parse-file.js';

/** Worker thread body: parses the files it is sent, one at a time, and posts each result back. */
const port = nullThrows(parentPort, 'parse-worker.js runs only as a worker thread');
port.on('message', (task: ParseTask) => {
  // As a JSON string: cheaper to pass and to rebuild on the main thread than a structured clone of the
  // many small objects facts are made of (measured on 212k lines of Java).
  void parseFile(task).then((result) => port.postMessage(JSON.stringify(result)));
});
