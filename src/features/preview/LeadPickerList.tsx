import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n/i18nStore';
import { Button } from '../../ui/Button';
import { SearchBox } from '../../ui/SearchBox';
import { leadErrorText } from './leadErrors';
import { leadCaption, leadPerson } from './leadSearch';
import { usePreviewEnv } from './previewEnv';
import { recordPickerQuery } from './previewQueries';
import { useDebounced } from './useDebounced';
import type { LeadChoice } from './useLeadChoice';

export interface LeadPickerListProps {
  readonly current: LeadChoice | null;
  readonly onChoose: (choice: LeadChoice) => void;
}

/** Search and pages of the card's records (a lead type, a pipeline…, 50 a page), and the sample. */
export function LeadPickerList({ current, onChoose }: LeadPickerListProps) {
  const t = useT();
  const { client, commands, card, words } = usePreviewEnv();
  const [text, setText] = useState('');
  const search = useDebounced(text, 300);
  const pages = useInfiniteQuery(recordPickerQuery(client, card, commands, search));
  const leads = useMemo(() => {
    const seen = new Set<string>();
    return (pages.data?.pages ?? []).flatMap((p) => p.leads).filter((l) => !seen.has(l.ID) && seen.add(l.ID));
  }, [pages.data]);
  const total = pages.data?.pages[0]?.total ?? 0;
  const isCurrent = (c: LeadChoice) =>
    current?.kind === c.kind && (c.kind === 'sample' || (current.kind === 'lead' && current.id === c.id));
  return (
    <div className="pv-picker-panel">
      <SearchBox
        label={t(words.search)}
        placeholder={t('preview.picker.searchPlaceholder')}
        value={text}
        onChange={setText}
        // the list opens to be searched: focus goes where the typing happens
        autoFocus
      />
      <p className="hint" aria-live="polite">
        {pages.isPending ? t(words.loading) : t(words.count(search), { count: total })}
      </p>
      {pages.isError ? (
        <p className="pv-error" role="alert">
          {leadErrorText(pages.error, t, words.missing)}
        </p>
      ) : null}
      <ul className="pv-picker-list">
        <li>
          <button
            type="button"
            className="pv-pick"
            aria-current={isCurrent({ kind: 'sample' }) || undefined}
            onClick={() => onChoose({ kind: 'sample' })}
          >
            <span className="pv-pick-title">{t(words.sample)}</span>
            <span className="pv-pick-meta">{t('preview.picker.sampleMeta')}</span>
          </button>
        </li>
        {leads.map((lead) => {
          const choice: LeadChoice = { kind: 'lead', id: Number(lead.ID) };
          const person = leadPerson(lead);
          return (
            <li key={lead.ID}>
              <button
                type="button"
                className="pv-pick"
                aria-current={isCurrent(choice) || undefined}
                onClick={() => onChoose(choice)}
              >
                <span className="pv-pick-title">{leadCaption(lead, t, words)}</span>
                <span className="pv-pick-meta">
                  #{lead.ID}
                  {person ? (
                    <>
                      {' · '}
                      <bdi>{person}</bdi>
                    </>
                  ) : null}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {pages.hasNextPage ? (
        <Button variant="light" busy={pages.isFetchingNextPage} onClick={() => void pages.fetchNextPage()}>
          {t('preview.picker.more', { count: 50 })}
        </Button>
      ) : null}
    </div>
  );
}
