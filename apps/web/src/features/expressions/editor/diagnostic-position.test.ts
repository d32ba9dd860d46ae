import { describe, expect, it } from 'vitest';
import { clampRange, toEditorDiagnostics, toLineColumn } from './diagnostic-position';

describe('clampRange', () => {
  it.each([
    [{ from: 2, to: 5 }, 10, { from: 2, to: 5 }],
    [{ from: 8, to: 20 }, 10, { from: 8, to: 10 }],
    [{ from: 12, to: 14 }, 10, { from: 10, to: 10 }],
    [{ from: -3, to: 2 }, 10, { from: 0, to: 2 }],
    [{ from: 6, to: 4 }, 10, { from: 6, to: 6 }],
    [{ from: Number.NaN, to: 3 }, 10, { from: 0, to: 3 }],
  ])('clamps %j into a document of %i characters', (range, length, expected) => {
    expect(clampRange(range, length)).toEqual(expected);
  });
});

describe('toLineColumn', () => {
  it.each([
    ['${a} +', 0, { line: 1, column: 1 }],
    ['${a} +', 6, { line: 1, column: 7 }],
    ['IF(\n  ${a},\n  1)', 6, { line: 2, column: 3 }],
    ['abc', 99, { line: 1, column: 4 }],
  ])('places offset %i of %j', (source, offset, expected) => {
    expect(toLineColumn(source as string, offset as number)).toEqual(expected);
  });
});

describe('toEditorDiagnostics', () => {
  it('keeps severity and message and uses the code as the source when mapping to CodeMirror', () => {
    const diagnostics = [{ code: 'unknown-field', message: 'Unknown field amont', from: 2, to: 40, severity: 'error' as const }];

    const mapped = toEditorDiagnostics(diagnostics, 9);

    expect(mapped).toEqual([{ from: 2, to: 9, severity: 'error', message: 'Unknown field amont', source: 'unknown-field' }]);
  });
});
