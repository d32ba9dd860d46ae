import { useQuery } from '@tanstack/react-query';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { ErrorState } from '../../../../ui/feedback/ErrorState';
import { Skeleton } from '../../../../ui/feedback/Skeleton';
import { getProfile, PROFILE_QUERY_KEY } from '../../api/profile-api';
import { AvatarCard } from './AvatarCard';
import { ProfileForm } from './ProfileForm';

/** My settings → Profile: photo, details, time zone and format. */
export function ProfileSection() {
  const t = useT();
  const query = useQuery({ queryKey: PROFILE_QUERY_KEY, queryFn: ({ signal }) => getProfile(signal) });
  if (query.isPending) {
    return (
      <div className="flex flex-col gap-6" aria-busy="true" aria-label={t('profile.loading')}>
        <Skeleton className="h-36 w-full" />
        <Skeleton className="h-72 w-full" />
      </div>
    );
  }
  if (query.isError) return <ErrorState {...describeError(query.error, t)} onRetry={() => void query.refetch()} />;
  return (
    <div className="flex flex-col gap-6">
      <AvatarCard profile={query.data} />
      <ProfileForm profile={query.data} />
    </div>
  );
}
