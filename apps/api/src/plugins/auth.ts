import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import type { FastifyReply } from 'fastify';
import type { Account as AccountRecord } from '../auth/context.ts';
import { accountOf } from '../auth/context.ts';
import type { AuthMode } from '../auth/install.ts';
import { hashPassword } from '../auth/password.ts';
import { endSession, startSession } from '../auth/session.ts';
import { DEFAULT_LIMITS, type SignInLimits, signInChecker } from '../auth/sign-in.ts';
import { newToken, tokenHash } from '../auth/tokens.ts';
import { type Failure, failure, sendError } from '../errors.ts';
import { responses } from '../http/schemas.ts';
import type { ServicesOption } from '../services.ts';

export interface AuthPluginOptions extends ServicesOption {
  readonly mode: AuthMode;
  readonly limits?: SignInLimits;
  /** How long an invitation link works. */
  readonly invitationMs?: number;
}

const Email = Type.String({ minLength: 3, maxLength: 320, pattern: '^[^@\\s]+@[^@\\s]+$' });
const PersonName = Type.String({ minLength: 1, maxLength: 200 });
/** Length is what makes a password strong; 8 is the least NIST allows, 1024 bounds the hashing work. */
const Password = Type.String({ minLength: 8, maxLength: 1024 });
const Account = Type.Object({
  id: Type.String(),
  email: Type.String(),
  name: Type.String(),
  isAdmin: Type.Boolean(),
});
const Token = Type.Object({ token: Type.String({ minLength: 20, maxLength: 100 }) });
const SignedIn = Type.Object({ account: Account });
const DAY_MS = 24 * 60 * 60 * 1000;

function sendFailure(reply: FastifyReply, f: Failure): FastifyReply {
  const wait = f.details?.retryAfterSeconds;
  if (typeof wait === 'number') reply.header('retry-after', String(wait));
  return sendError(reply, f);
}

export const authPlugin: FastifyPluginAsyncTypebox<AuthPluginOptions> = async (app, options) => {
  const accounts = options.services.store.accounts;
  const checkSignIn = signInChecker(accounts, options.limits ?? DEFAULT_LIMITS);
  const invitationMs = options.invitationMs ?? 7 * DAY_MS;
  const signedIn = async (
    request: Parameters<typeof startSession>[1],
    reply: FastifyReply,
    a: AccountRecord,
    code = 200,
  ) => {
    await startSession(accounts, request, reply, a);
    return reply.code(code).send({ account: a });
  };

  app.get(
    '/api/auth/status',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who is signed in, and whether this studio needs signing in (local mode does not)',
        response: responses({
          200: Type.Object({
            account: Type.Union([Account, Type.Null()]),
            local: Type.Boolean(),
            setUp: Type.Boolean(),
          }),
        }),
      },
    },
    async (request) => ({
      account: accountOf(request),
      local: await options.mode.isLocal(),
      setUp: await accounts.hasAccounts(),
    }),
  );

  app.post(
    '/api/auth/setup',
    {
      schema: {
        tags: ['auth'],
        summary: 'Create the first account, the admin (only while there is none), and sign it in',
        body: Type.Object({ email: Email, name: PersonName, password: Password }),
        response: responses({ 201: SignedIn }),
      },
    },
    async (request, reply) => {
      const { email, name, password } = request.body;
      const admin = await accounts.createFirstAdmin({
        email: email.toLowerCase(),
        name,
        passwordHash: await hashPassword(password),
      });
      if (!admin) return sendError(reply, failure('ALREADY_SET_UP'));
      return signedIn(request, reply, admin, 201);
    },
  );

  app.post(
    '/api/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password; sets the session cookie (rate-limited on failures)',
        body: Type.Object({
          email: Type.String({ maxLength: 320 }),
          password: Type.String({ maxLength: 1024 }),
        }),
        response: responses({ 200: SignedIn }),
      },
    },
    async (request, reply) => {
      const checked = await checkSignIn(request, request.body.email, request.body.password);
      if (!('ok' in checked)) return sendFailure(reply, checked);
      return signedIn(request, reply, checked.value);
    },
  );

  app.post(
    '/api/auth/sign-out',
    {
      schema: { tags: ['auth'], summary: 'End this session', response: responses({ 204: Type.Null() }) },
    },
    async (request, reply) => {
      await endSession(accounts, request, reply);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/auth/invitations',
    {
      schema: {
        tags: ['auth'],
        summary: 'Admins: invite someone by email; answers the single-use link (shown once)',
        body: Type.Object({ email: Email }),
        response: responses({
          201: Type.Object({ email: Type.String(), path: Type.String(), expiresAt: Type.String() }),
        }),
      },
    },
    async (request, reply) => {
      const me = accountOf(request);
      if (!me) return sendError(reply, failure('SIGN_IN_REQUIRED'));
      if (!me.isAdmin) return sendError(reply, failure('FORBIDDEN', 'Only an admin invites people.'));
      const token = newToken();
      const email = request.body.email.toLowerCase();
      const expires = new Date(Date.now() + invitationMs);
      await accounts.createInvitation(tokenHash(token), email, me.id, expires);
      return reply.code(201).send({ email, path: `/invite/${token}`, expiresAt: expires.toISOString() });
    },
  );

  app.get(
    '/api/auth/invitations/:token',
    {
      schema: {
        tags: ['auth'],
        summary: 'Whether an invitation link still works, and for which email',
        params: Token,
        response: responses({ 200: Type.Object({ email: Type.String() }) }),
      },
    },
    async (request, reply) => {
      const email = await accounts.invitationEmail(tokenHash(request.params.token));
      return email ? reply.send({ email }) : sendError(reply, failure('INVITATION_INVALID'));
    },
  );

  app.post(
    '/api/auth/invitations/:token/accept',
    {
      schema: {
        tags: ['auth'],
        summary: 'Accept an invitation: creates the account (name and password) and signs it in',
        params: Token,
        body: Type.Object({ name: PersonName, password: Password }),
        response: responses({ 201: SignedIn }),
      },
    },
    async (request, reply) => {
      const accepted = await accounts.acceptInvitation(tokenHash(request.params.token), {
        name: request.body.name,
        passwordHash: await hashPassword(request.body.password),
      });
      if (accepted === 'invalid') return sendError(reply, failure('INVITATION_INVALID'));
      if (accepted === 'exists') return sendError(reply, failure('ACCOUNT_EXISTS'));
      return signedIn(request, reply, accepted, 201);
    },
  );
};
