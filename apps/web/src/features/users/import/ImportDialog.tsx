import { useState } from 'react';
import { useT } from '../../../lib/i18n';
import { Button } from '../../../ui/controls/Button';
import { Alert } from '../../../ui/feedback/Alert';
import { Dialog } from '../../../ui/overlays/Dialog';
import { FileStep } from './FileStep';
import { STEP_ORDER, type ImportStep } from './import-wizard';
import { MappingStep } from './MappingStep';
import { ReportStep } from './ReportStep';

/** "Import CSV": choose the file, map its columns, check every row, import, see the result. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const [step, setStep] = useState<ImportStep>({ kind: 'file' });
  const position = STEP_ORDER.indexOf(step.kind) + 1;
  return (
    <Dialog open onClose={onClose} title={t('users.import.title')} description={t('users.import.step', { step: position, steps: STEP_ORDER.length, name: t(`users.import.stepName.${step.kind}`) })}>
      {step.kind === 'file' && <FileStep onRead={(source) => { setStep({ kind: 'mapping', source }); }} />}
      {step.kind === 'mapping' && (
        <MappingStep source={step.source} chosen={step.chosen} onBack={() => { setStep({ kind: 'file' }); }} onChecked={(checked) => { setStep({ kind: 'report', source: step.source, ...checked }); }} />
      )}
      {step.kind === 'report' && (
        <ReportStep source={step.source} mapping={step.mapping} sendInvites={step.sendInvites} report={step.report}
          onBack={() => { setStep({ kind: 'mapping', source: step.source, chosen: { mapping: step.mapping, sendInvites: step.sendInvites } }); }}
          onImported={(result) => { setStep({ kind: 'done', result }); }} />
      )}
      {step.kind === 'done' && (
        <div className="flex flex-col gap-4">
          <Alert tone="info" title={t('users.import.done.title', { created: step.result.created })}>
            {t('users.import.done.invited', { invited: step.result.invited })}
          </Alert>
          <div className="flex justify-end">
            <Button variant="primary" onClick={onClose}>{t('users.import.done.close')}</Button>
          </div>
        </div>
      )}
    </Dialog>
  );
}
