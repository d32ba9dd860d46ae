export { ME_QUERY_KEY, fetchMe, meQueryOptions } from './api/me-query';
export { signIn, signUp, updatePreferences } from './api/session-api';
export type { AccountSummary, Me, SignInBody, SignUpBody, UserPreferences } from './api/session-types';
export { useMe, useOptionalMe } from './hooks/useMe';
export { useSignOut } from './hooks/useSignOut';
export { useSwitchAccount } from './hooks/useSwitchAccount';
