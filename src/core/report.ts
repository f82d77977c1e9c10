/** The permission report a host's check returns, validated before the widget trusts it. */
import * as z from 'zod/mini';
import { SECTION_IDS, type PermissionReport } from './types.js';

export const permissionReportSchema = z.object({
  credentialsValid: z.boolean(),
  sections: z.array(
    z.object({
      id: z.enum(SECTION_IDS),
      status: z.enum(['granted', 'missing', 'unknown']),
    }),
  ),
  checkedAt: z.optional(z.string()),
});

/** Returns the report when it is well formed, else `undefined` (a malformed report is a host error). */
export function parsePermissionReport(value: unknown): PermissionReport | undefined {
  const parsed = permissionReportSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}
