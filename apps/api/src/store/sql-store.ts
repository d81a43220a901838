import { randomUUID } from 'node:crypto';
import { accountStore } from '../auth/account-store.ts';
import { reviewStore } from '../reviews/store.ts';
import type { Db, Row } from './db.ts';
import type {
  ConnectionRecord,
  NewConnection,
  NewProject,
  ProjectRecord,
  ProjectSummaryRecord,
  Store,
} from './store.ts';

const CONNECTION_COLUMNS = 'id, name, dialect, host, port, database, "user", url_encrypted, created_at';
const PROJECT_COLUMNS =
  'id, name, connection_id, baseline, design, layout, hints, version, created_at, updated_at';

/** Ids are uuid columns: anything else cannot exist, and must not reach PostgreSQL as a cast error. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isId = (id: string) => UUID.test(id);

const iso = (value: unknown) => (value instanceof Date ? value : new Date(String(value))).toISOString();

function toConnection(r: Row): ConnectionRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    dialect: r.dialect === 'mysql' ? 'mysql' : 'postgres',
    host: String(r.host),
    port: Number(r.port),
    database: String(r.database),
    user: String(r.user),
    urlEncrypted: String(r.url_encrypted),
    createdAt: iso(r.created_at),
  };
}

function toProject(r: Row): ProjectRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    connectionId: r.connection_id === null ? null : String(r.connection_id),
    baseline: r.baseline as ProjectRecord['baseline'],
    design: r.design as ProjectRecord['design'],
    layout: r.layout as ProjectRecord['layout'],
    hints: r.hints as ProjectRecord['hints'],
    version: Number(r.version),
    createdAt: iso(r.created_at),
    updatedAt: iso(r.updated_at),
  };
}

function toSummary(r: Row): ProjectSummaryRecord {
  return {
    id: String(r.id),
    name: String(r.name),
    connectionId: r.connection_id === null ? null : String(r.connection_id),
    tableCount: Number(r.table_count),
    updatedAt: iso(r.updated_at),
  };
}

const json = (value: unknown) => JSON.stringify(value);

/** The store's SQL, written once over {@link Db}; every write is one statement, so it is atomic. */
export function sqlStore(db: Db): Store {
  const one = async (sql: string, params: readonly unknown[]) => (await db.query(sql, params))[0];
  const project = async (sql: string, params: readonly unknown[]) => {
    const row = await one(sql, params);
    return row ? toProject(row) : undefined;
  };
  return {
    kind: db.kind,
    reviews: reviewStore(db),
    accounts: accountStore(db),
    async insertConnection(c: NewConnection) {
      const row = await one(
        `INSERT INTO connections (id, name, dialect, host, port, database, "user", url_encrypted)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${CONNECTION_COLUMNS}`,
        [randomUUID(), c.name, c.dialect, c.host, c.port, c.database, c.user, c.urlEncrypted],
      );
      if (!row) throw new Error('INSERT ... RETURNING returned no row');
      return toConnection(row);
    },
    async listConnections() {
      const rows = await db.query(`SELECT ${CONNECTION_COLUMNS} FROM connections ORDER BY created_at, id`);
      return rows.map(toConnection);
    },
    async getConnection(id) {
      if (!isId(id)) return undefined;
      const row = await one(`SELECT ${CONNECTION_COLUMNS} FROM connections WHERE id = $1`, [id]);
      return row ? toConnection(row) : undefined;
    },
    async deleteConnection(id) {
      if (!isId(id)) return false;
      return (await db.query('DELETE FROM connections WHERE id = $1 RETURNING id', [id])).length > 0;
    },
    async insertProject(p: NewProject) {
      const created = await project(
        `INSERT INTO projects (id, name, connection_id, baseline, design, layout, hints)
         VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6::jsonb, $7::jsonb) RETURNING ${PROJECT_COLUMNS}`,
        [
          randomUUID(),
          p.name,
          p.connectionId,
          json(p.baseline),
          json(p.design),
          json(p.layout),
          json(p.hints),
        ],
      );
      if (!created) throw new Error('INSERT ... RETURNING returned no row');
      return created;
    },
    async listProjects() {
      // The table count is computed in the database so listing never loads every design.
      const rows = await db.query(
        `SELECT id, name, connection_id, updated_at,
                coalesce(jsonb_array_length(design -> 'tables'), 0) AS table_count
           FROM projects ORDER BY updated_at DESC, id`,
      );
      return rows.map(toSummary);
    },
    async getProject(id) {
      if (!isId(id)) return undefined;
      return project(`SELECT ${PROJECT_COLUMNS} FROM projects WHERE id = $1`, [id]);
    },
    async saveProject(id, version, content) {
      if (!isId(id)) return { status: 'missing' };
      // One statement: the version check and the write cannot be separated by another save.
      const saved = await project(
        `UPDATE projects
            SET design = $3::jsonb, layout = $4::jsonb, hints = $5::jsonb,
                version = version + 1, updated_at = now()
          WHERE id = $1 AND version = $2
          RETURNING ${PROJECT_COLUMNS}`,
        [id, version, json(content.design), json(content.layout), json(content.hints)],
      );
      if (saved) return { status: 'saved', project: saved };
      const current = await one('SELECT version FROM projects WHERE id = $1', [id]);
      return current
        ? { status: 'conflict', currentVersion: Number(current.version) }
        : { status: 'missing' };
    },
    async renameProject(id, name) {
      if (!isId(id)) return undefined;
      return project(
        `UPDATE projects SET name = $2, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING ${PROJECT_COLUMNS}`,
        [id, name],
      );
    },
    async setBaseline(id, baseline) {
      if (!isId(id)) return undefined;
      return project(
        `UPDATE projects SET baseline = $2::jsonb, version = version + 1, updated_at = now()
          WHERE id = $1 RETURNING ${PROJECT_COLUMNS}`,
        [id, json(baseline)],
      );
    },
    async deleteProject(id) {
      if (!isId(id)) return false;
      return (await db.query('DELETE FROM projects WHERE id = $1 RETURNING id', [id])).length > 0;
    },
    close: () => db.close(),
  };
}
