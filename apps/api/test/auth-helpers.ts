import type { FastifyInstance, InjectOptions } from 'fastify';
import type { Answer } from './helpers.ts';

export interface Reply extends Answer {
  readonly headers: Record<string, unknown>;
}

/** A browser stand-in: keeps the session cookie the API sets, like a browser would. */
export interface Client {
  call(method: InjectOptions['method'], url: string, payload?: unknown): Promise<Reply>;
  readonly setCookie: () => string | undefined;
  cookie: string | undefined;
}

export function client(app: FastifyInstance, remoteAddress = '127.0.0.1'): Client {
  let lastSetCookie: string | undefined;
  const self: Client = {
    cookie: undefined,
    setCookie: () => lastSetCookie,
    async call(method, url, payload) {
      const response = await app.inject({
        method,
        url,
        remoteAddress,
        ...(self.cookie ? { headers: { cookie: self.cookie } } : {}),
        ...(payload === undefined ? {} : { payload: payload as object }),
      });
      const header = response.headers['set-cookie'];
      lastSetCookie = Array.isArray(header) ? header[0] : header;
      if (lastSetCookie) {
        const pair = lastSetCookie.split(';')[0] ?? '';
        self.cookie = pair.endsWith('=') ? undefined : pair;
      }
      const isJson = String(response.headers['content-type'] ?? '').includes('application/json');
      return {
        status: response.statusCode,
        body: isJson ? response.json() : undefined,
        headers: response.headers,
      };
    },
  };
  return self;
}

export const PASSWORD = 'correct horse battery';

/** Sets up the first admin through the API and returns its signed-in client. */
export async function setupAdmin(app: FastifyInstance, email = 'admin@example.com'): Promise<Client> {
  const admin = client(app);
  const answer = await admin.call('POST', '/api/auth/setup', {
    email,
    name: 'Ada Admin',
    password: PASSWORD,
  });
  if (answer.status !== 201) throw new Error(`setup: ${answer.status} ${JSON.stringify(answer.body)}`);
  return admin;
}

/** Invites `email` as `admin`, accepts as `name`, and returns the new account's signed-in client and id. */
export async function invite(
  app: FastifyInstance,
  admin: Client,
  email: string,
  name: string,
): Promise<{ client: Client; id: string }> {
  const invited = await admin.call('POST', '/api/auth/invitations', { email });
  const token = String(invited.body.path).split('/').pop();
  const person = client(app);
  const accepted = await person.call('POST', `/api/auth/invitations/${token}/accept`, {
    name,
    password: PASSWORD,
  });
  if (accepted.status !== 201) throw new Error(`accept: ${accepted.status} ${JSON.stringify(accepted.body)}`);
  return { client: person, id: accepted.body.account.id };
}
