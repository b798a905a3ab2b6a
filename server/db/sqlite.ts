// The embedded database: Node's own SQLite driver (node:sqlite, no native add-on to build).
// WAL with synchronous=FULL, so a transaction is on disk (WAL fsync'd) when COMMIT returns;
// secure_delete so freed pages are zeroed. One connection; an async mutex keeps transactions
// whole while the event loop serves other requests.

import { DatabaseSync, type SQLInputValue } from "node:sqlite";
import type { Db, Queryable, Row, SqlValue } from "./driver";

class Mutex {
  private tail: Promise<unknown> = Promise.resolve();
  run<T>(work: () => Promise<T>): Promise<T> {
    const result = this.tail.then(work, work);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export function openSqlite(file: string): Db {
  const db = new DatabaseSync(file);
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = FULL");
  db.exec("PRAGMA foreign_keys = ON");
  db.exec("PRAGMA secure_delete = ON");
  db.exec("PRAGMA busy_timeout = 5000");
  const statements = new Map<string, ReturnType<DatabaseSync["prepare"]>>();
  const prepare = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  const args = (params: readonly SqlValue[]) => params as SQLInputValue[];
  const direct: Queryable = {
    all: async <T extends Row>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).all(...args(params)) as T[],
    get: async <T extends Row>(sql: string, params: readonly SqlValue[] = []) => prepare(sql).get(...args(params)) as T | undefined,
    run: async (sql: string, params: readonly SqlValue[] = []) => Number(prepare(sql).run(...args(params)).changes),
  };
  const mutex = new Mutex();

  // Group commit: node:sqlite blocks the event loop during each COMMIT's fsync, so requests pile
  // up meanwhile; the next drain commits all of them with one fsync instead of one each.
  interface Job {
    work: (tx: Queryable) => Promise<unknown>;
    resolve: (value: unknown) => void;
    reject: (error: unknown) => void;
  }
  const pending: Job[] = [];
  let scheduled = false;
  const drain = async () => {
    scheduled = false;
    const jobs = pending.splice(0, 500);
    if (pending.length > 0) schedule();
    const outcomes: { ok: boolean; value: unknown }[] = [];
    db.exec("BEGIN IMMEDIATE");
    for (const job of jobs) {
      db.exec("SAVEPOINT job");
      try {
        const value = await job.work(direct);
        db.exec("RELEASE job");
        outcomes.push({ ok: true, value });
      } catch (error) {
        db.exec("ROLLBACK TO job");
        db.exec("RELEASE job");
        outcomes.push({ ok: false, value: error });
      }
    }
    try {
      db.exec("COMMIT");
    } catch (error) {
      if (db.isTransaction) db.exec("ROLLBACK");
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => (outcomes[i]?.ok ? job.resolve(outcomes[i]?.value) : job.reject(outcomes[i]?.value)));
  };
  const schedule = () => {
    scheduled = true;
    void mutex.run(drain);
  };

  return {
    dialect: "sqlite",
    all: (sql, params) => mutex.run(() => direct.all(sql, params)),
    get: (sql, params) => mutex.run(() => direct.get(sql, params)),
    run: (sql, params) => mutex.run(() => direct.run(sql, params)),
    transaction: (work) =>
      mutex.run(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const result = await work(direct);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.isTransaction) db.exec("ROLLBACK");
          throw error;
        }
      }),
    batchedTransaction: <T>(work: (tx: Queryable) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        pending.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) schedule();
      }),
    exec: (sql) => mutex.run(async () => db.exec(sql)),
    // Deleted rows' pages are zeroed in the main file (secure_delete); the WAL still holds the
    // old page images until a checkpoint copies them back and TRUNCATE empties the WAL file.
    scrub: () => mutex.run(async () => void db.exec("PRAGMA wal_checkpoint(TRUNCATE)")),
    close: () => mutex.run(async () => db.close()),
  };
}
