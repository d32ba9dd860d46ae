/**
 * The form runtime on a 200-field form with 100 conditional rules (issue 3 figures): the initial
 * state (goal < 10 ms) and the re-evaluation after one change (goal < 1 ms), as mean and p95.
 * The form mixes field types; each of its 20 groups has 5 rules (2 show/hide, 1 conditional
 * required, 1 enable/disable, 1 calculation), and a running total chains the groups together.
 */
import { FormDefinitionSchema, type FormDefinition } from '@flowforge/contracts';
import { applyChange, createFormState, validateFormDefinition, type FormContext, type FormState } from '@flowforge/forms';

const GROUPS = 20;
const CONTEXT: FormContext = { now: () => Date.UTC(2025, 2, 15, 12), timeZone: 'Europe/Berlin' };

function buildDefinition(): FormDefinition {
  const status = { source: 'static', items: ['new', 'open', 'closed'].map((value) => ({ value, label: value })) };
  const fields = Array.from({ length: GROUPS }, (_, g) => [
    { type: 'dropdown', key: `status${g}`, label: 'Status', options: status, required: true },
    { type: 'integer', key: `amount${g}`, label: 'Amount', min: 0, max: 1_000_000 },
    { type: 'short-text', key: `reason${g}`, label: 'Reason', visibleWhen: `\${status${g}} == 'closed'`, requiredWhen: `\${amount${g}} > 500` },
    { type: 'email', key: `contact${g}`, label: 'Contact', visibleWhen: `\${amount${g}} > 100 || \${status${g}} == 'open'` },
    { type: 'currency', key: `gross${g}`, label: 'Gross', currency: 'EUR', calculation: `\${amount${g}} * 1.19` },
    { type: 'currency', key: `running${g}`, label: 'Running total', currency: 'EUR', calculation: `${g === 0 ? '0' : `\${running${g - 1}}`} + COALESCE(\${gross${g}}, 0)` },
    { type: 'date', key: `due${g}`, label: 'Due', min: '2025-01-01' },
    { type: 'checkbox', key: `urgent${g}`, label: 'Urgent', enabledWhen: `\${status${g}} != 'closed'` },
    { type: 'long-text', key: `notes${g}`, label: 'Notes', maxLength: 2000 },
    { type: 'multi-select', key: `tags${g}`, label: 'Tags', options: status, maxSelected: 2 },
  ]).flat();
  return FormDefinitionSchema.parse({ id: '00000000-0000-4000-8000-0000000000be', name: 'Benchmark form', version: 1, fields });
}

function buildValues(): Record<string, unknown> {
  return Object.fromEntries(Array.from({ length: GROUPS }, (_, g) => [
    [`status${g}`, 'open'], [`amount${g}`, 100 * g], [`due${g}`, '2025-06-01'], [`notes${g}`, 'Some notes'], [`tags${g}`, ['new']],
  ]).flat());
}

/** Runs `run` (given a running count) for a warm-up, then `iterations` times timed. */
function measure(iterations: number, run: (count: number) => void) {
  const warmUp = Math.min(200, iterations);
  for (let count = 0; count < warmUp; count += 1) run(count);
  const samples: number[] = [];
  for (let count = warmUp; count < warmUp + iterations; count += 1) {
    const started = performance.now();
    run(count);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, sample) => sum + sample, 0) / samples.length;
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  return { iterations, meanMs: round(mean), p95Ms: round(samples[Math.floor(samples.length * 0.95)] ?? 0) };
}

function measureChange(state: FormState, field: string, values: readonly unknown[]) {
  let current = state;
  return measure(5000, (count) => {
    current = applyChange(current, field, values[count % values.length]);
  });
}

export async function measureForms(): Promise<Record<string, unknown>[]> {
  const definition = buildDefinition();
  const values = buildValues();
  const shape = { fields: definition.fields.length, conditionalRules: GROUPS * 5 };
  if (validateFormDefinition(definition).length > 0) throw new Error('the benchmark form is invalid');
  const opened = createFormState(definition, values, CONTEXT);
  // a definition object not seen before: the first open compiles every expression and the graph
  const unseen = Array.from({ length: 300 }, buildDefinition);
  return [
    { name: 'forms-first-open', ...shape, note: 'includes compiling the definition', ...measure(100, (count) => createFormState(unseen[count] as FormDefinition, values, CONTEXT)) },
    { name: 'forms-initial-state', ...shape, goalMs: 10, ...measure(1000, () => createFormState(definition, values, CONTEXT)) },
    { name: 'forms-change', ...shape, goalMs: 1, field: 'status10', note: 'drives 2 conditions, 1 enable/disable', ...measureChange(opened, 'status10', ['closed', 'open', 'new']) },
    { name: 'forms-change-chain', ...shape, goalMs: 1, field: 'amount0', note: 'worst case: 20 chained running totals and 40 conditions', ...measureChange(opened, 'amount0', [50, 700, 150]) },
  ];
}
