import type { CardField } from '../../domain/cardFields';

/** Required / read-only / multiple marks in words, not by colour or symbol alone. */
export function FieldMarks({ field }: { readonly field: CardField | undefined }) {
  if (!field) return <span className="mark mark-missing">not on the portal</span>;
  return (
    <>
      {field.isRequired ? (
        <span className="mark mark-required" title="Required">
          required
        </span>
      ) : null}
      {field.isReadOnly ? <span className="mark">read-only</span> : null}
      {field.isMultiple ? <span className="mark">multiple</span> : null}
    </>
  );
}
