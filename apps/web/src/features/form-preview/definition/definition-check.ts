/**
 * Reading the definition JSON the user typed: JSON syntax, the contracts' zod schema and the form
 * package's definition validation (keys, layout, expressions, cycles), as problems with paths.
 */
import { FormDefinitionSchema, type FormDefinition } from '@flowforge/contracts';
import { validateFormDefinition, type FormDiagnostic } from '@flowforge/forms';

export interface DefinitionProblem {
  code: string;
  severity: 'error' | 'warning';
  /** Where: the field key and the property inside it (`amount › calculation`), or the JSON path. */
  path: string;
  message: string;
}

export interface DefinitionCheck {
  /** The parsed definition (defaults applied) when it has no error; warnings may remain. */
  definition: FormDefinition | null;
  problems: DefinitionProblem[];
}

function describePath(diagnostic: FormDiagnostic): string {
  const range = diagnostic.from === undefined ? '' : ` [${String(diagnostic.from)}–${String(diagnostic.to ?? diagnostic.from)}]`;
  const parts = [diagnostic.field, diagnostic.property].filter((part): part is string => part !== null && part !== undefined && part !== '');
  return parts.join(' › ') + range;
}

export function toDefinitionProblem(diagnostic: FormDiagnostic): DefinitionProblem {
  const cycle = diagnostic.cycle ? ` (${diagnostic.cycle.join(' → ')})` : '';
  const message = diagnostic.message.includes(' → ') ? diagnostic.message : diagnostic.message + cycle;
  return { code: diagnostic.code, severity: diagnostic.severity, path: describePath(diagnostic), message };
}

/** Checks the text of a definition; never throws. */
export function checkDefinitionText(text: string): DefinitionCheck {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { definition: null, problems: [{ code: 'invalid-json', severity: 'error', path: '', message }] };
  }
  const problems = validateFormDefinition(json).map(toDefinitionProblem);
  if (problems.some((problem) => problem.severity === 'error')) return { definition: null, problems };
  const parsed = FormDefinitionSchema.safeParse(json);
  if (!parsed.success) {
    const schemaProblems = parsed.error.issues.map((issue) => ({ code: 'invalid-definition', severity: 'error' as const, path: issue.path.join('.'), message: issue.message }));
    return { definition: null, problems: [...problems, ...schemaProblems] };
  }
  return { definition: parsed.data, problems };
}
