import type { FieldOfType, FormField, FormFieldType } from '@flowforge/contracts';
import type { FieldView } from '../../field-view/field-view';

/** Generic over the field itself (not its type name), so a family's component accepts each member. */
interface FieldPropsOf<F extends FormField> {
  field: F;
  view: FieldView;
}

/** Props of every field component: the field's definition and its view of the runtime state. */
export type FieldProps<T extends FormFieldType> = FieldPropsOf<FieldOfType<T>>;
