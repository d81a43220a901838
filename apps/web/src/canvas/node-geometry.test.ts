import { type ColumnDef, tableDef } from '@schema-studio/schema';
import { describe, expect, it } from 'vitest';
import { NODE_BOX, nodeGeometry, nodeHeight, nodeWidth } from './node-geometry.ts';

const column = (name: string, type = 'integer'): ColumnDef => ({ name, type, nullable: true });
const table = (name: string, columns: ColumnDef[], schema = 'public') => tableDef({ schema, name, columns });

describe('table node geometry', () => {
  it('height is border, title, padded list and one row per column', () => {
    expect(nodeHeight(0)).toBe(4 + 28 + 4 + 1);
    expect(nodeHeight(3) - nodeHeight(2)).toBe(NODE_BOX.rowHeight);
  });

  it('width grows with the longest text and stays within the minimum and maximum', () => {
    expect(nodeWidth(table('t', [column('id')]))).toBe(NODE_BOX.minWidth);
    const wide = nodeWidth(table('t', [column('a_rather_long_column_name', 'character varying(255)')]));
    expect(wide).toBeGreaterThan(NODE_BOX.minWidth);
    expect(wide % 10).toBe(0);
    expect(nodeWidth(table('t', [column('x'.repeat(200))]))).toBe(NODE_BOX.maxWidth);
  });

  it('a schema-qualified title counts its schema', () => {
    const name = 'quite_a_long_table_name';
    expect(nodeWidth(table(name, [], 'accounting_ledger'))).toBeGreaterThan(nodeWidth(table(name, [])));
  });

  it('each column has a target handle on the left and a source handle on the right, at its row', () => {
    const t = table('t', [column('id'), column('name', 'text')]);
    const { width, handles } = nodeGeometry(t);
    const byId = new Map(handles.map((h) => [h.id, h]));
    const idIn = byId.get('id:in');
    const nameIn = byId.get('name:in');
    const nameOut = byId.get('name:out');
    expect(idIn).toMatchObject({ type: 'target', position: 'left' });
    expect(nameOut).toMatchObject({ type: 'source', position: 'right' });
    // Centred on the row: the first row starts below the top border, the title and the list padding.
    expect((idIn?.y ?? 0) + NODE_BOX.handleSize / 2).toBe(4 + 28 + 2 + 12);
    expect((nameIn?.y ?? 0) - (idIn?.y ?? 0)).toBe(NODE_BOX.rowHeight);
    // Centred on the borders: the left one straddles x = 1 - half, the right one width - 1 - half.
    expect(idIn?.x).toBe(1 - NODE_BOX.handleSize / 2);
    expect(nameOut?.x).toBe(width - 1 - NODE_BOX.handleSize / 2);
  });

  it('is computed once per table object', () => {
    const t = table('t', [column('id')]);
    expect(nodeGeometry(t)).toBe(nodeGeometry(t));
    expect(nodeGeometry(t).handles).toHaveLength(2);
  });
});
