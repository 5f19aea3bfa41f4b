import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface Tab<K extends string> {
  key: K;
  label: string;
  panel: ReactNode;
}

interface Props<K extends string> {
  label: string;
  /** Prefix of the class names (`<prefix>-tabs`, `<prefix>-panel`) the screen styles. */
  className: string;
  tabs: readonly Tab<K>[];
  selected: K;
  onSelect: (key: K) => void;
}

/**
 * Tabs per the ARIA pattern: Left/Right, Home/End move between tabs and select them. Hidden
 * panels stay mounted, so each keeps its form and results.
 */
export function Tabs<K extends string>({ label, className, tabs, selected, onSelect }: Props<K>) {
  const id = useId();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const keyDown = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next = event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
        : event.key === 'Home' ? 0 : event.key === 'End' ? last : null;
    const tab = next === null ? undefined : tabs[next];
    if (next === null || !tab) return;
    event.preventDefault();
    onSelect(tab.key);
    buttons.current[next]?.focus();
  };
  return (
    <>
      <div role="tablist" aria-label={label} className={`${className}-tabs`}>
        {tabs.map((tab, index) => (
          <button key={tab.key} ref={(el) => { buttons.current[index] = el; }} type="button" role="tab"
            id={`${id}-tab-${tab.key}`} aria-controls={`${id}-panel-${tab.key}`} aria-selected={tab.key === selected}
            tabIndex={tab.key === selected ? 0 : -1} onClick={() => onSelect(tab.key)} onKeyDown={(e) => keyDown(e, index)}>
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div key={tab.key} role="tabpanel" id={`${id}-panel-${tab.key}`} aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={tab.key !== selected} className={`${className}-panel`}>
          {tab.panel}
        </div>
      ))}
    </>
  );
}
