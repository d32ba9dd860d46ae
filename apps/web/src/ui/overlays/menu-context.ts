import { createContext } from 'react';

export interface MenuContextValue {
  /** Closes the menu; focus goes back to its button unless another element takes it. */
  close: () => void;
}

export const MenuContext = createContext<MenuContextValue | null>(null);
