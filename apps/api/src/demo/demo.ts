import { readFileSync } from 'node:fs';

/** The demo project's schema, kept as a real `.sql` file so it reads (and diffs) like any schema. */
export const DEMO_SQL = readFileSync(new URL('./demo.sql', import.meta.url), 'utf8');

export const DEMO_NAME = 'Bookshop (demo)';
