export { auditRoutes } from './audit.routes.ts';
export { applyAuditRetention, type RetentionResult } from './audit-retention.ts';
