export { problemCatalog, problemType, PROBLEM_TYPE_BASE, type ProblemCode } from './problems.ts';
export { ProblemDetailsSchema, FieldErrorSchema, type ProblemDetails, type FieldError } from './problem-details.ts';
export { ListQuerySchema, pageSchema, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, type ListQuery } from './pagination.ts';
export {
  THEMES, LOCALES, ACCOUNT_TIERS, PreferencesSchema, UpdatePreferencesBodySchema,
  AccountSummarySchema, MeResponseSchema, SwitchAccountBodySchema, AccountTierSchema,
  type Preferences, type UpdatePreferencesBody, type AccountSummary, type MeResponse, type SwitchAccountBody, type AccountTier,
} from './me.ts';
export { SignUpBodySchema, SignUpResponseSchema, PASSWORD_MIN_LENGTH, type SignUpBody, type SignUpResponse } from './signup.ts';
export { AuditEntrySchema, type AuditEntry } from './audit.ts';
export { AccountSchema, AccountNameBodySchema, type Account, type AccountNameBody } from './accounts.ts';
export { FormDefinitionSchema, FormErrorSchema, FormValuesSchema, FORM_ERROR_CODES, type FormDefinition, type FormDefinitionInput, type FormError, type FormErrorCode, type FormValues, type FormValidationRule } from './forms.ts';
export { FormFieldSchema, FORM_FIELD_CATEGORIES, type FormField, type FormFieldType, type DataField, type LayoutField, type FieldOfType } from './form-fields.ts';
export { FieldKeySchema, ExpressionSchema, type FieldRule } from './form-field-base.ts';
export { FileRefSchema, FormOptionSchema, type FileRef, type FormOption } from './form-field-choice.ts';
export { ADDRESS_PARTS, NAME_PARTS, SIGNATURE_PARTS, type SubFieldConfig } from './form-field-structure.ts';
export { UserSessionSchema, UserSessionListSchema, RevokedSessionsSchema, type UserSession, type UserSessionList, type RevokedSessions } from './sessions.ts';
export {
  PERMISSION_CATALOG, PERMISSIONS, SYSTEM_ROLE_KEYS, SYSTEM_ROLE_PERMISSIONS, TEAM_PAGES, PermissionSchema, TeamPageSchema,
  FEATURES, FEATURE_KEYS, effectivePermissions, isPermission, type FeatureKey, type Permission, type PermissionResource, type SystemRoleKey, type TeamPage,
} from './permissions.ts';
