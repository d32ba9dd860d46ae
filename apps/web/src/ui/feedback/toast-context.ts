import { createContext } from 'react';

export type ToastTone = 'info' | 'success' | 'warning' | 'danger';

export interface ToastOptions {
  title: string;
  description?: string | undefined;
  tone?: ToastTone;
}

export interface ToastApi {
  showToast: (toast: ToastOptions) => void;
}

export const ToastContext = createContext<ToastApi | null>(null);
