import { describe, expect, it } from 'vitest';
import type { TestScenario } from '@flowforge/contracts';
import type { InputField } from '../logic/input-form';
import type { ScenarioRow } from '../logic/scenarios';
import { createScenarioSync, type ScenarioSync } from './scenario-sync';

const fields: InputField[] = [{ key: 'amount', label: 'Amount', type: 'number', path: ['amount'] }];
const SMALL = { name: 'small', inputs: { amount: 10 }, expected: 'clerk' };
const LARGE = { name: 'large', inputs: { amount: 20_000 }, expected: 'cfo' };

class Conflict extends Error {}

/** A server that keeps what is saved, answers 409 to a stale revision, and can be made to fail. */
function fakeServer() {
  const server = { scenarios: [] as TestScenario[], revision: 0, saves: 0, failNext: false };
  const save = async (scenarios: TestScenario[], revision: number) => {
    await Promise.resolve();
    server.saves += 1;
    if (server.failNext) {
      server.failNext = false;
      throw new Error('offline');
    }
    if (revision !== server.revision) throw new Conflict();
    server.scenarios = scenarios;
    server.revision += 1;
    return server.revision;
  };
  return { server, sync: createScenarioSync({ save, isConflict: (error) => error instanceof Conflict }) };
}

function loaded(scenarios: TestScenario[] = [SMALL], revision = 1): { server: ReturnType<typeof fakeServer>['server']; sync: ScenarioSync } {
  const fake = fakeServer();
  fake.server.scenarios = scenarios;
  fake.server.revision = revision;
  fake.sync.setFields(fields);
  fake.sync.receive({ scenarios: scenarios.map((s) => ({ name: s.name ?? '', inputs: s.inputs, expected: s.expected })), revision });
  return fake;
}

const setAmount = (text: string) => (rows: ScenarioRow[]) => rows.map((row, index) => (index === 0 ? { ...row, values: { ...row.values, amount: text } } : row));

describe('scenario sync', () => {
  it('shows the saved list once it arrives, as rows over the fields', () => {
    const { sync } = fakeServer();
    expect(sync.snapshot().isLoaded).toBe(false);
    sync.setFields(fields);

    sync.receive({ scenarios: [SMALL], revision: 3 });

    expect(sync.snapshot()).toMatchObject({ isLoaded: true, status: 'saved', errors: [], rows: [{ name: 'small', values: { amount: '10' }, expected: 'clerk' }] });
  });

  it('saves an edit with the revision it is based on and tells listeners about every step', async () => {
    const { server, sync } = loaded();
    const seen: string[] = [];
    sync.subscribe(() => { seen.push(sync.snapshot().status); });

    sync.change(setAmount('5000'));
    expect(sync.hasPending()).toBe(true);
    expect(await sync.flush()).toBe(true);

    expect(server).toMatchObject({ revision: 2, scenarios: [{ name: 'small', inputs: { amount: 5000 }, expected: 'clerk' }] });
    expect(seen).toEqual(['pending', 'pending', 'saving', 'saved']);
    expect(sync.hasPending()).toBe(false);
  });

  it('adds a kept evaluation as a row and saves it', async () => {
    const { server, sync } = loaded();

    sync.add({ name: '', inputs: { amount: 20_000, region: 'EU' }, expected: 'cfo' });
    await sync.flush();

    expect(sync.snapshot().rows[1]).toMatchObject({ values: { amount: '20000' }, extra: '{"region":"EU"}', expected: 'cfo' });
    expect(server.scenarios[1]).toEqual({ name: '', inputs: { amount: 20_000, region: 'EU' }, expected: 'cfo' });
  });

  it('does not save rows with cells that do not fit, and saves once they are fixed', async () => {
    const { server, sync } = loaded();

    sync.change(setAmount('ten'));
    expect(sync.snapshot()).toMatchObject({ status: 'invalid', errors: [{ field: 'amount', error: 'number' }] });
    expect(await sync.flush()).toBe(false);
    expect(server.saves).toBe(0);

    sync.change(setAmount('12'));
    expect(await sync.flush()).toBe(true);
    expect(sync.snapshot()).toMatchObject({ status: 'saved', errors: [] });
    expect(server.scenarios).toEqual([{ ...SMALL, inputs: { amount: 12 } }]);
  });

  it('keeps showing invalid when a save started before the bad edit finishes', async () => {
    const { sync } = loaded();
    sync.change(setAmount('1'));
    const saving = sync.flush();

    sync.change(setAmount('x'));
    await saving;

    expect(sync.snapshot().status).toBe('invalid');
  });

  it('stops with a conflict when someone else saved in between, takes no edits, and starts over on reset', async () => {
    const { server, sync } = loaded();
    server.revision = 2;
    server.scenarios = [LARGE];

    sync.change(setAmount('7'));
    expect(await sync.flush()).toBe(false);
    expect(sync.snapshot().status).toBe('conflict');
    sync.change(setAmount('8'));
    expect(sync.snapshot().rows[0]?.values.amount).toBe('7');

    sync.reset({ scenarios: [LARGE], revision: 2 });
    sync.change(setAmount('30000'));
    expect(await sync.flush()).toBe(true);
    expect(server).toMatchObject({ revision: 3, scenarios: [{ name: 'large', inputs: { amount: 30_000 } }] });
  });

  it('keeps the edits after a failed save and sends them on the next flush', async () => {
    const { server, sync } = loaded();
    server.failNext = true;

    sync.change(setAmount('9'));
    expect(await sync.flush()).toBe(false);
    expect(sync.snapshot().status).toBe('error');
    expect(await sync.flush()).toBe(true);

    expect(server.scenarios[0]?.inputs).toEqual({ amount: 9 });
  });

  it('takes a newer list from the server only while nothing is unsaved', async () => {
    const { sync } = loaded();

    sync.receive({ scenarios: [LARGE], revision: 1 });
    expect(sync.snapshot().rows.map((row) => row.name)).toEqual(['small']);

    sync.receive({ scenarios: [LARGE], revision: 2 });
    expect(sync.snapshot().rows.map((row) => row.name)).toEqual(['large']);

    sync.change(setAmount('1'));
    sync.receive({ scenarios: [SMALL], revision: 5 });
    expect(sync.snapshot().rows.map((row) => row.name)).toEqual(['large']);
  });

  it('does not take back its own save as a newer list', async () => {
    const { server, sync } = loaded();
    sync.change(setAmount('77'));
    await sync.flush();
    const rows = sync.snapshot().rows;

    sync.receive({ scenarios: server.scenarios.map((s) => ({ name: s.name ?? '', inputs: s.inputs, expected: s.expected })), revision: server.revision });

    expect(sync.snapshot().rows).toBe(rows);
  });

  it('splits the rows again when the fields change, without saving', () => {
    const { server, sync } = loaded([{ name: 'r', inputs: { amount: 3, region: 'EU' }, expected: 'x' }]);

    sync.setFields([{ key: 'region', label: 'Region', type: 'string', path: ['region'] }]);

    expect(sync.snapshot().rows[0]).toMatchObject({ values: { region: 'EU' }, extra: '{"amount":3}' });
    expect(sync.hasPending()).toBe(false);
    expect(server.saves).toBe(0);
  });

  it('checks invalid edits again when the fields change', () => {
    const { sync } = loaded();
    sync.change(setAmount('ten'));

    sync.setFields([{ key: 'amount', label: 'Amount', type: 'string', path: ['amount'] }]);

    expect(sync.snapshot()).toMatchObject({ status: 'pending', errors: [] });
    expect(sync.hasPending()).toBe(true);
  });
});
