import type { Dialect } from '@schema-studio/schema';
import { ApiError, api } from '../lib/api.ts';
import type { Job, Project, ProjectSource } from '../lib/types.ts';

export type NewProjectKind = 'demo' | 'empty' | 'sql' | 'connection';

export interface NewProjectInput {
  readonly kind: NewProjectKind;
  readonly name: string;
  readonly sql: string;
  readonly url: string;
  /** For SQL and empty projects (a database's dialect comes from its URL). */
  readonly dialect: Dialect;
}

export type Progress = (text: string) => void;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls a job every 250 ms, reporting its progress, until it is done or failed. */
export async function waitForJob(jobId: string, progress: Progress): Promise<Job> {
  for (;;) {
    const job = await api.getJob(jobId);
    const { step, done, total } = job.progress;
    progress(total > 0 ? `${step} (${done}/${total})` : step);
    if (job.status === 'done') return job;
    if (job.status === 'failed') {
      throw new ApiError(422, job.error?.code ?? 'JOB_FAILED', job.error?.message ?? 'Introspection failed.');
    }
    await sleep(250);
  }
}

function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.pathname.replace(/^\//, '') || parsed.hostname;
  } catch {
    return 'database';
  }
}

/**
 * Creates a project from the dialog's choice. From a database: save the connection (tested by the server),
 * introspect it as a job to show progress, then create the project from the connection.
 */
export async function createProject(input: NewProjectInput, progress: Progress): Promise<Project> {
  const name = input.name.trim() || (input.kind === 'connection' ? hostOf(input.url) : 'Untitled');
  let source: ProjectSource;
  if (input.kind === 'connection') {
    progress('Connecting…');
    const connection = await api.createConnection(name, input.url.trim());
    progress('Reading the schema…');
    const { jobId } = await api.introspect(connection.id);
    await waitForJob(jobId, progress);
    // The finished job's model becomes the project: the database is not read a second time.
    source = { kind: 'connection', connectionId: connection.id, jobId };
  } else if (input.kind === 'sql') {
    source = { kind: 'sql', sql: input.sql, dialect: input.dialect };
  } else if (input.kind === 'empty') {
    source = { kind: 'empty', dialect: input.dialect };
  } else {
    source = { kind: input.kind };
  }
  progress('Creating the project…');
  return api.createProject(name, source);
}
