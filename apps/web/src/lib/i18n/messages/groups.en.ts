// English messages of the groups screens; groups.de.ts has the same keys.
export const groupsEn = {
} as const;
