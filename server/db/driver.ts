// The storage seam: one small interface that both the embedded SQLite driver and the PostgreSQL
// driver implement, so the stores above it are written once in portable SQL. Statements use `?`
// placeholders; the PostgreSQL driver renumbers them to $1, $2, ….

export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

export interface Queryable {
  all<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  get<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T | undefined>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
}

export interface Db extends Queryable {
  readonly dialect: "sqlite" | "postgres";
  /** Runs `work` in one transaction; it has committed durably when the promise resolves. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Like transaction(), but concurrent callers may share one COMMIT (group commit), each inside
   * its own savepoint so one failure does not undo the others. Still resolves only after COMMIT.
   */
  batchedTransaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Runs a multi-statement script (migrations). */
  exec(sql: string): Promise<void>;
  /** Makes deleted data unrecoverable from the files where the engine allows (see purge.ts). */
  scrub(): Promise<void>;
  close(): Promise<void>;
}

/** True for a primary-key or unique violation in either engine. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, errcode, message } = error as { code?: unknown; errcode?: unknown; message?: unknown };
  if (code === "23505") return true; // PostgreSQL unique_violation
  if (errcode === 1555 || errcode === 2067) return true; // SQLITE_CONSTRAINT_PRIMARYKEY / _UNIQUE
  return typeof message === "string" && /UNIQUE constraint failed/.test(message);
}
