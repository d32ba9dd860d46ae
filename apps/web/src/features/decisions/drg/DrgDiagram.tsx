import { useId, useMemo } from 'react';
import { useT } from '../../../lib/i18n';
import { joinClassNames } from '../../../ui/class-names';
import { layoutDrg, type DrgGraphInfo, type PositionedEdge, type PositionedNode } from './drg-layout';
import { shapePath, wrapName } from './drg-shapes';

interface DrgDiagramProps {
  graph: DrgGraphInfo;
  /** The name of the decision picked for testing, drawn highlighted. */
  selected?: string | undefined;
  /** Clicking a decision picks it (the decision picker does the same from the keyboard). */
  onPick?: (name: string) => void;
}

const LINE_HEIGHT = 16;

/** The decision requirements diagram (DRD): elements in layers, requirements as arrows in DMN notation. */
export function DrgDiagram({ graph, selected, onPick }: DrgDiagramProps) {
  const t = useT();
  const id = useId();
  const layout = useMemo(() => layoutDrg(graph), [graph]);
  const count = (kind: PositionedNode['kind']) => graph.nodes.filter((node) => node.kind === kind).length;
  return (
    <div className="overflow-x-auto">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${String(layout.width)} ${String(layout.height)}`}
        width={layout.width} height={layout.height} className="max-w-none text-sm" data-testid="drg-diagram">
        <title id={`${id}-title`}>{t('decisions.drg.title')}</title>
        <desc id={`${id}-desc`}>{t('decisions.drg.summary', { decisions: count('decision'), inputs: count('inputData'), models: count('businessKnowledgeModel') })}</desc>
        <Markers id={id} />
        {layout.edges.map((edge) => <Edge key={`${edge.from}-${edge.to}-${edge.kind}`} edge={edge} markerId={id} />)}
        {layout.nodes.map((node) => (
          <Node key={node.id} node={node} isSelected={node.kind === 'decision' && node.name === selected}
            onPick={node.kind === 'decision' && onPick ? () => { onPick(node.name); } : undefined} />
        ))}
      </svg>
    </div>
  );
}

function Markers({ id }: { id: string }) {
  return (
    <defs>
      <marker id={`${id}-information`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10 Z" className="fill-fg-muted" />
      </marker>
      <marker id={`${id}-knowledge`} viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">
        <path d="M0,0 L10,5 L0,10" className="fill-none stroke-fg-muted" strokeWidth="1.5" />
      </marker>
      <marker id={`${id}-authority`} viewBox="0 0 10 10" refX="5" refY="5" markerWidth="7" markerHeight="7">
        <circle cx="5" cy="5" r="4" className="fill-fg-muted" />
      </marker>
    </defs>
  );
}

function Edge({ edge, markerId }: { edge: PositionedEdge; markerId: string }) {
  return (
    <polyline points={edge.points.map((point) => `${String(point.x)},${String(point.y)}`).join(' ')} className="fill-none stroke-fg-muted" strokeWidth="1.5"
      strokeLinejoin="round" strokeDasharray={edge.kind === 'information' ? undefined : '5 4'} markerEnd={`url(#${markerId}-${edge.kind})`} />
  );
}

function Node({ node, isSelected, onPick }: { node: PositionedNode; isSelected: boolean; onPick?: (() => void) | undefined }) {
  const t = useT();
  const lines = wrapName(node.name, { perLine: 20, maxLines: 2 });
  const top = node.y + node.height / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2;
  return (
    <g data-testid={`drg-node-${node.kind}`} onClick={onPick} className={onPick ? 'cursor-pointer' : undefined}>
      <title>{`${t(`decisions.drg.kind.${node.kind}`)}: ${node.name}`}</title>
      <path d={shapePath(node.kind, node)} strokeWidth={isSelected ? 2.5 : 1.5}
        className={joinClassNames(isSelected ? 'fill-accent-subtle stroke-accent' : 'fill-raised stroke-border-strong')} />
      <text x={node.x + node.width / 2} textAnchor="middle" dominantBaseline="middle" className="fill-fg">
        {lines.map((line, index) => <tspan key={`${String(index)}-${line}`} x={node.x + node.width / 2} y={top + index * LINE_HEIGHT}>{line}</tspan>)}
      </text>
    </g>
  );
}
