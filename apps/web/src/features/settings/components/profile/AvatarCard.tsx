import { useQueryClient } from '@tanstack/react-query';
import type { Profile } from '@flowforge/contracts';
import { useT } from '../../../../lib/i18n';
import { Avatar } from '../../../../ui/display/Avatar';
import { Card } from '../../../../ui/display/Card';
import { updateCachedMe } from '../../api/me-cache';
import { PROFILE_QUERY_KEY, removeAvatar, uploadAvatar } from '../../api/profile-api';
import { ImageUploadControl } from '../image/ImageUploadControl';

/** My photo: shown in the user menu and next to my name for colleagues. */
export function AvatarCard({ profile }: { profile: Profile }) {
  const t = useT();
  const queryClient = useQueryClient();
  const onChanged = (image: string | null) => {
    queryClient.setQueryData<Profile>(PROFILE_QUERY_KEY, (current) => (current ? { ...current, image } : current));
    updateCachedMe(queryClient, (me) => ({ ...me, user: { ...me.user, image } }));
  };
  return (
    <Card title={t('profile.photo')} description={t('profile.photoHint')}>
      <ImageUploadControl
        preview={<Avatar name={profile.name} imageUrl={profile.image} size="lg" />}
        hasImage={profile.image !== null}
        labels={{
          upload: t('profile.uploadPhoto'), replace: t('profile.replacePhoto'), remove: t('profile.removePhoto'),
          uploaded: t('profile.photoUploaded'), removed: t('profile.photoRemoved'), tooLarge: 'profile.photoTooLarge',
        }}
        upload={uploadAvatar}
        remove={removeAvatar}
        onChanged={onChanged}
      />
    </Card>
  );
}
