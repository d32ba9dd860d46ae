// Wire types of the session endpoints (GET /api/v1/me and friends).
// TODO: import these from @flowforge/contracts once it exports the me/session schemas.
import type { Locale } from '../../../lib/i18n';
import type { ThemePreference } from '../../../lib/theme';

export interface UserPreferences {
  theme: ThemePreference;
  locale: Locale;
}

export interface AccountSummary {
  id: string;
  name: string;
  slug: string;
  role: string;
}

export interface ActiveAccount extends AccountSummary {
  tier: string;
}

export interface Me {
  user: { id: string; email: string; name: string; preferences: UserPreferences };
  account: ActiveAccount;
  accounts: AccountSummary[];
  permissions: string[];
}

export interface SignUpBody {
  name: string;
  email: string;
  password: string;
  accountName: string;
}

export interface SignInBody {
  email: string;
  password: string;
}
