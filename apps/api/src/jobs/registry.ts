import { randomUUID } from 'node:crypto';
import type { Failure } from '../errors.ts';

export interface Progress {
  readonly step: string;
  readonly done: number;
  readonly total: number;
}

export interface Job<T = unknown> {
  readonly id: string;
  readonly kind: string;
  /** What the job is about (the connection an introspection reads), so its result can be reused. */
  readonly subject?: string;
  status: 'running' | 'done' | 'failed';
  progress: Progress;
  result?: T;
  error?: { code: string; message: string };
  finishedAt?: number;
}

/** What a job's work gets: a way to report progress. It returns the result or an expected failure. */
export type JobWork<T> = (report: (progress: Progress) => void) => Promise<{ ok: true; value: T } | Failure>;

export interface JobRegistry {
  start<T>(kind: string, work: JobWork<T>, subject?: string): Job<T>;
  get(id: string): Job | undefined;
  /** Resolves when every running job has finished (for a clean shutdown and for tests). */
  settled(): Promise<void>;
}

/**
 * Jobs live in memory: they are progress for a person watching, not records. Finished jobs are kept for
 * `keepMs` so a poller sees the result, then forgotten.
 */
export function jobRegistry(options: {
  readonly messageOf: (f: Failure) => string;
  /** A job that throws is a bug: it is logged here and the job fails with INTERNAL. */
  readonly onUnexpected: (error: unknown) => void;
  readonly keepMs?: number;
}): JobRegistry {
  const { messageOf, onUnexpected, keepMs = 10 * 60_000 } = options;
  const jobs = new Map<string, Job>();
  const running = new Set<Promise<void>>();
  const forgetOld = () => {
    const now = Date.now();
    for (const [id, job] of jobs)
      if (job.finishedAt !== undefined && now - job.finishedAt > keepMs) jobs.delete(id);
  };
  return {
    start<T>(kind: string, work: JobWork<T>, subject?: string) {
      forgetOld();
      const job: Job<T> = {
        id: randomUUID(),
        kind,
        ...(subject === undefined ? {} : { subject }),
        status: 'running',
        progress: { step: 'starting', done: 0, total: 0 },
      };
      jobs.set(job.id, job);
      const run = work((progress) => {
        job.progress = progress;
      })
        .then((outcome) => {
          if ('ok' in outcome) {
            job.status = 'done';
            job.result = outcome.value;
          } else {
            job.status = 'failed';
            job.error = { code: outcome.code, message: messageOf(outcome) };
          }
        })
        .catch((error: unknown) => {
          job.status = 'failed';
          job.error = { code: 'INTERNAL', message: messageOf({ code: 'INTERNAL' }) };
          onUnexpected(error);
        })
        .finally(() => {
          job.finishedAt = Date.now();
          running.delete(run);
        });
      running.add(run);
      return job;
    },
    get: (id) => jobs.get(id),
    settled: async () => {
      await Promise.all([...running]);
    },
  };
}
