/**
 * Decision tables (spec §11): the table definition the editor, the engine and the API share, the
 * stored decision with its versions, and the bodies of evaluate / test / compare. Cells hold FEEL
 * text (DMN's own language): input entries are unary tests, output entries are expressions. The
 * hit policy names are the spec's; `docs/decisions.md` maps them onto DMN 1.3 §8.2.11.
 */
import { z } from 'zod';
import { ListQuerySchema, pageSchema } from './pagination.ts';

/**
 * `unique` UNIQUE · `any` ANY · `priority` PRIORITY · `first` FIRST · `all` RULE ORDER (every
 * match, in table order) · `collect` COLLECT (with an optional aggregation) · `output_order`
 * OUTPUT ORDER (every match, sorted by output value priority).
 */
export const HIT_POLICIES = ['unique', 'any', 'priority', 'first', 'all', 'collect', 'output_order'] as const;
export const HitPolicySchema = z.enum(HIT_POLICIES);
export type HitPolicy = z.infer<typeof HitPolicySchema>;

export const COLLECT_AGGREGATIONS = ['sum', 'min', 'max', 'count'] as const;
export const CollectAggregationSchema = z.enum(COLLECT_AGGREGATIONS);
export type CollectAggregation = z.infer<typeof CollectAggregationSchema>;

/** FEEL types a column can declare (`any` accepts everything). */
export const FEEL_TYPES = ['string', 'number', 'boolean', 'date', 'time', 'date and time', 'days and time duration', 'years and months duration', 'any'] as const;
export const FeelTypeSchema = z.enum(FEEL_TYPES);
export type FeelType = z.infer<typeof FeelTypeSchema>;

export const DECISION_NAME_MAX = 200;
export const DECISION_CELL_MAX = 4000;
export const DECISION_RULES_MAX = 5000;
export const DECISION_COLUMNS_MAX = 100;

const ColumnId = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, - and _.');
const Cell = z.string().max(DECISION_CELL_MAX);

export const DecisionInputSchema = z.object({
  id: ColumnId,
  label: z.string().max(200),
  /** FEEL expression over the evaluation inputs, usually a name such as `amount` or `customer.tier`. */
  expression: z.string().min(1).max(DECISION_CELL_MAX),
  type: FeelTypeSchema.default('any'),
  /** Optional FEEL unary tests every input value must pass, e.g. `"gold","silver"` or `[0..120]`. */
  allowedValues: z.string().max(DECISION_CELL_MAX).nullable().default(null),
});
export type DecisionInput = z.infer<typeof DecisionInputSchema>;

export const DecisionOutputSchema = z.object({
  id: ColumnId,
  /** Name of the output in the result (a FEEL name; required when the table has several outputs). */
  name: z.string().min(1).max(200),
  label: z.string().max(200).default(''),
  type: FeelTypeSchema.default('any'),
  /**
   * FEEL literals in priority order, highest first (`"high"`, `"medium"`, …). PRIORITY and
   * OUTPUT ORDER sort matches by this order; an output outside the list is an error.
   */
  allowedValues: z.array(Cell).max(200).default([]),
  /** FEEL expression used when no rule matches (DMN's default output entry). */
  defaultValue: Cell.nullable().default(null),
});
export type DecisionOutput = z.infer<typeof DecisionOutputSchema>;

const IsoDate = z.iso.date();

export const DecisionRuleSchema = z.object({
  id: ColumnId,
  /** One FEEL unary test per input column, in column order; `-` matches anything. */
  inputEntries: z.array(Cell),
  /** One FEEL expression per output column, in column order. */
  outputEntries: z.array(Cell),
  annotation: z.string().max(DECISION_CELL_MAX).default(''),
  /** §11.3 explicit priority: among matches of equal output priority the higher number wins. */
  priority: z.number().int().nullable().default(null),
  /** §11.3 effective dates: the rule only applies on days in [validFrom, validTo]. */
  validFrom: IsoDate.nullable().default(null),
  validTo: IsoDate.nullable().default(null),
  /** §11.3 override rules: when this rule matches, the listed rules are dropped from the matches. */
  overrideIds: z.array(ColumnId).default([]),
});
export type DecisionRule = z.infer<typeof DecisionRuleSchema>;

export const DecisionTableSchema = z.object({
  hitPolicy: HitPolicySchema,
  aggregation: CollectAggregationSchema.nullable().default(null),
  inputs: z.array(DecisionInputSchema).max(DECISION_COLUMNS_MAX),
  outputs: z.array(DecisionOutputSchema).min(1).max(DECISION_COLUMNS_MAX),
  rules: z.array(DecisionRuleSchema).max(DECISION_RULES_MAX),
});
export type DecisionTable = z.infer<typeof DecisionTableSchema>;
export type DecisionTableInput = z.input<typeof DecisionTableSchema>;

