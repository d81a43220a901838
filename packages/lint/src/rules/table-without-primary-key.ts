import { tableName } from '../format.ts';
import type { Rule } from '../types.ts';

export const tableWithoutPrimaryKey: Rule = {
  id: 'table-without-primary-key',
  defaultSeverity: 'error',
  summary: 'A table has no primary key.',
  check: ({ model }) =>
    model.tables
      // A partition's key is its parent's (the model leaves inherited constraints out).
      .filter((t) => t.primaryKey === undefined && t.partitionOf === undefined)
      .map((t) => ({
        object: { kind: 'table', schema: t.schema, name: t.name },
        message: `Table ${tableName(t)} has no primary key.`,
        why: 'Without a key, rows cannot be told apart: duplicates creep in, updates and deletes of one row are unreliable, and logical replication cannot replicate updates.',
      })),
};
