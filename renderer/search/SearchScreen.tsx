import { useRef } from 'react';
import { flushSync } from 'react-dom';
import type { ProjectId } from '../../shared/model';
import type { SearchQuery } from '../../shared/search/search';
import { Loading } from '../components/Loading';
import { useAttributes, useParticipants, useSources } from '../hooks/useProjectData';
import { sourcesInScope } from './corpus';
import { FrequencyPanel } from './FrequencyPanel';
import { useRemembered } from './screenMemory';
import { SearchForm } from './SearchForm';
import { SearchResults } from './SearchResults';
import { Tabs } from '../components/Tabs';
import { SourceScopePicker } from './SourceScopePicker';
import { useFrequencyRun } from './useFrequencyRun';
import { useSearchRun } from './useSearchRun';
import './search.css';

/** Search across sources and word frequencies (familiarisation). Texts load only when asked for. */
export function SearchScreen({ projectId }: { projectId: ProjectId }) {
  return <SearchWorkspace key={projectId} projectId={projectId} />;
}

function SearchWorkspace({ projectId }: { projectId: ProjectId }) {
  const sources = useSources(projectId);
  const participants = useParticipants(projectId);
  const attributes = useAttributes(projectId);
  const [tab, setTab] = useRemembered(projectId, 'tab');
  const [query, setQuery] = useRemembered(projectId, 'query');
  const [scope, setScope] = useRemembered(projectId, 'scope');
  const [settings, setSettings] = useRemembered(projectId, 'frequencySettings');
  const searching = useSearchRun(projectId);
  const counting = useFrequencyRun(projectId);
  const input = useRef<HTMLInputElement>(null);
  if (!sources || !participants || !attributes) return <Loading what="sources" />;

  const inScope = sourcesInScope(sources, scope);
  const titleOf = (sourceId: string) => sources.find((s) => s.id === sourceId)?.title;
  const search = (next: SearchQuery) => {
    if (next.text.trim() === '') searching.reject(next, 'Type a word, phrase or pattern to search for.');
    else if (inScope.length === 0) searching.reject(next, 'Tick at least one source to search.');
    else void searching.search(next, inScope, participants);
  };
  const searchWord = (word: string) => {
    const next: SearchQuery = { text: word, mode: 'plain', isWholeWord: true, isCaseSensitive: false };
    flushSync(() => {
      setQuery(next);
      setTab('search');
    });
    input.current?.focus();
    search(next);
  };
  const count = () => void counting.count(settings, inScope, participants, attributes);
  const scopePicker = <SourceScopePicker sources={sources} scope={scope} onChange={setScope} />;
  const run = searching.run;

  return (
    <div className="search-screen">
      <h1>Search</h1>
      <p className="lead">Find words across the sources, code every hit at once, and see which words each group uses most.</p>
      <Tabs className="search" label="Search tools" selected={tab} onSelect={setTab} tabs={[
        {
          key: 'search', label: 'Search', panel: (
            <>
              <SearchForm query={query} onChange={setQuery} onSubmit={() => search(query)} inputRef={input}
                error={run.phase === 'failed' ? run.message : null}>
                {scopePicker}
              </SearchForm>
              <SearchResults projectId={projectId} run={run} titleOf={titleOf} allHits={() => searching.allHits(participants)} />
            </>
          ),
        },
        {
          key: 'frequencies', label: 'Word frequencies', panel: (
            <FrequencyPanel settings={settings} onChange={setSettings} onCount={count} run={counting.run} attributes={attributes}
              isWholeProject={scope.isAll} onSearchWord={searchWord}>
              {scopePicker}
            </FrequencyPanel>
          ),
        },
      ]} />
    </div>
  );
}
