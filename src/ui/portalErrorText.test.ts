import { describe, expect, it } from 'vitest';
import { PortalError } from '../api/errors';
import { translate } from '../i18n/i18nStore';
import { portalErrorText } from './portalErrorText';

const refused = (method: string) =>
  new PortalError({ kind: 'portal', method, code: '', description: 'Access denied.', status: 400 });

describe('portalErrorText for "Access denied."', () => {
  it('says a refused read is about seeing and a refused write about changing, in both languages', () => {
    const en = translate('en');
    expect(portalErrorText(refused('crm.lead.details.configuration.get'), en)).toBe(
      'The portal says "Access denied.": this account may not open other users\' personal layouts. Pick yourself or the common layout.',
    );
    expect(portalErrorText(refused('crm.lead.details.configuration.set'), en)).toBe(
      'The portal says "Access denied.": this account may not change common settings or other users\' layouts. Ask a CRM administrator, or save it as your own personal layout.',
    );
    const ru = translate('ru');
    expect(portalErrorText(refused('batch'), ru)).toBe(ru('error.accessDeniedRead'));
    expect(portalErrorText(refused('crm.lead.details.configuration.reset'), ru)).toBe(
      ru('error.accessDeniedWrite'),
    );
    expect(ru('error.accessDeniedRead')).toMatch(/[а-яё]/i);
  });
});
