/** Signature text and return labels of registry functions, for completion, hover and docs. */
import { signatureOf, type FunctionDef } from '../functions/function-def.ts';

export { signatureOf };

/** Markdown: signature, description, parameters and the first example. */
export function functionMarkdown(def: FunctionDef): string {
  const lines = ['`' + signatureOf(def) + '`', '', def.description];
  const described = def.params.filter((param) => param.description);
  if (described.length > 0) lines.push('', ...described.map((param) => `- \`${param.name}\`: ${param.description}`));
  const example = def.examples[0];
  if (example) lines.push('', `Example: \`${example.expression}\` → \`${JSON.stringify(example.result)}\``);
  return lines.join('\n');
}
