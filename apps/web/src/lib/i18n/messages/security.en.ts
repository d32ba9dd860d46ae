// English messages of the security screens; security.de.ts has the same keys.
export const securityEn = {
} as const;
