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

/** A seed lead: keys in capitals are the lead fields `crm.lead.add` is sent; the rest become multifields and user fields. */
interface LeadSpec {
  TITLE: string;
  NAME?: string;
  LAST_NAME?: string;
  SECOND_NAME?: string;
  HONORIFIC?: string;
  COMPANY_TITLE?: string;
  POST?: string;
  SOURCE_ID: string;
  STATUS_ID: string;
  OPPORTUNITY: number;
  CURRENCY_ID?: string;
  phone?: string;
  phoneType?: string;
  email?: string;
  web?: string;
  im?: string;
  ADDRESS_CITY?: string;
  ADDRESS_COUNTRY?: string;
  BIRTHDATE?: string;
  COMMENTS?: string;
  ASSIGNED_BY_ID: number;
  COMPANY_ID?: number;
  CONTACT_IDS?: number[];
  uf?: Record<string, unknown>;
}

const LEADS: LeadSpec[] = [
  {
    TITLE: 'Website inquiry: CRM for 40 seats',
    NAME: 'Anna',
    LAST_NAME: 'Müller',
    HONORIFIC: 'HNR_EN_3',
    COMPANY_TITLE: 'Müller & Söhne GmbH',
    POST: 'Head of Sales',
    SOURCE_ID: 'WEB',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 12500,
    CURRENCY_ID: 'EUR',
    phone: '+49 30 901820',
    phoneType: 'WORK',
    email: 'anna.mueller@mueller-soehne.example',
    ADDRESS_CITY: 'Berlin',
    ADDRESS_COUNTRY: 'Germany',
    ASSIGNED_BY_ID: 4,
    uf: { UF_CRM_BUDGET_BAND: 2, UF_CRM_INDUSTRY: 2, UF_CRM_COMPANY_SIZE: 40, UF_CRM_NEWSLETTER: 'Y' },
  },
  {
    TITLE: 'Звонок: интернет-магазин',
    NAME: 'Сергей',
    LAST_NAME: 'Волков',
    SECOND_NAME: 'Андреевич',
    HONORIFIC: 'HNR_EN_1',
    COMPANY_TITLE: 'ООО «Ромашка»',
    POST: 'Директор',
    SOURCE_ID: 'CALL',
    STATUS_ID: 'IN_PROCESS',
    OPPORTUNITY: 350000,
    CURRENCY_ID: 'RUB',
    phone: '+7 495 123-45-67',
    phoneType: 'MOBILE',
    email: 'volkov@romashka.example',
    ADDRESS_CITY: 'Москва',
    ADDRESS_COUNTRY: 'Россия',
    ASSIGNED_BY_ID: 3,
    uf: { UF_CRM_INDUSTRY: 1, UF_CRM_VAT_ID: '7701234567', UF_CRM_PREFERRED_CHANNEL: 3 },
  },
  {
    TITLE: 'Repeat order: Nordwind Logistics',
    SOURCE_ID: 'PARTNER',
    STATUS_ID: 'IN_PROCESS',
    OPPORTUNITY: 48000,
    CURRENCY_ID: 'EUR',
    ASSIGNED_BY_ID: 4,
    COMPANY_ID: 14,
    uf: { UF_CRM_INDUSTRY: 7, UF_CRM_EXPECTED_REVENUE: '48000|EUR' },
  },
  {
    TITLE: 'Trade show contact: warehouse automation',
    NAME: 'James',
    LAST_NAME: 'Whitaker',
    HONORIFIC: 'HNR_EN_1',
    COMPANY_TITLE: 'Whitaker Freight Ltd',
    POST: 'Operations Director',
    SOURCE_ID: 'TRADE_SHOW',
    STATUS_ID: 'PROCESSED',
    OPPORTUNITY: 27000,
    phone: '+44 20 7946 0321',
    email: 'j.whitaker@whitakerfreight.example',
    web: 'whitakerfreight.example',
    ADDRESS_CITY: 'London',
    ADDRESS_COUNTRY: 'United Kingdom',
    ASSIGNED_BY_ID: 6,
    uf: {
      UF_CRM_BUDGET_BAND: 3,
      UF_CRM_DEMO_DATE: '2024-03-28',
      UF_CRM_LINKEDIN: 'https://www.linkedin.com/in/jwhitaker',
    },
  },
  {
    TITLE: 'Webform: pricing request',
    NAME: 'Lucía',
    LAST_NAME: 'Fernández',
    HONORIFIC: 'HNR_EN_3',
    COMPANY_TITLE: 'Clínica Sol',
    POST: 'Practice manager',
    SOURCE_ID: 'WEBFORM',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 0,
    phone: '+34 91 555 0142',
    email: 'lucia@clinicasol.example',
    ADDRESS_CITY: 'Madrid',
    ADDRESS_COUNTRY: 'Spain',
    ASSIGNED_BY_ID: 8,
    uf: { UF_CRM_INDUSTRY: 4, UF_CRM_INTERESTS: [1, 5] },
  },
  {
    TITLE: 'Existing client: extra licences',
    SOURCE_ID: 'PARTNER',
    STATUS_ID: 'CONVERTED',
    OPPORTUNITY: 9600,
    ASSIGNED_BY_ID: 2,
    CONTACT_IDS: [31],
    uf: { UF_CRM_ACCOUNT_MANAGER: 2, UF_CRM_RELATED_DEAL: 'D_118' },
  },
  {
    TITLE: 'Callback request',
    NAME: 'Ольга',
    LAST_NAME: 'Николаева',
    HONORIFIC: 'HNR_EN_2',
    SOURCE_ID: 'CALLBACK',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 0,
    CURRENCY_ID: 'RUB',
    phone: '+7 812 555-01-02',
    phoneType: 'MOBILE',
    ADDRESS_CITY: 'Санкт-Петербург',
    ADDRESS_COUNTRY: 'Россия',
    ASSIGNED_BY_ID: 5,
  },
  {
    TITLE: 'Newsletter sign-up: webinar',
    NAME: 'Tom',
    LAST_NAME: 'Becker',
    COMPANY_TITLE: 'Becker Handwerk',
    SOURCE_ID: 'EMAIL',
    STATUS_ID: 'JUNK',
    OPPORTUNITY: 0,
    email: 'tom@becker-handwerk.example',
    ASSIGNED_BY_ID: 8,
    COMMENTS: 'Duplicate of an existing contact; no budget this year.',
    uf: { UF_CRM_LOST_REASON: 'No budget this year', UF_CRM_NEWSLETTER: 'N' },
  },
  {
    TITLE: 'Advertising campaign: spring promo',
    NAME: 'Priya',
    LAST_NAME: 'Sharma',
    HONORIFIC: 'HNR_EN_4',
    COMPANY_TITLE: 'Sharma Diagnostics',
    POST: 'Chief Medical Officer',
    SOURCE_ID: 'ADVERTISING',
    STATUS_ID: 'IN_PROCESS',
    OPPORTUNITY: 31000,
    phone: '+1 415 555 0187',
    email: 'priya.sharma@sharmadx.example',
    BIRTHDATE: '1984-09-17',
    ADDRESS_CITY: 'San Francisco',
    ADDRESS_COUNTRY: 'USA',
    ASSIGNED_BY_ID: 6,
    uf: {
      UF_CRM_BUDGET_BAND: 3,
      UF_CRM_INDUSTRY: 4,
      UF_CRM_NEXT_CALL: '2024-04-02T10:30:00+02:00',
      UF_CRM_DISCOUNT_RATE: 7.5,
    },
  },
  {
    TITLE: 'Repeat lead: Baltic Timber renewal',
    SOURCE_ID: 'PARTNER',
    STATUS_ID: 'PROCESSED',
    OPPORTUNITY: 15200,
    CURRENCY_ID: 'EUR',
    ASSIGNED_BY_ID: 4,
    COMPANY_ID: 22,
    CONTACT_IDS: [40, 41],
    uf: { UF_CRM_EXPECTED_REVENUE: '15200|EUR' },
  },
  {
    TITLE: 'Chat on the website',
    NAME: 'Marco',
    LAST_NAME: 'Rossi',
    COMPANY_TITLE: 'Rossi Arredamenti',
    SOURCE_ID: 'WEB',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 4500,
    CURRENCY_ID: 'EUR',
    im: 'imol|livechat|1|67|21',
    ADDRESS_CITY: 'Milano',
    ADDRESS_COUNTRY: 'Italy',
    ASSIGNED_BY_ID: 2,
    uf: { UF_CRM_PREFERRED_CHANNEL: 3 },
  },
  {
    TITLE: 'Recommendation from Baltic Timber',
    NAME: 'Elena',
    LAST_NAME: 'Ivanova',
    HONORIFIC: 'HNR_EN_3',
    COMPANY_TITLE: 'Riga Print',
    SOURCE_ID: 'RECOMMENDATION',
    STATUS_ID: 'IN_PROCESS',
    OPPORTUNITY: 7200,
    CURRENCY_ID: 'EUR',
    phone: '+371 6712 3456',
    email: 'elena@rigaprint.example',
    ADDRESS_CITY: 'Riga',
    ADDRESS_COUNTRY: 'Latvia',
    ASSIGNED_BY_ID: 5,
    uf: { UF_CRM_TAGS: ['print', 'referral'] },
  },
  {
    TITLE: 'Follow-up: service contract',
    SOURCE_ID: 'CALL',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 2400,
    ASSIGNED_BY_ID: 3,
    CONTACT_IDS: [57],
    uf: { UF_CRM_1712345678: 62 },
  },
  {
    TITLE: 'Online store: B2B portal',
    NAME: 'Kenji',
    LAST_NAME: 'Watanabe',
    COMPANY_TITLE: 'Watanabe Trading',
    POST: 'CEO',
    SOURCE_ID: 'STORE',
    STATUS_ID: 'PROCESSED',
    OPPORTUNITY: 58000,
    phone: '+81 3 5555 0199',
    email: 'kenji@watanabe-trading.example',
    web: 'watanabe-trading.example',
    ADDRESS_CITY: 'Tokyo',
    ADDRESS_COUNTRY: 'Japan',
    ASSIGNED_BY_ID: 6,
    uf: { UF_CRM_BUDGET_BAND: 4, UF_CRM_INDUSTRY: 1, UF_CRM_COMPANY_SIZE: 120, UF_CRM_1712345702: 'Y' },
  },
  {
    TITLE: 'Заявка с выставки «CRM Expo»',
    NAME: 'Алексей',
    LAST_NAME: 'Морозов',
    HONORIFIC: 'HNR_EN_1',
    COMPANY_TITLE: 'АО «СеверСталь-Сервис»',
    POST: 'Главный инженер',
    SOURCE_ID: 'TRADE_SHOW',
    STATUS_ID: 'IN_PROCESS',
    OPPORTUNITY: 1200000,
    CURRENCY_ID: 'RUB',
    phone: '+7 8202 55-44-33',
    email: 'morozov@severservice.example',
    ADDRESS_CITY: 'Череповец',
    ADDRESS_COUNTRY: 'Россия',
    ASSIGNED_BY_ID: 3,
    uf: { UF_CRM_INDUSTRY: 2, UF_CRM_COMPANY_SIZE: 850, UF_CRM_VAT_ID: '3528000123' },
  },
  {
    TITLE: 'Cold call: logistics software',
    NAME: 'Sophie',
    LAST_NAME: 'Laurent',
    COMPANY_TITLE: 'Transports Laurent',
    SOURCE_ID: 'CALL',
    STATUS_ID: 'JUNK',
    OPPORTUNITY: 0,
    CURRENCY_ID: 'EUR',
    phone: '+33 1 70 36 55 12',
    ADDRESS_CITY: 'Lyon',
    ADDRESS_COUNTRY: 'France',
    ASSIGNED_BY_ID: 4,
    uf: { UF_CRM_LOST_REASON: 'Chose a competitor' },
  },
  {
    TITLE: 'Repeat lead: Watanabe Trading support',
    SOURCE_ID: 'PARTNER',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 3000,
    ASSIGNED_BY_ID: 6,
    COMPANY_ID: 35,
    uf: { UF_CRM_ACCOUNT_MANAGER: 6 },
  },
  {
    TITLE: 'Sales boost campaign',
    NAME: 'Noah',
    LAST_NAME: 'Fischer',
    SOURCE_ID: 'RC_GENERATOR',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 0,
    email: 'noah.fischer@mailbox.example',
    ASSIGNED_BY_ID: 2,
  },
  {
    TITLE: 'Website inquiry: training for 12 people',
    NAME: 'Aisha',
    LAST_NAME: 'Khan',
    HONORIFIC: 'HNR_EN_3',
    COMPANY_TITLE: 'Khan Academy of Design',
    POST: 'Director',
    SOURCE_ID: 'WEB',
    STATUS_ID: 'PROCESSED',
    OPPORTUNITY: 6000,
    phone: '+971 4 555 0123',
    email: 'aisha@khandesign.example',
    ADDRESS_CITY: 'Dubai',
    ADDRESS_COUNTRY: 'UAE',
    ASSIGNED_BY_ID: 8,
    uf: {
      UF_CRM_INTERESTS: [5],
      UF_CRM_DEMO_DATE: '2024-05-14',
      UF_CRM_OFFICE_ADDRESS: 'Sheikh Zayed Rd 12, Dubai|25.2048;55.2708',
    },
  },
  {
    TITLE: 'Нужна телефония для колл-центра',
    NAME: 'Татьяна',
    LAST_NAME: 'Соколова',
    SECOND_NAME: 'Игоревна',
    HONORIFIC: 'HNR_EN_2',
    COMPANY_TITLE: 'ИП Соколова Т. И.',
    SOURCE_ID: 'WEBFORM',
    STATUS_ID: 'CONVERTED',
    OPPORTUNITY: 96000,
    CURRENCY_ID: 'RUB',
    phone: '+7 843 200-10-20',
    email: 'sokolova@ip-sokolova.example',
    ADDRESS_CITY: 'Казань',
    ADDRESS_COUNTRY: 'Россия',
    ASSIGNED_BY_ID: 7,
    uf: { UF_CRM_INTERESTS: [2], UF_CRM_PREFERRED_CHANNEL: 1 },
  },
  {
    TITLE: 'Repeat lead: Riga Print upgrade',
    SOURCE_ID: 'PARTNER',
    STATUS_ID: 'IN_PROCESS',
    OPPORTUNITY: 4100,
    CURRENCY_ID: 'EUR',
    ASSIGNED_BY_ID: 5,
    COMPANY_ID: 48,
    CONTACT_IDS: [63],
  },
  {
    TITLE: 'E-mail: partnership proposal',
    NAME: 'Oliver',
    LAST_NAME: 'Brown',
    COMPANY_TITLE: 'Brown Consulting',
    POST: 'Partner',
    SOURCE_ID: 'EMAIL',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 0,
    email: 'oliver@brownconsulting.example',
    web: 'brownconsulting.example',
    ASSIGNED_BY_ID: 1,
    uf: { UF_CRM_LINKEDIN: 'https://www.linkedin.com/in/oliverbrown' },
  },
  {
    TITLE: 'Advertising: retargeting',
    NAME: 'Hanna',
    LAST_NAME: 'Nowak',
    HONORIFIC: 'HNR_EN_3',
    COMPANY_TITLE: 'Nowak Meble',
    SOURCE_ID: 'ADVERTISING',
    STATUS_ID: 'IN_PROCESS',
    OPPORTUNITY: 8800,
    CURRENCY_ID: 'EUR',
    phone: '+48 22 555 01 23',
    email: 'h.nowak@nowakmeble.example',
    ADDRESS_CITY: 'Warsaw',
    ADDRESS_COUNTRY: 'Poland',
    ASSIGNED_BY_ID: 4,
    uf: { UF_CRM_BUDGET_BAND: 2, UF_CRM_INDUSTRY: 1 },
  },
  {
    TITLE: 'Existing client: new branch office',
    SOURCE_ID: 'PARTNER',
    STATUS_ID: 'PROCESSED',
    OPPORTUNITY: 22000,
    ASSIGNED_BY_ID: 2,
    COMPANY_ID: 57,
    CONTACT_IDS: [72],
    uf: { UF_CRM_EXPECTED_REVENUE: '22000|USD', UF_CRM_NEXT_CALL: '2024-06-03T15:00:00+02:00' },
  },
  {
    TITLE: 'Callback: price for 5 users',
    NAME: 'Павел',
    LAST_NAME: 'Орлов',
    HONORIFIC: 'HNR_EN_1',
    SOURCE_ID: 'CALLBACK',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 0,
    CURRENCY_ID: 'RUB',
    phone: '+7 383 555-77-88',
    phoneType: 'MOBILE',
    ASSIGNED_BY_ID: 7,
  },
  {
    TITLE: 'Webinar attendee',
    NAME: 'Emma',
    LAST_NAME: 'Johansson',
    COMPANY_TITLE: 'Nordic Outdoor AB',
    SOURCE_ID: 'OTHER',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 0,
    email: 'emma.j@nordicoutdoor.example',
    ADDRESS_CITY: 'Stockholm',
    ADDRESS_COUNTRY: 'Sweden',
    ASSIGNED_BY_ID: 8,
    uf: { UF_CRM_NEWSLETTER: 'Y', UF_CRM_1712345702: 'Y' },
  },
  {
    TITLE: 'Store: reseller enquiry',
    NAME: 'Carlos',
    LAST_NAME: 'Silva',
    COMPANY_TITLE: 'Silva Distribuidora',
    POST: 'Purchasing',
    SOURCE_ID: 'STORE',
    STATUS_ID: 'IN_PROCESS',
    OPPORTUNITY: 17500,
    phone: '+55 11 5555 0100',
    email: 'carlos@silvadist.example',
    ADDRESS_CITY: 'São Paulo',
    ADDRESS_COUNTRY: 'Brazil',
    ASSIGNED_BY_ID: 6,
    uf: { UF_CRM_SECONDARY_SOURCE: 'ADVERTISING', UF_CRM_COMPANY_SIZE: 35 },
  },
  {
    TITLE: 'Repeat lead: Sharma Diagnostics expansion',
    SOURCE_ID: 'RECOMMENDATION',
    STATUS_ID: 'IN_PROCESS',
    OPPORTUNITY: 41000,
    ASSIGNED_BY_ID: 6,
    CONTACT_IDS: [88],
    uf: { UF_CRM_BUDGET_BAND: 3 },
  },
  {
    TITLE: 'Phone call: document flow',
    NAME: 'Fatima',
    LAST_NAME: 'Zahra',
    HONORIFIC: 'HNR_EN_3',
    COMPANY_TITLE: 'Atlas Legal',
    POST: 'Office manager',
    SOURCE_ID: 'CALL',
    STATUS_ID: 'PROCESSED',
    OPPORTUNITY: 5200,
    CURRENCY_ID: 'EUR',
    phone: '+212 522 555 010',
    email: 'f.zahra@atlaslegal.example',
    ADDRESS_CITY: 'Casablanca',
    ADDRESS_COUNTRY: 'Morocco',
    ASSIGNED_BY_ID: 1,
    uf: { UF_CRM_INTERESTS: [4], UF_CRM_DISCOUNT_RATE: 10 },
  },
  {
    TITLE: 'Form on landing page',
    NAME: 'Lena',
    LAST_NAME: 'Wagner',
    SOURCE_ID: 'WEBFORM',
    STATUS_ID: 'NEW',
    OPPORTUNITY: 0,
    email: 'lena.wagner@posteo.example',
    phone: '+49 170 5550123',
    phoneType: 'MOBILE',
    ASSIGNED_BY_ID: 4,
  },
];

