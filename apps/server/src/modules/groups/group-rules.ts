/**
 * The pure part of dynamic groups: a person's record → the attributes a rule reads, and rules
 * compiled once and evaluated per person. No I/O and no clock: the caller passes `now`. A rule
 * matches when it evaluates to exactly `true`; a rule that is not a condition is rejected on save.
 */
import { GROUP_RULE_FIELDS, type GroupRuleAttribute, type RuleDiagnostic } from '@flowforge/contracts';
import { compileExpression, type CompiledExpression, type EvalContext } from '@flowforge/expressions';

/** What the database knows about a person in an account. */
export type RuleSubject = {
  userId: string;
  email: string;
  name: string;
  status: string;
  profile: Record<string, unknown> | null;
  externalId: string | null;
  roleNames: readonly string[];
  createdAt: string;
};

export type RuleAttributes = Record<GroupRuleAttribute, unknown>;

/** Profile keys the rule attributes read; anything that is not a non-empty text reads as null. */
const PROFILE_ATTRIBUTES = ['department', 'title', 'location'] as const;

function profileText(profile: Record<string, unknown> | null, key: string): string | null {
  const value = profile?.[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function toRuleAttributes(subject: RuleSubject): RuleAttributes {
  const fromProfile = Object.fromEntries(PROFILE_ATTRIBUTES.map((key) => [key, profileText(subject.profile, key)]));
  return {
    email: subject.email,
    name: subject.name,
    status: subject.status,
    department: fromProfile.department,
    title: fromProfile.title,
    location: fromProfile.location,
    externalId: subject.externalId,
    roles: [...subject.roleNames],
    createdAt: subject.createdAt,
  };
}

export type CompiledRule = {
  ok: boolean;
  diagnostics: RuleDiagnostic[];
  /** Attributes the rule reads (e.g. `roles`), to recompute only the groups a change can affect. */
  references: readonly string[];
  matches: (attributes: RuleAttributes) => boolean;
};

const NOT_A_CONDITION = 'rule-not-condition';

function conditionDiagnostics(source: string, compiled: CompiledExpression): RuleDiagnostic[] {
  const kind = compiled.type.kind;
  if (!compiled.ok || kind === 'boolean' || kind === 'any') return [];
  return [{
    code: NOT_A_CONDITION,
    message: `A rule must be a condition that is true or false, but this one gives a ${kind}. Compare it, e.g. department == 'Sales'.`,
    from: 0, to: source.length, severity: 'error',
  }];
}

/**
 * Compiles a rule against the user attributes. `now` is the instant NOW() and TODAY() read, so one
 * recompute evaluates every person at the same time.
 */
export function compileGroupRule(source: string, options: { now: number; timeZone?: string }): CompiledRule {
  const compiled = compileExpression(source, { fields: GROUP_RULE_FIELDS });
  const diagnostics: RuleDiagnostic[] = [...compiled.diagnostics, ...conditionDiagnostics(source, compiled)];
  const ok = compiled.ok && !diagnostics.some((diagnostic) => diagnostic.severity === 'error');
  const context: EvalContext = { now: () => options.now, timeZone: options.timeZone ?? 'UTC' };
  return {
    ok,
    diagnostics,
    references: compiled.references,
    matches: (attributes) => ok && compiled.run(attributes, context).value === true,
  };
}

/** The ids of the subjects a rule matches. */
export function selectMatching(rule: CompiledRule, subjects: readonly { userId: string; attributes: RuleAttributes }[]): string[] {
  if (!rule.ok) return [];
  return subjects.filter((subject) => rule.matches(subject.attributes)).map((subject) => subject.userId);
}

/** Members to add and remove so that a group holds exactly `target` (among the people considered). */
export function diffMembers(current: Iterable<string>, target: Iterable<string>): { added: string[]; removed: string[] } {
  const currentSet = new Set(current);
  const targetSet = new Set(target);
  return {
    added: [...targetSet].filter((id) => !currentSet.has(id)),
    removed: [...currentSet].filter((id) => !targetSet.has(id)),
  };
}
