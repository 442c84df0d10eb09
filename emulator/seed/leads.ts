/**
 * Thirty realistic leads. Ids start at 1590 in steps of 6 (gaps as after deletions), so the
 * documentation examples' ids 1608 and 1734 exist. Eight are repeat leads (company or contacts).
 */
import { seedLead } from '../core/leads';
import type { LeadRecord, PortalState } from '../core/types';

export const FIRST_LEAD_ID = 1590;
export const LEAD_ID_STEP = 6;
const BASE_TIME = Date.UTC(2024, 2, 4, 7, 0, 0); // 2024-03-04 09:00 portal time
const DAY = 86_400_000;

interface LeadSpec {
  title: string;
  name?: string;
  lastName?: string;
  secondName?: string;
  honorific?: string;
  company?: string;
  post?: string;
  source: string;
  status: string;
  amount: number;
  currency?: string;
  phone?: string;
  phoneType?: string;
  email?: string;
  web?: string;
  im?: string;
  city?: string;
  country?: string;
  birthdate?: string;
  comments?: string;
  assigned: number;
  companyId?: number;
  contactIds?: number[];
  uf?: Record<string, unknown>;
}

const LEADS: LeadSpec[] = [
  {
    title: 'Website inquiry: CRM for 40 seats',
    name: 'Anna',
    lastName: 'Müller',
    honorific: 'HNR_EN_3',
    company: 'Müller & Söhne GmbH',
    post: 'Head of Sales',
    source: 'WEB',
    status: 'NEW',
    amount: 12500,
    currency: 'EUR',
    phone: '+49 30 901820',
    phoneType: 'WORK',
    email: 'anna.mueller@mueller-soehne.example',
    city: 'Berlin',
    country: 'Germany',
    assigned: 4,
    uf: { UF_CRM_BUDGET_BAND: 2, UF_CRM_INDUSTRY: 2, UF_CRM_COMPANY_SIZE: 40, UF_CRM_NEWSLETTER: 'Y' },
  },
  {
    title: 'Звонок: интернет-магазин',
    name: 'Сергей',
    lastName: 'Волков',
    secondName: 'Андреевич',
    honorific: 'HNR_EN_1',
    company: 'ООО «Ромашка»',
    post: 'Директор',
    source: 'CALL',
    status: 'IN_PROCESS',
    amount: 350000,
    currency: 'RUB',
    phone: '+7 495 123-45-67',
    phoneType: 'MOBILE',
    email: 'volkov@romashka.example',
    city: 'Москва',
    country: 'Россия',
    assigned: 3,
    uf: { UF_CRM_INDUSTRY: 1, UF_CRM_VAT_ID: '7701234567', UF_CRM_PREFERRED_CHANNEL: 3 },
  },
  {
    title: 'Repeat order: Nordwind Logistics',
    source: 'PARTNER',
    status: 'IN_PROCESS',
    amount: 48000,
    currency: 'EUR',
    assigned: 4,
    companyId: 14,
    uf: { UF_CRM_INDUSTRY: 7, UF_CRM_EXPECTED_REVENUE: '48000|EUR' },
  },
  {
    title: 'Trade show contact: warehouse automation',
    name: 'James',
    lastName: 'Whitaker',
    honorific: 'HNR_EN_1',
    company: 'Whitaker Freight Ltd',
    post: 'Operations Director',
    source: 'TRADE_SHOW',
    status: 'PROCESSED',
    amount: 27000,
    phone: '+44 20 7946 0321',
    email: 'j.whitaker@whitakerfreight.example',
    web: 'whitakerfreight.example',
    city: 'London',
    country: 'United Kingdom',
    assigned: 6,
    uf: {
      UF_CRM_BUDGET_BAND: 3,
      UF_CRM_DEMO_DATE: '2024-03-28',
      UF_CRM_LINKEDIN: 'https://www.linkedin.com/in/jwhitaker',
    },
  },
  {
    title: 'Webform: pricing request',
    name: 'Lucía',
    lastName: 'Fernández',
    honorific: 'HNR_EN_3',
    company: 'Clínica Sol',
    post: 'Practice manager',
    source: 'WEBFORM',
    status: 'NEW',
    amount: 0,
    phone: '+34 91 555 0142',
    email: 'lucia@clinicasol.example',
    city: 'Madrid',
    country: 'Spain',
    assigned: 8,
    uf: { UF_CRM_INDUSTRY: 4, UF_CRM_INTERESTS: [1, 5] },
  },
  {
    title: 'Existing client: extra licences',
    source: 'PARTNER',
    status: 'CONVERTED',
    amount: 9600,
    assigned: 2,
    contactIds: [31],
    uf: { UF_CRM_ACCOUNT_MANAGER: 2, UF_CRM_RELATED_DEAL: 'D_118' },
  },
  {
    title: 'Callback request',
    name: 'Ольга',
    lastName: 'Николаева',
    honorific: 'HNR_EN_2',
    source: 'CALLBACK',
    status: 'NEW',
    amount: 0,
    currency: 'RUB',
    phone: '+7 812 555-01-02',
    phoneType: 'MOBILE',
    city: 'Санкт-Петербург',
    country: 'Россия',
    assigned: 5,
  },
  {
    title: 'Newsletter sign-up: webinar',
    name: 'Tom',
    lastName: 'Becker',
    company: 'Becker Handwerk',
    source: 'EMAIL',
    status: 'JUNK',
    amount: 0,
    email: 'tom@becker-handwerk.example',
    assigned: 8,
    comments: 'Duplicate of an existing contact; no budget this year.',
    uf: { UF_CRM_LOST_REASON: 'No budget this year', UF_CRM_NEWSLETTER: 'N' },
  },
  {
    title: 'Advertising campaign: spring promo',
    name: 'Priya',
    lastName: 'Sharma',
    honorific: 'HNR_EN_4',
    company: 'Sharma Diagnostics',
    post: 'Chief Medical Officer',
    source: 'ADVERTISING',
    status: 'IN_PROCESS',
    amount: 31000,
    phone: '+1 415 555 0187',
    email: 'priya.sharma@sharmadx.example',
    birthdate: '1984-09-17',
    city: 'San Francisco',
    country: 'USA',
    assigned: 6,
    uf: {
      UF_CRM_BUDGET_BAND: 3,
      UF_CRM_INDUSTRY: 4,
      UF_CRM_NEXT_CALL: '2024-04-02T10:30:00+02:00',
      UF_CRM_DISCOUNT_RATE: 7.5,
    },
  },
  {
    title: 'Repeat lead: Baltic Timber renewal',
    source: 'PARTNER',
    status: 'PROCESSED',
    amount: 15200,
    currency: 'EUR',
    assigned: 4,
    companyId: 22,
    contactIds: [40, 41],
    uf: { UF_CRM_EXPECTED_REVENUE: '15200|EUR' },
  },
  {
    title: 'Chat on the website',
    name: 'Marco',
    lastName: 'Rossi',
    company: 'Rossi Arredamenti',
    source: 'WEB',
    status: 'NEW',
    amount: 4500,
    currency: 'EUR',
    im: 'imol|livechat|1|67|21',
    city: 'Milano',
    country: 'Italy',
    assigned: 2,
    uf: { UF_CRM_PREFERRED_CHANNEL: 3 },
  },
  {
    title: 'Recommendation from Baltic Timber',
    name: 'Elena',
    lastName: 'Ivanova',
    honorific: 'HNR_EN_3',
    company: 'Riga Print',
    source: 'RECOMMENDATION',
    status: 'IN_PROCESS',
    amount: 7200,
    currency: 'EUR',
    phone: '+371 6712 3456',
    email: 'elena@rigaprint.example',
    city: 'Riga',
    country: 'Latvia',
    assigned: 5,
    uf: { UF_CRM_TAGS: ['print', 'referral'] },
  },
  {
    title: 'Follow-up: service contract',
    source: 'CALL',
    status: 'NEW',
    amount: 2400,
    assigned: 3,
    contactIds: [57],
    uf: { UF_CRM_1712345678: 62 },
  },
  {
    title: 'Online store: B2B portal',
    name: 'Kenji',
    lastName: 'Watanabe',
    company: 'Watanabe Trading',
    post: 'CEO',
    source: 'STORE',
    status: 'PROCESSED',
    amount: 58000,
    phone: '+81 3 5555 0199',
    email: 'kenji@watanabe-trading.example',
    web: 'watanabe-trading.example',
    city: 'Tokyo',
    country: 'Japan',
    assigned: 6,
    uf: { UF_CRM_BUDGET_BAND: 4, UF_CRM_INDUSTRY: 1, UF_CRM_COMPANY_SIZE: 120, UF_CRM_1712345702: 'Y' },
  },
  {
    title: 'Заявка с выставки «CRM Expo»',
    name: 'Алексей',
    lastName: 'Морозов',
    honorific: 'HNR_EN_1',
    company: 'АО «СеверСталь-Сервис»',
    post: 'Главный инженер',
    source: 'TRADE_SHOW',
    status: 'IN_PROCESS',
    amount: 1200000,
    currency: 'RUB',
    phone: '+7 8202 55-44-33',
    email: 'morozov@severservice.example',
    city: 'Череповец',
    country: 'Россия',
    assigned: 3,
    uf: { UF_CRM_INDUSTRY: 2, UF_CRM_COMPANY_SIZE: 850, UF_CRM_VAT_ID: '3528000123' },
  },
  {
    title: 'Cold call: logistics software',
    name: 'Sophie',
    lastName: 'Laurent',
    company: 'Transports Laurent',
    source: 'CALL',
    status: 'JUNK',
    amount: 0,
    currency: 'EUR',
    phone: '+33 1 70 36 55 12',
    city: 'Lyon',
    country: 'France',
    assigned: 4,
    uf: { UF_CRM_LOST_REASON: 'Chose a competitor' },
  },
  {
    title: 'Repeat lead: Watanabe Trading support',
    source: 'PARTNER',
    status: 'NEW',
    amount: 3000,
    assigned: 6,
    companyId: 35,
    uf: { UF_CRM_ACCOUNT_MANAGER: 6 },
  },
  {
    title: 'Sales boost campaign',
    name: 'Noah',
    lastName: 'Fischer',
    source: 'RC_GENERATOR',
    status: 'NEW',
    amount: 0,
    email: 'noah.fischer@mailbox.example',
    assigned: 2,
  },
  {
    title: 'Website inquiry: training for 12 people',
    name: 'Aisha',
    lastName: 'Khan',
    honorific: 'HNR_EN_3',
    company: 'Khan Academy of Design',
    post: 'Director',
    source: 'WEB',
    status: 'PROCESSED',
    amount: 6000,
    phone: '+971 4 555 0123',
    email: 'aisha@khandesign.example',
    city: 'Dubai',
    country: 'UAE',
    assigned: 8,
    uf: {
      UF_CRM_INTERESTS: [5],
      UF_CRM_DEMO_DATE: '2024-05-14',
      UF_CRM_OFFICE_ADDRESS: 'Sheikh Zayed Rd 12, Dubai|25.2048;55.2708',
    },
  },
  {
    title: 'Нужна телефония для колл-центра',
    name: 'Татьяна',
    lastName: 'Соколова',
    secondName: 'Игоревна',
    honorific: 'HNR_EN_2',
    company: 'ИП Соколова Т. И.',
    source: 'WEBFORM',
    status: 'CONVERTED',
    amount: 96000,
    currency: 'RUB',
    phone: '+7 843 200-10-20',
    email: 'sokolova@ip-sokolova.example',
    city: 'Казань',
    country: 'Россия',
    assigned: 7,
    uf: { UF_CRM_INTERESTS: [2], UF_CRM_PREFERRED_CHANNEL: 1 },
  },
  {
    title: 'Repeat lead: Riga Print upgrade',
    source: 'PARTNER',
    status: 'IN_PROCESS',
    amount: 4100,
    currency: 'EUR',
    assigned: 5,
    companyId: 48,
    contactIds: [63],
  },
  {
    title: 'E-mail: partnership proposal',
    name: 'Oliver',
    lastName: 'Brown',
    company: 'Brown Consulting',
    post: 'Partner',
    source: 'EMAIL',
    status: 'NEW',
    amount: 0,
    email: 'oliver@brownconsulting.example',
    web: 'brownconsulting.example',
    assigned: 1,
    uf: { UF_CRM_LINKEDIN: 'https://www.linkedin.com/in/oliverbrown' },
  },
  {
    title: 'Advertising: retargeting',
    name: 'Hanna',
    lastName: 'Nowak',
    honorific: 'HNR_EN_3',
    company: 'Nowak Meble',
    source: 'ADVERTISING',
    status: 'IN_PROCESS',
    amount: 8800,
    currency: 'EUR',
    phone: '+48 22 555 01 23',
    email: 'h.nowak@nowakmeble.example',
    city: 'Warsaw',
    country: 'Poland',
    assigned: 4,
    uf: { UF_CRM_BUDGET_BAND: 2, UF_CRM_INDUSTRY: 1 },
  },
  {
    title: 'Existing client: new branch office',
    source: 'PARTNER',
    status: 'PROCESSED',
    amount: 22000,
    assigned: 2,
    companyId: 57,
    contactIds: [72],
    uf: { UF_CRM_EXPECTED_REVENUE: '22000|USD', UF_CRM_NEXT_CALL: '2024-06-03T15:00:00+02:00' },
  },
  {
    title: 'Callback: price for 5 users',
    name: 'Павел',
    lastName: 'Орлов',
    honorific: 'HNR_EN_1',
    source: 'CALLBACK',
    status: 'NEW',
    amount: 0,
    currency: 'RUB',
    phone: '+7 383 555-77-88',
    phoneType: 'MOBILE',
    assigned: 7,
  },
  {
    title: 'Webinar attendee',
    name: 'Emma',
    lastName: 'Johansson',
    company: 'Nordic Outdoor AB',
    source: 'OTHER',
    status: 'NEW',
    amount: 0,
    email: 'emma.j@nordicoutdoor.example',
    city: 'Stockholm',
    country: 'Sweden',
    assigned: 8,
    uf: { UF_CRM_NEWSLETTER: 'Y', UF_CRM_1712345702: 'Y' },
  },
  {
    title: 'Store: reseller enquiry',
    name: 'Carlos',
    lastName: 'Silva',
    company: 'Silva Distribuidora',
    post: 'Purchasing',
    source: 'STORE',
    status: 'IN_PROCESS',
    amount: 17500,
    phone: '+55 11 5555 0100',
    email: 'carlos@silvadist.example',
    city: 'São Paulo',
    country: 'Brazil',
    assigned: 6,
    uf: { UF_CRM_SECONDARY_SOURCE: 'ADVERTISING', UF_CRM_COMPANY_SIZE: 35 },
  },
  {
    title: 'Repeat lead: Sharma Diagnostics expansion',
    source: 'RECOMMENDATION',
    status: 'IN_PROCESS',
    amount: 41000,
    assigned: 6,
    contactIds: [88],
    uf: { UF_CRM_BUDGET_BAND: 3 },
  },
  {
    title: 'Phone call: document flow',
    name: 'Fatima',
    lastName: 'Zahra',
    honorific: 'HNR_EN_3',
    company: 'Atlas Legal',
    post: 'Office manager',
    source: 'CALL',
    status: 'PROCESSED',
    amount: 5200,
    currency: 'EUR',
    phone: '+212 522 555 010',
    email: 'f.zahra@atlaslegal.example',
    city: 'Casablanca',
    country: 'Morocco',
    assigned: 1,
    uf: { UF_CRM_INTERESTS: [4], UF_CRM_DISCOUNT_RATE: 10 },
  },
  {
    title: 'Form on landing page',
    name: 'Lena',
    lastName: 'Wagner',
    source: 'WEBFORM',
    status: 'NEW',
    amount: 0,
    email: 'lena.wagner@posteo.example',
    phone: '+49 170 5550123',
    phoneType: 'MOBILE',
    assigned: 4,
  },
];

