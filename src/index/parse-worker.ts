import { parentPort } from 'node:worker_threads';
import { nullThrows } from '../core/null-throws.js';
import { preparePass1Query } from './java/extract-java-facts.js';
import { JavaWorkspace } from './java/java-workspace.js';
import { packLinkedJava } from './java/linked-transport.js';
import { parseFile } from './parse-file.js';
import type { PoolRequest, ProjectForWorker } from './parse-pool.js';
import { checkSyntax } from './syntax-check.js';

/**
 * Worker thread body: parses the files it is sent (the pool keeps a few in flight), keeping its Java
 * trees in a workspace; when asked, links them against the whole project's declarations. Results
 * travel as JSON strings (cheaper to pass and to rebuild than a structured clone of many small
 * objects): `[index, result]` per parsed file; `[false, batch]` per batch of linked files, then
 * `[true, '']`. It also checks the syntax of changed texts for the rewrite stage: `[index, result]`.
 */
const port = nullThrows(parentPort, 'parse-worker.js runs only as a worker thread');
// The thread ends once it has linked (the pool is closed right after): its trees need not be freed one by one.
const java = new JavaWorkspace(undefined, false);
// Started ahead of the files (see parse-workers.ts), the thread has time for this before the first arrives.
preparePass1Query();
port.on('message', (request: PoolRequest) => {
  if (request.op === 'parse') {
    void parseFile(request.task, java).then((result) => port.postMessage([request.index, JSON.stringify(result)]));
  } else if (request.op === 'check-syntax') {
    void checkSyntax(request.check).then((result) => port.postMessage([request.index, result]));
  } else {
    const project = java.projectFrom(JSON.parse(request.project) as ProjectForWorker);
    // In batches: the main thread unpacks one while this thread links the next.
    for (const batch of java.linkBatches(project, request.wants, request.batchFiles)) port.postMessage([false, packLinkedJava(batch)]);
    port.postMessage([true, '']);
  }
});
