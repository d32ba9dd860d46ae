/// <reference types="node" />
/**
 * Reads DMN TCK case folders from disk for the harness in `src/tck` (which does no I/O): every
 * folder under the root, recursively, that holds `*-test-*.xml` files, with all its files' text.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isModelFile, isTestFile, type TckFolder } from '../src/tck/run-tck.ts';

function walk(root: string, dir: string, into: TckFolder[]): void {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  const files = entries.filter((entry) => entry.isFile() && (isModelFile(entry.name) || isTestFile(entry.name)));
  if (files.some((entry) => isTestFile(entry.name))) {
    into.push({
      path: path.relative(root, dir).split(path.sep).join('/') || '.',
      files: files.map((entry) => ({ name: entry.name, text: readFileSync(path.join(dir, entry.name), 'utf8') })),
    });
  }
  for (const entry of entries) if (entry.isDirectory()) walk(root, path.join(dir, entry.name), into);
}

/** Every TCK case folder under `root`; throws when `root` is not a folder. */
export function readTckFolders(root: string): TckFolder[] {
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`No DMN TCK folder at ${path.resolve(root)}.`);
  const folders: TckFolder[] = [];
  walk(path.resolve(root), path.resolve(root), folders);
  return folders;
}

/**
 * Where the TCK lives: `FLOWFORGE_CONFORMANCE_DIR`, or `shared/conformance/dmn-tck` beside the
 * repository (`<repo root>/../shared/conformance/dmn-tck`).
 */
export function conformanceRoot(): string {
  const fromEnv = process.env['FLOWFORGE_CONFORMANCE_DIR'];
  if (fromEnv) return path.resolve(fromEnv);
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
  return path.resolve(repoRoot, '../shared/conformance/dmn-tck');
}
