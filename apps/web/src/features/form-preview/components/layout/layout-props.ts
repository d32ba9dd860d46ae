import type { FieldOfType, FormField, FormFieldType } from '@flowforge/contracts';
import type { ReactNode } from 'react';

interface LayoutPropsOf<F extends FormField> {
  field: F;
  renderChildren: (keys: readonly string[]) => ReactNode;
}

/** Props of a layout element: its definition and how to render the keys it holds. */
export type LayoutProps<T extends FormFieldType> = LayoutPropsOf<FieldOfType<T>>;
