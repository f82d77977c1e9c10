/**
 * The permission catalog: what each People's-data section of a HiBob permission group needs, and how
 * the server-side checker recognises it. Source: ../shared/spec/permissions.md and hibob-api-facts.md.
 */
import { SECTION_IDS, type SectionId } from './types.js';

export interface SectionInfo {
  id: SectionId;
  /** The section's name in HiBob's People's data tab ("People > …"). */
  name: string;
  /** The permission lines to tick, exactly as HiBob words them. */
  permissions: readonly string[];
  /** Why the app needs it, when that is not obvious. */
  why?: string;
  /** HiBob's categoryId for the section; `null` when a field check cannot see it (history). */
  categoryId: string | null;
  /** Fields the checker asks for to decide whether the section is visible. */
  probeFields: readonly string[];
}

export const SECTIONS: Readonly<Record<SectionId, SectionInfo>> = {
  basic: {
    id: 'basic',
    name: 'Basic info',
    permissions: ["View selected employees' Basic info sections"],
    why: 'Required to see employees at all.',
    categoryId: 'root',
    probeFields: ['root.firstName', 'root.surname', 'root.displayName'],
  },
  employment: {
    id: 'employment',
    name: 'Employment',
    permissions: [
      "View selected employees' Employment sections",
      "View selected employees' Employment section histories",
    ],
    categoryId: 'employment',
    probeFields: ['payroll.employment.type', 'payroll.employment.contract'],
  },
  history: {
    id: 'history',
    name: 'History',
    permissions: ["View selected employees' profile changes history"],
    categoryId: null,
    probeFields: [],
  },
  identification: {
    id: 'identification',
    name: 'Identification',
    permissions: ["View selected employees' Identification sections"],
    categoryId: 'identification',
    probeFields: ['identification.ssn', 'financial.passportNumber'],
  },
  lifecycle: {
    id: 'lifecycle',
    name: 'Lifecycle',
    permissions: [
      "View selected employees' Lifecycle sections",
      "Edit selected employees' Lifecycle sections",
      "View selected employees' Lifecycle section histories",
    ],
    why: 'View is needed to see each employee’s employment status.',
    categoryId: 'lifecycle',
    probeFields: ['internal.lifecycleStatus', 'internal.status', 'internal.terminationDate'],
  },
  personal: {
    id: 'personal',
    name: 'Personal',
    permissions: ["View selected employees' Personal sections", "Edit selected employees' Personal sections"],
    why: 'HiBob only shares date of birth with Edit. The app never edits employee data.',
    categoryId: 'personal',
    probeFields: ['personal.birthDate', 'personal.nationality', 'personal.pronouns'],
  },
  'personal-contact': {
    id: 'personal-contact',
    name: 'Personal contact details',
    permissions: [
      "View selected employees' Personal contact details sections",
      "Edit selected employees' Personal contact details sections",
    ],
    categoryId: 'personalContact',
    probeFields: ['home.privateEmail', 'home.mobilePhone'],
  },
  work: {
    id: 'work',
    name: 'Work',
    permissions: ["View selected employees' Work sections", "View selected employees' Work section histories"],
    categoryId: 'work',
    probeFields: ['work.title', 'work.department', 'work.startDate', 'work.reportsTo'],
  },
  'work-contact': {
    id: 'work-contact',
    name: 'Work contact details',
    permissions: ["View selected employees' Work contact details sections"],
    categoryId: 'workContact',
    probeFields: ['work.workPhone', 'work.workMobile'],
  },
};

/**
 * HiBob's lifecycle status names, exactly as HiBob's screens show them (they are not translated: the admin
 * must find these words in HiBob). Custom leave types are shown as the host wrote them.
 */
export const LIFECYCLE_STATUS_NAMES: Readonly<Record<string, string>> = {
  hired: 'Hired',
  employed: 'Employed',
  terminated: 'Terminated',
  'garden-leave': 'Garden leave',
  leave: 'Leave',
  'parental-leave': 'Parental leave',
};

/** HiBob screen labels used in the "where to fix it" trail of the permission report. */
export const HIBOB_LABELS = { permissionGroups: 'Permission groups', peoplesData: 'People’s data' } as const;

export { isSectionId, parseSectionList } from './section-ids.js';

/** How HiBob names a lifecycle status; a custom one (a leave type) is shown as the host wrote it. */
export function lifecycleStatusName(status: string): string {
  return (
    LIFECYCLE_STATUS_NAMES[status.toLowerCase()] ?? status.replace(/[-_]+/g, ' ').replace(/^./, (c) => c.toUpperCase())
  );
}

/** Requested sections in catalog order; required ones are always included and `basic` always required. */
export function resolveSections(
  requested: readonly SectionId[] | undefined,
  required: readonly SectionId[] | undefined,
): { sections: SectionId[]; required: Set<SectionId> } {
  const req = new Set<SectionId>(['basic', ...(required ?? [])]);
  const wanted = new Set<SectionId>(requested?.length ? requested : SECTION_IDS);
  for (const id of req) wanted.add(id);
  return { sections: SECTION_IDS.filter((id) => wanted.has(id)), required: req };
}
