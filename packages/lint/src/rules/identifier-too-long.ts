import { objectLabel } from '../format.ts';
import { IDENTIFIER_LIMIT, identifierLength } from '../identifiers/dialect-names.ts';
import { namedObjects } from '../identifiers/named-objects.ts';
import type { Rule } from '../types.ts';

export const identifierTooLong: Rule = {
  id: 'identifier-too-long',
  defaultSeverity: 'error',
  summary: 'A name is longer than the dialect allows (PostgreSQL 63 bytes, MySQL 64 characters).',
  check: ({ model, dialect }) => {
    const limit = IDENTIFIER_LIMIT[dialect];
    const unit = dialect === 'postgres' ? 'bytes' : 'characters';
    return namedObjects(model)
      .filter((object) => identifierLength(object.name, dialect) > limit)
      .map((object) => ({
        object,
        message: `The name of ${objectLabel(object)} is ${identifierLength(object.name, dialect)} ${unit}, over the limit of ${limit}.`,
        why:
          dialect === 'postgres'
            ? 'PostgreSQL silently truncates longer names, so the object gets a different name than the design says and two names may collide.'
            : 'MySQL refuses to create an object with a longer name.',
      }));
  },
};
