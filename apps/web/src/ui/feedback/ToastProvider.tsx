import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../lib/i18n';
import { Toast } from './Toast';
import { ToastContext, type ToastApi, type ToastOptions } from './toast-context';

interface ToastEntry extends ToastOptions {
  id: number;
}

const MAX_VISIBLE = 4;

/** Holds the toasts and the polite live region that announces them; mount once near the root. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const t = useT();
  const [toasts, setToasts] = useState<ToastEntry[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((toast) => toast.id !== id));
  }, []);

  const api = useMemo<ToastApi>(
    () => ({
      showToast: (toast) => {
        const id = nextId.current++;
        setToasts((current) => [...current, { ...toast, id }].slice(-MAX_VISIBLE));
      },
    }),
    [],
  );

  return (
    <ToastContext value={api}>
      {children}
      <section
        aria-label={t('ui.notifications')}
        className="pointer-events-none fixed right-4 bottom-4 z-50"
      >
        {/* The live region exists before any toast, so screen readers announce additions. */}
        <ol aria-live="polite" aria-relevant="additions text" className="flex flex-col gap-2">
          {toasts.map((toast) => (
            <Toast key={toast.id} {...toast} onDismiss={() => { dismiss(toast.id); }} />
          ))}
        </ol>
      </section>
    </ToastContext>
  );
}
