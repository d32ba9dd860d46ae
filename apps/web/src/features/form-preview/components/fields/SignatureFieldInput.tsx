import { PenLine, X } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../../../lib/i18n';
import { joinClassNames } from '../../../../ui/class-names';
import { CONTROL_CLASS_NAME } from '../../../../ui/controls/Input';
import { Button } from '../../../../ui/controls/Button';
import { useFormPreviewContext } from '../../form-preview-context';
import { FieldFrame } from './FieldFrame';
import type { FieldProps } from './field-props';

interface SignatureValue {
  image?: string | null;
  signerName?: string | null;
  signedAt?: string | null;
}

/** A stand-in for the drawn signature: an SVG with the signer's name as the image. */
function buildSignatureImage(name: string): string {
  const text = name.replace(/[<>&"']/g, '');
  return `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" width="320" height="80"><text x="10" y="50" font-size="28" font-style="italic">${text}</text></svg>`)}`;
}

/** Signature (preview): a typed name becomes the signature image; signed-at is the current time. */
export function SignatureFieldInput({ field, view }: FieldProps<'signature'>) {
  const t = useT();
  const { change } = useFormPreviewContext();
  const value = (typeof view.value === 'object' && view.value !== null ? view.value : {}) as SignatureValue;
  const isSigned = typeof value.image === 'string' && value.image !== '';
  const signerName = value.signerName ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft !== null && draft.trim() === signerName ? draft : signerName;
  const isDisabled = view.isDisabled || view.isReadOnly;
  return (
    <FieldFrame view={view} note={t('formPreview.signatureNote')}>
      {(control) => (
        <div className="flex flex-wrap items-center gap-2">
          <input
            {...control}
            value={text}
            disabled={isDisabled || isSigned}
            placeholder={t('formPreview.signerName')}
            onChange={(event) => {
              setDraft(event.target.value);
              change(field.key, { ...value, signerName: event.target.value });
            }}
            className={joinClassNames(CONTROL_CLASS_NAME, 'min-w-0 flex-1 font-serif italic')}
          />
          {isSigned ? (
            <Button icon={X} onClick={() => { change(field.key, { signerName }); }} disabled={isDisabled}>{t('formPreview.unsign')}</Button>
          ) : (
            <Button
              icon={PenLine}
              disabled={isDisabled || signerName.trim() === ''}
              onClick={() => { change(field.key, { signerName, image: buildSignatureImage(signerName), signedAt: new Date().toISOString() }); }}
            >
              {t('formPreview.sign')}
            </Button>
          )}
        </div>
      )}
    </FieldFrame>
  );
}
