import type { FileRef } from '@flowforge/contracts';
import { X } from 'lucide-react';
import { useLocale, useT } from '../../../../lib/i18n';
import { IconButton } from '../../../../ui/controls/IconButton';
import { formatFileSize } from '../../field-view/display-text';
import { useFormPreviewContext } from '../../form-preview-context';
import { FieldFrame } from './FieldFrame';
import type { FieldProps } from './field-props';

/** What the runtime checks of a picked file; nothing is uploaded, the id is made up locally. */
async function describeFile(file: File, isImage: boolean): Promise<FileRef> {
  const ref: FileRef = { id: `local-${crypto.randomUUID()}`, name: file.name, size: file.size, mimeType: file.type || 'application/octet-stream' };
  if (!isImage || typeof createImageBitmap !== 'function') return ref;
  try {
    const bitmap = await createImageBitmap(file);
    const size = { width: bitmap.width, height: bitmap.height };
    bitmap.close();
    return { ...ref, ...size };
  } catch {
    return ref;
  }
}

function listFiles(value: unknown): FileRef[] {
  if (Array.isArray(value)) return value as FileRef[];
  return value !== null && typeof value === 'object' ? [value as FileRef] : [];
}

/** File, files and image: accepts and lists files for validation (size, type, count), no upload. */
export function FileFieldInput({ field, view }: FieldProps<'file' | 'files' | 'image'>) {
  const t = useT();
  const locale = useLocale();
  const { change } = useFormPreviewContext();
  const files = listFiles(view.value);
  const isMultiple = field.type === 'files';
  const accept = field.accept?.join(',') ?? (field.type === 'image' ? 'image/*' : undefined);
  const store = (next: FileRef[]) => { change(field.key, isMultiple ? next : (next[0] ?? null)); };
  const pick = async (picked: File[]) => {
    const refs = await Promise.all(picked.map((file) => describeFile(file, field.type === 'image')));
    store(isMultiple ? [...files, ...refs] : refs);
  };

  return (
    <FieldFrame view={view} note={t('formPreview.fileNote')}>
      {(control) => (
        <div className="flex flex-col gap-2">
          <input
            {...control}
            type="file"
            name={field.key}
            accept={accept}
            multiple={isMultiple}
            disabled={view.isDisabled || view.isReadOnly}
            onChange={(event) => {
              const picked = [...(event.target.files ?? [])];
              event.target.value = '';
              void pick(picked);
            }}
            className="text-sm file:mr-3 file:h-8 file:rounded-control file:border file:border-border-strong file:bg-raised file:px-3 file:text-fg hover:file:bg-hover"
          />
          {files.length > 0 && (
            <ul className="flex flex-col gap-1" aria-label={t('formPreview.filesPicked', { label: view.label })}>
              {files.map((file) => (
                <li key={file.id} className="flex items-center gap-2 rounded-control border border-border px-2 py-1 text-sm">
                  <span className="min-w-0 flex-1 truncate">{file.name}</span>
                  <span className="text-fg-muted tabular-nums">{formatFileSize(file.size, locale)}</span>
                  <IconButton
                    icon={X}
                    size="sm"
                    label={t('formPreview.removeFile', { name: file.name })}
                    onClick={() => { store(files.filter((other) => other.id !== file.id)); }}
                  />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </FieldFrame>
  );
}
