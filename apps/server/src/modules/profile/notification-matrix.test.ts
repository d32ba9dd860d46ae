import { describe, expect, it } from 'vitest';
import { defaultNotificationMatrix } from '@flowforge/contracts';
import { findNotificationMatrixErrors, resolveNotificationMatrix } from './notification-matrix.ts';

describe('resolveNotificationMatrix', () => {
  it('gives the defaults when nothing is stored', () => {
    const matrix = resolveNotificationMatrix(undefined);

    expect(matrix['task.assigned']).toEqual({ 'in-app': true, email: true });
    expect(matrix['task.due-soon']).toEqual({ 'in-app': true, email: false });
    expect(matrix['digest.daily']).toEqual({ email: false });
  });

  it('overlays stored choices and ignores what the catalogue no longer has', () => {
    const matrix = resolveNotificationMatrix({
      'task.assigned': { email: false },
      'digest.daily': { email: true, 'in-app': true },
      'gone.event': { email: true },
      mention: { email: 'yes' },
    });

    expect(matrix['task.assigned']).toEqual({ 'in-app': true, email: false });
    expect(matrix['digest.daily']).toEqual({ email: true });
    expect(matrix).not.toHaveProperty('gone.event');
    expect(matrix.mention).toEqual(defaultNotificationMatrix().mention);
  });
});

describe('findNotificationMatrixErrors', () => {
  it('accepts a matrix of known events and channels', () => {
    expect(findNotificationMatrixErrors(defaultNotificationMatrix())).toEqual([]);
  });

  it('points at unknown events, unknown channels and channels an event does not offer', () => {
    const errors = findNotificationMatrixErrors({
      'task.exploded': { email: true },
      'task.assigned': { pigeon: true },
      'digest.daily': { 'in-app': true },
      'a/b': {},
    });

    expect(errors.map((error) => error.pointer)).toEqual([
      '/events/task.exploded', '/events/task.assigned/pigeon', '/events/digest.daily/in-app', '/events/a~1b',
    ]);
  });
});
