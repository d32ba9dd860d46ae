/**
 * Input masks of text and phone fields: `9` a digit, `a` a letter, `*` a letter or digit, `\` makes
 * the next character a literal; any other character is a literal the mask inserts. Separators the
 * user typed (spaces, punctuation) are skipped; a letter or digit that does not fit is an error.
 */

type Slot = { readonly kind: 'digit' | 'letter' | 'alnum' } | { readonly kind: 'literal'; readonly char: string };

export interface MaskResult {
  /** The input formatted by the mask, as far as it goes. */
  readonly value: string;
  /** Whether every slot of the mask is filled. */
  readonly isComplete: boolean;
}

const SLOT_KINDS: Record<string, 'digit' | 'letter' | 'alnum'> = { '9': 'digit', a: 'letter', '*': 'alnum' };
const parsedMasks = new Map<string, Slot[]>();

function parseMask(mask: string): Slot[] {
  const cached = parsedMasks.get(mask);
  if (cached) return cached;
  const slots: Slot[] = [];
  for (let index = 0; index < mask.length; index += 1) {
    const char = mask[index] as string;
    if (char === '\\' && index + 1 < mask.length) {
      index += 1;
      slots.push({ kind: 'literal', char: mask[index] as string });
    } else {
      const kind = SLOT_KINDS[char];
      slots.push(kind ? { kind } : { kind: 'literal', char });
    }
  }
  parsedMasks.set(mask, slots);
  return slots;
}

function fits(kind: 'digit' | 'letter' | 'alnum', char: string): boolean {
  if (kind === 'digit') return /\d/u.test(char);
  if (kind === 'letter') return /\p{L}/u.test(char);
  return /[\p{L}\d]/u.test(char);
}

const isSignificant = (char: string) => /[\p{L}\d]/u.test(char);

/** Formats `input` by `mask`; null when a letter or digit does not fit or is left over. */
export function applyMask(mask: string, input: string): MaskResult | null {
  const chars = [...input];
  let position = 0;
  let value = '';
  let filledLength = 0;
  for (const slot of parseMask(mask)) {
    if (slot.kind === 'literal') {
      value += slot.char;
      if (chars[position] === slot.char) position += 1;
      continue;
    }
    while (position < chars.length && !isSignificant(chars[position] as string)) position += 1;
    const char = chars[position];
    if (char === undefined) return { value: value.slice(0, filledLength), isComplete: false };
    if (!fits(slot.kind, char)) return null;
    value += char;
    position += 1;
    filledLength = value.length;
  }
  if (chars.slice(position).some(isSignificant)) return null;
  return { value, isComplete: true };
}
