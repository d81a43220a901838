import { objectLabel } from '../format.ts';
import { needsQuoting } from '../identifiers/dialect-names.ts';
import { namedObjects } from '../identifiers/named-objects.ts';
import type { Rule } from '../types.ts';

export const identifierNeedsQuoting: Rule = {
  id: 'identifier-needs-quoting',
  defaultSeverity: 'warning',
  summary: 'A name needs quoting: capitals (PostgreSQL), spaces or punctuation.',
  check: ({ model, dialect }) =>
    namedObjects(model)
      .filter((object) => needsQuoting(object.name, dialect))
      .map((object) => ({
        object,
        message: `The name of ${objectLabel(object)} must be quoted in SQL.`,
        why:
          dialect === 'postgres'
            ? 'PostgreSQL folds unquoted names to lower case, so every query must quote this name exactly; forgetting the quotes names a different (missing) object.'
            : 'Every query must quote it with backticks, and scripts or tools that forget fail.',
      })),
};
