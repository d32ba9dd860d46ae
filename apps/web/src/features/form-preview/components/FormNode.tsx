import type { DataField, FieldOfType, FormField, FormFieldType } from '@flowforge/contracts';
import type { ComponentType, ReactNode } from 'react';
import { buildFieldView } from '../field-view/field-view';
import { useFormPreviewContext } from '../form-preview-context';
import { CompositeFieldInput } from './fields/CompositeFieldInput';
import { DateRangeFieldInput, DateTimeFieldInput } from './fields/DateTimeFieldInput';
import type { FieldProps } from './fields/field-props';
import { FileFieldInput } from './fields/FileFieldInput';
import { NumberFieldInput } from './fields/NumberFieldInput';
import { RatingFieldInput } from './fields/RatingFieldInput';
import { ReferenceFieldInput } from './fields/ReferenceFieldInput';
import { SelectionFieldInput } from './fields/SelectionFieldInput';
import { SignatureFieldInput } from './fields/SignatureFieldInput';
import { TextFieldInput } from './fields/TextFieldInput';
import { ColumnsLayout } from './layout/ColumnsLayout';
import { DividerLayout } from './layout/DividerLayout';
import type { LayoutProps } from './layout/layout-props';
import { SectionLayout } from './layout/SectionLayout';
import { TabsLayout } from './layout/TabsLayout';

type DataType = DataField['type'];
type LayoutType = Exclude<FormFieldType, DataType>;

/** One component per field type family; every data type has an entry (the type check says so). */
const DATA_COMPONENTS: { [T in DataType]: ComponentType<FieldProps<T>> } = {
  'short-text': TextFieldInput, 'long-text': TextFieldInput, 'rich-text': TextFieldInput, email: TextFieldInput, url: TextFieldInput, phone: TextFieldInput,
  integer: NumberFieldInput, decimal: NumberFieldInput, currency: NumberFieldInput, percentage: NumberFieldInput,
  dropdown: SelectionFieldInput, radio: SelectionFieldInput, checkbox: SelectionFieldInput, 'multi-select': SelectionFieldInput,
  date: DateTimeFieldInput, time: DateTimeFieldInput, datetime: DateTimeFieldInput, 'date-range': DateRangeFieldInput,
  file: FileFieldInput, files: FileFieldInput, image: FileFieldInput,
  lookup: ReferenceFieldInput, 'user-picker': ReferenceFieldInput, 'record-link': ReferenceFieldInput,
  address: CompositeFieldInput, name: CompositeFieldInput, rating: RatingFieldInput, signature: SignatureFieldInput,
};

const LAYOUT_COMPONENTS: { [T in LayoutType]: ComponentType<LayoutProps<T>> } = {
  section: SectionLayout, tabs: TabsLayout, columns: ColumnsLayout, divider: DividerLayout,
};

function isLayoutField(field: FormField): field is FieldOfType<LayoutType> {
  return field.type in LAYOUT_COMPONENTS;
}

function renderChildren(keys: readonly string[]): ReactNode {
  return keys.map((key) => <FormNode key={key} fieldKey={key} />);
}

/** A field or layout element by key, rendered only while the runtime says it is visible. */
export function FormNode({ fieldKey }: { fieldKey: string }) {
  const { state, fieldsByKey, isErrorShown } = useFormPreviewContext();
  const field = fieldsByKey.get(fieldKey);
  const fieldState = state.fields[fieldKey];
  if (!field || !fieldState?.visible) return null;
  if (isLayoutField(field)) {
    const Layout = LAYOUT_COMPONENTS[field.type] as ComponentType<LayoutProps<LayoutType>>;
    return <Layout field={field} renderChildren={renderChildren} />;
  }
  const Component = DATA_COMPONENTS[field.type] as ComponentType<FieldProps<DataType>>;
  return <Component field={field} view={buildFieldView(field, fieldState, isErrorShown(fieldKey))} />;
}
