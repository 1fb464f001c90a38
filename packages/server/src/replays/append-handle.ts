import { type FileHandle, open } from "node:fs/promises";

/**
 * One record file kept open for its appends. A match appends every tick, so
 * the record is no more than a tick behind the match when a process dies
 * (resume/ continues from it); an appendFile per tick opens, writes and
 * closes the file each time, ~0.2-0.45 ms of CPU here, 2-4 ms per
 * room-second at 10 Hz, more than the recorder itself (bench:record); a
 * write on an open handle is about 40% of that. Writes come one at a time
 * (the record's AppendQueue); a failed one closes the handle, so the next
 * try opens the file again.
 */
export class AppendHandle {
  private readonly path: string;
  private handle: Promise<FileHandle> | null = null;

  constructor(path: string) {
    this.path = path;
  }

  async write(bytes: Uint8Array): Promise<void> {
    this.handle ??= open(this.path, "a");
    try {
      const file = await this.handle;
      // A regular file takes it all at once; a short write goes on from where it stopped.
      for (let at = 0; at < bytes.byteLength; ) {
        at += (await file.write(bytes, at, bytes.byteLength - at)).bytesWritten;
      }
    } catch (err) {
      void this.close();
      throw err;
    }
  }

  async close(): Promise<void> {
    const handle = this.handle;
    this.handle = null;
    await (await handle?.catch(() => null))?.close().catch(() => {});
  }
}
