// How shortcuts are written in menus and tooltips: ⌘ on Apple keyboards, Ctrl elsewhere.
const isApple = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export const MOD_KEY = isApple ? '⌘' : 'Ctrl';

export const SHORTCUTS = {
  undo: `${MOD_KEY}+Z`,
  redo: `${MOD_KEY}+Shift+Z`,
  insertRuleBelow: `${MOD_KEY}+Enter`,
  insertRuleAbove: `${MOD_KEY}+Shift+Enter`,
  duplicateRule: `${MOD_KEY}+D`,
  deleteRule: `${MOD_KEY}+Delete`,
  moveUp: 'Alt+↑',
  moveDown: 'Alt+↓',
  moveLeft: 'Alt+←',
  moveRight: 'Alt+→',
  menu: 'Shift+F10',
} as const;
