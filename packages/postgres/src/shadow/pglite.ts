import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { citext } from '@electric-sql/pglite/contrib/citext';
import { cube } from '@electric-sql/pglite/contrib/cube';
import { earthdistance } from '@electric-sql/pglite/contrib/earthdistance';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { hstore } from '@electric-sql/pglite/contrib/hstore';
import { intarray } from '@electric-sql/pglite/contrib/intarray';
import { isn } from '@electric-sql/pglite/contrib/isn';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto';
import { seg } from '@electric-sql/pglite/contrib/seg';
import { tablefunc } from '@electric-sql/pglite/contrib/tablefunc';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { uuid_ossp } from '@electric-sql/pglite/contrib/uuid_ossp';
import type { ShadowDatabase } from './shadow.ts';
import { initializedDataDir } from './template.ts';

/**
 * Contrib extensions the embedded engine can create. Real schemas use them (lago: pgcrypto and unaccent,
 * openstreetmap: btree_gist); each is loaded only when `CREATE EXTENSION` asks for it.
 */
const CONTRIB = {
  btree_gin,
  btree_gist,
  citext,
  cube,
  earthdistance,
  fuzzystrmatch,
  hstore,
  intarray,
  isn,
  ltree,
  pg_trgm,
  pgcrypto,
  seg,
  tablefunc,
  unaccent,
  uuid_ossp,
};

/** A fresh in-memory PostgreSQL 18 (PGlite): the default shadow database. */
export async function createPgliteShadow(): Promise<ShadowDatabase> {
  const db = await PGlite.create({ extensions: CONTRIB, loadDataDir: await initializedDataDir() });
  return {
    description: 'PGlite (embedded PostgreSQL)',
    query: (sql, params) => db.query(sql, params as unknown[] | undefined),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: () => db.close(),
  };
}
