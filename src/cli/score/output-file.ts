/**
 * The results file, written so that it is never half there: rows go to a temporary file in the
 * same folder (so that the rename stays on one file system and is atomic), which is flushed to
 * disk and renamed over --out only when every row has been written. A run that stops — disk
 * full, a read error, invalid input, Ctrl-C — leaves the old --out (or none) and no temporary
 * file. The input is never opened for writing: an --out that is the input by file identity
 * (the same device and inode: a symlink, a hard link, "./a.csv" for "a.csv") is refused first.
 */
import { randomBytes } from "node:crypto";
import { open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { Writable } from "node:stream";
import { UsageError } from "../kit/errors";

/** The few file operations the output needs; tests put a full disk behind them. */
export type OutputFiles = {
  open(path: string): Promise<{ write(data: Uint8Array): Promise<unknown>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
};

export const diskFiles: OutputFiles = {
  // "wx": a new file only; 0o666 before the umask, as any file the person writes.
  open: async (path) => {
    const handle = await open(path, "wx", 0o666);
    return { write: (data) => handle.write(data), sync: () => handle.sync(), close: () => handle.close() };
  },
  rename,
  unlink,
};

/** An I/O error while writing the results (ENOSPC, EIO, EACCES …): exit code 3. */
export class OutputError extends Error {}

/** A readable line for an I/O error: "no space left on device (ENOSPC)". */
export function describeIoError(error: unknown): string {
  const { code, message } = error as NodeJS.ErrnoException;
  const words: Record<string, string> = {
    ENOSPC: "no space left on device",
    EDQUOT: "disk quota exceeded",
    EIO: "input/output error",
    EACCES: "permission denied",
    EPERM: "operation not permitted",
    EROFS: "read-only file system",
    EFBIG: "file too large",
  };
  if (code !== undefined && words[code] !== undefined) return `${words[code]} (${code})`;
  return message;
}

/** Refuses an --out that is the responses file itself, by file identity, not by name. */
export async function refuseSameFile(input: string, out: string): Promise<void> {
  const [a, b] = await Promise.all([stat(input).catch(() => undefined), stat(out).catch(() => undefined)]);
  if (a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino) {
    throw new UsageError(`--out ${out} is the responses file ${input} (the same file on disk); choose another name`);
  }
}

export type AtomicOutput = { stream: Writable; commit(): Promise<void>; discard(): Promise<void> };

/** Opens a temporary file beside `path`; commit() flushes and renames it to `path`, discard() removes it. */
export async function openAtomicOutput(path: string, files: OutputFiles = diskFiles): Promise<AtomicOutput> {
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  const handle = await files.open(temporary).catch((error: unknown) => {
    throw new UsageError(`cannot write --out ${path}: ${describeIoError(error)}`);
  });
  let closed = false;
  const close = async (): Promise<void> => {
    if (closed) return;
    closed = true;
    await handle.close();
  };
  const stream = new Writable({
    // One write per chunk the command yields (64 KB): the FileHandle writes it all or fails.
    write(chunk: Buffer, _encoding, done) {
      handle.write(chunk).then(
        () => done(),
        (error: unknown) => done(new OutputError(`cannot write ${path}: ${describeIoError(error)}`)),
      );
    },
  });
  return {
    stream,
    async commit() {
      try {
        await handle.sync();
        await close();
        await files.rename(temporary, path);
      } catch (error) {
        throw new OutputError(`cannot write ${path}: ${describeIoError(error)}`);
      }
    },
    async discard() {
      await close().catch(() => undefined);
      await files.unlink(temporary).catch(() => undefined);
    },
  };
}
