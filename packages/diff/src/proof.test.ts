import { emptyModel, type SchemaModel } from '@schema-studio/schema';
import { describe, expect, test } from 'vitest';
import type { Statement } from './plan.ts';
import { type ProofEngine, proofReport, proveStages } from './proof.ts';

const stmt = (sql: string): Statement => ({ sql, hazards: [], transactional: true });
const a = emptyModel();
const b: SchemaModel = { ...emptyModel(), schemas: [...emptyModel().schemas, { name: 'app' }] };

/** An engine over a model in memory: a statement `app` adds schema app, `fail` fails, `noop` does nothing. */
function memoryEngine(): ProofEngine & { applied: string[] } {
  let now = a;
  const applied: string[] = [];
  return {
    applied,
    apply: async (statements) => {
      for (const [i, s] of statements.entries()) {
        if (s.sql === 'fail') return `statement ${i + 1} failed: boom\nfail`;
        applied.push(s.sql);
        if (s.sql === 'app') now = b;
        if (s.sql === 'drop app') now = a;
      }
      return undefined;
    },
    read: async () => now,
    residual: (actual, expected) => (actual === expected ? [] : [stmt(expected === b ? 'app' : 'drop app')]),
  };
}

describe('proveStages', () => {
  test('proves each stage by reading the result back, and reports counts in words', async () => {
    const engine = memoryEngine();
    const plan = { up: [stmt('app')], down: [stmt('drop app'), stmt('noop')] };
    const steps = await proveStages(engine, [
      ['setup', [], a],
      ['up', plan.up, b],
      ['down', plan.down, a],
    ]);
    expect(steps.map((s) => [s.stage, s.ok, s.detail])).toEqual([
      ['setup', true, '0 statements applied; re-diff is empty'],
      ['up', true, '1 statement applied; re-diff is empty'],
      ['down', true, '2 statements applied; re-diff is empty'],
    ]);
    const report = proofReport('memory', plan, steps);
    expect(report.proven).toBe(true);
    expect(report.summary).toBe(
      'proven on memory: up reaches the design (1 statement), down returns to the baseline (2 statements)',
    );
  });

  test('stops at the first stage that fails, and says whether it was a statement or a difference', async () => {
    const failing = await proveStages(memoryEngine(), [
      ['up', [stmt('fail')], b],
      ['down', [], a],
    ]);
    expect(failing).toEqual([{ stage: 'up', ok: false, detail: 'statement 1 failed: boom\nfail' }]);

    const short = await proveStages(memoryEngine(), [['up', [stmt('noop')], b]]);
    expect(short[0]?.detail).toBe('after up the database still differs; the re-diff has 1 statement:\napp');
    expect(proofReport('memory', { up: [], down: [] }, short).summary).toMatch(
      /^not proven \(up\): after up/,
    );
  });
});
