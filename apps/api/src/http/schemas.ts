import type { RenameHint } from '@schema-studio/diff';
import type { SchemaModel } from '@schema-studio/schema';
import { type TSchema, Type } from '@sinclair/typebox';
import { ERRORS } from '../errors.ts';

/**
 * TypeBox schemas shared by the routes; the API's resources (projects, connections, jobs) are in contract.ts.
 * Models are only checked to be objects here: `validateModel` checks them deeply, so a bad model gets
 * INVALID_MODEL with path-named problems instead of an Ajv message.
 */

export const ErrorResponse = Type.Object(
  {
    error: Type.Object(
      {
        code: Type.Union(Object.keys(ERRORS).map((code) => Type.Literal(code))),
        message: Type.String(),
      },
      { additionalProperties: true },
    ),
  },
  { description: 'See docs/api-errors.md for every code' },
);

/** An untrusted model in a request body. */
export const ModelInput = Type.Unsafe<unknown>(
  Type.Object({}, { additionalProperties: true, description: 'SchemaModel (packages/schema)' }),
);

/** A model in a response (already validated and normalized). */
export const Model = Type.Unsafe<SchemaModel>(
  Type.Object({}, { additionalProperties: true, description: 'SchemaModel (packages/schema)' }),
);

export const Hint = Type.Unsafe<RenameHint>(
  Type.Object(
    {
      kind: Type.Union(
        ['table', 'column', 'enum', 'index', 'constraint', 'view', 'sequence'].map((k) => Type.Literal(k)),
      ),
      schema: Type.String({ minLength: 1 }),
      table: Type.Optional(Type.String({ minLength: 1 })),
      from: Type.String({ minLength: 1 }),
      to: Type.String({ minLength: 1 }),
    },
    { additionalProperties: false, description: 'RenameHint (packages/diff)' },
  ),
);
export const Hints = Type.Unsafe<readonly RenameHint[]>(Type.Array(Hint));

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 100 }) });

export const Timestamp = Type.String({ format: 'date-time' });

/** Response schemas for a route: its success body plus the shared error body for 4xx and 5xx. */
export function responses<T extends Record<number, TSchema>>(
  success: T,
): T & { '4xx': typeof ErrorResponse; '5xx': typeof ErrorResponse } {
  return { ...success, '4xx': ErrorResponse, '5xx': ErrorResponse };
}
