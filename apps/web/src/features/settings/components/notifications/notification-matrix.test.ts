import { describe, expect, it } from 'vitest';
import { isSameMatrix, offersChannel, toggleChoice } from './notification-matrix';

const MATRIX = { 'task.assigned': { 'in-app': true, email: true }, 'digest.daily': { email: false } };

describe('notification matrix edits', () => {
  it('toggles one cell and leaves the original alone', () => {
    const next = toggleChoice(MATRIX, { event: 'task.assigned', channel: 'email', isOn: false });

    expect(next['task.assigned']).toEqual({ 'in-app': true, email: false });
    expect(MATRIX['task.assigned'].email).toBe(true);
  });

  it('compares matrices cell by cell', () => {
    expect(isSameMatrix(MATRIX, structuredClone(MATRIX))).toBe(true);
    expect(isSameMatrix(MATRIX, toggleChoice(MATRIX, { event: 'digest.daily', channel: 'email', isOn: true }))).toBe(false);
  });

  it('knows which channels an event offers', () => {
    expect(offersChannel(MATRIX, { event: 'digest.daily', channel: 'email' })).toBe(true);
    expect(offersChannel(MATRIX, { event: 'digest.daily', channel: 'in-app' })).toBe(false);
  });
});
