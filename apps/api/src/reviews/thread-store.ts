import { randomUUID } from 'node:crypto';
import type { Db, Tx } from '../store/db.ts';
import type { Anchor } from './outdated.ts';
import { logActivity } from './proposal-store.ts';
import type { ThreadRecord } from './records.ts';
import { isId, toComment, toThread } from './rows.ts';

const THREAD_COLUMNS =
  'id, direction, statement_index, statement_sql, revision, resolved, outdated, created_at';

async function threadsWhere(tx: Tx, where: string, params: readonly unknown[]): Promise<ThreadRecord[]> {
  const rows = await tx.query(
    `SELECT ${THREAD_COLUMNS} FROM proposal_threads WHERE ${where} ORDER BY created_at, id`,
    params,
  );
  if (rows.length === 0) return [];
  const comments = await tx.query(
    `SELECT id, thread_id, author, body, created_at FROM proposal_comments
      WHERE thread_id = ANY($1::uuid[]) ORDER BY created_at, id`,
    [rows.map((r) => String(r.id))],
  );
  return rows.map((r) => toThread(r, comments.filter((c) => c.thread_id === r.id).map(toComment)));
}

/** Comment threads anchored to a statement of a proposal's plan, with their replies. */
export function threadStore(db: Db) {
  const one = async (tx: Tx, proposalId: string, threadId: string) =>
    isId(threadId)
      ? (await threadsWhere(tx, 'proposal_id = $1 AND id = $2', [proposalId, threadId]))[0]
      : undefined;

  return {
    list: (proposalId: string) => threadsWhere(db, 'proposal_id = $1', [proposalId]),

    get: (proposalId: string, threadId: string) => one(db, proposalId, threadId),

    async start(
      proposalId: string,
      anchor: Anchor & { revision: number },
      author: string,
      body: string,
    ): Promise<ThreadRecord> {
      const id = randomUUID();
      return db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO proposal_threads (id, proposal_id, direction, statement_index, statement_sql, revision)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [id, proposalId, anchor.direction, anchor.index, anchor.statementSql, anchor.revision],
        );
        await tx.query(
          'INSERT INTO proposal_comments (id, thread_id, author, body) VALUES ($1, $2, $3, $4)',
          [randomUUID(), id, author, body],
        );
        await logActivity(tx, proposalId, author, 'comment', {
          thread: id,
          direction: anchor.direction,
          index: anchor.index,
        });
        const created = await one(tx, proposalId, id);
        if (!created) throw new Error('a thread just inserted cannot be read');
        return created;
      });
    },

    async reply(proposalId: string, threadId: string, author: string, body: string) {
      return db.transaction(async (tx) => {
        if (!(await one(tx, proposalId, threadId))) return undefined;
        await tx.query(
          'INSERT INTO proposal_comments (id, thread_id, author, body) VALUES ($1, $2, $3, $4)',
          [randomUUID(), threadId, author, body],
        );
        await logActivity(tx, proposalId, author, 'reply', { thread: threadId });
        return one(tx, proposalId, threadId);
      });
    },

    /** Resolve (true) or reopen (false); unchanged threads are not logged again. */
    async setResolved(proposalId: string, threadId: string, resolved: boolean, actor: string) {
      return db.transaction(async (tx) => {
        const thread = await one(tx, proposalId, threadId);
        if (!thread) return undefined;
        if (thread.resolved === resolved) return thread;
        await tx.query('UPDATE proposal_threads SET resolved = $2 WHERE id = $1', [threadId, resolved]);
        await logActivity(tx, proposalId, actor, resolved ? 'resolve' : 'reopen_thread', {
          thread: threadId,
        });
        return one(tx, proposalId, threadId);
      });
    },
  };
}

export type ThreadStore = ReturnType<typeof threadStore>;
