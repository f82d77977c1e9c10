/**
 * The emulated HiBob tenant: its fields metadata (as `GET /company/people/fields` answers it) and its employees.
 * The admin moved `personal.nationality` into the Identification category, as HiBob allows: the field keeps its
 * id and its visibility follows its new category.
 */

export interface FieldMetadata {
  id: string;
  /** deprecated by HiBob, still sent */
  category: string;
  categoryId: string;
  categoryDisplayName: string;
  name: string;
  description: string | null;
  jsonPath: string;
  type: string;
  typeData: Record<string, unknown>;
  historical: boolean;
}

const CATEGORY_NAMES: Record<string, string> = {
  root: 'Basic info',
  work: 'Work',
  workContact: 'Work contact details',
  personal: 'Personal',
  personalContact: 'Personal contact details',
  address: 'Address',
  identification: 'Identification',
  lifecycle: 'Lifecycle',
  employment: 'Employment',
  about: 'About',
};

type FieldRow = [id: string, categoryId: string, name: string, type?: string, historical?: boolean];

// prettier-ignore
const FIELD_ROWS: FieldRow[] = [
  ['root.id', 'root', 'Employee ID'],
  ['root.firstName', 'root', 'First name'],
  ['root.surname', 'root', 'Last name'],
  ['root.email', 'root', 'Email'],
  ['root.displayName', 'root', 'Display name'],
  ['root.fullName', 'root', 'Full name'],
  ['root.companyId', 'root', 'Company ID', 'number'],
  ['root.creationDateTime', 'root', 'Creation date', 'date'],
  ['root.avatarUrl', 'root', 'Avatar'],
  ['work.title', 'work', 'Job title', 'list', true],
  ['work.department', 'work', 'Department', 'list', true],
  ['work.site', 'work', 'Site', 'list', true],
  ['work.startDate', 'work', 'Start date', 'date'],
  ['work.reportsTo', 'work', 'Reports to', 'employee-reference', true],
  ['work.isManager', 'work', 'Is manager', 'boolean'],
  ['work.employeeIdInCompany', 'work', 'Employee ID in company', 'number'],
  ['work.tenureDuration', 'work', 'Tenure'],
  ['work.workPhone', 'workContact', 'Work phone', 'phone'],
  ['work.workMobile', 'workContact', 'Work mobile', 'phone'],
  ['personal.birthDate', 'personal', 'Date of birth', 'date'],
  ['personal.pronouns', 'personal', 'Pronouns', 'list'],
  ['personal.honorific', 'personal', 'Honorific', 'list'],
  ['personal.shortBirthDate', 'personal', 'Birthday'],
  ['personal.nationality', 'identification', 'Nationality', 'multi-list'], // moved from Personal
  ['home.privateEmail', 'personalContact', 'Personal email'],
  ['home.mobilePhone', 'personalContact', 'Personal mobile', 'phone'],
  ['home.privatePhone', 'personalContact', 'Personal phone', 'phone'],
  ['address.city', 'address', 'City'],
  ['address.country', 'address', 'Country', 'list'],
  ['address.fullAddress', 'address', 'Full address'],
  ['identification.ssn', 'identification', 'Social security number'],
  ['financial.passportNumber', 'identification', 'Passport number'],
  ['financial.identificationNumber', 'identification', 'Identification number'],
  ['internal.lifecycleStatus', 'lifecycle', 'Lifecycle status', 'list', true],
  ['internal.status', 'lifecycle', 'Status', 'list'],
  ['internal.terminationDate', 'lifecycle', 'Termination date', 'date'],
  ['internal.terminationReason', 'lifecycle', 'Termination reason', 'list'],
  ['internal.periodSinceTermination', 'lifecycle', 'Period since termination'],
  ['payroll.employment.type', 'employment', 'Employment type', 'list', true],
  ['payroll.employment.contract', 'employment', 'Contract type', 'list', true],
  ['payroll.employment.weeklyHours', 'employment', 'Weekly hours', 'number', true],
  ['payroll.employment.fte', 'employment', 'FTE %', 'number', true],
  ['about.about', 'about', 'About'],
  ['about.hobbies', 'about', 'Hobbies', 'multi-list'],
  ['about.superpowers', 'about', 'Superpowers', 'multi-list'],
  ['about.socialData.linkedin', 'about', 'LinkedIn'],
];