/** Turns a spec into `crm.lead.add` fields (user-field enum values given as item positions). */
function toFields(spec: LeadSpec, state: PortalState): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    TITLE: spec.title,
    SOURCE_ID: spec.source,
    STATUS_ID: spec.status,
    OPPORTUNITY: spec.amount,
    CURRENCY_ID: spec.currency ?? 'USD',
    ASSIGNED_BY_ID: spec.assigned,
    OPENED: 'Y',
  };
  const set = (k: string, v: unknown): void => {
    if (v !== undefined) fields[k] = v;
  };
  set('NAME', spec.name);
  set('LAST_NAME', spec.lastName);
  set('SECOND_NAME', spec.secondName);
  set('HONORIFIC', spec.honorific);
  set('COMPANY_TITLE', spec.company);
  set('POST', spec.post);
  set('BIRTHDATE', spec.birthdate);
  set('ADDRESS_CITY', spec.city);
  set('ADDRESS_COUNTRY', spec.country);
  set('COMMENTS', spec.comments);
  set('COMPANY_ID', spec.companyId);
  set('CONTACT_IDS', spec.contactIds);
  if (spec.phone) fields['PHONE'] = [{ VALUE: spec.phone, VALUE_TYPE: spec.phoneType ?? 'WORK' }];
  if (spec.email) fields['EMAIL'] = [{ VALUE: spec.email, VALUE_TYPE: 'WORK' }];
  if (spec.web) fields['WEB'] = [{ VALUE: spec.web, VALUE_TYPE: 'WORK' }];
  if (spec.im) fields['IM'] = [{ VALUE: spec.im, VALUE_TYPE: 'OPENLINE' }];
  for (const [code, value] of Object.entries(spec.uf ?? {})) {
    const uf = state.userFields.find((u) => u.FIELD_NAME === code);
    if (!uf) continue;
    const itemId = (pos: unknown): number | undefined => uf.LIST?.[Number(pos) - 1]?.ID;
    if (uf.USER_TYPE_ID === 'enumeration') {
      fields[code] = Array.isArray(value) ? value.map(itemId) : itemId(value);
    } else {
      fields[code] = value;
    }
  }
  return fields;
}

/** Adds `count` leads (the 30 above, then generated ones cycling through them). */
export function addSeedLeads(state: PortalState, count: number): void {
  for (let k = 0; k < count; k++) {
    const base = LEADS[k % LEADS.length];
    if (!base) continue;
    const spec: LeadSpec = k < LEADS.length ? base : { ...base, title: `${base.title} (#${k + 1})` };
    const id = FIRST_LEAD_ID + k * LEAD_ID_STEP;
    const createdAt = BASE_TIME + k * 3 * DAY + (k % 5) * 3_600_000;
    const lead: LeadRecord = seedLead(state, id, toFields(spec, state), spec.assigned, createdAt);
    state.leads.push(lead);
    state.counters.lead = Math.max(state.counters.lead, id);
  }
}
