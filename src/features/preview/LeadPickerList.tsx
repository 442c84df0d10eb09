import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { PortalClient } from '../../api/transport';
import type { LeadType } from '../../domain/types';
import { useT } from '../../i18n/i18nStore';
import type { MessageKey } from '../../i18n/messages/en';
import { Button } from '../../ui/Button';
import { leadErrorText } from './leadErrors';
import { leadCaption, leadPerson } from './leadSearch';
import { leadPickerQuery } from './previewQueries';
import { useDebounced } from './useDebounced';
import type { LeadChoice } from './useLeadChoice';

export interface LeadPickerListProps {
  readonly client: PortalClient;
  readonly leadType: LeadType;
  readonly current: LeadChoice | null;
  readonly onChoose: (choice: LeadChoice) => void;
}

/** "12 simple leads", or "3 repeat leads match" while searching. */
const countKey = (leadType: LeadType, search: string): MessageKey =>
  search.trim() === ''
    ? leadType === 'repeat'
      ? 'preview.picker.countRepeat'
      : 'preview.picker.countSimple'
    : leadType === 'repeat'
      ? 'preview.picker.matchRepeat'
      : 'preview.picker.matchSimple';

/** Search and pages of leads of the current type (`crm.lead.list`, 50 a page), and the sample lead. */
export function LeadPickerList({ client, leadType, current, onChoose }: LeadPickerListProps) {
  const t = useT();
  const [text, setText] = useState('');
  const search = useDebounced(text, 300);
  const pages = useInfiniteQuery(leadPickerQuery(client, leadType, search));
  const leads = useMemo(() => {
    const seen = new Set<string>();
    return (pages.data?.pages ?? []).flatMap((p) => p.leads).filter((l) => !seen.has(l.ID) && seen.add(l.ID));
  }, [pages.data]);
  const total = pages.data?.pages[0]?.total ?? 0;
  const isCurrent = (c: LeadChoice) =>
    current?.kind === c.kind && (c.kind === 'sample' || (current.kind === 'lead' && current.id === c.id));
  return (
    <div className="pv-picker-panel">
      <input
        className="input"
        type="search"
        aria-label={t('preview.picker.search')}
        placeholder={t('preview.picker.searchPlaceholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        // the list opens to be searched: focus goes where the typing happens
        autoFocus
      />
      <p className="hint" aria-live="polite">
        {pages.isPending ? t('preview.picker.loading') : t(countKey(leadType, search), { count: total })}
      </p>
      {pages.isError ? (
        <p className="pv-error" role="alert">
          {leadErrorText(pages.error, t)}
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
            <span className="pv-pick-title">{t('preview.card.sample')}</span>
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
                <span className="pv-pick-title">{leadCaption(lead, t)}</span>
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
