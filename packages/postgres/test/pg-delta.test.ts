import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { hasSharedFixtures, REPO_ROOT, SHARED_FIXTURES, SKIP_REASON } from './shared-fixtures.ts';
import { runTransition } from './transition.ts';

const CORPUS = join(SHARED_FIXTURES, 'pg-delta');

/** Transitions listed in docs/known-gaps.md (`- \`name\`: reason`), which are expected to fail for now. */
function knownGaps(): Map<string, string> {
  const text = readFileSync(join(REPO_ROOT, 'docs/known-gaps.md'), 'utf8');
  const section = text.split('## pg-delta transitions')[1] ?? '';
  const entries = [...section.matchAll(/^- `([^`]+)`: (.+)$/gm)];
  return new Map(entries.map((m) => [m[1] ?? '', m[2] ?? '']));
}

const transitions = hasSharedFixtures
  ? readdirSync(CORPUS)
      .filter((name) => statSync(join(CORPUS, name)).isDirectory())
      .sort()
  : [];

describe.skipIf(!hasSharedFixtures)(
  `pg-delta corpus on the real server ${hasSharedFixtures ? '' : SKIP_REASON}`,
  () => {
    const gaps = knownGaps();
    const results = new Map<string, string | undefined>();

    afterAll(() => {
      const passed = [...results.values()].filter((r) => r === undefined).length;
      const rate = ((100 * passed) / Math.max(1, results.size)).toFixed(1);
      console.log(`pg-delta corpus: ${passed}/${results.size} transitions pass both ways (${rate}%)`);
      for (const [name, reason] of results)
        if (reason) console.log(`  failing: ${name}: ${reason.slice(0, 300)}`);
    });

    it.for(transitions)('%s: a -> b and b -> a reach their targets', async (name, { expect }) => {
      const outcome = await runTransition(join(CORPUS, name), name);
      results.set(name, outcome.reason);
      if (gaps.has(name)) {
        // A documented gap must stay true: once it passes, the list in docs/known-gaps.md has to shrink.
        expect(outcome.ok, `${name} now passes: remove it from docs/known-gaps.md`).toBe(false);
      } else {
        expect(outcome.reason).toBeUndefined();
      }
    });
  },
);
