import { tableName } from '../format.ts';
import type { Rule } from '../types.ts';

export const columnWithoutComment: Rule = {
  id: 'column-without-comment',
  defaultSeverity: 'off',
  summary: 'A column has no comment (off by default).',
  check: ({ model }) =>
    model.tables
      .filter((t) => t.partitionOf === undefined)
      .flatMap((t) =>
        t.columns
          .filter((c) => !c.comment)
          .map((c) => ({
            object: { kind: 'column' as const, schema: t.schema, table: t.name, name: c.name },
            message: `Column ${tableName(t)}.${c.name} has no comment.`,
            why: 'The comment is the documentation that travels with the schema: the data dictionary and every tool show it.',
          })),
      ),
};
