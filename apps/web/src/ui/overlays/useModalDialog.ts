// Drives a native <dialog> as a modal: showModal() makes the rest of the page inert (focus stays
// inside), the browser's top layer stacks nested dialogs, and Esc fires `cancel` on the top one
// only. We add: the parent owns `open`, focus returns to where it was, a click on the backdrop
// closes.
import { useEffect, useEffectEvent, useRef, type MouseEvent, type RefObject } from 'react';

export function useModalDialog(
  open: boolean,
  onClose: () => void,
): { ref: RefObject<HTMLDialogElement | null>; onBackdropClick: (event: MouseEvent<HTMLDialogElement>) => void } {
  const ref = useRef<HTMLDialogElement | null>(null);
  const closeFromEffect = useEffectEvent(onClose);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog || !open) return;
    const returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const handleCancel = (event: Event) => {
      event.preventDefault();
      closeFromEffect();
    };
    dialog.addEventListener('cancel', handleCancel);
    if (!dialog.open) dialog.showModal();
    return () => {
      dialog.removeEventListener('cancel', handleCancel);
      if (dialog.open) dialog.close();
      if (returnFocusTo?.isConnected === true) returnFocusTo.focus();
    };
  }, [open]);

  const onBackdropClick = (event: MouseEvent<HTMLDialogElement>) => {
    // The dialog's padding-free content fills it, so only a backdrop click targets the element.
    if (event.target === event.currentTarget) onClose();
  };

  return { ref, onBackdropClick };
}
