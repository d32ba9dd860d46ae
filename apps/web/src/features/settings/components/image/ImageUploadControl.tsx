import { useMutation } from '@tanstack/react-query';
import { ImageUp, Trash2 } from 'lucide-react';
import { useRef, useState, type ChangeEvent, type ReactNode } from 'react';
import type { StoredImage } from '@flowforge/contracts';
import { useT } from '../../../../lib/i18n';
import { describeError } from '../../../../lib/problem-message';
import { Button } from '../../../../ui/controls/Button';
import { Alert } from '../../../../ui/feedback/Alert';
import { useToast } from '../../../../ui/feedback/useToast';
import { ACCEPTED_IMAGE_TYPES, checkImageFile } from '../../api/image-upload';
import { useImageFileMessage } from './useImageFileMessage';

export interface ImageUploadLabels {
  upload: string;
  replace: string;
  remove: string;
  uploaded: string;
  removed: string;
  tooLarge: 'profile.photoTooLarge' | 'logo.tooLarge';
}

interface ImageUploadControlProps {
  /** The current picture (or its placeholder). */
  preview: ReactNode;
  hasImage: boolean;
  labels: ImageUploadLabels;
  upload: (file: File) => Promise<StoredImage>;
  remove: () => Promise<unknown>;
  onChanged: (url: string | null) => void;
}

/**
 * Upload, replace and remove one picture. A file the server would refuse (type, over 1 MB) is
 * explained at once, above the buttons; anything the server still refuses shows its own message.
 */
export function ImageUploadControl({ preview, hasImage, labels, upload, remove, onChanged }: ImageUploadControlProps) {
  const t = useT();
  const { showToast } = useToast();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<{ title: string; detail?: string | undefined } | null>(null);
  const describeFile = useImageFileMessage(labels.tooLarge);
  const onFailure = (error: unknown) => { setProblem(describeError(error, t)); };
  const uploading = useMutation({
    mutationFn: upload,
    onSuccess: (image) => { onChanged(image.url); showToast({ title: labels.uploaded, tone: 'success' }); },
    onError: onFailure,
  });
  const removing = useMutation({
    mutationFn: remove,
    onSuccess: () => { onChanged(null); showToast({ title: labels.removed, tone: 'success' }); },
    onError: onFailure,
  });

  const handleFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const fileProblem = checkImageFile(file);
    setProblem(fileProblem ? { title: describeFile(fileProblem) } : null);
    if (!fileProblem) uploading.mutate(file);
  };

  return (
    <div className="flex flex-col gap-4">
      {problem && <Alert tone="danger" title={problem.title}>{problem.detail}</Alert>}
      <div className="flex flex-wrap items-center gap-4">
        {preview}
        <input ref={inputRef} type="file" accept={ACCEPTED_IMAGE_TYPES} hidden aria-label={labels.upload} onChange={handleFile} />
        <Button icon={ImageUp} isLoading={uploading.isPending} onClick={() => { inputRef.current?.click(); }}>
          {hasImage ? labels.replace : labels.upload}
        </Button>
        {hasImage && (
          <Button variant="ghost" icon={Trash2} isLoading={removing.isPending} onClick={() => { setProblem(null); removing.mutate(); }}>
            {labels.remove}
          </Button>
        )}
      </div>
    </div>
  );
}
