import { Plus } from 'lucide-react';
import { useT } from '../../../lib/i18n';
import { joinClassNames } from '../../../ui/class-names';
import { Button } from '../../../ui/controls/Button';
import { Field } from '../../../ui/controls/Field';
import { CONTROL_CLASS_NAME } from '../../../ui/controls/Input';
import { listsAddress, parseAllowlist } from './ip-allowlist-lines';

interface IpAllowlistFieldProps {
  value: string;
  currentIp: string;
  /** Lines with an invalid entry (1-based). */
  invalidLines: readonly number[];
  /** A problem with the list as a whole (e.g. it would lock the editor out). */
  listError?: string | undefined;
  disabled: boolean;
  onChange: (value: string) => void;
}

/** One address or CIDR range per line, errors named by line, and the caller's own address one click away. */
export function IpAllowlistField({ value, currentIp, invalidLines, listError, disabled, onChange }: IpAllowlistFieldProps) {
  const t = useT();
  const lineErrors = invalidLines.map((line) => t('adminSettings.security.ipLineInvalid', { line }));
  const error = [listError, ...lineErrors].filter((message) => message !== undefined).join(' ') || undefined;
  const entries = parseAllowlist(value);
  const addMine = () => { onChange(value.trim() === '' ? currentIp : `${value.replace(/\s+$/, '')}\n${currentIp}`); };

  return (
    <div className="flex flex-col gap-2">
      <Field label={t('adminSettings.security.ipAllowlist')} hint={t('adminSettings.security.ipAllowlistHint')} error={error}>
        {(control) => (
          <textarea {...control} rows={5} spellCheck={false} value={value} disabled={disabled} placeholder={'10.0.0.0/8\n203.0.113.7'}
            className={joinClassNames(CONTROL_CLASS_NAME, 'h-auto py-2 font-mono text-sm')}
            onChange={(event) => { onChange(event.target.value); }} />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3 text-sm text-fg-muted">
        <span>{t('adminSettings.security.yourIp', { ip: currentIp })}</span>
        {!disabled && !listsAddress(entries, currentIp) && (
          <Button size="sm" icon={Plus} onClick={addMine}>{t('adminSettings.security.addYourIp')}</Button>
        )}
      </div>
    </div>
  );
}
