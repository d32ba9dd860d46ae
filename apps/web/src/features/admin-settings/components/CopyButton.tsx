import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { useT } from '../../../lib/i18n';
import { IconButton } from '../../../ui/controls/IconButton';
import { useToast } from '../../../ui/feedback/useToast';

/** Copies `value` to the clipboard; `label` names what is copied ("Copy record name"). */
export function CopyButton({ value, label }: { value: string; label: string }) {
  const t = useT();
  const { showToast } = useToast();
  const [isCopied, setIsCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setIsCopied(true);
      showToast({ title: t('adminSettings.copied'), tone: 'success' });
    } catch {
      showToast({ title: t('adminSettings.copyFailed'), tone: 'danger' });
    }
  };
  return <IconButton icon={isCopied ? Check : Copy} label={label} size="sm" onClick={() => void copy()} />;
}
