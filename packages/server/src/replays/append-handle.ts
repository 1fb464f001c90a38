import { closeSync, openSync, writeSync } from "node:fs";

/**
 * One record file kept open for its appends, written synchronously. A match
 * appends every tick, so its record is no more than a tick behind when the
 * process dies (resume/ continues from it). An appendFile per tick opens,
 * writes and closes the file through the thread pool: ~0.2-0.45 ms of CPU
 * here, 2-4 ms per room-second at 10 Hz, more than the recorder itself; an
 * async write on an open handle still ~0.18 ms (bench:record). A write of a
 * tick's ~150 bytes into the page cache is ~0.05 ms and leaves nothing
 * pending. Writes come one at a time (the record's AppendQueue); a failed one
 * closes the file, so the next try opens it again.
 */
export class AppendHandle {
  private readonly path: string;
  private fd: number | null = null;

  constructor(path: string) {
    this.path = path;
  }

  /** Async only in its signature: the AppendQueue awaits it, and a failure becomes a rejection. */
  async write(bytes: Uint8Array): Promise<void> {
    try {
      this.fd ??= openSync(this.path, "a");
      // A regular file takes it all at once; a short write goes on from where it stopped.
      for (let at = 0; at < bytes.byteLength; ) at += writeSync(this.fd, bytes, at);
    } catch (err) {
      await this.close();
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.fd === null) return;
    const fd = this.fd;
    this.fd = null;
    try {
      closeSync(fd);
    } catch {
      // already gone: nothing to release
    }
  }
}
