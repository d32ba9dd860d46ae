// English messages of the mail screens; mail.de.ts has the same keys.
export const mailEn = {
} as const;
