/**
 * Decodes a file's bytes as UTF-8 and refuses anything else, piece by piece as it is read.
 * Node's own decoding (createReadStream with "utf8", readFile(..., "utf8")) turns every invalid
 * byte into U+FFFD without a word, so an id written in another encoding (Windows-1252, Latin-1)
 * would come out silently changed in the results.
 */

/** Invalid UTF-8 at a byte offset of the file. */
export class InvalidUtf8 extends Error {
  constructor(readonly offset: number) {
    super(`invalid UTF-8 at byte ${offset}`);
  }
}

/** How many bytes at the end of `bytes` begin a sequence that the next piece must finish (0–3). */
function unfinishedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if (byte < 0x80) return 0; // ASCII: complete
    if (byte >= 0xc0) {
      // A lead byte: its sequence needs 2, 3 or 4 bytes.
      const needs = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needs > back ? back : 0;
    }
    // A continuation byte: look further back for its lead.
  }
  return 0;
}

/** The offset of the first invalid sequence in bytes that start at a character boundary (only on the slow path). */
function firstInvalid(bytes: Uint8Array): number {
  // fatal + stream throws only for a sequence that is wrong, not for one cut off at the end, so
  // "does this prefix throw" is monotonic and a binary search finds the longest good prefix.
  let good = 0;
  let bad = bytes.length;
  while (bad - good > 1) {
    const middle = (good + bad) >>> 1;
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
      good = middle;
    } catch {
      bad = middle;
    }
  }
  // The good prefix may end inside the sequence that goes wrong: it starts at that lead byte.
  return good - unfinishedTail(bytes.subarray(0, good));
}

/**
 * Feeds byte pieces in order; `push` returns the text of every complete character so far and
 * throws InvalidUtf8 (with the file offset) at the first invalid byte, after `onValidText` has
 * received the text before it (so that a reader can say which row holds the bad byte).
 */
export class StrictUtf8 {
  private carry: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private readonly decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

  push(piece: Uint8Array, onValidText: (text: string) => void): string {
    const bytes = this.carry.length === 0 ? piece : concat(this.carry, piece);
    const tail = unfinishedTail(bytes);
    const body = bytes.subarray(0, bytes.length - tail);
    this.carry = bytes.slice(bytes.length - tail);
    const start = this.offset;
    this.offset += body.length;
    try {
      return this.decoder.decode(body);
    } catch {
      const at = firstInvalid(body);
      onValidText(new TextDecoder("utf-8", { ignoreBOM: true }).decode(body.subarray(0, at)));
      throw new InvalidUtf8(start + at);
    }
  }

  /** At the end of the file: a sequence left unfinished is invalid too. */
  end(): void {
    if (this.carry.length > 0) throw new InvalidUtf8(this.offset);
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a, 0);
  joined.set(b, a.length);
  return joined;
}

/** The whole of a small file's bytes (a .json array), or InvalidUtf8 with its offset. */
export function decodeStrict(bytes: Uint8Array): string {
  const decoder = new StrictUtf8();
  const text = decoder.push(bytes, () => undefined);
  decoder.end();
  return text;
}

/** The 1-based line of a byte offset: for naming where a whole-file problem is. */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}
