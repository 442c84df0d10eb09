/** Users, webhooks and demo tokens of the emulated portal (see emulator/IDENTITIES.md). */
import type { TokenRecord, UserRecord, WebhookRecord } from '../core/types';

type Person = Pick<UserRecord, 'ID' | 'LOGIN' | 'NAME' | 'LAST_NAME' | 'EMAIL' | 'WORK_POSITION'> &
  Partial<UserRecord>;

function person(p: Person): UserRecord {
  return {
    ACTIVE: true,
    SECOND_NAME: '',
    PERSONAL_GENDER: '',
    PERSONAL_BIRTHDAY: '',
    PERSONAL_CITY: '',
    PERSONAL_MOBILE: '',
    WORK_PHONE: '',
    UF_DEPARTMENT: [1],
    DATE_REGISTER: '2023-01-16T00:00:00+02:00',
    LAST_LOGIN: '2024-07-01T09:12:44+02:00',
    IS_ONLINE: 'N',
    isPortalAdmin: false,
    isCrmAdmin: false,
    crmAccess: true,
    ...p,
  };
}

export function seedUsers(): UserRecord[] {
  return [
    person({
      ID: 1,
      LOGIN: 'demo.admin',
      NAME: 'Demo',
      LAST_NAME: 'Admin',
      EMAIL: 'admin@lead-card-studio.example',
      WORK_POSITION: 'CRM administrator',
      PERSONAL_GENDER: 'M',
      PERSONAL_CITY: 'Berlin',
      IS_ONLINE: 'Y',
      isPortalAdmin: true,
      isCrmAdmin: true,
    }),
    person({
      ID: 2,
      LOGIN: 'demo.manager',
      NAME: 'Demo',
      LAST_NAME: 'Manager',
      EMAIL: 'manager@lead-card-studio.example',
      WORK_POSITION: 'Sales manager',
      PERSONAL_GENDER: 'F',
      PERSONAL_CITY: 'Hamburg',
      UF_DEPARTMENT: [3],
    }),
    person({
      ID: 3,
      LOGIN: 'i.petrov',
      NAME: 'Иван',
      LAST_NAME: 'Петров',
      SECOND_NAME: 'Сергеевич',
      EMAIL: 'i.petrov@lead-card-studio.example',
      WORK_POSITION: 'Менеджер по продажам',
      PERSONAL_GENDER: 'M',
      PERSONAL_CITY: 'Москва',
      PERSONAL_BIRTHDAY: '1988-04-12',
      UF_DEPARTMENT: [3],
    }),
    person({
      ID: 4,
      LOGIN: 'a.schmidt',
      NAME: 'Anna',
      LAST_NAME: 'Schmidt',
      EMAIL: 'a.schmidt@lead-card-studio.example',
      WORK_POSITION: 'Account executive',
      PERSONAL_GENDER: 'F',
      PERSONAL_CITY: 'Munich',
      WORK_PHONE: '+49 89 1234 560',
      // In two departments, one below the other (departments.ts).
      UF_DEPARTMENT: [3, 6],
    }),
    person({
      ID: 5,
      LOGIN: 'o.smirnova',
      NAME: 'Ольга',
      LAST_NAME: 'Смирнова',
      SECOND_NAME: 'Викторовна',
      EMAIL: 'o.smirnova@lead-card-studio.example',
      WORK_POSITION: 'Руководитель отдела продаж',
      PERSONAL_GENDER: 'F',
      PERSONAL_CITY: 'Санкт-Петербург',
      UF_DEPARTMENT: [2],
      IS_ONLINE: 'Y',
    }),
    person({
      ID: 6,
      LOGIN: 'j.oconnor',
      NAME: 'James',
      LAST_NAME: "O'Connor",
      EMAIL: 'j.oconnor@lead-card-studio.example',
      WORK_POSITION: 'Business development manager',
      PERSONAL_GENDER: 'M',
      PERSONAL_CITY: 'Dublin',
      UF_DEPARTMENT: [3],
    }),
    person({
      ID: 7,
      LOGIN: 'd.kuznetsov',
      NAME: 'Дмитрий',
      LAST_NAME: 'Кузнецов',
      EMAIL: 'd.kuznetsov@lead-card-studio.example',
      WORK_POSITION: 'Специалист техподдержки',
      PERSONAL_GENDER: 'M',
      PERSONAL_CITY: 'Казань',
      UF_DEPARTMENT: [4],
    }),
    person({
      ID: 8,
      LOGIN: 'm.garcia',
      NAME: 'María',
      LAST_NAME: 'García López',
      EMAIL: 'm.garcia@lead-card-studio.example',
      WORK_POSITION: 'Marketing specialist',
      PERSONAL_GENDER: 'F',
      PERSONAL_CITY: 'Madrid',
      UF_DEPARTMENT: [5],
      // No CRM access at all: every crm.* call answers `Access denied.` (BITRIX24-API.md 1.1).
      crmAccess: false,
    }),
  ];
}

/** The inbound webhooks: `/rest/{userId}/{secret}/`. */
export function seedWebhooks(): WebhookRecord[] {
  return [
    { userId: 1, secret: 'demoadmin', scopes: ['crm', 'user', 'department'] },
    { userId: 2, secret: 'demouser', scopes: ['crm', 'user', 'department'] },
    // A webhook without the crm scope, for the "no crm scope" path (crm.* → insufficient_scope).
    { userId: 3, secret: 'nocrm', scopes: ['user'] },
  ];
}

const FAR_FUTURE = Date.UTC(2100, 0, 1);
const LONG_AGO = Date.UTC(2020, 0, 1);
const APP_SCOPES = ['crm', 'user', 'department', 'placement'];

/** Fixed OAuth tokens, so documentation examples with `auth` work without minting one. */
export function seedTokens(): TokenRecord[] {
  return [
    {
      token: 'demo-admin-token',
      userId: 1,
      expiresAt: FAR_FUTURE,
      refreshToken: 'demo-admin-refresh',
      scopes: APP_SCOPES,
    },
    {
      token: 'demo-user-token',
      userId: 2,
      expiresAt: FAR_FUTURE,
      refreshToken: 'demo-user-refresh',
      scopes: APP_SCOPES,
    },
    {
      token: 'demo-expired-token',
      userId: 1,
      expiresAt: LONG_AGO,
      refreshToken: 'demo-expired-refresh',
      scopes: APP_SCOPES,
    },
  ];
}
