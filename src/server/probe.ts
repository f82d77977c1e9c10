/**
 * How one people search reveals which People's-data sections a service user may see. HiBob never says
 * "forbidden": it silently omits fields the caller may not see, and omits null values too
 * (../shared/spec/hibob-api-facts.md). So a field's presence proves access, and its absence proves nothing on
 * its own.
 *
 * The rule, per requested section:
 * - `granted` — at least one returned employee shows at least one of the section's probe fields.
 * - `unknown` — the section is not visible through fields (history), no employee was returned (the permission
 *   group's lifecycle-status condition selects nobody), or the tenant has no field in the section.
 * - `missing` — no employee shows any probe field AND the silence is conclusive: either a probe field is one
 *   HiBob fills for every employee (first name, start date, lifecycle status…), or at least
 *   {@link MIN_EMPLOYEES_FOR_MISSING} employees came back — every one of up to {@link FIELDS_PER_SECTION}
 *   fields being empty for that many people is not plausible.
 * - otherwise `unknown`: a few employees with only optional fields empty is thin evidence.
 */
import * as z from 'zod/mini';
import { SECTIONS } from '../core/sections.js';
import type { SectionId, SectionStatus } from '../core/types.js';
import { HibobApiError } from './hibob-api.js';

/** Probe fields per section: 9 sections × 10 stays far below HiBob's 400 fields per search. */
export const FIELDS_PER_SECTION = 10;
export const MIN_EMPLOYEES_FOR_MISSING = 5;
/** Fields HiBob requires or sets for every employee: one employee without it is enough proof. */
const ALWAYS_SET = [
  'root.firstName',
  'root.surname',
  'root.email',
  'work.startDate',
  'internal.status',
  'internal.lifecycleStatus',
];
/** Present for every employee whatever the permissions: evidence for no section. */
const EMPLOYEE_ID = 'root.id';

const fieldsMetadataSchema = z.array(
  z.object({
    id: z.string(),
    categoryId: z.optional(z.nullable(z.string())),
    /** deprecated by HiBob in favour of categoryId; read only when categoryId is absent */
    category: z.optional(z.nullable(z.string())),
    jsonPath: z.optional(z.nullable(z.string())),
  }),
);
type FieldMetadata = z.infer<typeof fieldsMetadataSchema>[number];

const searchAnswerSchema = z.object({ employees: z.array(z.record(z.string(), z.unknown())) });
export type Employee = Record<string, unknown>;

interface ProbeField {
  id: string;
  /** `/work/title` for `work.title` */
  slashKey: string;
  /** where the nested copy of the value lives */
  path: string[];
}

export interface Probe {
  /** the `fields` of the people search */
  fields: string[];
  bySection: Map<SectionId, ProbeField[]>;
}

export function parseFieldsMetadata(data: unknown): FieldMetadata[] {
  const parsed = fieldsMetadataSchema.safeParse(data);
  if (!parsed.success) throw new HibobApiError('hibob_error', 'HiBob answered an unexpected fields list');
  return parsed.data;
}

export function parseEmployees(data: unknown): Employee[] {
  const parsed = searchAnswerSchema.safeParse(data);
  if (!parsed.success) throw new HibobApiError('hibob_error', 'HiBob answered an unexpected people search');
  return parsed.data.employees;
}

/**
 * Picks each section's probe fields from where the tenant's metadata says they live now (admins move fields
 * between categories; a moved field keeps its id), best evidence first. Falls back to the catalog's probe
 * fields only for fields the metadata does not list at all.
 */
export function planProbe(metadata: readonly FieldMetadata[], sections: readonly SectionId[]): Probe {
  const byCategory = new Map<string, FieldMetadata[]>();
  for (const field of metadata) {
    const categoryId = field.categoryId ?? field.category;
    if (!categoryId || field.id === EMPLOYEE_ID) continue;
    byCategory.set(categoryId, [...(byCategory.get(categoryId) ?? []), field]);
  }
  const listed = new Set(metadata.map((field) => field.id));

  const bySection = new Map<SectionId, ProbeField[]>();
  for (const id of sections) {
    const { categoryId, probeFields } = SECTIONS[id];
    if (categoryId === null) continue;
    const inCategory = byCategory.get(categoryId);
    const candidates = inCategory?.length
      ? rank(inCategory, probeFields)
      : probeFields.filter((fieldId) => !listed.has(fieldId)).map((fieldId) => ({ id: fieldId }));
    bySection.set(id, candidates.slice(0, FIELDS_PER_SECTION).map(probeField));
  }
  const fields = [EMPLOYEE_ID, ...[...bySection.values()].flat().map((field) => field.id)];
  return { fields, bySection };
}

export function decide(section: SectionId, probe: Probe, employees: readonly Employee[]): SectionStatus {
  const fields = probe.bySection.get(section);
  if (!fields?.length || employees.length === 0) return 'unknown';
  if (employees.some((employee) => fields.some((field) => shows(employee, field)))) return 'granted';
  const conclusive =
    fields.some((field) => ALWAYS_SET.includes(field.id)) || employees.length >= MIN_EMPLOYEES_FOR_MISSING;
  return conclusive ? 'missing' : 'unknown';
}

/** Always-set fields first, then the catalog's probe fields, then the rest in metadata order. */
function rank(fields: readonly FieldMetadata[], probeFields: readonly string[]): FieldMetadata[] {
  const score = (field: FieldMetadata) => {
    if (ALWAYS_SET.includes(field.id)) return -1;
    const index = probeFields.indexOf(field.id);
    return index === -1 ? probeFields.length : index;
  };
  return [...fields].sort((a, b) => score(a) - score(b));
}

function probeField({ id, jsonPath }: { id: string; jsonPath?: string | null }): ProbeField {
  // Basic-info fields live at the top level of an employee: root.firstName → firstName.
  const path = jsonPath || (id.startsWith('root.') ? id.slice('root.'.length) : id);
  return { id, slashKey: `/${id.replaceAll('.', '/')}`, path: path.split('.') };
}

/** HiBob answers `"/cat/field": {"value": v}` plus the nested value; either one counts. */
function shows(employee: Employee, field: ProbeField): boolean {
  const slash = employee[field.slashKey];
  if (isRecord(slash) && slash.value != null) return true;
  let node: unknown = employee;
  for (const key of field.path) {
    if (!isRecord(node)) return false;
    node = node[key];
  }
  return node != null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
