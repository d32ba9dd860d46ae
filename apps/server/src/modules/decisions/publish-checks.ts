/**
 * What a draft must pass to be published: every cell of a table parses (422 listing each bad cell
 * by its pointer into the table, e.g. `/rules/3/inputEntries/1`), and a DMN model reads and
 * compiles. Drafts themselves may be saved invalid: the editor autosaves half-typed cells.
 */
import type { DecisionTable } from '@flowforge/contracts';
import { compileTable, tableProblems, TableCompileError } from '@flowforge/decisions';
import { compileDmnXml } from './evaluation/dmn-models.ts';
import { invalidTable } from './evaluation/evaluation-errors.ts';

/** Compiles the table or throws 422 naming every invalid cell. */
export function assertValidTable(table: DecisionTable): void {
  const problems = tableProblems(table);
  if (problems.length > 0) throw invalidTable(problems);
  try {
    compileTable(table);
  } catch (error) {
    if (error instanceof TableCompileError) throw invalidTable(error.problems);
    throw error;
  }
}

export async function assertPublishable(version: { table: DecisionTable | null; dmn: string | null }): Promise<void> {
  if (version.table) {
    assertValidTable(version.table);
    return;
  }
  await compileDmnXml(version.dmn ?? '');
}
