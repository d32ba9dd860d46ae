/** Problems of a form definition, found by `validateFormDefinition` (and by compiling it). */

export interface FormDiagnostic {
  /**
   * `invalid-definition` (the schema), `duplicate-key`, `unknown-field`, `placed-twice`,
   * `layout-cycle`, `cyclic-dependency`, `invalid-pattern`, `invalid-default`, `invalid-range`,
   * `reserved-key`, `unknown-time-zone`, `duplicate-option`, or an expression diagnostic's code.
   */
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** The field (or tab, or form rule) concerned; null for the form as a whole. */
  readonly field: string | null;
  /** Where inside it: `visibleWhen`, `setValue[0].value`, `min`… */
  readonly property?: string;
  /** The range in the expression source to underline. */
  readonly from?: number;
  readonly to?: number;
  /** For `cyclic-dependency`: the keys around the cycle, first repeated at the end. */
  readonly cycle?: readonly string[];
}

type Where = Pick<FormDiagnostic, 'field'> & Partial<Omit<FormDiagnostic, 'code' | 'message' | 'field'>>;

export function definitionError(code: string, message: string, where: Where): FormDiagnostic {
  return { code, message, severity: 'error', ...where };
}
