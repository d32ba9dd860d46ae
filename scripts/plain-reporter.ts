/**
 * Prints the closing line CI reads: `N passed, N failed` (skipped tests are counted separately).
 * Also writes the counts to .flowforge/test-counts.json for scripts/test.mjs to add lint/typecheck.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export default class PlainReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failed += 1;
        else skipped += 1;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed += 1;
    }
    failed += unhandledErrors.length;
    mkdirSync('.flowforge', { recursive: true });
    writeFileSync('.flowforge/test-counts.json', JSON.stringify({ passed, failed, skipped }));
    if (process.env.FLOWFORGE_QUIET_COUNTS !== '1') console.log(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
