import { describe, expect, it } from 'vitest';
import { ONLINE_RULES, type OnlineOp, onlineClause, onlineHazards } from './online-rules.ts';

const INNODB = { name: 't', engine: 'InnoDB' };

describe('online rules', () => {
  it.each([
    ['addColumnLast', ', ALGORITHM=INSTANT'],
    ['renameColumn', ', ALGORITHM=INSTANT'],
    ['setDefault', ', ALGORITHM=INSTANT'],
    ['appendMembers', ', ALGORITHM=INSTANT'],
    ['widenVarchar', ', ALGORITHM=INPLACE, LOCK=NONE'],
    ['addIndex', ', ALGORITHM=INPLACE, LOCK=NONE'],
    ['dropIndex', ', ALGORITHM=INPLACE, LOCK=NONE'],
    ['renameIndex', ', ALGORITHM=INPLACE, LOCK=NONE'],
    ['dropForeignKey', ', ALGORITHM=INPLACE, LOCK=NONE'],
  ] as [OnlineOp, string][])('%s carries "%s" on InnoDB', (op, clause) => {
    expect(onlineClause(op, INNODB)).toBe(clause);
  });

  it.each([
    'addColumn',
    'dropColumn',
    'renameColumnInForeignKey',
    'modifyMetadata',
    'rebuildColumn',
    'moveColumn',
    'addFulltextOrSpatialIndex',
    'addForeignKey',
    'addCheck',
    'dropCheck',
    'changePrimaryKey',
    'changeEngineOrRowFormat',
  ] as OnlineOp[])('%s carries no clause: one of the servers may refuse it', (op) => {
    expect(onlineClause(op, INNODB)).toBe('');
  });

  it('leaves every clause off unless the table is known to be InnoDB', () => {
    expect(onlineClause('addIndex', { name: 't', engine: 'MyISAM' })).toBe('');
    expect(onlineClause('addIndex', { name: 't' })).toBe('');
    expect(onlineClause('addIndex', { name: 't', engine: 'innodb' })).not.toBe('');
  });

  it('never promises INSTANT for an operation that rebuilds the table', () => {
    for (const [op, rule] of Object.entries(ONLINE_RULES))
      if (rule.rewrite) expect(rule.clause, op).toBeUndefined();
  });

  it('names the lock each kind of operation takes', () => {
    const codes = (op: OnlineOp) => onlineHazards(op, INNODB, 'do it').map((h) => h.code);
    expect(codes('addIndex')).toEqual(['ACCESS_EXCLUSIVE_LOCK']);
    expect(codes('rebuildColumn')).toEqual(['TABLE_REWRITE', 'SHARE_LOCK']);
    expect(codes('addFulltextOrSpatialIndex')).toEqual(['SHARE_LOCK']);
    expect(codes('dropTable')).toEqual(['ACCESS_EXCLUSIVE_LOCK']);
    expect(onlineHazards('rebuildColumn', INNODB, 'convert column "a"')[0]?.reason).toBe(
      'rebuilds table `t` to convert column "a"',
    );
    expect(onlineHazards('dropTable', INNODB, '')[0]?.reason).toBe(
      'takes an exclusive metadata lock on `t`: reads and writes wait',
    );
  });
});
