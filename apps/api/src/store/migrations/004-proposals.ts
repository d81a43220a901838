/**
 * Review and apply: proposals (a plan with the snapshots it was planned from), comment threads anchored to a
 * statement, approvals, the activity log, every apply attempt, and the migration log entries of applied plans.
 * Everything hangs off its project and goes with it.
 */
export const sql = `
CREATE TABLE proposals (
  id uuid PRIMARY KEY,
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'open'
    CHECK (status IN ('open', 'changes_requested', 'approved', 'applied', 'closed')),
  author text NOT NULL,
  revision integer NOT NULL DEFAULT 1,
  dialect text NOT NULL CHECK (dialect IN ('postgres', 'mysql')),
  baseline jsonb NOT NULL,
  design jsonb NOT NULL,
  hints jsonb NOT NULL DEFAULT '[]',
  plan jsonb NOT NULL,
  verification jsonb,
  applying_since timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE proposals IS 'A migration sent for review: the plan and the baseline, design and hints it was planned from';
COMMENT ON COLUMN proposals.plan IS 'up and down statements with hazards, session settings and SQL text';
COMMENT ON COLUMN proposals.verification IS 'The shadow proof of the plan, when it was asked for';
COMMENT ON COLUMN proposals.applying_since IS 'Set while an apply runs, so two applies cannot run at once';
CREATE INDEX proposals_project_id_idx ON proposals (project_id);

CREATE TABLE proposal_threads (
  id uuid PRIMARY KEY,
  proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  direction text NOT NULL CHECK (direction IN ('up', 'down')),
  statement_index integer NOT NULL CHECK (statement_index >= 0),
  statement_sql text NOT NULL,
  revision integer NOT NULL,
  resolved boolean NOT NULL DEFAULT false,
  outdated boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE proposal_threads IS 'A discussion anchored to one statement of the plan';
COMMENT ON COLUMN proposal_threads.statement_sql IS 'The statement as it was commented on; a new revision that changes it makes the thread outdated';
CREATE INDEX proposal_threads_proposal_id_idx ON proposal_threads (proposal_id);

CREATE TABLE proposal_comments (
  id uuid PRIMARY KEY,
  thread_id uuid NOT NULL REFERENCES proposal_threads (id) ON DELETE CASCADE,
  author text NOT NULL,
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE proposal_comments IS 'The first comment of a thread and its replies, oldest first';
CREATE INDEX proposal_comments_thread_id_idx ON proposal_comments (thread_id);

CREATE TABLE proposal_approvals (
  proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  reviewer text NOT NULL,
  revision integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (proposal_id, reviewer)
);
COMMENT ON TABLE proposal_approvals IS 'Who approved the current revision; a new revision clears them';

CREATE TABLE proposal_activity (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  actor text NOT NULL,
  action text NOT NULL,
  detail jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE proposal_activity IS 'Who did what to a proposal and when, in order';
CREATE INDEX proposal_activity_proposal_id_idx ON proposal_activity (proposal_id, id);

CREATE TABLE proposal_applies (
  id uuid PRIMARY KEY,
  proposal_id uuid NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
  actor text NOT NULL,
  revision integer NOT NULL,
  result text NOT NULL CHECK (result IN ('applied', 'drift', 'failed')),
  failure jsonb,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE proposal_applies IS 'Every attempt to apply a proposal to its live database, and how it ended';
COMMENT ON COLUMN proposal_applies.failure IS 'The failing statement and the database error, or the drift found';
CREATE INDEX proposal_applies_proposal_id_idx ON proposal_applies (proposal_id);

CREATE TABLE migration_log_entries (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id uuid NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  proposal_id uuid REFERENCES proposals (id) ON DELETE SET NULL,
  entry jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE migration_log_entries IS 'Applied migrations of a project, oldest first: the documentation set''s migration log';
CREATE INDEX migration_log_entries_project_id_idx ON migration_log_entries (project_id, id);
`;
