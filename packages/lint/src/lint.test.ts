import { describe, expect, it } from 'vitest';
import { lintModel } from './lint.ts';
import { RULES } from './rules/index.ts';
import { col, model, table } from './testing/models.ts';

const noKey = model([table('Log', [col('line', 'text')], { primaryKey: undefined })]);

describe('lintModel', () => {
  it('stamps rule ids and default severities, and sorts findings by object then rule order', () => {
    expect(lintModel(noKey).map((f) => [f.rule, f.severity, f.object.kind, f.object.name])).toEqual([
      ['table-without-primary-key', 'error', 'table', 'Log'],
      ['identifier-needs-quoting', 'warning', 'table', 'Log'],
    ]);
  });

  it('turns rules off and changes their severity', () => {
    const found = lintModel(noKey, {
      rules: { 'table-without-primary-key': 'warning', 'identifier-needs-quoting': 'off' },
    });
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['table-without-primary-key', 'warning']]);
  });

  it('leaves the comment rules off unless asked for', () => {
    const m = model([
      table('t', [col('id'), col('note', 'text', { comment: 'why' })], { comment: 'things' }),
      table('u', [col('id')]),
    ]);
    expect(lintModel(m).filter((f) => f.rule.endsWith('-without-comment'))).toEqual([]);
    const on = lintModel(m, { rules: { 'table-without-comment': 'info', 'column-without-comment': 'info' } });
    expect(on.map((f) => `${f.rule} ${f.object.table ?? ''}.${f.object.name}`)).toEqual([
      'column-without-comment t.id',
      'table-without-comment .u',
      'column-without-comment u.id',
    ]);
  });

  it('gives every finding a message and a reason, and has unique kebab-case rule ids', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    for (const f of lintModel(noKey)) expect(f.message.length * f.why.length).toBeGreaterThan(0);
  });
});
