import { fieldsOnCard } from '../../../domain/layoutQueries';
import { useT } from '../../../i18n/i18nStore';
import { showToast } from '../../../ui/toastStore';
import { useEditorStoreApi, useFieldCatalog } from '../document/documentContext';

/**
 * "Add all not on the card" in a section's header: every field of the list that is not on the
 * card goes to the end of this section, in the list's order, as one undoable change. It reads the
 * draft only when pressed, so the header does not follow every edit of the card.
 */
export function AddRestButton({ section, title }: { readonly section: string; readonly title: string }) {
  const editor = useEditorStoreApi();
  const catalog = useFieldCatalog();
  const t = useT();
  const add = () => {
    const { draft, apply } = editor.getState();
    const onCard = fieldsOnCard(draft);
    const rest = [...catalog.keys()].filter((code) => !onCard.has(code));
    if (rest.length === 0) {
      showToast('info', t('bigcards.section.nothingToAdd'));
      return;
    }
    apply({ type: 'placeFields', fields: rest, to: { section, index: Number.MAX_SAFE_INTEGER } });
    showToast('success', t('bigcards.section.added', { count: rest.length, section: title }));
  };
  return (
    <button
      type="button"
      className="btn-link"
      onClick={add}
      aria-label={t('bigcards.section.addRestOf', { title })}
    >
      {t('bigcards.section.addRest')}
    </button>
  );
}
