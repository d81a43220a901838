import { describe, expect, it } from 'vitest';
import { ConnectionError, connectMysql, parseMysqlUrl, redactUrl } from './connect.ts';
import { createTempDatabase, databaseUrl, TEST_MYSQL_URL } from './testing/server.ts';

async function failureOf(url: string): Promise<ConnectionError> {
  const error = await connectMysql(url, { timeoutMs: 3_000 }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ConnectionError);
  return error as ConnectionError;
}

function withPassword(url: string, password: string): string {
  const next = new URL(url);
  next.password = password;
  return next.toString();
}

describe('parseMysqlUrl', () => {
  it('decodes user, password, host, port and database', () => {
    expect(parseMysqlUrl('mysql://a%40b:p%3Aw@db.example:3307/shop')).toEqual({
      host: 'db.example',
      port: 3307,
      user: 'a@b',
      password: 'p:w',
      database: 'shop',
    });
  });

  it('defaults the port and user, and leaves the database out when the URL names none', () => {
    expect(parseMysqlUrl('mariadb://[::1]/')).toEqual({
      host: '::1',
      port: 3306,
      user: 'root',
      password: '',
    });
  });

  it.each(['not a url', 'postgres://u@h/db', 'mysql:///db', 'mysql://h/a/b'])('rejects %s', (url) => {
    expect(() => parseMysqlUrl(url)).toThrowError(ConnectionError);
    try {
      parseMysqlUrl(url);
    } catch (error) {
      expect((error as ConnectionError).code).toBe('INVALID_URL');
    }
  });
});

describe('redactUrl', () => {
  it('hides the password, also in text that is not a URL', () => {
    expect(redactUrl('mysql://u:secret@h:3306/db')).toBe('mysql://u:***@h:3306/db');
    expect(redactUrl('mysql://u:se cret@h/db x')).not.toContain('secret');
    // Not parseable (no host), yet the scheme and the user stay readable.
    expect(redactUrl('mysql://me:pw@:99/x')).toBe('mysql://me:***@:99/x');
  });
});

describe('connectMysql', () => {
  it('reports a bad URL before any network work, without its password', async () => {
    const error = await failureOf('mysql//u:secret@h');
    expect(error.code).toBe('INVALID_URL');
    expect(error.message).not.toContain('secret');
  });

  it('reports a server that does not answer', async () => {
    const error = await failureOf('mysql://u@127.0.0.1:1/');
    expect(error.code).toBe('UNREACHABLE');
    expect(error.message).toContain('127.0.0.1:1');
  });

  it('reports a refused login', async () => {
    const error = await failureOf(withPassword(TEST_MYSQL_URL, 'wrong-password'));
    expect(error.code).toBe('ACCESS_DENIED');
    expect(error.message).not.toContain('wrong-password');
  });

  it('reports a database that does not exist', async () => {
    const error = await failureOf(databaseUrl('schema_studio_no_such_database'));
    expect(error.code).toBe('UNKNOWN_DATABASE');
    expect(error.message).toContain('schema_studio_no_such_database');
  });

  it('queries with placeholders and runs multi-statement scripts', async () => {
    const db = await createTempDatabase('connect');
    try {
      await db.exec('CREATE TABLE t (a int); INSERT INTO t VALUES (1), (2);');
      expect(await db.query('SELECT a FROM t WHERE a > ? ORDER BY a', [1])).toEqual([{ a: 2 }]);
      expect(await db.query('INSERT INTO t VALUES (3)')).toEqual([]);
      expect(await db.query('SELECT DATABASE() AS d')).toEqual([{ d: db.name }]);
    } finally {
      await db.drop();
    }
    const server = await connectMysql(TEST_MYSQL_URL);
    expect(await server.query('SHOW DATABASES LIKE ?', [db.name])).toEqual([]);
    await server.close();
  });
});
