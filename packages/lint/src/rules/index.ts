import type { Rule } from '../types.ts';
import { columnWithoutComment } from './column-without-comment.ts';
import { duplicateIndex } from './duplicate-index.ts';
import { fkWithoutIndex } from './fk-without-index.ts';
import { foreignKeyTypeMismatch } from './foreign-key-type-mismatch.ts';
import { identifierNeedsQuoting } from './identifier-needs-quoting.ts';
import { identifierReservedWord } from './identifier-reserved-word.ts';
import { identifierTooLong } from './identifier-too-long.ts';
import { integerPrimaryKey } from './integer-primary-key.ts';
import { lengthLimitedText } from './length-limited-text.ts';
import { nullableUniqueKeys } from './nullable-unique-keys.ts';
import { redundantIndex } from './redundant-index.ts';
import { referenceWithoutForeignKey } from './reference-without-foreign-key.ts';
import { tableWithoutComment } from './table-without-comment.ts';
import { tableWithoutPrimaryKey } from './table-without-primary-key.ts';
import { timestampWithoutTimeZone } from './timestamp-without-time-zone.ts';
import { uniqueIndexDuplicatesConstraint } from './unique-index-duplicates-constraint.ts';

/** Every rule, in the order the rules table documents them. Ids are stable: options and saved settings use them. */
export const RULES: readonly Rule[] = [
  tableWithoutPrimaryKey,
  fkWithoutIndex,
  duplicateIndex,
  redundantIndex,
  uniqueIndexDuplicatesConstraint,
  referenceWithoutForeignKey,
  foreignKeyTypeMismatch,
  nullableUniqueKeys,
  timestampWithoutTimeZone,
  lengthLimitedText,
  integerPrimaryKey,
  identifierTooLong,
  identifierReservedWord,
  identifierNeedsQuoting,
  tableWithoutComment,
  columnWithoutComment,
];