export const FIELDS: readonly FieldMetadata[] = FIELD_ROWS.map(
  ([id, categoryId, name, type = 'text', historical = false]) => ({
    id,
    category: categoryId,
    categoryId,
    categoryDisplayName: CATEGORY_NAMES[categoryId] ?? categoryId,
    name,
    description: null,
    // Basic-info fields sit at the top level of an employee in search answers.
    jsonPath: id.startsWith('root.') ? id.slice('root.'.length) : id,
    type,
    typeData: type === 'list' ? { listId: id.split('.').pop() } : {},
    historical,
  }),
);

export type LifecycleStatus = 'hired' | 'employed' | 'terminated' | 'leave' | 'parental leave' | 'garden leave';

export interface TenantEmployee {
  lifecycle: LifecycleStatus;
  /** by field id; absent or null = empty in HiBob */
  values: Record<string, unknown>;
}

interface Person {
  id: string;
  first: string;
  last: string;
  lifecycle: LifecycleStatus;
  start: string;
  title: string;
  department: string;
  more?: Record<string, unknown>;
}

/** Some people have empty sections, so a checker must look across employees. */
const PEOPLE: Person[] = [
  {
    id: '3332883884017713938',
    first: 'Jane',
    last: 'Doe',
    lifecycle: 'employed',
    start: '2019-04-01',
    title: 'Head of People',
    department: 'People',
    more: {
      'work.isManager': true,
      'work.workPhone': '+44 20 7946 0958',
      'work.workMobile': '+44 7700 900123',
      'personal.birthDate': '1984-07-12',
      'personal.pronouns': 'She/her',
      'personal.honorific': 'Ms',
      'personal.shortBirthDate': '07-12',
      'personal.nationality': ['British'],
      'home.privateEmail': 'jane.doe@example.net',
      'home.mobilePhone': '+44 7700 900456',
      'address.city': 'London',
      'address.country': 'United Kingdom',
      'identification.ssn': 'QQ123456C',
      'financial.passportNumber': '925076473',
      'payroll.employment.weeklyHours': 40,
      'about.hobbies': ['Climbing'],
    },
  },
  {
    id: '3546236355902043300',
    first: 'Omar',
    last: 'Haddad',
    lifecycle: 'employed',
    start: '2021-09-13',
    title: 'Software Engineer',
    department: 'Engineering',
    more: {
      'personal.birthDate': '1992-02-03',
      'personal.nationality': ['Jordanian', 'French'],
      'home.privateEmail': 'omar.h@example.org',
      'address.city': 'Lyon',
      'financial.identificationNumber': 'FR-88213',
      'payroll.employment.weeklyHours': 35,
    },
  },
  // An employee whose Personal, Personal contact and Identification sections are all empty.
  {
    id: '3188906392806038820',
    first: 'Mei',
    last: 'Chen',
    lifecycle: 'employed',
    start: '2022-01-10',
    title: 'Designer',
    department: 'Product',
  },
  {
    id: '3002067176183421448',
    first: 'Lukas',
    last: 'Bauer',
    lifecycle: 'employed',
    start: '2020-06-01',
    title: 'Account Executive',
    department: 'Sales',
    more: {
      'work.workMobile': '+49 1512 3456789',
      'personal.pronouns': 'He/him',
      'home.mobilePhone': '+49 1523 9876543',
      'address.city': 'Berlin',
    },
  },
  {
    id: '3727861707357869400',
    first: 'Aisha',
    last: 'Okafor',
    lifecycle: 'employed',
    start: '2018-11-19',
    title: 'Engineering Manager',
    department: 'Engineering',
    more: {
      'work.isManager': true,
      'personal.birthDate': '1988-10-30',
      'home.privateEmail': 'aisha.okafor@example.com',
      'identification.ssn': '123-45-6789',
    },
  },
  {
    id: '3098833637135899540',
    first: 'Tomás',
    last: 'García',
    lifecycle: 'employed',
    start: '2023-03-06',
    title: 'Support Specialist',
    department: 'Customer Success',
    more: {
      'personal.honorific': 'Mr',
      'payroll.employment.weeklyHours': 20,
      'payroll.employment.fte': 50,
    },
  },
  // Hired with a future start date: Inactive, so a search without showInactive leaves them out.
  {
    id: '3295822728722356740',
    first: 'Priya',
    last: 'Natarajan',
    lifecycle: 'hired',
    start: '2031-02-03',
    title: 'Data Analyst',
    department: 'Finance',
    more: {
      'home.privateEmail': 'priya.n@example.in',
    },
  },
  {
    id: '3965483385079797600',
    first: 'Erik',
    last: 'Lindqvist',
    lifecycle: 'terminated',
    start: '2016-08-15',
    title: 'Sales Manager',
    department: 'Sales',
    more: {
      'work.workPhone': '+46 8 123 456 78',
      'home.privateEmail': 'erik.lindqvist@example.se',
      'financial.passportNumber': 'AA1234567',
      'internal.terminationDate': '2024-05-31',
      'internal.terminationReason': 'Resignation',
    },
  },
  {
    id: '3922508992595228200',
    first: 'Sofia',
    last: 'Rossi',
    lifecycle: 'terminated',
    start: '2020-02-17',
    title: 'Office Manager',
    department: 'Operations',
    more: {
      'home.mobilePhone': '+39 312 345 6789',
      'internal.terminationDate': '2025-01-15',
      'internal.terminationReason': 'Relocation',
    },
  },
  // On leave: outside the usual Hired/Employed/Terminated condition.
  {
    id: '3729165867747660900',
    first: 'Noah',
    last: 'Williams',
    lifecycle: 'leave',
    start: '2017-05-22',
    title: 'Recruiter',
    department: 'People',
    more: {
      'personal.birthDate': '1990-12-01',
      'home.privateEmail': 'noah.w@example.com',
    },
  },
];

