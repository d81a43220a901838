import { tableName } from '../format.ts';
import type { Rule } from '../types.ts';

export const tableWithoutComment: Rule = {
  id: 'table-without-comment',
  defaultSeverity: 'off',
  summary: 'A table has no comment (off by default).',
  check: ({ model }) =>
    model.tables
      .filter((t) => !t.comment && t.partitionOf === undefined)
      .map((t) => ({
        object: { kind: 'table', schema: t.schema, name: t.name },
        message: `Table ${tableName(t)} has no comment.`,
        why: 'The comment is the documentation that travels with the schema: the data dictionary and every tool show it.',
      })),
};
