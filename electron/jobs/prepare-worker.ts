import { parentPort } from 'node:worker_threads';
import { prepareFile, withRuledPages, type PreparedFile } from '../services/prepare-file';
import type { PrepareReply, PrepareTask } from './prepare-pool';

// One thread of the prepare pool: reads, decodes and plans the files it is sent (and runs the
// extraction rules on the plan when the task carries a schema), and posts the results back in
// the order it was given them. It opens no database; the import worker stores.

const post = (reply: PrepareReply): void => parentPort!.postMessage(reply);

/**
 * A structured clone copies a typed array's whole backing buffer; bytes that are a view on a
 * larger (pooled) buffer are copied to their own first so only the file's bytes cross over.
 */
function ownBytes(prepared: PreparedFile): PreparedFile {
  if (prepared.kind !== 'page' || !prepared.doc.original) return prepared;
  const bytes = prepared.doc.original;
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength) return prepared;
  return { ...prepared, doc: { ...prepared.doc, original: bytes.slice() } };
}

async function handle(task: PrepareTask): Promise<void> {
  try {
    const prepared: PreparedFile[] = [];
    // Planned first and ruled together after (withRuledPages): the rules then run over the
    // articles of every page of the task in batches, where page by page they got one to three.
    for (const file of task.files)
      prepared.push(await prepareFile(file, task.maxBytes, task.encoding));
    const ruled = task.schema ? withRuledPages(prepared, task.schema) : prepared;
    post({ id: task.id, prepared: ruled.map(ownBytes) });
  } catch (error) {
    post({ id: task.id, error: (error as Error).message });
  }
}

parentPort!.on('message', (task: PrepareTask) => void handle(task));
