/** Bad input from the person running the command: reported as one line on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const EXIT = { ok: 0, failed: 1, badInput: 2, internal: 3 } as const;
