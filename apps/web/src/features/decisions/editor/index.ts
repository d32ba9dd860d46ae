// The decision table editor for the decision pages: the grid component and a new table to start
// from (one input, one output, one rule, hit policy FIRST).
export { DecisionTableEditor, type DecisionTableEditorProps } from './DecisionTableEditor';
export { emptyDecisionTable } from '@flowforge/decisions';
