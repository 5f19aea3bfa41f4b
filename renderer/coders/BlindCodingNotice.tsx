import type { Coder } from '../../shared/model';
import './coders.css';

/** Said in the reader while blind coding is on: other coders' codings are hidden. */
export function BlindCodingNotice({ coder }: { coder: Coder }) {
  return (
    <p className="blind-notice">
      <strong>Blind coding: showing only your codings</strong>
      <span className="small">(coding as {coder.name}; other coders&rsquo; codings are hidden. Change this from the Coder button at the top.)</span>
    </p>
  );
}
