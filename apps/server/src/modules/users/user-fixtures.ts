/**
 * Steps the users tests share: invite through the API, deliver the mail and read the accept link
 * from what the SMTP capture received.
 */
import type { SystemRoleKey, User } from '@flowforge/contracts';
import { extractLinks, type SmtpCapture } from '@flowforge/test-kit';
import { runPendingJobs } from '../../testing/run-jobs.ts';
import { addMember, type SignedUpUser, type TestApp } from '../../testing/test-app.ts';

let counter = 0;

/** An e-mail address no other test uses. */
export function uniqueEmail(name: string): string {
  counter += 1;
  return `${name.toLowerCase()}-${counter}-${Date.now()}@example.test`;
}

/** POST /users as `admin`; fails the test unless it answers 201. */
export async function inviteUser(t: TestApp, admin: SignedUpUser, body: Record<string, unknown>): Promise<User> {
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/users', headers: admin.headers, payload: body });
  if (response.statusCode !== 201) throw new Error(`invite failed: ${response.statusCode} ${response.body}`);
  return response.json<User>();
}

/** Delivers queued mail and returns the token of the newest invitation link sent to `email`. */
export async function takeInvitationToken(t: TestApp, capture: SmtpCapture, email: string): Promise<string> {
  await runPendingJobs(t.platform);
  const mails = capture.messages.filter((mail) => mail.to.includes(email));
  const mail = mails.at(-1) ?? (await capture.waitForMail((candidate) => candidate.to.includes(email), 5000));
  const link = extractLinks(mail.text ?? '').find((candidate) => candidate.includes('/invite/'));
  if (!link) throw new Error(`no invitation link in the mail to ${email}:\n${mail.text ?? ''}`);
  return link.split('/invite/')[1] ?? '';
}

/** The session cookie header from a better-auth or sign-up response. */
export function cookieFrom(setCookie: string | string[] | undefined): string {
  return (Array.isArray(setCookie) ? setCookie : [String(setCookie)]).map((cookie) => cookie.split(';')[0]).join('; ');
}

/** Makes a signed-up user a member of another account with a system role and switches their session to it. */
export async function joinAccount(t: TestApp, who: SignedUpUser, membership: { accountId: string; role: SystemRoleKey }): Promise<SignedUpUser> {
  await addMember(t.platform, { accountId: membership.accountId, userId: who.userId }, membership.role);
  const response = await t.app.inject({ method: 'POST', url: '/api/v1/me/active-account', headers: who.headers, payload: { accountId: membership.accountId } });
  if (response.statusCode !== 200) throw new Error(`switching accounts failed: ${response.statusCode} ${response.body}`);
  return { ...who, accountId: membership.accountId };
}
