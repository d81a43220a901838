import { randomUUID } from 'node:crypto';
import type { Db, Row, Tx } from '../store/db.ts';
import type { Account } from './context.ts';
import { isRole, type Role } from './permissions.ts';

export interface Member {
  readonly account: Account;
  readonly role: Role;
}

export type NewAccount = Pick<Account, 'email' | 'name'> & { readonly passwordHash: string };

const ACCOUNT_COLUMNS = 'a.id, a.email, a.name, a.is_admin';
/** Any constant: it only has to be the same in every instance, so two "first admins" cannot both win. */
const FIRST_ADMIN_LOCK = 715_042_003;

/** Thrown to roll a transaction back; caught and turned into a result right after. */
class AccountExists extends Error {}
class LastOwner extends Error {}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function toAccount(r: Row): Account {
  return { id: String(r.id), email: String(r.email), name: String(r.name), isAdmin: r.is_admin === true };
}

const insertAccount = async (tx: Tx, a: NewAccount, isAdmin: boolean) => {
  const rows = await tx.query(
    `INSERT INTO accounts AS a (id, email, name, password_hash, is_admin) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (email) DO NOTHING RETURNING ${ACCOUNT_COLUMNS}`,
    [randomUUID(), a.email, a.name, a.passwordHash, isAdmin],
  );
  return rows[0] ? toAccount(rows[0]) : undefined;
};

