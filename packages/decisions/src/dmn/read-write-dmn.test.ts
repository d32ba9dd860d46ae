import { describe, expect, it } from 'vitest';
import type { DecisionTable, HitPolicy } from '@flowforge/contracts';
import { compileTable } from '../table/compile-table.ts';
import { evaluateTable } from '../table/evaluate-table.ts';
import { compileDmnModel } from './compile-model.ts';
import { describeDrg, dmnDecisionNames } from './drg.ts';
import { evaluateDmnDecision } from './evaluate-decision.ts';
import { DmnImportError, readDmn } from './read-dmn.ts';
import { singleTableOf } from './single-table.ts';
import { writeTableDmn } from './write-dmn.ts';

const DMN15 = 'https://www.omg.org/spec/DMN/20230324/MODEL/';
const DMN13 = 'https://www.omg.org/spec/DMN/20191111/MODEL/';

function table(overrides: Partial<DecisionTable> = {}): DecisionTable {
  return {
    hitPolicy: 'first',
    aggregation: null,
    inputs: [
      { id: 'amount', label: 'Amount', expression: 'amount', type: 'number', allowedValues: '[0..1000]' },
      { id: 'tier', label: '', expression: 'customer.tier', type: 'string', allowedValues: null },
      { id: 'due', label: 'Due', expression: 'Due Date', type: 'date', allowedValues: null },
    ],
    outputs: [{ id: 'level', name: 'level', label: 'Level', type: 'string', allowedValues: ['"high"', '"low, or none"'], defaultValue: '"low, or none"' }],
    rules: [
      { id: 'r1', inputEntries: ['> 100', '"gold"', '-'], outputEntries: ['"high"'], annotation: 'big & <gold>', priority: 3, validFrom: '2026-01-01', validTo: '2026-12-31', overrideIds: ['r2'] },
      { id: 'r-2', inputEntries: ['-', '-', '< date("2027-01-01")'], outputEntries: ['"low, or none"'], annotation: '', priority: null, validFrom: null, validTo: null, overrideIds: [] },
    ],
    ...overrides,
  };
}

async function roundTrip(t: DecisionTable) {
  const xml = await writeTableDmn({ name: 'Level', description: 'Picks a level', table: t });
  return { xml, back: singleTableOf(await readDmn(xml)) };
}

describe('writeTableDmn → readDmn → singleTableOf', () => {
  it('gives back the same table, rule ids, annotations, allowed values, defaults and §11.3 extras included', async () => {
    const t = table();
    const { xml, back } = await roundTrip(t);
    expect(xml).toContain(DMN13);
    expect(xml).toContain('<flowforge:ruleProperties priority="3" validFrom="2026-01-01" validTo="2026-12-31" overrideIds="r2"');
    expect(back).toEqual({ name: 'Level', description: 'Picks a level', table: t });
  });

  it.each<[HitPolicy, string]>([
    ['unique', 'UNIQUE'], ['any', 'ANY'], ['priority', 'PRIORITY'], ['first', 'FIRST'], ['all', 'RULE ORDER'], ['collect', 'COLLECT'], ['output_order', 'OUTPUT ORDER'],
  ])('maps hit policy %s to %s and back', async (hitPolicy, dmn) => {
    const t = table({ hitPolicy });
    const { xml, back } = await roundTrip(t);
    // UNIQUE is DMN's default, which dmn-moddle leaves out
    if (dmn !== 'UNIQUE') expect(xml).toContain(`hitPolicy="${dmn}"`);
    expect(back?.table.hitPolicy).toBe(hitPolicy);
  });

  it.each(['sum', 'min', 'max', 'count'] as const)('maps COLLECT %s', async (aggregation) => {
    const t = table({ hitPolicy: 'collect', aggregation, outputs: [{ id: 'n', name: 'n', label: '', type: 'number', allowedValues: [], defaultValue: null }], rules: [{ id: 'r1', inputEntries: ['-', '-', '-'], outputEntries: ['1'], annotation: '', priority: null, validFrom: null, validTo: null, overrideIds: [] }] });
    const { xml, back } = await roundTrip(t);
    expect(xml).toContain(`aggregation="${aggregation.toUpperCase()}"`);
    expect(back?.table).toEqual(t);
  });

  it('evaluates the written model as the table itself evaluates, §11.3 extras included', async () => {
    const base = table();
    const t = table({ hitPolicy: 'all', rules: base.rules.map((rule) => (rule.id === 'r1' ? { ...rule, overrideIds: ['r-2'] } : rule)) });
    const compiled = compileDmnModel(await readDmn(await writeTableDmn({ name: 'Level', table: t })));
    const direct = compileTable(t);
    const cases = [
      { inputs: { amount: 500, customer: { tier: 'gold' }, 'Due Date': '2026-05-01' }, at: '2026-03-01' },
      { inputs: { amount: 500, customer: { tier: 'gold' }, 'Due Date': '2026-05-01' }, at: '2025-03-01' },
      { inputs: { amount: 5, customer: { tier: 'silver' }, 'Due Date': '2028-01-01' }, at: '2026-03-01' },
    ];
    for (const { inputs, at } of cases) {
      expect(evaluateDmnDecision(compiled, { inputs, at })).toEqual(evaluateTable(direct, inputs, { at }));
    }
    expect(evaluateDmnDecision(compiled, { inputs: cases[0]?.inputs ?? {}, at: '2026-03-01' }).result).toEqual(['high']);
  });

  it('writes one input data per name the input columns read', async () => {
    const xml = await writeTableDmn({ name: 'Level', table: table() });
    const model = await readDmn(xml);
    expect(model.inputData.map((input) => input.name)).toEqual(['amount', 'customer', 'Due Date']);
    expect(describeDrg(model).edges.filter((edge) => edge.kind === 'information')).toHaveLength(3);
  });
});

