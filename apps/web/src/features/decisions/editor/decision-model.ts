// The decision types and editing commands this editor works with, in one place: the table shape
// comes from the contracts, the commands and their undo history from the decisions package.
export type {
  CollectAggregation, DecisionInput, DecisionOutput, DecisionRule, DecisionTable, FeelType, HitPolicy, VerificationWarning,
} from '@flowforge/contracts';
export type { CellRef, ColumnKind, TableCommand, TableHistory } from '@flowforge/decisions';
