/** Fixtures for the decision integration tests: sample tables, and calls that fail loudly when the API refuses them. */
import type { DecisionTableInput } from '@flowforge/contracts';
import { addMember, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

/** FIRST: clerk below 1,000, manager up to 10,000, CFO above. */
export const APPROVAL_TABLE: DecisionTableInput = {
  hitPolicy: 'first',
  inputs: [{ id: 'amount', label: 'Amount', expression: 'amount', type: 'number' }],
  outputs: [{ id: 'level', name: 'level', label: 'Level', type: 'string' }],
  rules: [
    { id: 'small', inputEntries: ['< 1000'], outputEntries: ['"clerk"'] },
    { id: 'medium', inputEntries: ['[1000..10000)'], outputEntries: ['"manager"'] },
    { id: 'large', inputEntries: ['>= 10000'], outputEntries: ['"cfo"'] },
  ],
};

/** UNIQUE with overlapping rules: 150 matches both `mid` and `high`. */
export const OVERLAPPING_TABLE: DecisionTableInput = {
  hitPolicy: 'unique',
  inputs: [{ id: 'score', label: 'Score', expression: 'score', type: 'number' }],
  outputs: [
    { id: 'grade', name: 'grade', type: 'string' },
    { id: 'bonus', name: 'bonus', type: 'number' },
  ],
  rules: [
    { id: 'low', inputEntries: ['< 100'], outputEntries: ['"C"', '0'] },
    { id: 'mid', inputEntries: ['[100..200]'], outputEntries: ['"B"', 'score / 10'] },
    { id: 'high', inputEntries: ['>= 150'], outputEntries: ['"A"', 'score / 5'] },
  ],
};

export type DecisionBody = {
  id: string; name: string; description: string; kind: string; hitPolicy: string | null; activeVersion: number | null; draftVersion: number | null;
  ruleCount: number; versions: { version: number; status: string; comment: string; createdBy: string | null; publishedBy: string | null }[];
  draft: VersionBody | null; active: VersionBody | null;
};
export type VersionBody = { version: number; status: string; revision: number; table: DecisionTableInput | null; dmn: string | null; comment: string };

export class DecisionApi {
  constructor(private readonly t: TestApp, private readonly who: SignedUpUser) {}

  async call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, payload?: unknown) {
    return this.t.app.inject({ method, url: `/api/v1/decisions${path}`, headers: this.who.headers, ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }) });
  }

  private async expectOk<T>(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', path: string, payload?: unknown): Promise<T> {
    const response = await this.call(method, path, payload);
    if (response.statusCode >= 300) throw new Error(`${method} ${path} failed: ${response.statusCode} ${response.body}`);
    return response.json<T>();
  }

  create(body: { name: string; description?: string; table?: DecisionTableInput }): Promise<DecisionBody> {
    return this.expectOk('POST', '', body);
  }

  get(id: string): Promise<DecisionBody> {
    return this.expectOk('GET', `/${id}`);
  }

  saveDraft(id: string, body: { table: DecisionTableInput; revision?: number }): Promise<VersionBody> {
    return this.expectOk('PUT', `/${id}/draft`, body);
  }

  publish(id: string, comment = ''): Promise<VersionBody> {
    return this.expectOk('POST', `/${id}/publish`, { comment });
  }

  /** Creates the decision and publishes its first version. */
  async published(name: string, table: DecisionTableInput): Promise<DecisionBody> {
    const decision = await this.create({ name, table });
    await this.publish(decision.id, 'first');
    return this.get(decision.id);
  }
}

/** Another person in the owner's account with a system role, acting in that account. */
export async function memberOf(t: TestApp, owner: SignedUpUser, who: { user: SignedUpUser; role: 'viewer' | 'member' }): Promise<SignedUpUser> {
  await addMember(t.platform, { accountId: owner.accountId, userId: who.user.userId }, who.role);
  const switched = await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: who.user.headers, payload: { accountId: owner.accountId } });
  if (switched.statusCode !== 200) throw new Error(`switching account failed: ${switched.body}`);
  return { ...who.user, accountId: owner.accountId };
}