/** Accounts, sessions, invitations and project members: the SQL behind sign-in and roles. */
export function accountStore(db: Db) {
  const oneAccount = async (sql: string, params: readonly unknown[]) => {
    const row = (await db.query(sql, params))[0];
    return row ? toAccount(row) : undefined;
  };
  return {
    async hasAccounts(): Promise<boolean> {
      return (await db.query('SELECT 1 FROM accounts LIMIT 1')).length > 0;
    },
    /**
     * The first admin, only while there is no account; it takes the projects and connections made in local
     * mode, so nothing made before accounts existed is left without an owner.
     */
    createFirstAdmin(a: NewAccount): Promise<Account | undefined> {
      return db.transaction(async (tx) => {
        await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_ADMIN_LOCK]);
        if ((await tx.query('SELECT 1 FROM accounts LIMIT 1')).length > 0) return undefined;
        const admin = await insertAccount(tx, a, true);
        if (!admin) return undefined;
        await tx.query(
          `INSERT INTO project_members (project_id, account_id, role) SELECT id, $1, 'owner' FROM projects`,
          [admin.id],
        );
        await tx.query('UPDATE connections SET created_by = $1 WHERE created_by IS NULL', [admin.id]);
        return admin;
      });
    },
    async credentials(email: string): Promise<{ account: Account; passwordHash: string } | undefined> {
      const row = (
        await db.query(`SELECT ${ACCOUNT_COLUMNS}, a.password_hash FROM accounts a WHERE a.email = $1`, [
          email,
        ])
      )[0];
      return row ? { account: toAccount(row), passwordHash: String(row.password_hash) } : undefined;
    },
    /** Members are added by email or, failing that, by an exact name. */
    findAccount(emailOrName: string): Promise<Account | undefined> {
      return oneAccount(
        `SELECT ${ACCOUNT_COLUMNS} FROM accounts a WHERE a.email = lower($1) OR a.name = $1
          ORDER BY (a.email = lower($1)) DESC, a.created_at LIMIT 1`,
        [emailOrName],
      );
    },
    async createSession(tokenHash: string, accountId: string, expiresAt: Date): Promise<void> {
      await db.query('INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [
        tokenHash,
        accountId,
        expiresAt.toISOString(),
      ]);
    },
    sessionAccount(tokenHash: string): Promise<Account | undefined> {
      return oneAccount(
        `SELECT ${ACCOUNT_COLUMNS} FROM sessions s JOIN accounts a ON a.id = s.account_id
          WHERE s.token_hash = $1 AND s.expires_at > now()`,
        [tokenHash],
      );
    },
    async deleteSession(tokenHash: string): Promise<void> {
      await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
    },
    async createInvitation(tokenHash: string, email: string, invitedBy: string, expiresAt: Date) {
      await db.query(
        'INSERT INTO invitations (token_hash, email, invited_by, expires_at) VALUES ($1, $2, $3, $4)',
        [tokenHash, email, invitedBy, expiresAt.toISOString()],
      );
    },
    async invitationEmail(tokenHash: string): Promise<string | undefined> {
      const rows = await db.query(
        'SELECT email FROM invitations WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now()',
        [tokenHash],
      );
      return rows[0] ? String(rows[0].email) : undefined;
    },
    /** Uses the invitation and creates its account in one transaction: a used link can never make a second. */
    acceptInvitation(
      tokenHash: string,
      a: Omit<NewAccount, 'email'>,
    ): Promise<Account | 'invalid' | 'exists'> {
      return db
        .transaction(async (tx) => {
          const used = await tx.query(
            `UPDATE invitations SET used_at = now()
            WHERE token_hash = $1 AND used_at IS NULL AND expires_at > now() RETURNING email`,
            [tokenHash],
          );
          if (!used[0]) return 'invalid';
          const account = await insertAccount(tx, { ...a, email: String(used[0].email) }, false);
          if (!account) throw new AccountExists();
          return account;
        })
        .catch((error: unknown) => {
          if (error instanceof AccountExists) return 'exists' as const;
          throw error;
        });
    },
    async roleIn(projectId: string, accountId: string): Promise<Role | undefined> {
      if (!UUID.test(projectId)) return undefined;
      const rows = await db.query(
        'SELECT role FROM project_members WHERE project_id = $1 AND account_id = $2',
        [projectId, accountId],
      );
      const role = rows[0]?.role;
      return isRole(role) ? role : undefined;
    },
    async projectIds(accountId: string): Promise<Set<string>> {
      const rows = await db.query('SELECT project_id FROM project_members WHERE account_id = $1', [
        accountId,
      ]);
      return new Set(rows.map((r) => String(r.project_id)));
    },
    async members(projectId: string): Promise<Member[]> {
      const rows = await db.query(
        `SELECT ${ACCOUNT_COLUMNS}, m.role FROM project_members m JOIN accounts a ON a.id = m.account_id
          WHERE m.project_id = $1 ORDER BY a.name, a.email`,
        [projectId],
      );
      return rows.map((r) => ({ account: toAccount(r), role: isRole(r.role) ? r.role : 'viewer' }));
    },
    /** Adds or changes a member; refused (false) when it would leave the project without an owner. */
    setMember(projectId: string, accountId: string, role: Role): Promise<boolean> {
      return keepingAnOwner(db, projectId, (tx) =>
        tx.query(
          `INSERT INTO project_members (project_id, account_id, role) VALUES ($1, $2, $3)
           ON CONFLICT (project_id, account_id) DO UPDATE SET role = EXCLUDED.role`,
          [projectId, accountId, role],
        ),
      );
    },
    /** Undefined: not a member; false: the last owner. */
    async removeMember(projectId: string, accountId: string): Promise<boolean | undefined> {
      if (!UUID.test(accountId)) return undefined;
      const role = await this.roleIn(projectId, accountId);
      if (!role) return undefined;
      return keepingAnOwner(db, projectId, (tx) =>
        tx.query('DELETE FROM project_members WHERE project_id = $1 AND account_id = $2', [
          projectId,
          accountId,
        ]),
      );
    },
    async connectionCreator(connectionId: string): Promise<string | null | undefined> {
      if (!UUID.test(connectionId)) return undefined;
      const rows = await db.query('SELECT created_by FROM connections WHERE id = $1', [connectionId]);
      if (!rows[0]) return undefined;
      return rows[0].created_by === null ? null : String(rows[0].created_by);
    },
    async setConnectionCreator(connectionId: string, accountId: string): Promise<void> {
      await db.query('UPDATE connections SET created_by = $2 WHERE id = $1', [connectionId, accountId]);
    },
    async connectionIds(accountId: string): Promise<Set<string>> {
      const rows = await db.query('SELECT id FROM connections WHERE created_by = $1', [accountId]);
      return new Set(rows.map((r) => String(r.id)));
    },
  };
}

export type AccountStore = ReturnType<typeof accountStore>;

/** Runs `change` and rolls it back when the project is left with no owner. */
function keepingAnOwner(db: Db, projectId: string, change: (tx: Tx) => Promise<unknown>): Promise<boolean> {
  return db
    .transaction(async (tx) => {
      // Locks the project row so two owners demoting each other at once cannot both succeed.
      await tx.query('SELECT 1 FROM projects WHERE id = $1 FOR UPDATE', [projectId]);
      await change(tx);
      const owners = await tx.query(
        `SELECT 1 FROM project_members WHERE project_id = $1 AND role = 'owner' LIMIT 1`,
        [projectId],
      );
      if (owners.length === 0) throw new LastOwner();
      return true;
    })
    .catch((error: unknown) => {
      if (error instanceof LastOwner) return false;
      throw error;
    });
}
