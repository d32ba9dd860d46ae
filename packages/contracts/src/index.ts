export { problemCatalog, problemType, PROBLEM_TYPE_BASE, type ProblemCode } from './problems.ts';
export { ProblemDetailsSchema, FieldErrorSchema, type ProblemDetails, type FieldError } from './problem-details.ts';
export { ListQuerySchema, pageSchema, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE, type ListQuery } from './pagination.ts';
export {
  THEMES, LOCALES, ACCOUNT_TIERS, PreferencesSchema, UpdatePreferencesBodySchema,
  AccountSummarySchema, MeResponseSchema, SwitchAccountBodySchema, AccountTierSchema,
  type Preferences, type UpdatePreferencesBody, type AccountSummary, type MeResponse, type SwitchAccountBody, type AccountTier,
} from './me.ts';
export { SignUpBodySchema, SignUpResponseSchema, PASSWORD_MIN_LENGTH, type SignUpBody, type SignUpResponse } from './signup.ts';
export {
  AuditEntrySchema, AuditFilterSchema, AuditListQuerySchema, AuditExportQuerySchema, AuditFacetsSchema, AuditActionFilterSchema,
  type AuditEntry, type AuditFilter, type AuditListQuery, type AuditExportQuery, type AuditFacets,
} from './audit.ts';
export {
  GeneralSettingsSchema, UpdateGeneralSettingsBodySchema, SecurityPolicySchema, UpdateSecurityPolicyBodySchema, IpRangeSchema,
  FeatureSettingsSchema, UpdateFeaturesBodySchema, AccountDomainSchema, AccountDomainListSchema, CreateDomainBodySchema,
  AuditSettingsSchema, UpdateAuditSettingsBodySchema, DOMAIN_STATUSES, PASSWORD_MAX_LENGTH, SESSION_TIMEOUT_MINUTES, AUDIT_RETENTION_DAYS,
  ACCOUNT_IP_ALLOWLIST_MAX, DEFAULT_TIME_ZONE, isIpRange, isTimeZone, listTimeZones,
  type GeneralSettings, type UpdateGeneralSettingsBody, type SecurityPolicy, type UpdateSecurityPolicyBody, type FeatureSetting,
  type FeatureSettings, type UpdateFeaturesBody, type AccountDomain, type AccountDomainList, type CreateDomainBody,
  type AuditSettings, type UpdateAuditSettingsBody,
} from './account-settings.ts';
export { AccountSchema, AccountNameBodySchema, type Account, type AccountNameBody } from './accounts.ts';
export { FormDefinitionSchema, FormErrorSchema, FormValuesSchema, FORM_ERROR_CODES, type FormDefinition, type FormDefinitionInput, type FormError, type FormErrorCode, type FormValues, type FormValidationRule } from './forms.ts';
export { FormFieldSchema, FORM_FIELD_CATEGORIES, type FormField, type FormFieldType, type DataField, type LayoutField, type FieldOfType } from './form-fields.ts';
export { FieldKeySchema, ExpressionSchema, type FieldRule } from './form-field-base.ts';
export { FileRefSchema, FormOptionSchema, type FileRef, type FormOption } from './form-field-choice.ts';
export { ADDRESS_PARTS, NAME_PARTS, SIGNATURE_PARTS, type SubFieldConfig } from './form-field-structure.ts';
export { UserSessionSchema, UserSessionListSchema, RevokedSessionsSchema, type UserSession, type UserSessionList, type RevokedSessions } from './sessions.ts';
export {
  EmailSettingsSchema, SmtpSettingsSchema, UpdateEmailSettingsBodySchema, SendTestEmailResponseSchema, OutboxMailSummarySchema, OutboxMailSchema,
  OutboxListQuerySchema, SMTP_SECURITY_MODES, MAIL_STATUSES, MAIL_DELIVERY_MODES,
  type EmailSettings, type SmtpSettings, type SmtpSecurity, type UpdateEmailSettingsBody, type SendTestEmailResponse, type OutboxMailSummary, type OutboxMail, type OutboxListQuery, type MailStatus,
} from './email-settings.ts';
export {
  PERMISSION_CATALOG, PERMISSIONS, SYSTEM_ROLE_KEYS, SYSTEM_ROLE_PERMISSIONS, TEAM_PAGES, PermissionSchema, TeamPageSchema,
  FEATURES, FEATURE_KEYS, effectivePermissions, isPermission, type FeatureKey, type Permission, type PermissionResource, type SystemRoleKey, type TeamPage,
} from './permissions.ts';
export {
  RoleSchema, RoleListSchema, RoleColorSchema, CreateRoleBodySchema, UpdateRoleBodySchema, RoleHolderSchema, RoleHolderPageSchema, PermissionCatalogSchema,
  ROLE_NAME_MAX, ROLE_DESCRIPTION_MAX,
  type Role, type RoleList, type CreateRoleBody, type UpdateRoleBody, type RoleHolder, type RoleHolderPage, type PermissionCatalog,
} from './roles.ts';
export {
  GROUP_TYPES, GROUP_RULE_FIELDS, GROUP_NAME_MAX, GROUP_DESCRIPTION_MAX, GROUP_RULE_MAX, GroupSchema, GroupPageSchema, GroupListQuerySchema,
  CreateGroupBodySchema, UpdateGroupBodySchema, GroupMemberSchema, GroupMemberPageSchema, GroupMemberListQuerySchema, SetGroupMembersBodySchema,
  SetGroupRolesBodySchema, ValidateRuleBodySchema, RulePreviewSchema,
  type GroupType, type GroupRuleAttribute, type GroupRoleRef, type Group, type GroupPage, type GroupListQuery, type CreateGroupBody, type UpdateGroupBody,
  type GroupMember, type GroupMemberPage, type GroupMemberListQuery, type SetGroupMembersBody, type SetGroupRolesBody, type ValidateRuleBody,
  type RuleDiagnostic, type RulePreview,
} from './groups.ts';
export {
  USER_STATUSES, SETTABLE_USER_STATUSES, USER_SORT_FIELDS, UserStatusSchema, UserProfileSchema, UserRoleRefSchema, UserSchema, UserListQuerySchema,
  UserNameSchema, CreateUserBodySchema, UpdateUserBodySchema,
  type UserStatus, type UserSortField, type UserProfile, type UserRoleRef, type User, type UserListQuery, type CreateUserBody, type UpdateUserBody,
} from './users.ts';
export {
  IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, IMPORT_PREVIEW_ROWS, IMPORT_FIELDS, ImportMappingSchema, ImportPreviewBodySchema, ImportPreviewSchema,
  ImportUsersBodySchema, ImportRowErrorSchema, ImportPreviewRowSchema, ImportReportSchema, ImportResultSchema,
  type ImportField, type ImportMapping, type ImportPreviewBody, type ImportPreview, type ImportUsersBody, type ImportRowError, type ImportPreviewRow,
  type ImportReport, type ImportResult,
} from './user-import.ts';
export {
  InvitationSchema, AcceptInvitationBodySchema, AcceptedInvitationSchema, type Invitation, type AcceptInvitationBody, type AcceptedInvitation,
} from './invitations.ts';
export {
  TEAM_COLOR_SCHEMES, TEAM_NAME_MIN_LENGTH, TeamColorSchemeSchema, TeamNameSchema, HexColorSchema, TeamRoleRefSchema, TeamSummarySchema, TeamListSchema,
  TeamDetailSchema, CreateTeamBodySchema, UpdateTeamBodySchema, DeleteTeamQuerySchema, TeamMemberSchema, TeamMemberListSchema, TeamMembersQuerySchema,
  SetTeamMemberRolesBodySchema, TeamRoleSchema, TeamRoleListSchema, CreateTeamRoleBodySchema, UpdateTeamRoleBodySchema, TeamInvitationSchema,
  TeamInvitationListSchema, InviteToTeamBodySchema, MyTeamInvitationSchema, MyTeamInvitationListSchema, AcceptTeamInvitationBodySchema,
  AcceptedTeamInvitationSchema,
  type TeamColorScheme, type TeamRoleRef, type TeamSummary, type TeamList, type TeamDetail, type CreateTeamBody, type UpdateTeamBody, type TeamMember,
  type TeamMembersQuery, type SetTeamMemberRolesBody, type TeamRole, type CreateTeamRoleBody, type UpdateTeamRoleBody, type TeamInvitation,
  type InviteToTeamBody, type MyTeamInvitation, type AcceptedTeamInvitation,
} from './teams.ts';
export {
  MAX_IMAGE_BYTES, IMAGE_CONTENT_TYPES, IMAGE_PATH_PREFIX, FORMAT_LOCALES, imageMegabytes, StoredImageSchema, ContactSchema, ProfileSchema, UpdateProfileBodySchema,
  AccountLogoSchema, isFormatLocale, type ImageContentType, type StoredImage, type FormatLocale, type Contact, type Profile, type UpdateProfileBody, type AccountLogo,
} from './profile.ts';
export {
  NOTIFICATION_CHANNELS, NOTIFICATION_EVENTS, NOTIFICATION_EVENT_KEYS, NotificationPreferencesSchema, UpdateNotificationPreferencesBodySchema,
  defaultNotificationMatrix, isNotificationChannel, isNotificationEvent, offersChannel,
  type NotificationChannel, type NotificationEvent, type NotificationMatrix, type NotificationPreferences, type UpdateNotificationPreferencesBody,
} from './notification-preferences.ts';
export {
  SERVICE_PERMISSIONS, RATE_LIMIT_TIERS, ACCESS_TOKEN_TTL_SECONDS, ACCESS_TOKEN_AUDIENCE, DEFAULT_SECRET_GRACE_HOURS, MAX_SECRET_GRACE_HOURS,
  SERVICE_ACCOUNT_NAME_MAX, SERVICE_ACCOUNT_DESCRIPTION_MAX, CREDENTIAL_NAME_MAX, IP_ALLOWLIST_MAX, isServicePermission,
  RateLimitSettingSchema, ServiceAccountSchema, ServiceAccountPageSchema, CreateServiceAccountBodySchema, UpdateServiceAccountBodySchema,
  ApiKeySchema, CreatedApiKeySchema, ApiKeyListSchema, CreateApiKeyBodySchema, OAuthClientSchema, CreatedOAuthClientSchema, OAuthClientListSchema,
  CreateOAuthClientBodySchema, RotateSecretBodySchema, TokenRequestSchema, TokenResponseSchema, OAuthErrorSchema, JwksSchema,
  type RateLimitSetting, type ServiceAccount, type ServiceAccountPage, type CreateServiceAccountBody, type UpdateServiceAccountBody, type CredentialStatus,
  type ApiKey, type CreatedApiKey, type ApiKeyList, type CreateApiKeyBody, type OAuthClient, type CreatedOAuthClient, type OAuthClientList,
  type CreateOAuthClientBody, type RotateSecretBody, type TokenRequest, type TokenResponse, type OAuthErrorCode, type OAuthError, type Jwks,
} from './service-accounts.ts';
export {
  HIT_POLICIES, HitPolicySchema, COLLECT_AGGREGATIONS, CollectAggregationSchema, FEEL_TYPES, FeelTypeSchema,
  DECISION_NAME_MAX, DECISION_CELL_MAX, DECISION_RULES_MAX, DECISION_COLUMNS_MAX,
  DecisionInputSchema, DecisionOutputSchema, DecisionRuleSchema, DecisionTableSchema, DECISION_KINDS, DecisionKindSchema,
  DECISION_STATUSES, DecisionStatusSchema, DecisionVersionSummarySchema, DecisionVersionSchema, DecisionSummarySchema, DecisionPageSchema,
  DecisionListQuerySchema, DecisionVersionQuerySchema, ImportDecisionQuerySchema, type DecisionListQuery, type DecisionVersionQuery, type ImportDecisionQuery,
  DecisionDetailSchema, DecisionNameSchema, CreateDecisionBodySchema, UpdateDecisionBodySchema, SaveDraftBodySchema, CreateDraftBodySchema,
  PublishBodySchema, VersionSelectorSchema, EvaluateBodySchema, MatchedRuleSchema, EvaluationResultSchema, TestScenarioSchema, TestBodySchema,
  DECISION_SCENARIOS_MAX, ScenarioSetSchema, SaveScenariosBodySchema, type ScenarioSet, type SaveScenariosBody,
  ScenarioResultSchema, TestReportSchema, CompareBodySchema, OutcomeChangeSchema, CompareReportSchema, VERIFICATION_KINDS, VerificationWarningSchema,
  type HitPolicy, type CollectAggregation, type FeelType, type DecisionInput, type DecisionOutput, type DecisionRule, type DecisionTable,
  type DecisionTableInput, type DecisionKind, type DecisionStatus, type DecisionVersionSummary, type DecisionVersion, type DecisionSummary,
  type DecisionPage, type DecisionDetail, type CreateDecisionBody, type UpdateDecisionBody, type SaveDraftBody, type VersionSelector,
  type EvaluateBody, type MatchedRule, type EvaluationResult, type TestScenario, type TestBody, type TestReport, type CompareBody,
  type CompareReport, type VerificationWarning,
} from './decisions.ts';
