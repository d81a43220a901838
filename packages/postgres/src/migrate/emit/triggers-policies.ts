import type { ChangeOf } from '@schema-studio/diff';
import type { PolicyDef } from '@schema-studio/schema';
import { qualify, quoteIdent } from '../quote.ts';
import {
  bareStatement,
  type EmitterMap,
  exclusiveLock,
  hazard,
  onExisting,
  shown,
  statement,
} from '../statement.ts';

type Kinds =
  | 'trigger.create'
  | 'trigger.drop'
  | 'trigger.setEnabled'
  | 'policy.create'
  | 'policy.drop'
  | 'policy.alter';

const ENABLE_WORDS = { D: 'DISABLE', R: 'ENABLE REPLICA', A: 'ENABLE ALWAYS' } as const;

const roleList = (roles: readonly string[]) =>
  roles.map((r) => (r === 'public' ? 'PUBLIC' : quoteIdent(r))).join(', ');
const isDefaultRoles = (roles: readonly string[]) =>
  roles.length === 0 || (roles.length === 1 && roles[0] === 'public');

function createPolicy(schema: string, table: string, p: PolicyDef): string {
  const parts = [`CREATE POLICY ${quoteIdent(p.name)} ON ${qualify(schema, table)}`];
  if (!p.permissive) parts.push('AS RESTRICTIVE');
  if (p.command !== 'ALL') parts.push(`FOR ${p.command}`);
  if (!isDefaultRoles(p.roles)) parts.push(`TO ${roleList(p.roles)}`);
  if (p.using !== undefined) parts.push(`USING (${p.using})`);
  if (p.withCheck !== undefined) parts.push(`WITH CHECK (${p.withCheck})`);
  return parts.join(' ');
}

/** ALTER POLICY with only what changed (the differ recreates policies whose changes ALTER cannot express). */
function alterPolicy({ schema, table, from, to }: ChangeOf<'policy.alter'>): string {
  const parts = [`ALTER POLICY ${quoteIdent(to.name)} ON ${qualify(schema, table)}`];
  if (from.roles.join() !== to.roles.join())
    parts.push(`TO ${isDefaultRoles(to.roles) ? 'PUBLIC' : roleList(to.roles)}`);
  if (to.using !== undefined && from.using !== to.using) parts.push(`USING (${to.using})`);
  if (to.withCheck !== undefined && from.withCheck !== to.withCheck)
    parts.push(`WITH CHECK (${to.withCheck})`);
  return parts.join(' ');
}

export const triggerPolicyEmitters: EmitterMap<Kinds> = {
  'trigger.create': ({ schema, table, trigger }, context) => [
    statement(
      bareStatement(trigger.definition),
      onExisting(context, { schema, table }, [
        hazard(
          'SHARE_LOCK',
          `briefly blocks writes to ${shown(schema, table)} while trigger "${trigger.name}" is added`,
        ),
      ]),
    ),
  ],
  'trigger.drop': ({ schema, table, trigger }) => [
    statement(`DROP TRIGGER ${quoteIdent(trigger.name)} ON ${qualify(schema, table)}`, [
      exclusiveLock(schema, table),
    ]),
  ],
  'trigger.setEnabled': ({ schema, table, name, enabled }, context) => [
    statement(
      `ALTER TABLE ${qualify(schema, table)} ${enabled ? ENABLE_WORDS[enabled] : 'ENABLE'} TRIGGER ${quoteIdent(name)}`,
      onExisting(context, { schema, table }, [exclusiveLock(schema, table)]),
    ),
  ],
  'policy.create': ({ schema, table, policy }, context) => [
    statement(
      createPolicy(schema, table, policy),
      onExisting(context, { schema, table }, [exclusiveLock(schema, table)]),
    ),
  ],
  'policy.drop': ({ schema, table, policy }) => [
    statement(`DROP POLICY ${quoteIdent(policy.name)} ON ${qualify(schema, table)}`, [
      exclusiveLock(schema, table),
    ]),
  ],
  'policy.alter': (change, context) => [
    statement(alterPolicy(change), onExisting(context, change, [exclusiveLock(change.schema, change.table)])),
  ],
};
