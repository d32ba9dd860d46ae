import { useT } from '../../../lib/i18n';
import { Avatar } from '../../../ui/display/Avatar';
import { removeAccountLogo, uploadAccountLogo } from '../api/profile-api';
import { ImageUploadControl } from './image/ImageUploadControl';

interface AccountLogoUploadProps {
  accountName: string;
  /** The account's current `settings.logoUrl`, or null. */
  logoUrl: string | null;
  /** Called with the new logo path (or null after removal) once the server has saved it. */
  onChange: (logoUrl: string | null) => void;
}

/**
 * Upload, replace or remove the account's logo (needs settings:update; shown in the app and used
 * for e-mail branding). For Admin settings → General, which owns the settings query.
 */
export function AccountLogoUpload({ accountName, logoUrl, onChange }: AccountLogoUploadProps) {
  const t = useT();
  return (
    <div className="flex flex-col gap-2">
      <p className="text-sm text-fg-muted">{t('logo.hint')}</p>
      <ImageUploadControl
        preview={<Avatar name={accountName} imageUrl={logoUrl} shape="square" size="lg" />}
        hasImage={logoUrl !== null}
        labels={{
          upload: t('logo.upload'), replace: t('logo.replace'), remove: t('logo.remove'),
          uploaded: t('logo.uploaded'), removed: t('logo.removed'), tooLarge: 'logo.tooLarge',
        }}
        upload={uploadAccountLogo}
        remove={removeAccountLogo}
        onChanged={onChange}
      />
    </div>
  );
}
