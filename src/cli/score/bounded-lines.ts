/**
 * Splits text that arrives in pieces into lines ("\n" or "\r\n"), holding at most `max`
 * characters of an unfinished line: a longer line is handed over as `undefined` (one bad row)
 * and the rest of it is dropped up to the next line break. Each piece is searched once, and the
 * pieces of a line are joined once, so a file that is one huge line costs linear time and
 * bounded memory (node:readline holds such a line whole).
 */
export class BoundedLines {
  private pieces: string[] = [];
  private held = 0;
  private skipping = false;

  constructor(
    private readonly max: number,
    private readonly onLine: (line: string | undefined) => void,
  ) {}

  push(text: string): void {
    let from = 0;
    for (;;) {
      const lf = text.indexOf("\n", from);
      if (lf < 0) break;
      if (this.skipping) this.skipping = false;
      else {
        this.pieces.push(text.slice(from, lf));
        this.emit();
      }
      from = lf + 1;
    }
    if (this.skipping || from >= text.length) return;
    this.pieces.push(text.slice(from));
    this.held += text.length - from;
    if (this.held > this.max) {
      this.pieces = [];
      this.held = 0;
      this.skipping = true;
      this.onLine(undefined);
    }
  }

  end(): void {
    if (!this.skipping && this.held > 0) this.emit();
    this.pieces = [];
    this.held = 0;
  }

  private emit(): void {
    const line = this.pieces.length === 1 ? (this.pieces[0] ?? "") : this.pieces.join("");
    this.pieces = [];
    this.held = 0;
    if (line.length > this.max) this.onLine(undefined);
    else this.onLine(line.endsWith("\r") ? line.slice(0, -1) : line);
  }
}
