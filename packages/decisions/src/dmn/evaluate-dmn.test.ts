import { describe, expect, it } from 'vitest';
import { compileDmnModel } from './compile-model.ts';
import { DmnEvaluationError, evaluateDmnDecision } from './evaluate-decision.ts';
import { decisionValue, newRun } from './evaluate-drg.ts';
import { readDmn } from './read-dmn.ts';

const NS = 'https://www.omg.org/spec/DMN/20230324/MODEL/';

const LOAN_MODEL = `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="${NS}" id="loan" name="Loan" namespace="urn:loan">
  <itemDefinition name="tApplicant">
    <itemComponent name="age"><typeRef>number</typeRef></itemComponent>
    <itemComponent name="since"><typeRef>date</typeRef></itemComponent>
  </itemDefinition>
  <itemDefinition name="tRisk"><typeRef>string</typeRef><allowedValues><text>"low","high"</text></allowedValues></itemDefinition>
  <inputData id="applicant" name="Applicant"><variable name="Applicant" typeRef="tApplicant"/></inputData>
  <inputData id="amount" name="Amount"><variable name="Amount" typeRef="number"/></inputData>
  <businessKnowledgeModel id="fee" name="Fee">
    <variable name="Fee"/>
    <encapsulatedLogic>
      <formalParameter name="amount" typeRef="number"/>
      <formalParameter name="rate" typeRef="number"/>
      <literalExpression><text>amount * rate</text></literalExpression>
    </encapsulatedLogic>
  </businessKnowledgeModel>
  <decision id="risk" name="Risk">
    <variable name="Risk" typeRef="tRisk"/>
    <informationRequirement><requiredInput href="#applicant"/></informationRequirement>
    <decisionTable hitPolicy="UNIQUE">
      <input id="age"><inputExpression typeRef="number"><text>Applicant.age</text></inputExpression></input>
      <output id="level" typeRef="string"/>
      <rule id="young"><inputEntry><text>&lt; 25</text></inputEntry><outputEntry><text>"high"</text></outputEntry></rule>
      <rule id="old"><inputEntry><text>&gt;= 25</text></inputEntry><outputEntry><text>"low"</text></outputEntry></rule>
      <rule id="odd"><inputEntry><text>99</text></inputEntry><outputEntry><text>"high"</text></outputEntry></rule>
    </decisionTable>
  </decision>
  <decision id="review" name="Review Date">
    <variable name="Review Date" typeRef="date"/>
    <informationRequirement><requiredInput href="#applicant"/></informationRequirement>
    <decisionTable hitPolicy="FIRST">
      <input id="since"><inputExpression><text>Applicant.since</text></inputExpression></input>
      <output id="when"/>
      <rule id="r1"><inputEntry><text>-</text></inputEntry><outputEntry><text>Applicant.since + duration("P1Y")</text></outputEntry></rule>
    </decisionTable>
  </decision>
  <decision id="offer" name="Offer">
    <informationRequirement><requiredDecision href="#risk"/></informationRequirement>
    <informationRequirement><requiredInput href="#amount"/></informationRequirement>
    <knowledgeRequirement><requiredKnowledge href="#fee"/></knowledgeRequirement>
    <context>
      <contextEntry>
        <variable name="rate" typeRef="number"/>
        <literalExpression><text>if Risk = "high" then 0.1 else 0.05</text></literalExpression>
      </contextEntry>
      <contextEntry>
        <variable name="fee"/>
        <invocation>
          <literalExpression><text>Fee</text></literalExpression>
          <binding><parameter name="amount"/><literalExpression><text>Amount</text></literalExpression></binding>
          <binding><parameter name="rate"/><literalExpression><text>rate</text></literalExpression></binding>
        </invocation>
      </contextEntry>
      <contextEntry>
        <variable name="tiers"/>
        <relation>
          <column name="name"/><column name="limit" typeRef="number"/>
          <row><literalExpression><text>"small"</text></literalExpression><literalExpression><text>1000</text></literalExpression></row>
          <row><literalExpression><text>"big"</text></literalExpression><literalExpression><text>"oops"</text></literalExpression></row>
        </relation>
      </contextEntry>
      <contextEntry>
        <variable name="checks"/>
        <list><literalExpression><text>Amount &gt; 0</text></literalExpression><literalExpression><text>Fee(1, 2)</text></literalExpression></list>
      </contextEntry>
    </context>
  </decision>
  <decisionService id="pricing" name="Pricing">
    <outputDecision href="#offer"/>
    <inputDecision href="#risk"/>
    <inputData href="#amount"/>
  </decisionService>
  <decision id="quote" name="Quote">
    <knowledgeRequirement><requiredKnowledge href="#pricing"/></knowledgeRequirement>
    <literalExpression><text>[Pricing(200, "high").fee, Pricing("high", 200), Pricing(200)]</text></literalExpression>
  </decision>
  <decision id="boxed" name="Boxed">
    <filter>
      <in><for iteratorVariable="n"><in><literalExpression><text>[1, 2, 3, 4]</text></literalExpression></in><return><literalExpression><text>n * 10</text></literalExpression></return></for></in>
      <match><literalExpression><text>item &gt; 15</text></literalExpression></match>
    </filter>
  </decision>
  <decision id="every" name="All Positive">
    <every iteratorVariable="x"><in><literalExpression><text>[1, 2]</text></literalExpression></in><satisfies><literalExpression><text>x &gt; 0</text></literalExpression></satisfies></every>
  </decision>
</definitions>`;

