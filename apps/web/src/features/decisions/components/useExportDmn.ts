import { useMutation } from '@tanstack/react-query';
import type { DecisionDetail } from '@flowforge/contracts';
import { useT } from '../../../lib/i18n';
import { describeError } from '../../../lib/problem-message';
import { useToast } from '../../../ui/feedback/useToast';
import { exportDmn } from '../api/decisions-api';
import { dmnFileName, downloadText } from '../logic/file-names';

/** Downloads one version as a `.dmn` file; a failure shows as a toast. */
export function useExportDmn(detail: DecisionDetail) {
  const t = useT();
  const { showToast } = useToast();
  return useMutation({
    mutationFn: async (version: number) => {
      const { xml, fileName } = await exportDmn(detail.id, version);
      downloadText({ text: xml, fileName: fileName ?? dmnFileName(detail.name, version), type: 'application/xml' });
      return version;
    },
    onSuccess: (version) => { showToast({ tone: 'success', title: t('decisions.exported', { version }) }); },
    onError: (error) => {
      const { title, detail: text } = describeError(error, t);
      showToast({ tone: 'danger', title, description: text });
    },
  });
}
