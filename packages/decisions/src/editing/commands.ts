/**
 * The edits a decision table accepts, as data: the editor turns every user action into one of these
 * commands, `applyCommand` performs it, and the undo history stores each command with the command
 * that reverts it. Rules and columns are addressed by id, positions by index in the current table.
 */
import type { CollectAggregation, DecisionInput, DecisionOutput, DecisionRule, DecisionTable, HitPolicy } from '@flowforge/contracts';

export type ColumnKind = 'input' | 'output';

/** One cell of a rule: an input entry, an output entry (by column id) or the rule's annotation. */
export type CellRef = { kind: ColumnKind; columnId: string } | { kind: 'annotation' };

export type InputPatch = Partial<Omit<DecisionInput, 'id'>>;
export type OutputPatch = Partial<Omit<DecisionOutput, 'id'>>;
/** The §11.3 extras of a rule. */
export type RuleExtrasPatch = Partial<Pick<DecisionRule, 'priority' | 'validFrom' | 'validTo' | 'overrideIds'>>;

/** Inserts `rule` (default: a blank rule with a new id) so that it ends up at `index`. */
export interface AddRuleCommand { type: 'addRule'; index: number; rule?: DecisionRule }
/** Removes a rule, and its id from the overrides of the other rules. */
export interface DeleteRuleCommand { type: 'deleteRule'; ruleId: string }
export interface MoveRuleCommand { type: 'moveRule'; ruleId: string; toIndex: number }
/** Inserts a copy of the rule, with a new id, right below it. */
export interface DuplicateRuleCommand { type: 'duplicateRule'; ruleId: string }
export interface SetRuleExtrasCommand { type: 'setRuleExtras'; ruleId: string; patch: RuleExtrasPatch }

/**
 * Inserts a column at `index` (default column: a new id and name) with one entry per rule, in rule
 * order (default: `-` for inputs, empty for outputs).
 */
export type AddColumnCommand =
  | { type: 'addColumn'; kind: 'input'; index: number; column?: DecisionInput; entries?: string[] }
  | { type: 'addColumn'; kind: 'output'; index: number; column?: DecisionOutput; entries?: string[] };
export interface DeleteColumnCommand { type: 'deleteColumn'; kind: ColumnKind; columnId: string }
export interface MoveColumnCommand { type: 'moveColumn'; kind: ColumnKind; columnId: string; toIndex: number }
/** Inserts a copy of the column and of every rule's entry in it, with a new id (and name), right after it. */
export interface DuplicateColumnCommand { type: 'duplicateColumn'; kind: ColumnKind; columnId: string }
export type SetColumnCommand =
  | { type: 'setColumn'; kind: 'input'; columnId: string; patch: InputPatch }
  | { type: 'setColumn'; kind: 'output'; columnId: string; patch: OutputPatch };

export interface SetCellCommand { type: 'setCell'; ruleId: string; cell: CellRef; text: string }
/** The aggregation only stays with `collect`; any other hit policy clears it. */
export interface SetHitPolicyCommand { type: 'setHitPolicy'; hitPolicy: HitPolicy; aggregation?: CollectAggregation | null }
/** Several commands as one step, applied in order (undone in reverse). */
export interface BatchCommand { type: 'batch'; commands: TableCommand[] }

export type TableCommand =
  | AddRuleCommand | DeleteRuleCommand | MoveRuleCommand | DuplicateRuleCommand | SetRuleExtrasCommand
  | AddColumnCommand | DeleteColumnCommand | MoveColumnCommand | DuplicateColumnCommand | SetColumnCommand
  | SetCellCommand | SetHitPolicyCommand | BatchCommand;

export type TableEditErrorCode = 'not-found' | 'out-of-range' | 'misaligned' | 'duplicate-id' | 'last-output' | 'limit';

/** A command that does not fit the table it is applied to (a bug in the caller, not a user mistake). */
export class TableEditError extends Error {
  constructor(readonly code: TableEditErrorCode, message: string) {
    super(message);
    this.name = 'TableEditError';
  }
}

/** A command's effect: the new table and the command that turns it back into the old one. */
export interface AppliedCommand {
  table: DecisionTable;
  inverse: TableCommand;
}
