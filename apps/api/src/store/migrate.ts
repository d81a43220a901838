import type { Db } from './db.ts';
import { MIGRATIONS, type Migration } from './migrations/index.ts';

/** Any constant works: it only has to be the same in every API instance sharing a store. */
const MIGRATION_LOCK = 715_042_001;

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_studio_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/**
 * Brings the store's schema up to date and returns the versions applied now. Each migration runs in its own
 * transaction holding an advisory lock, so instances starting together on one PostgreSQL apply each once.
 */
export async function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  assertOrdered(migrations);
  const applied: number[] = [];
  for (const migration of migrations) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(CREATE_LEDGER);
      const done = await tx.query('SELECT 1 FROM schema_studio_migrations WHERE version = $1', [
        migration.version,
      ]);
      if (done.length > 0) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_studio_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  await refuseNewerStore(db, migrations);
  return applied;
}

function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`store migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

/** A store upgraded by a newer Schema Studio has a schema this one does not know: stop instead of guessing. */
async function refuseNewerStore(db: Db, migrations: readonly Migration[]): Promise<void> {
  const rows = await db.query<{ max: number | null }>(
    'SELECT max(version) AS max FROM schema_studio_migrations',
  );
  const newest = rows[0]?.max ?? 0;
  if (newest > migrations.length) {
    throw new Error(
      `the store has migration ${newest}, this server knows ${migrations.length}: upgrade the server`,
    );
  }
}
