// Words for a column property's problem, shared by the column headers and the column dialog.
import { useT } from '../../../../lib/i18n';
import type { ColumnFieldError } from './column-form';

export function useColumnErrorMessage(): (error: ColumnFieldError) => string {
  const t = useT();
  return (error) => {
    if (error.code === 'required') return t('decisionEditor.columnDialog.required');
    if (error.code === 'duplicateName') return t('decisionEditor.columnDialog.duplicateName');
    const problem = error.code === 'empty' ? t('decisionEditor.syntax.empty') : t('decisionEditor.syntax.error', { detail: error.detail });
    return error.line === undefined ? problem : t('decisionEditor.syntax.line', { line: error.line, problem });
  };
}
