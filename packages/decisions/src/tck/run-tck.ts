/**
 * The DMN TCK harness, without I/O: given the files of one TCK case folder (its `.dmn` models and
 * `*-test-*.xml` files), reads the model each test file names (with the folder's other models
 * available for import), evaluates every test case and compares each result node with its
 * expected value. A case passes when all its result nodes match; a case that throws fails.
 */
import { compileDmnModel, type CompiledDmnModel } from '../dmn/compile-model.ts';
import { bkmFunction, decisionValue, invokeService, newRun, type DrgRun } from '../dmn/evaluate-drg.ts';
import { invokeFunction } from '../dmn/invoke.ts';
import type { DmnInputData } from '../dmn/model.ts';
import { readDmn } from '../dmn/read-dmn.ts';
import { readTestFile, type TckInputNode, type TckResultNode, type TckTestCase } from './test-cases.ts';
import { describe, toFeel, valueDifference } from './tck-values.ts';

export interface TckFile {
  /** File name within its folder. */
  name: string;
  text: string;
}

export interface TckFolder {
  /** Folder path relative to the suite root, e.g. `compliance-level-2/0001-input-data-string`. */
  path: string;
  files: TckFile[];
}

export type TckStatus = 'PASS' | 'FAIL' | 'SKIP';

export interface TckCaseResult {
  status: TckStatus;
  /** Folder path, model and test id: `compliance-level-2/0001-input-data-string/001`. */
  name: string;
  reason: string;
}

export interface TckSummary {
  suite: 'dmn-tck';
  passed: number;
  failed: number;
  skipped: number;
}

export const isTestFile = (name: string) => /-test-.*\.xml$/i.test(name);
export const isModelFile = (name: string) => /\.dmn$/i.test(name);

function inputSource(inputs: TckInputNode[], mainNamespace: string) {
  const byKey = new Map<string, unknown>();
  for (const node of inputs) byKey.set(`${node.namespace ?? mainNamespace}#${node.name}`, toFeel(node.value));
  return (input: DmnInputData) => byKey.get(`${input.namespace}#${input.name}`);
}

function namedArgs(inputs: TckInputNode[]): Record<string, unknown> {
  return Object.fromEntries(inputs.map((node) => [node.name, toFeel(node.value)]));
}

function serviceResult(run: DrgRun, test: TckTestCase, node: TckResultNode): unknown {
  const service = run.compiled.model.decisionServices.find((candidate) => candidate.name === test.invocableName);
  if (!service) throw new Error(`No decision service named "${test.invocableName}".`);
  const result = invokeService(run, service, namedArgs(test.inputs));
  if (service.outputDecisions.length <= 1) return result;
  return result !== null && typeof result === 'object' ? (result as Record<string, unknown>)[node.name] ?? null : null;
}

function bkmResult(run: DrgRun, test: TckTestCase): unknown {
  const bkm = run.compiled.model.businessKnowledgeModels.find((candidate) => candidate.name === test.invocableName);
  if (!bkm) throw new Error(`No business knowledge model named "${test.invocableName}".`);
  return invokeFunction(bkmFunction(run, bkm), namedArgs(test.inputs));
}

function resultOf(run: DrgRun, test: TckTestCase, node: TckResultNode): unknown {
  if (test.type === 'decisionService') return serviceResult(run, test, node);
  return test.type === 'bkm' ? bkmResult(run, test) : decisionResult(run, node);
}

function decisionResult(run: DrgRun, node: TckResultNode): unknown {
  const namespace = node.namespace ?? run.compiled.model.namespace;
  const unit = run.compiled.unit(namespace);
  const decision = unit.model.decisions.find((candidate) => candidate.name === node.name);
  if (decision) return decisionValue(run, decision);
  const service = unit.model.decisionServices.find((candidate) => candidate.name === node.name);
  if (service) return invokeService(run, service, namedArgs([]));
  throw new Error(`No decision named "${node.name}".`);
}

function runCase(compiled: CompiledDmnModel, test: TckTestCase): { ok: boolean; reason: string } {
  const run = newRun(compiled, inputSource(test.inputs, compiled.model.namespace));
  const problems: string[] = [];
  for (const node of test.results) {
    const actual = resultOf(run, test, node);
    const difference = node.expected ? valueDifference(node.expected, actual) : null;
    if (difference !== null) problems.push(`${node.name}: ${difference}`);
    else if (!node.expected && node.errorResult && actual !== null) problems.push(`${node.name}: expected an error, got ${describe(actual)}`);
  }
  return { ok: problems.length === 0, reason: problems.join('; ') };
}

async function runTestFile(folder: TckFolder, file: TckFile): Promise<TckCaseResult[]> {
  const testFile = readTestFile(file.text);
  const models = folder.files.filter((candidate) => isModelFile(candidate.name));
  const model = models.find((candidate) => candidate.name === testFile.modelName) ?? (models.length === 1 ? models[0] : undefined);
  const prefix = `${folder.path}/${model?.name.replace(/\.dmn$/i, '') ?? file.name}`;
  if (!model) return testFile.cases.map((test) => ({ status: 'FAIL', name: `${prefix}/${test.id}`, reason: `model ${testFile.modelName ?? '(unnamed)'} not found` }));
  let compiled: CompiledDmnModel;
  try {
    compiled = compileDmnModel(await readDmn(model.text, { imports: models.filter((other) => other !== model).map((other) => other.text) }));
  } catch (error) {
    return testFile.cases.map((test) => ({ status: 'FAIL', name: `${prefix}/${test.id}`, reason: `model not read: ${(error as Error).message}` }));
  }
  return testFile.cases.map((test) => {
    const name = `${prefix}/${test.id}`;
    try {
      const { ok, reason } = runCase(compiled, test);
      return { status: ok ? 'PASS' : 'FAIL', name, reason };
    } catch (error) {
      return { status: 'FAIL', name, reason: `threw: ${(error as Error).message}` };
    }
  });
}

/** Runs every test file of one folder. */
export async function runTckFolder(folder: TckFolder): Promise<TckCaseResult[]> {
  const results: TckCaseResult[] = [];
  for (const file of folder.files.filter((candidate) => isTestFile(candidate.name))) {
    try {
      results.push(...(await runTestFile(folder, file)));
    } catch (error) {
      results.push({ status: 'FAIL', name: `${folder.path}/${file.name}`, reason: `test file not read: ${(error as Error).message}` });
    }
  }
  return results;
}

export function summarize(results: readonly TckCaseResult[]): TckSummary {
  const count = (status: TckStatus) => results.filter((result) => result.status === status).length;
  return { suite: 'dmn-tck', passed: count('PASS'), failed: count('FAIL'), skipped: count('SKIP') };
}

export function formatResult(result: TckCaseResult): string {
  return `${result.status} ${result.name}${result.reason ? ` ${result.reason}` : ''}`;
}
