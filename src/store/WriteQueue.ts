// Serialises async tasks in one process: each task starts after the previous one settled, so
// read-modify-write sequences never interleave (no lost update when two recruiters confirm at once).

/** A FIFO mutex for async tasks. */
export class WriteQueue {
  #tail: Promise<unknown> = Promise.resolve();

  /** Runs `task` after every task queued before it; a failed task does not block the next one. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#tail.then(task);
    this.#tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  async idle(): Promise<void> {
    await this.#tail;
  }
}