const decisionXml = (namespace: string, body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="${namespace}" id="defs" name="Model" namespace="https://example.com/model">${body}</definitions>`;

describe('readDmn', () => {
  it('reads DMN 1.5 models with their DRG, item definitions and boxed expressions', async () => {
    const model = await readDmn(decisionXml(DMN15, `
      <itemDefinition name="tPerson"><itemComponent name="age"><typeRef>number</typeRef></itemComponent></itemDefinition>
      <itemDefinition name="tNames" isCollection="true"><typeRef>string</typeRef><typeConstraint><text>count(?) &lt; 3</text></typeConstraint></itemDefinition>
      <inputData id="person" name="Person"><variable name="Person" typeRef="tPerson"/></inputData>
      <businessKnowledgeModel id="double" name="Double"><encapsulatedLogic><formalParameter name="x" typeRef="number"/><literalExpression><text>x * 2</text></literalExpression></encapsulatedLogic></businessKnowledgeModel>
      <knowledgeSource id="law" name="Law"/>
      <decision id="adult" name="Adult">
        <informationRequirement><requiredInput href="#person"/></informationRequirement>
        <knowledgeRequirement><requiredKnowledge href="#double"/></knowledgeRequirement>
        <authorityRequirement><requiredAuthority href="#law"/></authorityRequirement>
        <conditional><if><literalExpression><text>Person.age &gt;= 18</text></literalExpression></if><then><literalExpression><text>"yes"</text></literalExpression></then><else><literalExpression><text>"no"</text></literalExpression></else></conditional>
      </decision>`));
    expect(model.dmnVersion).toBe('1.5');
    expect(model.itemDefinitions.map((item) => item.name)).toEqual(['tPerson', 'tNames']);
    expect(model.itemDefinitions[1]).toMatchObject({ isCollection: true, typeRef: 'string', typeConstraint: 'count(?) < 3' });
    expect(model.decisions[0]?.logic?.kind).toBe('conditional');
    expect(dmnDecisionNames(model)).toEqual(['Adult']);
    expect(describeDrg(model)).toEqual({
      nodes: [
        { id: 'adult', name: 'Adult', kind: 'decision', logic: 'conditional' },
        { id: 'person', name: 'Person', kind: 'inputData', logic: null },
        { id: 'double', name: 'Double', kind: 'businessKnowledgeModel', logic: 'function definition' },
        { id: 'law', name: 'Law', kind: 'knowledgeSource', logic: null },
      ],
      edges: [
        { from: 'person', to: 'adult', kind: 'information' },
        { from: 'double', to: 'adult', kind: 'knowledge' },
        { from: 'law', to: 'adult', kind: 'authority' },
      ],
    });
    expect(singleTableOf(model)).toBeNull();
  });

  it('refuses what is not DMN with problems, never a crash', async () => {
    await expect(readDmn('')).rejects.toBeInstanceOf(DmnImportError);
    await expect(readDmn('<definitions xmlns="urn:other"/>')).rejects.toMatchObject({ problems: [{ message: expect.stringContaining('not a DMN') }] });
    await expect(readDmn(`<definitions xmlns="${DMN13}"><decision id="d" name="d">`)).rejects.toMatchObject({ problems: [{ message: expect.stringContaining('cannot be read') }] });
  });

  it('reports unknown DMN content as a problem naming it', async () => {
    const error = await readDmn(decisionXml(DMN13, '<decision id="d" name="d"><mystery/></decision>')).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DmnImportError);
    expect((error as DmnImportError).problems[0]?.message).toContain('mystery');
  });

  it('resolves imported models by namespace among the ones supplied', async () => {
    const imported = `<definitions xmlns="${DMN13}" id="b" name="B" namespace="urn:b"><decision id="greet" name="Greet"><literalExpression><text>"hi"</text></literalExpression></decision></definitions>`;
    const model = await readDmn(decisionXml(DMN13, '<import name="Other" namespace="urn:b" importType="https://www.omg.org/spec/DMN/20191111/MODEL/"/>'), { imports: [imported, 'not xml'] });
    expect(model.importedModels.map((other) => other.name)).toEqual(['B']);
  });

  it('finds no single table in a model of several decisions or one requiring another decision', async () => {
    const tableLogic = (n: number) => `<decisionTable><output id="o${n}" name="o"/><rule id="r${n}"><outputEntry><text>1</text></outputEntry></rule></decisionTable>`;
    const one = await readDmn(decisionXml(DMN13, `<decision id="a" name="A">${tableLogic(1)}</decision>`));
    expect(singleTableOf(one)?.table).toMatchObject({ hitPolicy: 'unique', outputs: [{ id: 'o1', name: 'o' }], rules: [{ id: 'r1', outputEntries: ['1'] }] });
    const two = await readDmn(decisionXml(DMN13, `<decision id="a" name="A">${tableLogic(1)}</decision><decision id="b" name="B"><informationRequirement><requiredDecision href="#a"/></informationRequirement>${tableLogic(2)}</decision>`));
    expect(singleTableOf(two)).toBeNull();
  });
});
