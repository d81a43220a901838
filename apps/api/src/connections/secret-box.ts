import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Encrypts connection URLs at rest with AES-256-GCM: a leaked store file reveals no password. */
export interface SecretBox {
  seal(plain: string): string;
  /** Undefined when the text was sealed with another key (or altered): GCM's tag proves both. */
  open(sealed: string): string | undefined;
}

const VERSION = 'v1';
const KEY_FILE = 'secret.key';

/**
 * The key: derived from `secret` when one is configured (every API instance behind a load balancer shares it),
 * else a random key kept in `dataDir/secret.key`, created on first start with mode 0600.
 */
export function loadKey(dataDir: string, secret?: string): Buffer {
  if (secret) return Buffer.from(hkdfSync('sha256', secret, 'schema-studio', 'connection-urls', 32));
  const path = join(dataDir, KEY_FILE);
  mkdirSync(dataDir, { recursive: true });
  try {
    // 'wx' fails when the file exists, so two processes starting at once never overwrite each other's key.
    writeFileSync(path, randomBytes(32).toString('base64'), { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
  if (key.length !== 32) throw new Error(`${path} does not hold a 32-byte key`);
  return key;
}

export function secretBox(key: Buffer): SecretBox {
  return {
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return [VERSION, ...[iv, cipher.getAuthTag(), body].map((p) => p.toString('base64'))].join(':');
    },
    open(sealed) {
      const [version, ...parts] = sealed.split(':');
      const [iv, tag, body] = parts.map((p) => Buffer.from(p, 'base64'));
      if (version !== VERSION || !iv || !tag || !body) return undefined;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, iv);
        decipher.setAuthTag(tag);
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
      } catch {
        return undefined;
      }
    },
  };
}
