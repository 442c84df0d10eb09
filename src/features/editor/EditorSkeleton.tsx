/** Shown while the editor loads: the shape of the screen, announced as busy. */
export function EditorSkeleton() {
  return (
    <div className="skeleton" aria-busy="true" aria-label="Loading the lead card">
      <div className="skeleton-block" style={{ height: 480 }} />
      <div>
        <div className="skeleton-block" style={{ height: 180, marginBottom: 14 }} />
        <div className="skeleton-block" style={{ height: 240 }} />
      </div>
      <span className="sr-only" role="status">
        Loading the field list and the layout…
      </span>
    </div>
  );
}
