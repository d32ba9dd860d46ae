/**
 * Writes docs/expressions.md from the function registry and the language reference
 * (`npm run generate-docs -w @flowforge/expressions`). A unit test fails when the file is stale.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderExpressionDocs } from '../src/index.ts';

const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../docs/expressions.md');
writeFileSync(target, renderExpressionDocs());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
