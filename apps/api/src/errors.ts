import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Every error the HTTP API answers with: a stable code, its HTTP status and a default message. Clients branch
 * on the code, never on the message. `docs/api-errors.md` documents this table; a test keeps the two equal.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, message: 'The request does not match the route schema.' },
  INVALID_URL: { status: 400, message: 'The connection URL is not a valid PostgreSQL or MySQL URL.' },
  INVALID_MODEL: { status: 400, message: 'The schema model is not valid.' },
  INVALID_ANCHOR: { status: 400, message: 'The plan has no statement at this direction and index.' },
  SIGN_IN_REQUIRED: { status: 401, message: 'Sign in first: this studio has accounts.' },
  INVALID_CREDENTIALS: { status: 401, message: 'The email or the password is wrong.' },
  FORBIDDEN: { status: 403, message: 'Your role in this project does not allow this.' },
  NOT_FOUND: { status: 404, message: 'No such route.' },
  CONNECTION_NOT_FOUND: { status: 404, message: 'No connection with this id.' },
  PROJECT_NOT_FOUND: { status: 404, message: 'No project with this id.' },
  JOB_NOT_FOUND: { status: 404, message: 'No job with this id (jobs are kept in memory for a while).' },
  ACCOUNT_NOT_FOUND: { status: 404, message: 'No account with this email or name.' },
  MEMBER_NOT_FOUND: { status: 404, message: 'This account is not a member of the project.' },
  PROPOSAL_NOT_FOUND: { status: 404, message: 'No proposal with this id.' },
  THREAD_NOT_FOUND: { status: 404, message: 'No comment thread with this id on this proposal.' },
  VERSION_CONFLICT: {
    status: 409,
    message:
      'The project was saved by someone else since it was loaded; reload it and apply the change again.',
  },
  NO_CONNECTION: {
    status: 409,
    message: 'The project has no live database connection (refresh, drift, live statistics).',
  },
  ACCOUNT_EXISTS: { status: 409, message: 'An account with this email already exists.' },
  ALREADY_SET_UP: {
    status: 409,
    message: 'The first account exists already: new accounts come from invitations.',
  },
  LAST_OWNER: { status: 409, message: 'A project keeps at least one owner.' },
  INVALID_TRANSITION: { status: 409, message: "The proposal's status does not allow this action." },
  NOTHING_TO_REVIEW: {
    status: 409,
    message: 'The design equals the baseline: there is no migration to review.',
  },
  NOT_APPROVED: { status: 409, message: 'Only an approved proposal can be applied.' },
  APPLY_IN_PROGRESS: { status: 409, message: 'This proposal is being applied right now.' },
  DRIFT_DETECTED: {
    status: 409,
    message:
      'The live database differs from the baseline the proposal was planned against; nothing was applied.',
  },
  INVITATION_INVALID: {
    status: 410,
    message: 'This invitation link is unknown, already used, or expired: ask for a new one.',
  },
  PAYLOAD_TOO_LARGE: { status: 413, message: 'The request body is larger than the server accepts.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'The request body must be JSON.' },
  CONNECTION_FAILED: { status: 422, message: 'Cannot connect to the database.' },
  SQL_ERROR: { status: 422, message: 'The SQL failed to run.' },
  NO_MYSQL_SHADOW: {
    status: 422,
    message:
      'MySQL SQL is read and migrations are proven on a MySQL/MariaDB server: start the studio with MYSQL_SHADOW_URL set.',
  },
  APPLY_FAILED: { status: 422, message: 'A statement of the migration failed on the database.' },
  RATE_LIMITED: {
    status: 429,
    message: 'Too many failed sign-ins for this account or address: wait a few minutes and try again.',
  },
  SECRET_MISMATCH: {
    status: 500,
    message: 'A stored connection cannot be decrypted with this server secret.',
  },
  INTERNAL: { status: 500, message: 'Internal server error.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** An expected failure as a value: handlers return it, `sendError` turns it into a response. */
export interface Failure {
  readonly code: ErrorCode;
  readonly message?: string;
  /** Extra fields placed beside `code` and `message` (e.g. `line`, `column`, `problems`). */
  readonly details?: Readonly<Record<string, unknown>>;
}

export function failure(code: ErrorCode, message?: string, details?: Record<string, unknown>): Failure {
  return { code, ...(message ? { message } : {}), ...(details ? { details } : {}) };
}

/** The one error body shape: `{ error: { code, message, ...details } }`. */
export function errorBody(f: Failure): { error: Record<string, unknown> } {
  return { error: { ...f.details, code: f.code, message: f.message ?? ERRORS[f.code].message } };
}

export function sendError(reply: FastifyReply, f: Failure): FastifyReply {
  return reply.code(ERRORS[f.code].status).send(errorBody(f));
}

/** Fastify's own client errors that have a code of their own; other 4xx (malformed JSON...) are bad input. */
const CLIENT_ERRORS: Readonly<Record<number, ErrorCode>> = {
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * Schema validation and malformed bodies become VALIDATION_FAILED with Fastify's description of what is wrong.
 * Anything else is a bug: logged in full, answered with a generic INTERNAL so no detail leaks.
 */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error.validation) return sendError(reply, failure('VALIDATION_FAILED', error.message));
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return sendError(reply, failure(CLIENT_ERRORS[status] ?? 'VALIDATION_FAILED', error.message));
  }
  request.log.error({ err: error }, 'unexpected error');
  return sendError(reply, failure('INTERNAL'));
}
