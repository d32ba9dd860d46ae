/**
 * Where to go after signing in. Only paths of this app are allowed (`/settings?tab=x`), never
 * another origin (`https://evil.test`, `//evil.test`, `/\evil.test`), so the `redirect` search
 * parameter cannot be used to send users elsewhere.
 */
export function resolveSafeRedirect(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/')) return fallback;
  if (target.startsWith('//') || target.startsWith('/\\')) return fallback;
  if ([...target].some((char) => char.charCodeAt(0) < 0x20)) return fallback;
  if (target === '/sign-in' || target.startsWith('/sign-in?') || target.startsWith('/sign-up')) return fallback;
  return target;
}
