import { useId } from 'react';
import type { FrequencyGroup } from '../../shared/search/frequencies';
import { formatNumber } from '../components/format';
import { plural } from './hitGroups';

interface Props {
  groups: readonly FrequencyGroup[];
  /** Runs a whole-word search for a word. */
  onSearchWord: (word: string) => void;
}

/** The most frequent words, one table per group, side by side for comparison. */
export function FrequencyTables({ groups, onSearchWord }: Props) {
  const hintId = useId();
  if (groups.length === 0) return <p>No words to count in the chosen sources.</p>;
  return (
    <>
      <p id={hintId} className="small muted">Choose a word to search for it as a whole word.</p>
      <div className="frequency-tables">
        {groups.map((group) => (
          <table key={group.key} className="data-table frequency-table">
            <caption>
              {group.label}
              <span className="small muted frequency-total"> {plural(group.tokenCount, 'word')} in all</span>
            </caption>
            <thead>
              <tr>
                <th scope="col">Word</th>
                <th scope="col" className="num">Count</th>
                <th scope="col" className="num">Sources</th>
              </tr>
            </thead>
            <tbody>
              {group.words.map((entry) => (
                <tr key={entry.word}>
                  <th scope="row">
                    <button type="button" className="link word-link" aria-describedby={hintId} onClick={() => onSearchWord(entry.word)}>
                      {entry.word}
                    </button>
                  </th>
                  <td className="num">{formatNumber(entry.count)}</td>
                  <td className="num">{formatNumber(entry.sources)}</td>
                </tr>
              ))}
              {group.words.length === 0 && <tr><td colSpan={3} className="muted">No words left after the options.</td></tr>}
            </tbody>
          </table>
        ))}
      </div>
    </>
  );
}
