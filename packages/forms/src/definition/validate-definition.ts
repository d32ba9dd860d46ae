/**
 * `validateFormDefinition`: everything wrong with a definition, for the form builder to show and
 * for the server to refuse publishing — schema problems, duplicate keys, unknown references,
 * expression errors with their position, and dependency cycles named key by key.
 */
import { FormDefinitionSchema, type FormDefinition } from '@flowforge/contracts';
import { compileForm } from './compile-form.ts';
import { checkField } from './field-checks.ts';
import { definitionError, type FormDiagnostic } from './form-diagnostic.ts';

function schemaDiagnostics(input: unknown): { definition?: FormDefinition; diagnostics: FormDiagnostic[] } {
  const parsed = FormDefinitionSchema.safeParse(input);
  if (parsed.success) return { definition: parsed.data, diagnostics: [] };
  const fields = (input as { fields?: { key?: unknown }[] } | null)?.fields;
  return {
    diagnostics: parsed.error.issues.map((issue) => {
      const [first, index] = issue.path;
      const key = first === 'fields' && typeof index === 'number' ? fields?.[index]?.key : undefined;
      return definitionError('invalid-definition', issue.message, { field: typeof key === 'string' ? key : null, property: issue.path.join('.') });
    }),
  };
}

function formRuleDiagnostics(definition: FormDefinition, known: ReadonlySet<string>): FormDiagnostic[] {
  const seen = new Set<string>();
  return definition.validationRules.flatMap((rule, index) => {
    const problems = rule.fields
      .filter((key) => !known.has(key))
      .map((key) => definitionError('unknown-field', `The rule '${rule.key}' reports on '${key}', which is not a field of this form.`, { field: rule.key, property: `validationRules[${index}].fields` }));
    if (seen.has(rule.key)) problems.push(definitionError('duplicate-key', `The rule key '${rule.key}' is used more than once.`, { field: rule.key }));
    seen.add(rule.key);
    return problems;
  });
}

/**
 * The diagnostics of a form definition (raw JSON or parsed); empty when it is valid.
 * Never throws.
 * @example validateFormDefinition(json) // [{ code: 'cyclic-dependency', field: 'total', cycle: ['total', 'tax', 'total'], … }]
 */
export function validateFormDefinition(input: unknown): FormDiagnostic[] {
  const { definition, diagnostics } = schemaDiagnostics(input);
  if (!definition) return diagnostics;
  const compiled = compileForm(definition);
  const known = new Set(definition.fields.map((field) => field.key));
  return [...compiled.diagnostics, ...definition.fields.flatMap(checkField), ...formRuleDiagnostics(definition, known)];
}
