import type { DisplayItem, DisplayValue } from './formatValue';
import { safeColor } from './safeColor';

function ItemText({ item }: { readonly item: DisplayItem }) {
  return item.href ? (
    <a href={item.href} target="_blank" rel="noreferrer noopener">
      {item.text}
    </a>
  ) : (
    <span>{item.text}</span>
  );
}

/** A formatted value as text: never markup from the portal (values are React text nodes). */
export function ValueView({ value }: { readonly value: DisplayValue }) {
  switch (value.type) {
    case 'text': {
      const color = safeColor(value.color);
      return (
        <span className="pv-value">
          {color ? <span className="pv-dot" style={{ background: color }} aria-hidden="true" /> : null}
          {value.text}
        </span>
      );
    }
    case 'link':
      return (
        <span className="pv-value">
          <ItemText item={{ text: value.text, href: value.href }} />
        </span>
      );
    case 'list':
      return (
        <ul className="pv-value pv-list">
          {value.items.map((item, i) => (
            <li key={`${i}:${item.text}`}>
              <ItemText item={item} />
              {item.label ? <span className="pv-item-type">{item.label}</span> : null}
            </li>
          ))}
        </ul>
      );
  }
}
