/** Up to two initials for an avatar: "Ada Lovelace" → "AL", "ada" → "A", "" → "?". */
export function computeInitials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0];
  if (first === undefined) return '?';
  const last = words.length > 1 ? words.at(-1) : undefined;
  return [...first].slice(0, 1).concat(last === undefined ? [] : [...last].slice(0, 1)).join('').toUpperCase();
}
