// Why the test e-mail failed, in words: the mail server's own answer is the useful part.
import { isApiProblem } from '../../../lib/api-problem';
import type { Translate } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';

export function describeTestFailure(error: unknown, t: Translate): { title: string; detail: string | undefined } {
  if (isApiProblem(error) && error.code === 'smtp-not-configured') return { title: t('mail.test.failed'), detail: t('mail.test.notConfigured') };
  if (isApiProblem(error) && error.code === 'mail-delivery-failed') return { title: t('mail.test.failed'), detail: error.detail };
  const described = describeError(error, t);
  return { title: described.title, detail: described.detail };
}
