/** Joins class names, skipping empty and false values: joinClassNames('a', isOn && 'b'). */
export function joinClassNames(...parts: (string | false | null | undefined)[]): string {
  return parts.filter(Boolean).join(' ');
}
