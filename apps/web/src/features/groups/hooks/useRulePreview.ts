import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { previewRule } from '../api/groups-api';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';

const DEBOUNCE_MS = 400;

/** The server's diagnostics and match preview of a rule, asked once typing pauses. */
export function useRulePreview(rule: string) {
  const source = useDebouncedValue(rule, DEBOUNCE_MS);
  const query = useQuery({
    queryKey: ['groups', 'rule-preview', source],
    queryFn: ({ signal }) => previewRule(source, signal),
    enabled: source.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
  return { ...query, source, isStale: source !== rule || query.isPlaceholderData };
}
