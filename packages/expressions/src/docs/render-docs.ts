/**
 * Renders docs/expressions.md from the registry, the operator docs and the language reference.
 * Pure: the script in scripts/generate-docs.ts writes the file; a unit test compares it.
 */
import type { FunctionCategory, FunctionDef } from '../functions/function-def.ts';
import { BUILTIN_FUNCTIONS } from '../functions/registry.ts';
import { DEFAULT_LIMITS } from '../limits.ts';
import type { EvalUser } from '../types.ts';
import { functionMarkdown } from '../tooling/function-info.ts';
import { OPERATOR_DOCS } from '../tooling/operator-docs.ts';
import { INTRODUCTION, SAFETY, SEMANTICS, SQL_SUBSET, SYNTAX } from './language-reference.ts';

/** The evaluation context the documented examples assume. */
export const EXAMPLE_CONTEXT: { now: number; timeZone: string; user: EvalUser } = {
  now: Date.UTC(2024, 2, 15, 10, 0, 0),
  timeZone: 'Europe/Berlin',
  user: { id: 'u-1', roles: ['manager'], props: { department: 'finance' } },
};

const CATEGORY_TITLES: Record<FunctionCategory, string> = {
  math: 'Math', text: 'Text', date: 'Date', logic: 'Logic', aggregate: 'Aggregate', lookup: 'Lookup (host)', user: 'User (host)',
};

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function renderOperators(): string {
  const rows = Object.values(OPERATOR_DOCS).map((doc) => `| \`${escapeCell(doc.syntax)}\` | ${escapeCell(doc.description)} | \`${escapeCell(doc.example)}\` |`);
  return ['| Operator | Meaning | Example |', '|---|---|---|', ...rows].join('\n');
}

function renderLimits(): string {
  const rows = Object.entries(DEFAULT_LIMITS).map(([name, value]) => `| \`${name}\` | ${value} |`);
  return ['| Limit | Default |', '|---|---|', ...rows].join('\n');
}

function renderFunction(def: FunctionDef): string {
  const examples = def.examples.map((example) => {
    const values = example.values ? ` with \`${JSON.stringify(example.values)}\`` : '';
    return `- \`${example.expression}\`${values} → \`${JSON.stringify(example.result)}\``;
  });
  const body = functionMarkdown(def).split('\n').filter((line) => !line.startsWith('Example: '));
  while (body[body.length - 1] === '') body.pop();
  return [`#### ${def.name}`, '', ...body, '', 'Examples:', '', ...examples].join('\n');
}

function renderFunctions(): string {
  const sections: string[] = [];
  for (const category of Object.keys(CATEGORY_TITLES) as FunctionCategory[]) {
    const defs = BUILTIN_FUNCTIONS.filter((def) => def.category === category);
    sections.push(`### ${CATEGORY_TITLES[category]}`, '', ...defs.map((def) => renderFunction(def) + '\n'));
  }
  return sections.join('\n').trimEnd();
}

/** The whole reference as Markdown. */
export function renderExpressionDocs(): string {
  const context = `Examples assume now = \`${new Date(EXAMPLE_CONTEXT.now).toISOString()}\`, time zone \`${EXAMPLE_CONTEXT.timeZone}\` and the user \`${JSON.stringify(EXAMPLE_CONTEXT.user)}\`; host functions return the value shown.`;
  return [
    '# Expressions', '',
    '<!-- Generated from packages/expressions (registry and language reference) by `npm run generate-docs -w @flowforge/expressions`. Do not edit. -->', '',
    INTRODUCTION, '', '## Syntax', '', SYNTAX, '', '## Operators', '', renderOperators(), '',
    '## Semantics', '', SEMANTICS, '', '## Limits and safety', '', renderLimits(), '', SAFETY, '',
    '## SQL subset', '', SQL_SUBSET, '', '## Functions', '', context, '', renderFunctions(), '',
  ].join('\n');
}
