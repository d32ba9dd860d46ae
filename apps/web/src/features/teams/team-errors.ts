// Words for the problems the teams screens meet most; everything else goes to describeError.
import { isApiProblem } from '../../lib/api-problem';
import type { MessageKey, Translate } from '../../lib/i18n';
import { describeError, type ErrorDescription } from '../../lib/problem-message';

const TEAM_MESSAGES: Readonly<Record<string, MessageKey>> = {
  'team-not-found': 'teams.error.teamNotFound',
  'invitation-not-found': 'teams.error.invitationNotFound',
  'invitation-exists': 'teams.error.invitationExists',
  'already-member': 'teams.error.alreadyMember',
  'name-taken': 'teams.error.nameTaken',
};

export function describeTeamError(error: unknown, t: Translate): ErrorDescription {
  if (isApiProblem(error)) {
    const key = TEAM_MESSAGES[error.code];
    if (key !== undefined) return { title: t(key), detail: undefined, traceId: error.traceId };
  }
  return describeError(error, t);
}

/** The message for one form field: the translated code for known conflicts, else the server's field error. */
export function fieldErrorFor(error: unknown, input: { field: string; t: Translate }): string | undefined {
  if (!isApiProblem(error)) return undefined;
  const pointer = `/${input.field}`;
  const fieldError = error.errors.find((entry) => entry.pointer === pointer || entry.pointer.startsWith(`${pointer}/`));
  if (fieldError === undefined) return undefined;
  const key = TEAM_MESSAGES[error.code];
  return key === undefined ? fieldError.message : input.t(key);
}
