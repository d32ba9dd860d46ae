/**
 * The RBAC matrix: every declared /api/v1 route × every system role (and anonymous). A role that
 * lacks the route's permission gets 403 naming that permission; a role that has it never gets that
 * denial; anonymous callers get 401 on everything that is not public. Routes are read from the app
 * itself, so a new route is covered the moment it is registered.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_ROLE_KEYS, SYSTEM_ROLE_PERMISSIONS, isPermission, type SystemRoleKey } from '@flowforge/contracts';
import { addMember, createTestApp, signUpUser, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';
import type { DeclaredRoute } from './route-access.ts';

let t: TestApp;
const callers = new Map<SystemRoleKey, SignedUpUser>();

beforeAll(async () => {
  t = await createTestApp();
  const owner = await signUpUser(t.app, 'Matrix');
  callers.set('owner', owner);
  for (const key of SYSTEM_ROLE_KEYS.filter((k) => k !== 'owner')) {
    const user = await signUpUser(t.app, key);
    await addMember(t.platform, { accountId: owner.accountId, userId: user.userId }, key);
    const switched = await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: user.headers, payload: { accountId: owner.accountId } });
    expect(switched.statusCode).toBe(200);
    callers.set(key, { ...user, accountId: owner.accountId });
  }
}, 60_000);
afterAll(() => t.close());

function concreteUrl(route: DeclaredRoute): string {
  return route.url.replace(/:[A-Za-z]+/g, () => randomUUID());
}

async function call(route: DeclaredRoute, headers: Record<string, string> | undefined) {
  const hasBody = !['GET', 'DELETE'].includes(route.method);
  return t.app.inject({ method: route.method as 'GET', url: concreteUrl(route), headers, ...(hasBody ? { payload: {} } : {}) });
}

function isPermissionDenial(response: { statusCode: number; json: () => { detail?: string } }, permission: string): boolean {
  return response.statusCode === 403 && String(response.json().detail).includes(`"${permission}"`);
}

describe('RBAC matrix (every route × system role, deny by default)', () => {
  it('has routes to check, and every one declared its access', () => {
    expect(t.app.declaredRoutes.length).toBeGreaterThan(10);
    for (const route of t.app.declaredRoutes) expect(route.access, `${route.method} ${route.url}`).toBeTruthy();
  });

  it('answers 401 to anonymous callers on every route that is not public', async () => {
    const leaks: string[] = [];
    for (const route of t.app.declaredRoutes.filter((r) => r.access !== 'public')) {
      const response = await call(route, { origin: 'http://localhost:3000' });
      if (response.statusCode !== 401) leaks.push(`${route.method} ${route.url} → ${response.statusCode}`);
    }
    expect(leaks).toEqual([]);
  });

  it.each(SYSTEM_ROLE_KEYS)('grants %s exactly the permissions of its role', async (key) => {
    const caller = callers.get(key);
    if (!caller) throw new Error(`no caller for ${key}`);
    const granted = new Set<string>(SYSTEM_ROLE_PERMISSIONS[key]);
    const wrong: string[] = [];
    for (const route of t.app.declaredRoutes) {
      const permission = route.access;
      if (!isPermission(permission)) continue;
      const denied = isPermissionDenial(await call(route, caller.headers), permission);
      if (denied === granted.has(permission)) wrong.push(`${route.method} ${route.url} (${permission}) ${denied ? 'denied' : 'allowed'}`);
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});
