import { spawn } from 'node:child_process';
import { parseMysqlUrl } from '../connect.ts';

/**
 * Runs a script through the `mariadb` command-line client, as the fixtures' own `load.sh` do: only the client
 * understands `DELIMITER`, which dumps use around routines and triggers.
 */
export function runWithClient(url: string, script: string): Promise<void> {
  const { host, port, user, password, database } = parseMysqlUrl(url);
  const args = [
    '--protocol=tcp',
    '-h',
    host,
    '-P',
    String(port),
    '-u',
    user,
    '--default-character-set=utf8mb4',
  ];
  const child = spawn('mariadb', [...args, ...(database ? [database] : [])], {
    // The password goes through the environment, not the command line other processes can read.
    env: { ...process.env, MYSQL_PWD: password },
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdin.end(script);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`mariadb client exited with ${code}: ${stderr.trim()}`)),
    );
  });
}

/**
 * A fixture script that creates and selects its own database (`DROP SCHEMA IF EXISTS sakila; CREATE SCHEMA
 * sakila; USE sakila;`) made to run in `target` instead, so that tests can load it into a uniquely named
 * database: those statements go, and references qualified with the fixture's database name (`sakila.film`)
 * point at `target`. The fixtures have no table named like their database followed by a dot, which is the
 * one case this text rewrite would get wrong.
 */
export function intoDatabase(script: string, target: string): string {
  const created = /^\s*CREATE\s+(?:SCHEMA|DATABASE)\s+(?:IF\s+NOT\s+EXISTS\s+)?`?(\w+)`?/im.exec(script)?.[1];
  const withoutDatabase = script
    .replace(/^\s*(?:DROP|CREATE)\s+(?:SCHEMA|DATABASE)\b[^;]*;[ \t]*$/gim, '-- (database statement removed)')
    .replace(/^\s*USE\s+[`\w]+\s*;[ \t]*$/gim, '-- (USE removed)');
  if (!created) return withoutDatabase;
  return withoutDatabase.replace(
    new RegExp(`(?<![\\w\`.])\`?${created}\`?\\.(?=[\`\\w])`, 'g'),
    `\`${target}\`.`,
  );
}

/** The SQL files a fixture's `load.sh` feeds to `mariadb` unconditionally (data files are behind an `if`). */
export function filesLoadedBy(loadScript: string): string[] {
  return [...loadScript.matchAll(/^mariadb\b[^<\n]*<\s*(\S+\.sql)/gm)].map((m) => m[1] as string);
}
