/** The first schema of the store: connections (URL encrypted) and projects (models as jsonb). */
export const sql = `
CREATE TABLE connections (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  dialect text NOT NULL CHECK (dialect IN ('postgres')),
  host text NOT NULL,
  port integer NOT NULL,
  database text NOT NULL,
  "user" text NOT NULL,
  url_encrypted text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE connections IS 'Live databases people connected; the URL (with its password) only encrypted';
COMMENT ON COLUMN connections.url_encrypted IS 'AES-256-GCM: v1:iv:tag:ciphertext, base64 parts';

CREATE TABLE projects (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  connection_id uuid REFERENCES connections (id) ON DELETE SET NULL,
  baseline jsonb NOT NULL,
  design jsonb NOT NULL,
  layout jsonb NOT NULL,
  hints jsonb NOT NULL DEFAULT '[]',
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE projects IS 'A design: baseline (what the database has) and design (what it should have)';
COMMENT ON COLUMN projects.version IS 'Bumped by every change; saves name the version they started from';
CREATE INDEX projects_connection_id_idx ON projects (connection_id);
`;
