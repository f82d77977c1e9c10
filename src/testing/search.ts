/**
 * `POST /people/search` as HiBob answers it (../shared/spec/hibob-api-facts.md): body validation, the
 * permission group's lifecycle condition, `showInactive`, silent omission of fields the caller may not see,
 * omission of null values, and slash keys plus nested values.
 */
import { SECTIONS } from '../core/sections.js';
import type { ServiceUser } from './sandbox.js';
import { EMPLOYEES, FIELDS, type TenantEmployee } from './tenant.js';

export const MAX_SEARCH_FIELDS = 400;
/** What HiBob answers when a search names no fields [I]. */
const DEFAULT_FIELDS = ['root.id', 'root.firstName', 'root.surname', 'root.email', 'root.displayName'];
const FILTERABLE = ['root.id', 'root.email'];
const HUMAN_READABLE = ['APPEND', 'REPLACE'];

export interface SearchQuery {
  fields: string[];
  filter?: { fieldPath: string; values: unknown[] };
  showInactive: boolean;
}

/** The validated body, or the reason for HiBob's 400. */
export function parseSearchQuery(body: unknown): SearchQuery | { error: string } {
  if (!isRecord(body)) return { error: 'Request body must be a JSON object' };
  const { fields = DEFAULT_FIELDS, filters = [], showInactive = false, humanReadable } = body;
  if (!Array.isArray(fields) || !fields.every((field) => typeof field === 'string')) {
    return { error: 'fields must be an array of field ids' };
  }
  if (fields.length > MAX_SEARCH_FIELDS) return { error: `fields must contain at most ${MAX_SEARCH_FIELDS} items` };
  if (typeof showInactive !== 'boolean') return { error: 'showInactive must be a boolean' };
  if (humanReadable !== undefined && !HUMAN_READABLE.includes(humanReadable as string)) {
    return { error: 'humanReadable must be APPEND or REPLACE' };
  }
  if (!Array.isArray(filters) || filters.length > 1) return { error: 'At most one filter is supported' };
  const [filter] = filters as unknown[];
  if (filter === undefined) return { fields, showInactive };
  if (
    !isRecord(filter) ||
    !FILTERABLE.includes(filter.fieldPath as string) ||
    filter.operator !== 'equals' ||
    !Array.isArray(filter.values)
  ) {
    return { error: 'Only root.id or root.email with operator equals can be filtered' };
  }
  return { fields, showInactive, filter: { fieldPath: filter.fieldPath as string, values: filter.values } };
}

export function searchPeople(user: ServiceUser, query: SearchQuery): Record<string, unknown>[] {
  // Basic info is what surfaces an employee at all.
  if (!user.sections.includes('basic')) return [];
  const visibleCategories = new Set(user.sections.map((id) => SECTIONS[id].categoryId));
  const fields = FIELDS.filter((field) => query.fields.includes(field.id) && visibleCategories.has(field.categoryId));
  return EMPLOYEES.filter((employee) => selects(user, query, employee)).map((employee) => {
    const slashed: Record<string, unknown> = {};
    const nested: Record<string, unknown> = {};
    for (const field of fields) {
      const value = employee.values[field.id];
      if (value == null) continue;
      slashed[`/${field.id.replaceAll('.', '/')}`] = { value };
      setPath(nested, field.jsonPath.split('.'), value);
    }
    return { ...slashed, ...nested };
  });
}

function selects(user: ServiceUser, query: SearchQuery, employee: TenantEmployee): boolean {
  if (!user.lifecycleStatuses.includes(employee.lifecycle)) return false;
  if (!query.showInactive && employee.values['internal.status'] !== 'Active') return false;
  return !query.filter || query.filter.values.includes(employee.values[query.filter.fieldPath]);
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  const last = path.length - 1;
  let node = target;
  for (const key of path.slice(0, last)) {
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[last]] = value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
