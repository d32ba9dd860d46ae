// English messages of the service-accounts screens; service-accounts.de.ts has the same keys.
export const serviceAccountsEn = {
} as const;
