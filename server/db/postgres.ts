// PostgreSQL for production, through the `pg` pool. synchronous_commit is forced on for every
// connection, so COMMIT returns only after the WAL is flushed: the same promise as SQLite's FULL.

import pg from "pg";
import type { Db, Queryable, Row, SqlValue } from "./driver";

// BIGINT (int8) and COUNT(*) come back as strings by default; our values fit a double.
pg.types.setTypeParser(20, (value) => Number(value));

/** `?` → `$1, $2, …` (our SQL never has a `?` inside a string literal). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function queryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    all: async <T extends Row>(sql: string, params: readonly SqlValue[] = []) => (await client.query(numbered(sql), [...params])).rows as T[],
    get: async <T extends Row>(sql: string, params: readonly SqlValue[] = []) => (await client.query(numbered(sql), [...params])).rows[0] as T | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => (await client.query(numbered(sql), [...params])).rowCount ?? 0,
  };
}

export function openPostgres(url: string, poolSize = 10): Db {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, options: "-c synchronous_commit=on" });
  // An idle client's network error must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  const direct = queryable(pool);
  const transaction: Db["transaction"] = async (work) => {
    const client = await pool.connect();
    try {
      await client.query("BEGIN");
      const result = await work(queryable(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  return {
    dialect: "postgres",
    ...direct,
    transaction,
    // PostgreSQL groups concurrent commits' WAL flushes by itself.
    batchedTransaction: transaction,
    exec: async (sql) => void (await pool.query(sql)),
    // VACUUM frees dead tuples for reuse; PostgreSQL does not zero them, and old WAL segments keep
    // them until recycled (docs/contact.md says what that means for a seized disk).
    scrub: async () => void (await pool.query("VACUUM threads, messages, thread_wraps, thread_reads")),
    close: () => pool.end(),
  };
}
