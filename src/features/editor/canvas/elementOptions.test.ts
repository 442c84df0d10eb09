import { describe, expect, it } from 'vitest';
import { phoneCountry, PHONE_COUNTRIES } from '../../../domain/phoneCountries';
import { checkOption, countryChoices, filterCountries, optionKeysFor } from './elementOptions';

const [country] = optionKeysFor('PHONE');

describe('the default country', () => {
  it('knows the countries of the portal phone metadata, and no others', () => {
    expect(PHONE_COUNTRIES).toHaveLength(244);
    expect(phoneCountry('de')).toEqual({ code: 'DE', dial: '49' });
    expect(phoneCountry('KZ')).toEqual({ code: 'KZ', dial: '7' });
    expect(phoneCountry('ZZ')).toBeUndefined();
    expect(phoneCountry('001')).toBeUndefined();
  });

  it('refuses anything but a known country; blank means the portal default', () => {
    if (!country) throw new Error('PHONE has a country option');
    expect(checkOption(country, '')).toBeNull();
    expect(checkOption(country, 'ru')).toBeNull();
    expect(checkOption(country, 'zz9')).toEqual({
      key: 'pieces.options.unknownCountry',
      params: { code: 'zz9' },
    });
    expect(checkOption(country, 'ZZ')).not.toBeNull();
  });

  it('finds countries by code first, then by name or dialling code, named in the language', () => {
    const en = countryChoices('en');
    expect(
      filterCountries(en, 'at')
        .slice(0, 2)
        .map((c) => c.code),
    ).toEqual(['AT', 'HR']);
    expect(filterCountries(en, '+49').map((c) => c.code)).toEqual(['DE']);
    expect(filterCountries(countryChoices('ru'), 'герм').map((c) => `${c.name} ${c.code}`)).toEqual([
      'Германия DE',
    ]);
    expect(filterCountries(en, 'zz9')).toEqual([]);
  });
});
