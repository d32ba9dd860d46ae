/**
 * `npm run conformance:dmn -- <folder>`: runs every DMN TCK case under <folder> (recursively),
 * prints `PASS|FAIL|SKIP <folder>/<model>/<test id> <reason>` per case and ends with one JSON line
 * `{"suite":"dmn-tck","passed":N,"failed":N,"skipped":N}`. Without <folder> it runs the TCK beside
 * the repository (see conformanceRoot). Exits 1 when the folder is missing.
 */
import { formatResult, runTckFolder, summarize, type TckCaseResult } from '../src/tck/run-tck.ts';
import { conformanceRoot, readTckFolders } from './tck-files.ts';

const root = process.argv[2] ?? conformanceRoot();

try {
  const results: TckCaseResult[] = [];
  for (const folder of readTckFolders(root)) {
    for (const result of await runTckFolder(folder)) {
      console.log(formatResult(result));
      results.push(result);
    }
  }
  console.log(JSON.stringify(summarize(results)));
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
