/**
 * Accounts and roles: accounts (scrypt password hashes), sessions and invitations (only SHA-256 hashes of their
 * tokens, so a copy of the store cannot sign anyone in), project members with their role, and who created
 * each connection (connections are private to their creator).
 */
export const sql = `
CREATE TABLE accounts (
  id uuid PRIMARY KEY,
  email text NOT NULL UNIQUE CHECK (email = lower(email)),
  name text NOT NULL,
  password_hash text NOT NULL,
  is_admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE accounts IS 'People who sign in; the first one is the admin, the others come from invitations';
COMMENT ON COLUMN accounts.password_hash IS 'scrypt$N$r$p$salt$hash, base64 parts: the parameters travel with the hash';

CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  expires_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE sessions IS 'Signed-in browsers; the cookie holds the token, the store only its SHA-256';
CREATE INDEX sessions_account_id_idx ON sessions (account_id);

CREATE TABLE invitations (
  token_hash text PRIMARY KEY,
  email text NOT NULL CHECK (email = lower(email)),
  invited_by uuid REFERENCES accounts (id) ON DELETE SET NULL,
  expires_at timestamptz NOT NULL,
  used_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE invitations IS 'Single-use links an admin hands out; accepting one creates the account';

CREATE TABLE project_members (
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  account_id uuid NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('owner', 'editor', 'reviewer', 'viewer')),
  PRIMARY KEY (project_id, account_id)
);
COMMENT ON TABLE project_members IS 'Who may do what in a project (the permission table maps roles to actions)';
CREATE INDEX project_members_account_id_idx ON project_members (account_id);

ALTER TABLE connections ADD COLUMN created_by uuid REFERENCES accounts (id) ON DELETE SET NULL;
COMMENT ON COLUMN connections.created_by IS 'Null for connections made in local mode (the first admin takes them)';
`;
