import { lazy } from 'react';

export { ExpressionPlaygroundPage } from './ExpressionPlaygroundPage';
// For other features that edit an expression (e.g. group rules): the problem list, and the editor
// loaded on demand (CodeMirror stays out of their chunk, as in the playground's EditorCard).
export { DiagnosticList } from './components/DiagnosticList';
export type { ExpressionEditorHandle } from './components/ExpressionEditor';
export const ExpressionEditor = lazy(() => import('./components/ExpressionEditor').then((module) => ({ default: module.ExpressionEditor })));
