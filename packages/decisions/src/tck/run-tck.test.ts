import { describe, expect, it } from 'vitest';
import { dateAndTime, duration, parseDate, time } from 'feelin';
import { formatResult, runTckFolder, summarize } from './run-tck.ts';
import { readTestFile } from './test-cases.ts';
import { sameNumber, toFeel, valueDifference } from './tck-values.ts';

const TESTS = `<?xml version="1.0" encoding="UTF-8"?>
<testCases xmlns="http://www.omg.org/spec/DMN/20160719/testcase" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">
  <modelName>greet.dmn</modelName>
  <labels><label>Compliance Level 2</label></labels>
  <testCase id="001">
    <inputNode name="Person">
      <component name="name"><value xsi:type="xsd:string"> Ann &amp; Bo </value></component>
      <component name="born"><value xsi:type="xsd:date">2000-01-31</value></component>
      <component name="tags"><list><item><value xsi:type="xsd:string">a</value></item><item><value xsi:nil="true"/></item></list></component>
    </inputNode>
    <resultNode name="Greeting" type="decision"><expected><value xsi:type="xsd:string">Hello  Ann &amp; Bo </value></expected></resultNode>
    <resultNode name="Next Birthday"><expected><value xsi:type="xsd:date">2001-01-31</value></expected></resultNode>
  </testCase>
  <testCase id="002">
    <resultNode name="Greeting" errorResult="true"><expected><value xsi:nil="true"/></expected></resultNode>
  </testCase>
  <testCase id="003">
    <resultNode name="Greeting"><expected><value xsi:type="xsd:string">wrong</value></expected></resultNode>
  </testCase>
  <testCase id="004">
    <resultNode name="Missing"><expected><value xsi:nil="true"/></expected></resultNode>
  </testCase>
</testCases>`;

const MODEL = `<definitions xmlns="https://www.omg.org/spec/DMN/20230324/MODEL/" id="g" name="greet" namespace="urn:greet">
  <inputData id="p" name="Person"/>
  <decision id="g1" name="Greeting"><informationRequirement><requiredInput href="#p"/></informationRequirement><literalExpression><text>"Hello " + Person.name</text></literalExpression></decision>
  <decision id="g2" name="Next Birthday"><informationRequirement><requiredInput href="#p"/></informationRequirement><literalExpression><text>Person.born + @"P1Y"</text></literalExpression></decision>
</definitions>`;

describe('TCK test files', () => {
  it('reads typed inputs, components, lists, nil and result nodes', () => {
    const file = readTestFile(TESTS);
    expect(file.modelName).toBe('greet.dmn');
    expect(file.labels).toEqual(['Compliance Level 2']);
    const [first, second] = file.cases;
    expect(first?.inputs[0]?.value).toMatchObject({ kind: 'components' });
    expect(toFeel(first?.inputs[0]?.value ?? { kind: 'nil' })).toEqual({ name: ' Ann & Bo ', born: parseDate('2000-01-31'), tags: ['a', null] });
    expect(second?.results[0]).toMatchObject({ name: 'Greeting', errorResult: true, expected: { kind: 'nil' } });
  });
});

describe('TCK comparison', () => {
  it('compares numbers at 15 significant digits or within the reference runner tolerance of 1e-8', () => {
    expect(sameNumber(0.3333333333333333, 1 / 3)).toBe(true);
    expect(sameNumber(2778.69354943277, 2778.693549432746)).toBe(true);
    expect(sameNumber(54.59815003, Math.exp(4))).toBe(true);
    expect(sameNumber(1.5, 1.50000002)).toBe(false);
    expect(sameNumber(1e20, 1.0000000000001e20)).toBe(false);
  });

  it('compares temporal values by type and value, lists by item and contexts by entry name', () => {
    const value = (type: string, text: string) => ({ kind: 'value' as const, type, text });
    expect(valueDifference(value('date', '2020-01-01'), parseDate('2020-01-01'))).toBeNull();
    expect(valueDifference(value('dateTime', '2020-01-01T10:00:00Z'), dateAndTime('2020-01-01T10:00:00Z'))).toBeNull();
    expect(valueDifference(value('date', '2020-01-01'), dateAndTime('2020-01-01T00:00:00'))).toMatch(/expected 2020-01-01/);
    expect(valueDifference(value('time', '10:00:00'), time('10:00:00'))).toBeNull();
    expect(valueDifference(value('duration', 'P1Y'), duration('P12M'))).toBeNull();
    expect(valueDifference(value('duration', 'P1D'), duration('PT24H'))).toBeNull();
    expect(valueDifference(value('string', '1'), 1)).not.toBeNull();
    const list = { kind: 'list' as const, items: [value('decimal', '1'), { kind: 'nil' as const }] };
    expect(valueDifference(list, [1, null])).toBeNull();
    expect(valueDifference(list, [1])).toMatch(/2 items/);
    const components = { kind: 'components' as const, components: [{ name: 'a', value: value('boolean', 'true') }] };
    expect(valueDifference(components, { a: true })).toBeNull();
    expect(valueDifference(components, { a: true, b: 1 })).toMatch(/unexpected entries b/);
    expect(valueDifference({ kind: 'nil' }, 0)).toMatch(/expected null/);
  });
});

describe('runTckFolder', () => {
  it('passes matching cases, fails wrong and unknown ones, and sums up', async () => {
    const results = await runTckFolder({ path: 'level/greet', files: [{ name: 'greet.dmn', text: MODEL }, { name: 'greet-test-01.xml', text: TESTS }] });
    expect(results.map(formatResult)).toEqual([
      'PASS level/greet/greet/001',
      'PASS level/greet/greet/002',
      'FAIL level/greet/greet/003 Greeting: expected wrong (string), got null',
      'FAIL level/greet/greet/004 threw: No decision named "Missing".',
    ]);
    expect(summarize(results)).toEqual({ suite: 'dmn-tck', passed: 2, failed: 2, skipped: 0 });
  });

  it('fails every case of a test file whose model is missing', async () => {
    const results = await runTckFolder({ path: 'x', files: [{ name: 'greet-test-01.xml', text: TESTS }] });
    expect(results).toHaveLength(4);
    expect(results.every((result) => result.status === 'FAIL' && result.reason.includes('greet.dmn not found'))).toBe(true);
  });
});