async function loanModel() {
  return compileDmnModel(await readDmn(LOAN_MODEL));
}

const applicant = (age: number) => ({ age, since: '2020-02-29' });

describe('evaluateDmnDecision', () => {
  it('evaluates required decisions first and gives a context built from invocations, relations and lists', async () => {
    const compiled = await loanModel();
    const out = evaluateDmnDecision(compiled, { decision: 'Offer', inputs: { Applicant: applicant(20), Amount: 1000 } });
    expect(out.result).toEqual({ rate: 0.1, fee: 100, tiers: [{ name: 'small', limit: 1000 }, { name: 'big', limit: null }], checks: [true, 2] });
    expect(evaluateDmnDecision(compiled, { decision: 'Offer', inputs: { Applicant: applicant(40), Amount: 1000 } }).result).toMatchObject({ rate: 0.05, fee: 50 });
  });

  it('reports the rules of a decision table and keeps FEEL values (dates) until the JSON result', async () => {
    const compiled = await loanModel();
    const risk = evaluateDmnDecision(compiled, { decision: 'risk', inputs: { Applicant: applicant(20) } });
    expect(risk).toEqual({ result: 'high', matchedRules: [{ id: 'young', index: 0 }], selectedRules: [{ id: 'young', index: 0 }] });
    expect(evaluateDmnDecision(compiled, { decision: 'Review Date', inputs: { Applicant: applicant(20) } }).result).toBe('2021-02-28');
  });

  it('raises a hit policy violation of the requested decision as a DmnEvaluationError naming the rules', async () => {
    const compiled = await loanModel();
    try {
      evaluateDmnDecision(compiled, { decision: 'Risk', inputs: { Applicant: applicant(99) } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DmnEvaluationError);
      expect(error).toMatchObject({ code: 'unique-violation', ruleIds: ['old', 'odd'] });
    }
    // inside the graph the failing decision is null, as DMN requires
    expect(evaluateDmnDecision(compiled, { decision: 'Offer', inputs: { Applicant: applicant(99), Amount: 10 } }).result).toMatchObject({ rate: 0.05 });
  });

  it('nulls values that do not conform to their type', async () => {
    const compiled = await loanModel();
    expect(evaluateDmnDecision(compiled, { decision: 'Offer', inputs: { Applicant: applicant(40), Amount: 'lots' } }).result).toMatchObject({ fee: null, checks: [null, 2] });
    expect(evaluateDmnDecision(compiled, { decision: 'Risk', inputs: { Applicant: { age: 'forty' } } }).result).toBeNull();
  });

  it('invokes decision services and evaluates the DMN 1.4 boxed for, filter and every', async () => {
    const compiled = await loanModel();
    // parameters: input data, then input decisions; a missing or ill-typed argument is an error (null)
    expect(evaluateDmnDecision(compiled, { decision: 'Quote', inputs: {} }).result).toEqual([20, null, null]);
    expect(evaluateDmnDecision(compiled, { decision: 'Boxed', inputs: {} }).result).toEqual([20, 30, 40]);
    expect(evaluateDmnDecision(compiled, { decision: 'All Positive', inputs: {} }).result).toBe(true);
  });

  it('defaults to the top decision and names the decisions when one is unknown', async () => {
    const compiled = await loanModel();
    expect(evaluateDmnDecision(compiled, { inputs: { Applicant: applicant(20) } }).result).toBe('2021-02-28');
    expect(() => evaluateDmnDecision(compiled, { decision: 'Nope', inputs: {} })).toThrow(/no decision "Nope".*"Risk"/);
  });

  it('memoizes each decision once per evaluation', async () => {
    const compiled = await loanModel();
    let reads = 0;
    const run = newRun(compiled, (input) => {
      reads += 1;
      return input.name === 'Amount' ? 100 : { age: 30, since: null };
    });
    const offer = compiled.model.decisions.find((decision) => decision.name === 'Offer');
    if (!offer) throw new Error('model changed');
    decisionValue(run, offer);
    decisionValue(run, offer);
    expect(reads).toBe(2);
    expect([...run.memo.keys()]).toEqual(['urn:loan#risk', 'urn:loan#offer']);
  });
});

describe('imported models', () => {
  it('sees decisions of an imported model under the import name', async () => {
    const imported = `<definitions xmlns="${NS}" id="b" name="B" namespace="urn:b">
      <inputData id="who" name="Who"><variable name="Who" typeRef="string"/></inputData>
      <decision id="greet" name="Greeting"><informationRequirement><requiredInput href="#who"/></informationRequirement><literalExpression><text>"Hello " + Who</text></literalExpression></decision>
    </definitions>`;
    const main = `<definitions xmlns="${NS}" id="c" name="C" namespace="urn:c">
      <import name="Model B" namespace="urn:b" importType="${NS}"/>
      <decision id="say" name="Say"><informationRequirement><requiredDecision href="urn:b#greet"/></informationRequirement><literalExpression><text>Model B.Greeting + "!"</text></literalExpression></decision>
    </definitions>`;
    const compiled = compileDmnModel(await readDmn(main, { imports: [imported] }));
    expect(evaluateDmnDecision(compiled, { decision: 'Say', inputs: { 'Model B': { Who: 'Ann' } } }).result).toBe('Hello Ann!');
    expect(evaluateDmnDecision(compiled, { decision: 'Say', inputs: { 'Model B.Who': 'Bo' } }).result).toBe('Hello Bo!');
  });
});
