import { levelClass } from './MapNode';

/** What the cards' looks and numbers mean: one sample card per named level. */
export function MapLegend({ levelNames }: { levelNames: readonly string[] }) {
  return (
    <div className="map-legend">
      <h3 className="visually-hidden">Legend</h3>
      <ul>
        {levelNames.map((name, i) => (
          <li key={`${i}-${name}`}>
            <svg width="30" height="18" aria-hidden="true" className={`map-legend-sample map-${levelClass(i, levelNames.length)}`}>
              <rect className="map-card" x="1" y="1" width="28" height="16" rx="4" />
              {i === 0 && <rect className="map-card-tint map-legend-colour" x="1" y="1" width="28" height="16" rx="4" />}
              <circle className="map-legend-colour" cx="9" cy="9" r="3.5" />
            </svg>
            {name}
          </li>
        ))}
        <li><span className="map-legend-count" aria-hidden="true">12</span> Number on a card: codings of the code and of those beneath it</li>
      </ul>
    </div>
  );
}
