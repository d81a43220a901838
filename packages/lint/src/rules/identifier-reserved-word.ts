import { objectLabel } from '../format.ts';
import { isReservedWord } from '../identifiers/dialect-names.ts';
import { namedObjects } from '../identifiers/named-objects.ts';
import type { Rule } from '../types.ts';

export const identifierReservedWord: Rule = {
  id: 'identifier-reserved-word',
  defaultSeverity: 'warning',
  summary: 'A name is a reserved word of the dialect.',
  check: ({ model, dialect }) =>
    namedObjects(model)
      .filter((object) => isReservedWord(object.name, dialect))
      .map((object) => ({
        object,
        message: `The name of ${objectLabel(object)} is a reserved word in ${dialect === 'postgres' ? 'PostgreSQL' : 'MySQL/MariaDB'}.`,
        why: 'Every query must quote it, and hand-written SQL or tools that forget fail with a syntax error.',
      })),
};
