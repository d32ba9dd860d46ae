import { describe, expect, it } from 'vitest';
import { editingAction, keySignature, movePosition, navigationAction, type KeyPress } from './grid-keys';

const press = (key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, shift: false, mod: false, alt: false, ...modifiers });
const size = { rows: 4, cols: 5 };

describe('keySignature', () => {
  it('orders modifiers and upper-cases letters', () => {
    expect(keySignature(press('z', { mod: true, shift: true }))).toBe('Mod+Shift+Z');
    expect(keySignature(press('ArrowUp', { alt: true }))).toBe('Alt+ArrowUp');
  });
});

describe('navigationAction', () => {
  it('moves with arrows, Home/End, Page keys and Tab', () => {
    expect(navigationAction(press('ArrowDown'))).toEqual({ type: 'move', movement: 'down' });
    expect(navigationAction(press('Home', { mod: true }))).toEqual({ type: 'move', movement: 'gridStart' });
    expect(navigationAction(press('Tab', { shift: true }))).toEqual({ type: 'move', movement: 'previous' });
    expect(navigationAction(press('PageDown'))).toEqual({ type: 'move', movement: 'pageDown' });
  });

  it('edits with Enter and F2, types over with a character, clears with Delete', () => {
    expect(navigationAction(press('Enter'))).toEqual({ type: 'edit' });
    expect(navigationAction(press('F2'))).toEqual({ type: 'edit' });
    expect(navigationAction(press('>'))).toEqual({ type: 'typeOver', text: '>' });
    expect(navigationAction(press('A', { shift: true }))).toEqual({ type: 'typeOver', text: 'A' });
    expect(navigationAction(press('Delete'))).toEqual({ type: 'clear' });
    expect(navigationAction(press('Backspace'))).toEqual({ type: 'clear' });
  });

  it('undoes with Mod+Z and redoes with Mod+Shift+Z or Mod+Y', () => {
    expect(navigationAction(press('z', { mod: true }))).toEqual({ type: 'undo' });
    expect(navigationAction(press('Z', { mod: true, shift: true }))).toEqual({ type: 'redo' });
    expect(navigationAction(press('y', { mod: true }))).toEqual({ type: 'redo' });
  });

  it('has keys for rule and column actions and the context menu', () => {
    expect(navigationAction(press('ArrowUp', { alt: true }))).toEqual({ type: 'moveRule', delta: -1 });
    expect(navigationAction(press('ArrowRight', { alt: true }))).toEqual({ type: 'moveColumn', delta: 1 });
    expect(navigationAction(press('Enter', { mod: true }))).toEqual({ type: 'insertRule', where: 'below' });
    expect(navigationAction(press('Enter', { mod: true, shift: true }))).toEqual({ type: 'insertRule', where: 'above' });
    expect(navigationAction(press('d', { mod: true }))).toEqual({ type: 'duplicateRule' });
    expect(navigationAction(press('Delete', { mod: true }))).toEqual({ type: 'deleteRule' });
    expect(navigationAction(press('F10', { shift: true }))).toEqual({ type: 'menu' });
  });

  it('leaves other shortcuts to the browser', () => {
    expect(navigationAction(press('c', { mod: true }))).toBeNull();
    expect(navigationAction(press('Escape'))).toBeNull();
    expect(navigationAction(press('Shift'))).toBeNull();
  });
});

describe('editingAction', () => {
  it('commits with Enter (down), Shift+Enter (up), Tab (next) and cancels with Escape', () => {
    expect(editingAction(press('Enter'))).toEqual({ type: 'commit', movement: 'down' });
    expect(editingAction(press('Enter', { shift: true }))).toEqual({ type: 'commit', movement: 'up' });
    expect(editingAction(press('Tab'))).toEqual({ type: 'commit', movement: 'next' });
    expect(editingAction(press('Tab', { shift: true }))).toEqual({ type: 'commit', movement: 'previous' });
    expect(editingAction(press('Escape'))).toEqual({ type: 'cancel' });
  });

  it('lets arrows and characters edit the text', () => {
    expect(editingAction(press('ArrowLeft'))).toBeNull();
    expect(editingAction(press('a'))).toBeNull();
  });
});

describe('movePosition', () => {
  it('stops arrows at the edges', () => {
    expect(movePosition({ row: 0, col: 0 }, 'up', size)).toEqual({ row: 0, col: 0 });
    expect(movePosition({ row: 3, col: 4 }, 'right', size)).toEqual({ row: 3, col: 4 });
    expect(movePosition({ row: 1, col: 2 }, 'down', size)).toEqual({ row: 2, col: 2 });
  });

  it('jumps to row and grid ends and by pages', () => {
    expect(movePosition({ row: 2, col: 2 }, 'rowEnd', size)).toEqual({ row: 2, col: 4 });
    expect(movePosition({ row: 2, col: 2 }, 'gridStart', size)).toEqual({ row: 0, col: 0 });
    expect(movePosition({ row: 1, col: 2 }, 'bottom', size)).toEqual({ row: 3, col: 2 });
    expect(movePosition({ row: 1, col: 2 }, 'pageDown', size)).toEqual({ row: 3, col: 2 });
    expect(movePosition({ row: 3, col: 2 }, 'pageUp', size)).toEqual({ row: 0, col: 2 });
  });

  it('wraps Tab to the first entry of the next row and Shift+Tab to the end of the previous one', () => {
    expect(movePosition({ row: 1, col: 4 }, 'next', size)).toEqual({ row: 2, col: 1 });
    expect(movePosition({ row: 2, col: 0 }, 'previous', size)).toEqual({ row: 1, col: 4 });
  });

  it('lets Tab leave the grid past its first and last cell', () => {
    expect(movePosition({ row: 3, col: 4 }, 'next', size)).toBeNull();
    expect(movePosition({ row: 0, col: 0 }, 'previous', size)).toBeNull();
  });
});
