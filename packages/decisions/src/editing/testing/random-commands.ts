/**
 * Test support for the round-trip property: a seeded pseudo-random generator (reproducible runs,
 * no Math.random in a pure package) and a generator of commands that fit a given table, covering
 * every command type.
 */
import type { DecisionTable, FeelType } from '@flowforge/contracts';
import { HIT_POLICIES, COLLECT_AGGREGATIONS } from '@flowforge/contracts';
import type { ColumnKind, TableCommand } from '../commands.ts';

export type Random = () => number;

/** mulberry32: a small 32-bit generator, good enough to pick test cases. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function position(random: Random, size: number): number {
  return Math.floor(random() * (size + 1));
}

function ruleCommand(random: Random, table: DecisionTable): TableCommand {
  const rule = table.rules.length === 0 ? null : pick(random, table.rules);
  if (!rule) return { type: 'addRule', index: 0 };
  const other = pick(random, table.rules);
  return pick<TableCommand>(random, [
    { type: 'addRule', index: position(random, table.rules.length) },
    { type: 'deleteRule', ruleId: rule.id },
    { type: 'moveRule', ruleId: rule.id, toIndex: position(random, table.rules.length - 1) },
    { type: 'duplicateRule', ruleId: rule.id },
    { type: 'setRuleExtras', ruleId: rule.id, patch: { overrideIds: [other.id], priority: Math.floor(random() * 5) } },
    { type: 'setRuleExtras', ruleId: rule.id, patch: { validFrom: '2026-02-01', validTo: null } },
    { type: 'setCell', ruleId: rule.id, cell: { kind: 'annotation' }, text: `note ${Math.floor(random() * 9)}` },
  ]);
}

function columnCommand(random: Random, table: DecisionTable, kind: ColumnKind): TableCommand {
  const columns: readonly { id: string }[] = kind === 'input' ? table.inputs : table.outputs;
  const column = columns.length === 0 ? null : pick(random, columns);
  const add: TableCommand = { type: 'addColumn', kind, index: position(random, columns.length) };
  if (!column) return add;
  const commands: TableCommand[] = [
    add,
    { type: 'moveColumn', kind, columnId: column.id, toIndex: position(random, columns.length - 1) },
    { type: 'duplicateColumn', kind, columnId: column.id },
    kind === 'input'
      ? { type: 'setColumn', kind, columnId: column.id, patch: { label: 'L', type: pick<FeelType>(random, ['number', 'string']) } }
      : { type: 'setColumn', kind, columnId: column.id, patch: { allowedValues: ['"a"'], defaultValue: '"a"' } },
  ];
  if (kind === 'input' || columns.length > 1) commands.push({ type: 'deleteColumn', kind, columnId: column.id });
  const rule = table.rules.length === 0 ? null : pick(random, table.rules);
  if (rule) commands.push({ type: 'setCell', ruleId: rule.id, cell: { kind, columnId: column.id }, text: `${Math.floor(random() * 100)}` });
  return pick(random, commands);
}

/** A command that fits `table`, of any type. */
export function randomCommand(random: Random, table: DecisionTable): TableCommand {
  const roll = random();
  if (roll < 0.35) return ruleCommand(random, table);
  if (roll < 0.6) return columnCommand(random, table, 'input');
  if (roll < 0.85) return columnCommand(random, table, 'output');
  if (roll < 0.93) return { type: 'setHitPolicy', hitPolicy: pick(random, HIT_POLICIES), aggregation: pick(random, [null, ...COLLECT_AGGREGATIONS]) };
  return { type: 'batch', commands: [ruleCommand(random, table)] };
}
