// Choices for the session timeout: null keeps the standard week-long session (extended while in use).
export const SESSION_TIMEOUT_CHOICES: readonly (number | null)[] = [null, 15, 30, 60, 240, 480, 720, 1440, 10_080, 43_200];

/** The choices, plus the saved value when an API client set one that is not among them. */
export function sessionTimeoutChoices(saved: number | null): (number | null)[] {
  return SESSION_TIMEOUT_CHOICES.includes(saved) ? [...SESSION_TIMEOUT_CHOICES] : [...SESSION_TIMEOUT_CHOICES, saved].sort((a, b) => (a ?? 0) - (b ?? 0));
}

/** Minutes split into the largest whole unit: 1440 → 1 day, 90 → 90 minutes. */
export function splitMinutes(minutes: number): { unit: 'minutes' | 'hours' | 'days'; count: number } {
  if (minutes % 1440 === 0) return { unit: 'days', count: minutes / 1440 };
  if (minutes % 60 === 0) return { unit: 'hours', count: minutes / 60 };
  return { unit: 'minutes', count: minutes };
}