/** A decision is a table edited in FlowForge, or a DMN model imported with several decisions. */
export const DECISION_KINDS = ['table', 'dmn'] as const;
export const DecisionKindSchema = z.enum(DECISION_KINDS);
export type DecisionKind = z.infer<typeof DecisionKindSchema>;

export const DECISION_STATUSES = ['draft', 'active', 'deprecated'] as const;
export const DecisionStatusSchema = z.enum(DECISION_STATUSES);
export type DecisionStatus = z.infer<typeof DecisionStatusSchema>;

export const DecisionVersionSummarySchema = z.object({
  version: z.number().int().min(1),
  status: DecisionStatusSchema,
  comment: z.string(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
});
export type DecisionVersionSummary = z.infer<typeof DecisionVersionSummarySchema>;

export const DecisionVersionSchema = DecisionVersionSummarySchema.extend({
  /** Increases on every draft save; send it back as `revision` to detect concurrent edits. */
  revision: z.number().int().min(1),
  /** Set when kind = table. */
  table: DecisionTableSchema.nullable(),
  /** Set when kind = dmn: the DMN 1.3+ XML as imported. */
  dmn: z.string().nullable(),
});
export type DecisionVersion = z.infer<typeof DecisionVersionSchema>;

export const DecisionSummarySchema = z.object({
  id: z.uuid(),
  /** Unique per account; processes, forms and `DECISION(name, inputs)` refer to it. */
  name: z.string(),
  description: z.string(),
  kind: DecisionKindSchema,
  hitPolicy: HitPolicySchema.nullable(),
  /** Number of the active version, if one is published. */
  activeVersion: z.number().int().nullable(),
  /** Number of the open draft, if any. */
  draftVersion: z.number().int().nullable(),
  ruleCount: z.number().int().min(0),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DecisionSummary = z.infer<typeof DecisionSummarySchema>;

export const DecisionPageSchema = pageSchema(DecisionSummarySchema);
export type DecisionPage = z.infer<typeof DecisionPageSchema>;

/** `GET /decisions`: `q` searches name and description; `status` keeps decisions that have a version in that status. */
export const DecisionListQuerySchema = ListQuerySchema.pick({ limit: true, cursor: true }).extend({
  q: z.string().trim().max(200).optional(),
  status: DecisionStatusSchema.optional(),
  kind: DecisionKindSchema.optional(),
});
export type DecisionListQuery = z.infer<typeof DecisionListQuerySchema>;

export const DecisionDetailSchema = DecisionSummarySchema.extend({
  versions: z.array(DecisionVersionSummarySchema),
  draft: DecisionVersionSchema.nullable(),
  active: DecisionVersionSchema.nullable(),
});
export type DecisionDetail = z.infer<typeof DecisionDetailSchema>;

export const DecisionNameSchema = z.string().trim().min(1).max(DECISION_NAME_MAX);

export const CreateDecisionBodySchema = z.object({
  name: DecisionNameSchema,
  description: z.string().max(2000).default(''),
  table: DecisionTableSchema.optional(),
});
export type CreateDecisionBody = z.input<typeof CreateDecisionBodySchema>;

export const UpdateDecisionBodySchema = z.object({
  name: DecisionNameSchema.optional(),
  description: z.string().max(2000).optional(),
});
export type UpdateDecisionBody = z.infer<typeof UpdateDecisionBodySchema>;

export const SaveDraftBodySchema = z.object({ table: DecisionTableSchema, revision: z.number().int().min(1).optional() });
export type SaveDraftBody = z.input<typeof SaveDraftBodySchema>;

export const CreateDraftBodySchema = z.object({ fromVersion: z.number().int().min(1) });
export const PublishBodySchema = z.object({ comment: z.string().max(500).default('') });

/** Which version to run: a number, `draft`, or (the default) the active one. */
export const VersionSelectorSchema = z.union([z.number().int().min(1), z.literal('draft'), z.literal('active')]).default('active');
export type VersionSelector = z.input<typeof VersionSelectorSchema>;

/**
 * Query of the routes that take the version in the URL (batch, verification, export, and for DMN
 * models test and compare): `version` is a number, `draft` or `active`; `decision` picks one
 * decision of a DMN model (name or id).
 */
export const DecisionVersionQuerySchema = z.object({
  version: z.union([z.literal('draft'), z.literal('active'), z.coerce.number().int().min(1)]).optional(),
  decision: z.string().min(1).max(200).optional(),
});
export type DecisionVersionQuery = z.infer<typeof DecisionVersionQuerySchema>;

/** `POST /decisions/import?name=`: the name of the new decision (defaults to the name in the file). */
export const ImportDecisionQuerySchema = z.object({ name: DecisionNameSchema.optional() });
export type ImportDecisionQuery = z.infer<typeof ImportDecisionQuerySchema>;

export const EvaluateBodySchema = z.object({
  inputs: z.record(z.string(), z.unknown()),
  version: VersionSelectorSchema,
  /** For DMN models: which decision to evaluate (defaults to the model's top decision). */
  decision: z.string().optional(),
  /** Evaluation date for effective-dated rules (defaults to today in the account's time zone). */
  at: IsoDate.optional(),
});
export type EvaluateBody = z.input<typeof EvaluateBodySchema>;

export const MatchedRuleSchema = z.object({ id: z.string(), index: z.number().int().min(0) });
export type MatchedRule = z.infer<typeof MatchedRuleSchema>;

export const EvaluationResultSchema = z.object({
  /** DMN result: one value or context (single hit), a list (multiple hits), null when nothing matched. */
  result: z.unknown(),
  /** Every rule whose input entries all matched (after effective dates and overrides), in table order. */
  matchedRules: z.array(MatchedRuleSchema),
  /** The rules the hit policy took the result from, in result order. */
  selectedRules: z.array(MatchedRuleSchema),
  version: z.number().int(),
});
export type EvaluationResult = z.infer<typeof EvaluationResultSchema>;

export const TestScenarioSchema = z.object({
  name: z.string().max(200).default(''),
  inputs: z.record(z.string(), z.unknown()),
  expected: z.unknown(),
});
export type TestScenario = z.input<typeof TestScenarioSchema>;

/** A decision's saved scenarios: at most this many (`PUT /decisions/:id/scenarios`). */
export const DECISION_SCENARIOS_MAX = 1000;

/** The test scenarios saved with a decision, shared by everyone who works on it (`GET /decisions/:id/scenarios`). */
export const ScenarioSetSchema = z.object({
  scenarios: z.array(TestScenarioSchema).max(DECISION_SCENARIOS_MAX),
  /** Increases on every save; 0 while none were saved. Send it back as `revision` to detect concurrent edits. */
  revision: z.number().int().min(0),
});
export type ScenarioSet = z.infer<typeof ScenarioSetSchema>;

/** Replaces the saved scenarios; with `revision`, only when they are still at that revision (409 otherwise). */
export const SaveScenariosBodySchema = z.object({
  scenarios: z.array(TestScenarioSchema).max(DECISION_SCENARIOS_MAX),
  revision: z.number().int().min(0).optional(),
});
export type SaveScenariosBody = z.input<typeof SaveScenariosBodySchema>;

/** `scenarios` left out runs the decision's saved scenarios (422 `decision-no-scenarios` when it has none). */
export const TestBodySchema = z.object({ scenarios: z.array(TestScenarioSchema).min(1).max(10_000).optional(), version: VersionSelectorSchema, at: IsoDate.optional() });
export type TestBody = z.input<typeof TestBodySchema>;

export const ScenarioResultSchema = z.object({
  name: z.string(),
  passed: z.boolean(),
  actual: z.unknown(),
  expected: z.unknown(),
  matchedRules: z.array(MatchedRuleSchema),
  error: z.string().nullable(),
});
export const TestReportSchema = z.object({ passed: z.number().int(), failed: z.number().int(), results: z.array(ScenarioResultSchema), version: z.number().int() });
export type TestReport = z.infer<typeof TestReportSchema>;

export const CompareBodySchema = z.object({
  from: VersionSelectorSchema,
  to: VersionSelectorSchema,
  inputs: z.array(z.record(z.string(), z.unknown())).min(1).max(10_000),
});
export type CompareBody = z.input<typeof CompareBodySchema>;

export const OutcomeChangeSchema = z.object({ index: z.number().int(), inputs: z.record(z.string(), z.unknown()), before: z.unknown(), after: z.unknown() });
export const CompareReportSchema = z.object({ compared: z.number().int(), changed: z.array(OutcomeChangeSchema) });
export type CompareReport = z.infer<typeof CompareReportSchema>;

export const VERIFICATION_KINDS = ['overlap', 'gap', 'subsumed', 'syntax'] as const;
export const VerificationWarningSchema = z.object({
  kind: z.enum(VERIFICATION_KINDS),
  /** Rules concerned, by id (empty for a gap). */
  ruleIds: z.array(z.string()),
  message: z.string(),
  /** An input that demonstrates the warning, by input column id, as FEEL text. */
  witness: z.record(z.string(), z.string()).nullable(),
  /** For `syntax`: the cell, as `rules/<i>/inputEntries/<j>` style pointer. */
  pointer: z.string().nullable(),
});
export type VerificationWarning = z.infer<typeof VerificationWarningSchema>;
