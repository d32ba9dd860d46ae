// English messages of the admin screens; admin.de.ts has the same keys.
export const adminEn = {
} as const;
