import { describe, expect, it } from 'vitest';
import { pickView, shownVersionOf } from './pick-view';

describe('pickView', () => {
  it('opens the draft for editors and the active version for readers', () => {
    expect(pickView({ draftVersion: 3, activeVersion: 2, viewing: null, canUpdate: true })).toEqual({ kind: 'draft' });
    expect(pickView({ draftVersion: 3, activeVersion: 2, viewing: null, canUpdate: false })).toEqual({ kind: 'readOnly', which: 'active', isCurrent: true });
    expect(pickView({ draftVersion: null, activeVersion: 2, viewing: null, canUpdate: true })).toEqual({ kind: 'readOnly', which: 'active', isCurrent: true });
    expect(pickView({ draftVersion: 1, activeVersion: null, viewing: null, canUpdate: false })).toEqual({ kind: 'readOnly', which: 'draft', isCurrent: true });
    expect(pickView({ draftVersion: null, activeVersion: null, viewing: null, canUpdate: true })).toEqual({ kind: 'none' });
  });

  it('shows a version picked in the history', () => {
    expect(pickView({ draftVersion: 3, activeVersion: 2, viewing: 1, canUpdate: true })).toEqual({ kind: 'past', version: 1 });
    expect(pickView({ draftVersion: 3, activeVersion: 2, viewing: 2, canUpdate: true })).toEqual({ kind: 'readOnly', which: 'active', isCurrent: false });
    expect(pickView({ draftVersion: 3, activeVersion: 2, viewing: 3, canUpdate: true })).toEqual({ kind: 'draft' });
    expect(pickView({ draftVersion: 3, activeVersion: 2, viewing: 3, canUpdate: false })).toEqual({ kind: 'readOnly', which: 'draft', isCurrent: false });
  });
});

describe('shownVersionOf', () => {
  const versions = { draftVersion: 3, activeVersion: 2 };

  it('gives the number of the version a view shows', () => {
    expect(shownVersionOf({ kind: 'draft' }, versions)).toBe(3);
    expect(shownVersionOf({ kind: 'readOnly', which: 'active', isCurrent: true }, versions)).toBe(2);
    expect(shownVersionOf({ kind: 'past', version: 1 }, versions)).toBe(1);
    expect(shownVersionOf({ kind: 'none' }, versions)).toBeNull();
  });
});