const ACTIVE: readonly LifecycleStatus[] = ['employed', 'leave', 'parental leave', 'garden leave'];

export const EMPLOYEES: readonly TenantEmployee[] = PEOPLE.map((person, index) => ({
  lifecycle: person.lifecycle,
  values: {
    'root.id': person.id,
    'root.firstName': person.first,
    'root.surname': person.last,
    'root.email': `${person.first}.${person.last}@acme.example`.toLowerCase(),
    'root.displayName': `${person.first} ${person.last}`,
    'root.fullName': `${person.first} ${person.last}`,
    'root.companyId': 640412,
    'root.creationDateTime': `${person.start}T08:00:00.000Z`,
    'root.avatarUrl': null,
    'work.title': person.title,
    'work.department': person.department,
    'work.site': index % 2 ? 'Berlin' : 'London',
    'work.startDate': person.start,
    'work.reportsTo': index === 0 ? null : { id: PEOPLE[0].id, displayName: 'Jane Doe' },
    'work.isManager': false,
    'work.employeeIdInCompany': 1001 + index,
    'internal.lifecycleStatus': person.lifecycle,
    'internal.status': ACTIVE.includes(person.lifecycle) ? 'Active' : 'Inactive',
    'payroll.employment.type': index % 3 ? 'Permanent' : 'Contractor',
    'payroll.employment.contract': 'Full time',
    ...person.more,
  },
}));
