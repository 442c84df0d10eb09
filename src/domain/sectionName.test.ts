import { describe, expect, it } from 'vitest';
import { aLayout } from '../testing/builders';
import { deriveSectionName, isSectionNameTaken, slugifySectionTitle } from './sectionName';

describe('slugifySectionTitle', () => {
  it.each([
    ['Контакты', 'kontakty'],
    ['Дополнительно', 'dopolnitelno'],
    ['Щука и ёж, Юля!', 'shchuka_i_ezh_yulya'],
    ['Об ЭТОМ лиде', 'ob_etom_lide'],
    ['Підсумки і їжа', 'pidsumki_i_yizha'],
    ['Deal terms', 'deal_terms'],
    ['  Lead — info (2024)  ', 'lead_info_2024'],
    ['Crème brûlée', 'creme_brulee'],
    ['snake_case_Title', 'snake_case_title'],
  ])('%s -> %s', (title, slug) => {
    expect(slugifySectionTitle(title)).toBe(slug);
  });

  it.each(['', '   ', '!!!', '🎉', '中文'])('falls back to "section" for %j', (title) => {
    expect(slugifySectionTitle(title)).toBe('section');
  });

  it('keeps slugs short and never ends with an underscore', () => {
    const slug = slugifySectionTitle(`${'a'.repeat(39)} b`);
    expect(slug).toBe('a'.repeat(39));
    expect(slugifySectionTitle('x'.repeat(100))).toHaveLength(40);
  });
});

describe('deriveSectionName', () => {
  it('returns the slug when it is free', () => {
    expect(deriveSectionName('Контакты', ['main'])).toBe('kontakty');
  });

  it('adds the first free suffix on collision', () => {
    expect(deriveSectionName('Контакты', ['kontakty'])).toBe('kontakty_2');
    expect(deriveSectionName('Kontakty', new Set(['kontakty', 'kontakty_2', 'kontakty_4']))).toBe(
      'kontakty_3',
    );
    expect(deriveSectionName('', ['section'])).toBe('section_2');
  });

  it('compares exactly: a differently cased name is not a collision', () => {
    expect(deriveSectionName('main', ['Main'])).toBe('main');
  });
});

describe('isSectionNameTaken', () => {
  const layout = aLayout().section('main').section('more').build();

  it('sees names of other sections only', () => {
    expect(isSectionNameTaken(layout, 'more')).toBe(true);
    expect(isSectionNameTaken(layout, 'more', 'main')).toBe(true);
    expect(isSectionNameTaken(layout, 'more', 'more')).toBe(false);
    expect(isSectionNameTaken(layout, 'other')).toBe(false);
  });
});
