import { useFormat } from '../../../../lib/format';
import { useT } from '../../../../lib/i18n';
import { imageMegabytes, MAX_IMAGE_BYTES, type ImageFileProblem } from '../../api/image-upload';

/** Words for a file refused before upload: "The image is 1,4 MB; photos can be at most 1 MB." */
export function useImageFileMessage(tooLargeKey: 'profile.photoTooLarge' | 'logo.tooLarge'): (problem: ImageFileProblem) => string {
  const t = useT();
  const format = useFormat();
  return (problem) => {
    if (problem.kind === 'unsupported-type') return t('image.unsupported');
    const size = format.formatNumber(imageMegabytes(problem.bytes), { maximumFractionDigits: 1 });
    return t(tooLargeKey, { size, limit: format.formatNumber(imageMegabytes(MAX_IMAGE_BYTES)) });
  };
}
