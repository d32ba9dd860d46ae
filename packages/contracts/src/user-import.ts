/** The CSV import of users (POST /api/v1/users/import and /users/import/preview). */
import { z } from 'zod';
import { UserStatusSchema } from './users.ts';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 10_000;
export const IMPORT_PREVIEW_ROWS = 20;

/** Fields a CSV column can be mapped to; `email` is required. */
export const IMPORT_FIELDS = ['email', 'name', 'roles', 'externalId', 'status', 'department', 'title'] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

const ColumnSchema = z.string().min(1).max(200);
export const ImportMappingSchema = z.strictObject({
  email: ColumnSchema,
  name: ColumnSchema.optional(),
  roles: ColumnSchema.optional(),
  externalId: ColumnSchema.optional(),
  status: ColumnSchema.optional(),
  department: ColumnSchema.optional(),
  title: ColumnSchema.optional(),
});
export type ImportMapping = z.infer<typeof ImportMappingSchema>;

const CsvSchema = z.string().min(1).max(IMPORT_MAX_BYTES);

export const ImportPreviewBodySchema = z.strictObject({ csv: CsvSchema });
export type ImportPreviewBody = z.infer<typeof ImportPreviewBodySchema>;

export const ImportPreviewSchema = z.object({
  columns: z.array(z.string()),
  delimiter: z.string(),
  rows: z.number().int(),
  sample: z.array(z.array(z.string())),
  /** Columns whose header looks like a field (e.g. "E-Mail" → email). */
  suggestedMapping: ImportMappingSchema.partial(),
});
export type ImportPreview = z.infer<typeof ImportPreviewSchema>;

export const ImportUsersBodySchema = z.strictObject({
  csv: CsvSchema,
  mapping: ImportMappingSchema,
  dryRun: z.boolean().default(false),
  sendInvites: z.boolean().default(true),
});
export type ImportUsersBody = z.input<typeof ImportUsersBodySchema>;

/** One problem in one row; `row` counts like a spreadsheet (the header is row 1). */
export const ImportRowErrorSchema = z.object({ row: z.number().int(), column: z.string(), message: z.string() });
export type ImportRowError = z.infer<typeof ImportRowErrorSchema>;

export const ImportPreviewRowSchema = z.object({
  row: z.number().int(),
  email: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  externalId: z.string().nullable(),
  status: UserStatusSchema,
  department: z.string().nullable(),
  title: z.string().nullable(),
  isNewPerson: z.boolean(),
});
export type ImportPreviewRow = z.infer<typeof ImportPreviewRowSchema>;

export const ImportReportSchema = z.object({
  columns: z.array(z.string()),
  rows: z.number().int(),
  valid: z.number().int(),
  errors: z.array(ImportRowErrorSchema),
  preview: z.array(ImportPreviewRowSchema),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;

export const ImportResultSchema = z.object({ created: z.number().int(), invited: z.number().int() });
export type ImportResult = z.infer<typeof ImportResultSchema>;
