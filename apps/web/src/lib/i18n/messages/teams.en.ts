// English messages of the teams screens; teams.de.ts has the same keys.
export const teamsEn = {
} as const;
