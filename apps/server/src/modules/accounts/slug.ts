/** Account slugs: lowercase ASCII words joined by dashes, at most 63 characters. */

/** Turns a display name into a slug ("Acme GmbH & Co." → "acme-gmbh-co"); never empty. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/g, '');
  return slug || 'account';
}

/** The n-th alternative when a slug is taken: "acme" → "acme-7f3a". */
export function withSuffix(slug: string, suffix: string): string {
  return `${slug}-${suffix}`;
}
