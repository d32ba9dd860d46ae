export { createFormatter, type DateInput, type FormatSettings, type Formatter } from './formatter';
export { FormatProvider } from './FormatProvider';
export { RelativeTime } from './RelativeTime';
export { useFormat } from './useFormat';
