// English messages of the users screens; users.de.ts has the same keys.
export const usersEn = {
} as const;
