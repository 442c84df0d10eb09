import type { CardField } from '../../../domain/cardFields';
import { useT } from '../../../i18n/i18nStore';

/** Required / read-only / multiple marks in words, not by colour or symbol alone. */
export function FieldMarks({ field }: { readonly field: CardField | undefined }) {
  const t = useT();
  if (!field) return <span className="mark mark-missing">{t('pieces.marks.missing')}</span>;
  return (
    <>
      {field.isRequired ? (
        <span className="mark mark-required" title={t('pieces.marks.requiredHint')}>
          {t('pieces.marks.required')}
        </span>
      ) : null}
      {field.isReadOnly ? <span className="mark">{t('pieces.marks.readOnly')}</span> : null}
      {field.isMultiple ? <span className="mark">{t('pieces.marks.multiple')}</span> : null}
    </>
  );
}
