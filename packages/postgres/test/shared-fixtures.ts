import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The repository root, whatever folder the test runs from. */
export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

/** `../shared/fixtures` beside the project: real schemas written by others. Absent on some machines. */
export const SHARED_FIXTURES = resolve(REPO_ROOT, '../shared/fixtures');

export const hasSharedFixtures = existsSync(SHARED_FIXTURES);

export const SKIP_REASON = `skipped: ${SHARED_FIXTURES} is absent (the shared fixtures live beside the project)`;
