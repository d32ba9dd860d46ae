import { useFormat } from './useFormat';

interface RelativeTimeProps {
  /** An ISO timestamp (as the API sends them). */
  value: string;
  /** Epoch ms the distance is measured from (usually when the data was fetched). */
  now: number;
}

/** "3 min. ago", with the exact date and time in the user's zone on hover. */
export function RelativeTime({ value, now }: RelativeTimeProps) {
  const format = useFormat();
  return <time dateTime={value} title={format.formatTimestamp(value)}>{format.formatRelative(value, now)}</time>;
}
