import { applyChange, createFormState, submitValues } from '@flowforge/forms';
import { describe, expect, it } from 'vitest';
import { checkDefinitionText } from './definition-check';
import { SAMPLE_DEFINITION_TEXT } from './sample-definition';

const context = { now: () => Date.UTC(2025, 2, 15, 12), timeZone: 'Europe/Berlin' };

function openSample() {
  const { definition } = checkDefinitionText(SAMPLE_DEFINITION_TEXT);
  if (!definition) throw new Error('the sample definition is invalid');
  return createFormState(definition, {}, context);
}

describe('the sample form', () => {
  it('shows the destination only for travel', () => {
    const state = openSample();

    const travel = applyChange(state, 'category', 'travel');

    expect(state.fields.destination?.visible).toBe(false);
    expect(travel.fields.destination?.visible).toBe(true);
  });

  it('calculates the total and requires a justification over 1,000', () => {
    const state = applyChange(applyChange(openSample(), 'amount', '600'), 'quantity', '2');

    expect(state.fields.total?.value).toBe('1200.00');
    expect(state.fields.justification?.required).toBe(true);
  });

  it('rejects a project code that does not match the pattern with the author’s message', () => {
    const state = applyChange(openSample(), 'projectCode', 'X-1');

    expect(state.fields.projectCode?.errors[0]?.message).toBe('Use PRJ- followed by digits, e.g. PRJ-1042.');
  });

  it('leaves hidden fields out of the submitted values', () => {
    const state = applyChange(applyChange(openSample(), 'category', 'travel'), 'destination', 'Lisbon');

    const hardware = applyChange(state, 'category', 'hardware');

    expect(submitValues(hardware).values).not.toHaveProperty('destination');
  });
});
