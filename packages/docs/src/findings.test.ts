import { type Finding, lintModel } from '@schema-studio/lint';
import { describe, expect, it } from 'vitest';
import type { DocFile } from './options.ts';
import { renderDocs } from './render.ts';
import { markdownProblems } from './testing/markdown.ts';
import { col, fk, model, notNull, shop, table } from './testing/models.ts';

function file(files: readonly DocFile[], path: string): string | undefined {
  return files.find((f) => f.path === path)?.content;
}

/** shop() with an audit table that has no primary key: an error beside the shop's fk-without-index warning. */
function shopWithAudit() {
  const base = shop();
  return model({
    tables: [...base.tables, table('audit_log', [col('happened_at', 'timestamp with time zone')])],
  });
}

describe('findings page', () => {
  it('is not in the set unless the options carry findings', () => {
    const files = renderDocs(shop());
    expect(files.map((f) => f.path)).not.toContain('schema/findings.md');
    expect(file(files, 'README.md')).not.toContain('Findings');
  });

  it('lists the findings per table, errors first, linked to the definitions, and the README links it', () => {
    const m = shopWithAudit();
    const files = renderDocs(m, { findings: lintModel(m) });
    expect(files.map((f) => f.path)).toContain('schema/findings.md');
    const page = file(files, 'schema/findings.md') ?? '';
    expect(page).toMatch(/^# Findings\n/);
    expect(page).toContain('## Table [`public.audit_log`](table-definitions.md#table-public-audit_log)');
    expect(page).toMatch(
      /- \*\*error\*\* `table-without-primary-key` Table public\.audit\\_log has no primary key/,
    );
    expect(page).toMatch(
      /## Table \[`public.orders`\]\(table-definitions.md#table-public-orders\)\n\n- \*\*warning\*\* `fk-without-index` foreign key `orders_user_id_fkey`: .+\(fix available\)<br>\n {2}Why: /,
    );
    expect(markdownProblems(page)).toEqual([]);
    const readme = file(files, 'README.md') ?? '';
    expect(readme).toMatch(
      /- \[Findings\]\(schema\/findings.md\) of the advisor's rules: \d+ findings \(1 error, /,
    );
  });

  it('is deterministic: the order findings come in does not matter', () => {
    const m = shopWithAudit();
    const findings = lintModel(m, {
      rules: { 'table-without-comment': 'info', 'column-without-comment': 'info' },
    });
    const once = renderDocs(m, { findings });
    expect(renderDocs(m, { findings: [...findings].reverse() })).toEqual(once);
  });

  it('leaves out findings on objects the filter excludes', () => {
    const m = shopWithAudit();
    const page = file(
      renderDocs(m, { findings: lintModel(m), exclude: ['public.audit_*'] }),
      'schema/findings.md',
    );
    expect(page).not.toContain('audit_log');
    expect(page).toContain('fk-without-index');
  });

  it('says so when there is nothing to report', () => {
    const clean = model({
      tables: [
        table('users', [notNull('id', 'bigint')]),
        table('orders', [notNull('id', 'bigint'), notNull('user_id', 'bigint')], {
          foreignKeys: [fk('orders', ['user_id'], 'users')],
          indexes: [
            { name: 'orders_user_id_idx', unique: false, method: 'btree', keys: [{ column: 'user_id' }] },
          ],
        }),
      ],
    });
    const findings: Finding[] = lintModel(clean);
    expect(findings).toEqual([]);
    const files = renderDocs(clean, { findings });
    expect(file(files, 'schema/findings.md')).toContain('found no findings');
    expect(file(files, 'README.md')).toContain("of the advisor's rules: no findings");
  });

  it('escapes what the model says in messages', () => {
    const m = model({ tables: [table('a|b*c', [col('x', 'text')])] });
    const page = file(renderDocs(m, { findings: lintModel(m) }), 'schema/findings.md') ?? '';
    expect(markdownProblems(page)).toEqual([]);
    // Outside a table a pipe is plain text; emphasis characters are escaped.
    expect(page).toContain('Table public.a|b\\*c has no primary key');
  });
});
