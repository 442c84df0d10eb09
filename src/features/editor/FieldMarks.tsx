import type { CardField } from '../../domain/cardFields';

/** Required / read-only / multiple marks, with text for screen readers (not by colour alone). */
export function FieldMarks({ field }: { readonly field: CardField | undefined }) {
  if (!field) return <span className="mark mark-missing">not on the portal</span>;
  return (
    <>
      {field.isRequired ? (
        <span className="mark mark-required" title="Required">
          *<span className="sr-only"> required</span>
        </span>
      ) : null}
      {field.isReadOnly ? (
        <span className="mark" title="Read-only">
          🔒<span className="sr-only"> read-only</span>
        </span>
      ) : null}
      {field.isMultiple ? (
        <span className="mark" title="Multiple values">
          ⧉<span className="sr-only"> multiple</span>
        </span>
      ) : null}
    </>
  );
}
