/**
 * Positions for the co-occurrence network: a d3 force simulation run to rest synchronously
 * (a fixed number of ticks from a circle), so the picture is the same every time for the same data.
 */
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3';
import type { Cooccurrence } from '../../shared/analysis/cooccurrence';

export interface PlacedNode extends SimulationNodeDatum {
  /** The code's index in the co-occurrence data (d3 takes `index` for its own). */
  codeIndex: number;
  name: string;
  x: number;
  y: number;
  radius: number;
}

export interface NetworkLayout {
  nodes: PlacedNode[];
  links: { a: number; b: number; weight: number }[];
  width: number;
  height: number;
}

export function networkLayout(data: Cooccurrence, width = 760, height = 440): NetworkLayout {
  const linked = new Set(data.edges.flatMap((e) => [e.a, e.b]));
  const maxOwn = Math.max(1, ...data.codes.map((_, i) => data.counts[i]?.[i] ?? 0));
  const kept = data.codes.map((code, i) => ({ code, i })).filter(({ i }) => linked.has(i));
  const nodes: PlacedNode[] = kept.map(({ code, i }, k) => {
    const angle = (2 * Math.PI * k) / Math.max(1, kept.length);
    return {
      codeIndex: i, name: code.name, radius: 5 + 9 * Math.sqrt((data.counts[i]?.[i] ?? 0) / maxOwn),
      x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle),
    };
  });
  const byIndex = new Map(nodes.map((n) => [n.codeIndex, n]));
  const maxWeight = Math.max(1, ...data.edges.map((e) => e.weight));
  const links = data.edges.map((e) => ({ source: byIndex.get(e.a)!, target: byIndex.get(e.b)!, weight: e.weight }));
  forceSimulation(nodes)
    .force('charge', forceManyBody().strength(-260))
    .force('link', forceLink(links).distance((l) => 170 - 70 * (l.weight / maxWeight)).strength(0.5))
    .force('collide', forceCollide<PlacedNode>().radius((n) => n.radius + 24))
    // Pulled towards the middle, so pairs that share no code stay in view rather than drifting to the corners.
    .force('x', forceX(width / 2).strength(0.06))
    .force('y', forceY(height / 2).strength(0.1))
    .stop()
    .tick(300);
  for (const n of nodes) {
    n.x = Math.max(n.radius + 4, Math.min(width - n.radius - 4, n.x));
    n.y = Math.max(n.radius + 14, Math.min(height - n.radius - 4, n.y));
  }
  return { nodes, links: data.edges.map((e) => ({ ...e })), width, height };
}