/** Turns a spec into `crm.lead.add` fields (user-field enum values given as item positions). */
function toFields(spec: LeadSpec, state: PortalState): Record<string, unknown> {
  const { phone, phoneType, email, web, im, uf: userFieldValues, ...plain } = spec;
  const fields: Record<string, unknown> = { CURRENCY_ID: 'USD', OPENED: 'Y', ...plain };
  if (phone) fields['PHONE'] = [{ VALUE: phone, VALUE_TYPE: phoneType ?? 'WORK' }];
  if (email) fields['EMAIL'] = [{ VALUE: email, VALUE_TYPE: 'WORK' }];
  if (web) fields['WEB'] = [{ VALUE: web, VALUE_TYPE: 'WORK' }];
  if (im) fields['IM'] = [{ VALUE: im, VALUE_TYPE: 'OPENLINE' }];
  for (const [code, value] of Object.entries(userFieldValues ?? {})) {
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
    const spec: LeadSpec = k < LEADS.length ? base : { ...base, TITLE: `${base.TITLE} (#${k + 1})` };
    const id = FIRST_LEAD_ID + k * LEAD_ID_STEP;
    const createdAt = BASE_TIME + k * 3 * DAY + (k % 5) * 3_600_000;
    const lead: LeadRecord = seedLead(state, id, toFields(spec, state), spec.ASSIGNED_BY_ID, createdAt);
    state.leads.push(lead);
    state.counters.lead = Math.max(state.counters.lead, id);
  }
}
