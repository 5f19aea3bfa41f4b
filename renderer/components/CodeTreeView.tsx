import { levelName, type CodeNode } from '../../shared/analysis/codeTree';

interface Props {
  nodes: CodeNode[];
  levelNames: string[];
  showDefinitions?: boolean;
  label: string;
}

/** The code tree as nested lists, with counts; read-only (editing the tree comes with coding). */
export function CodeTreeView({ nodes, levelNames, showDefinitions = false, label }: Props) {
  if (nodes.length === 0) return <p>No codes yet.</p>;
  return <ul className="code-tree" aria-label={label}>{nodes.map((n) => <Node key={n.code.id} node={n} levelNames={levelNames} showDefinitions={showDefinitions} />)}</ul>;
}

function Node({ node, levelNames, showDefinitions }: { node: CodeNode; levelNames: string[]; showDefinitions: boolean }) {
  const level = levelName(node, levelNames);
  return (
    <li>
      <div className="code-row">
        <span className="swatch" style={{ background: node.code.color }} aria-hidden="true" />
        <span className="code-name">{node.code.name}</span>
        {level && <span className="level-chip">{level}</span>}
        {node.code.status !== 'candidate' && <span className="status-chip">{node.code.status}</span>}
        <span className="counts small muted">
          {node.totalCodings} {node.totalCodings === 1 ? 'coding' : 'codings'} · {node.sources} {node.sources === 1 ? 'source' : 'sources'}
        </span>
      </div>
      {showDefinitions && (node.code.definition
        ? <p className="definition">{node.code.definition}</p>
        : <p className="definition missing">No definition yet.</p>)}
      {node.children.length > 0 && (
        <ul>{node.children.map((c) => <Node key={c.code.id} node={c} levelNames={levelNames} showDefinitions={showDefinitions} />)}</ul>
      )}
    </li>
  );
}
