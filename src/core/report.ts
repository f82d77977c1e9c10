/** The permission report a host's check returns, validated before the widget trusts it. */
import * as z from 'zod/mini';
import { SECTION_IDS, type PermissionReport, type SectionId, type SectionStatus } from './types.js';

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
  try {
    const parsed = permissionReportSchema.safeParse(value);
    return parsed.success ? parsed.data : undefined;
  } catch {
    // A getter that throws or a revoked Proxy: safeParse lets that through. Still just a malformed report.
    return undefined;
  }
}

export interface ReportReview {
  /** Every requested section with its status; a section the report leaves out counts as `unknown`. */
  rows: { id: SectionId; status: SectionStatus; required: boolean }[];
  missingRequired: SectionId[];
  missingOptional: SectionId[];
  /** Basic info could not be seen: usually the group's lifecycle-status condition selects nobody. */
  nothingVisible: boolean;
  /** What the flow does next. */
  next: 'invalid' | 'review' | 'submit';
}

/** Reads a report against what the host asked for. Pure, so the rules are tested without a browser. */
export function reviewReport(
  report: PermissionReport,
  sections: readonly SectionId[],
  required: ReadonlySet<SectionId>,
): ReportReview {
  const statusOf = new Map(report.sections.map((s) => [s.id, s.status]));
  const rows = sections.map((id) => ({ id, status: statusOf.get(id) ?? 'unknown', required: required.has(id) }));
  const missing = rows.filter((r) => r.status === 'missing');
  const missingRequired = missing.filter((r) => r.required).map((r) => r.id);
  const missingOptional = missing.filter((r) => !r.required).map((r) => r.id);
  const nothingVisible = statusOf.get('basic') !== 'granted' && statusOf.get('basic') !== 'missing';
  const next = !report.credentialsValid ? 'invalid' : missing.length || nothingVisible ? 'review' : 'submit';
  return { rows, missingRequired, missingOptional, nothingVisible, next };
}
