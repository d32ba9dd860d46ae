/**
 * The DMN TCK ratchet: runs every case under the conformance folder (see conformanceRoot) and
 * fails when fewer pass than `conformance-baseline.json` records. Raise the number as more pass.
 */
import { describe, expect, it } from 'vitest';
import baseline from '../../conformance-baseline.json';
import { conformanceRoot, readTckFolders } from '../../scripts/tck-files.ts';
import { formatResult, runTckFolder, summarize, type TckCaseResult } from './run-tck.ts';

describe('DMN TCK conformance', () => {
  it(`passes at least ${baseline['dmn-tck'].passed} cases`, async () => {
    const folders = readTckFolders(conformanceRoot());
    const results: TckCaseResult[] = [];
    for (const folder of folders) results.push(...(await runTckFolder(folder)));
    const summary = summarize(results);
    const failures = results.filter((result) => result.status === 'FAIL').map(formatResult);
    expect(summary.passed, `${summary.passed} passed, ${summary.failed} failed; failures:\n${failures.slice(0, 50).join('\n')}`).toBeGreaterThanOrEqual(baseline['dmn-tck'].passed);
  }, 120_000);
});
