import { useT, type MessageKey, type Translate } from '../../../lib/i18n';
import type { DrgGraphInfo, DrgNodeInfo } from './drg-layout';

// The boxed-expression kinds describeDrg names (DMN's own terms), in the user's language.
const LOGIC_KEYS: Readonly<Record<string, MessageKey>> = {
  'literal expression': 'decisions.drg.logic.literal',
  'decision table': 'decisions.drg.logic.decisionTable',
  context: 'decisions.drg.logic.context',
  invocation: 'decisions.drg.logic.invocation',
  list: 'decisions.drg.logic.list',
  relation: 'decisions.drg.logic.relation',
  'function definition': 'decisions.drg.logic.function',
  conditional: 'decisions.drg.logic.conditional',
  filter: 'decisions.drg.logic.filter',
  for: 'decisions.drg.logic.for',
  every: 'decisions.drg.logic.every',
  some: 'decisions.drg.logic.some',
};

function logicName(logic: string, t: Translate): string {
  const key = LOGIC_KEYS[logic];
  return key === undefined ? logic : t(key);
}

/** The requirements graph as text: each element with what it requires (the diagram's accessible alternative). */
export function DrgList({ graph }: { graph: DrgGraphInfo }) {
  const t = useT();
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const describe = (node: DrgNodeInfo) => `${node.name} (${t(`decisions.drg.kind.${node.kind}`)})`;
  return (
    <ul aria-label={t('decisions.drg.listLabel')} className="flex flex-col gap-2 text-sm">
      {graph.nodes.map((node) => {
        const required = graph.edges.filter((edge) => edge.to === node.id).flatMap((edge) => {
          const from = byId.get(edge.from);
          return from ? [`${describe(from)} — ${t(`decisions.drg.edge.${edge.kind}`)}`] : [];
        });
        return (
          <li key={node.id}>
            <span className="font-medium">{describe(node)}</span>
            {node.logic !== null && <span className="text-fg-muted">{` · ${logicName(node.logic, t)}`}</span>}
            {required.length > 0 && (
              <ul className="mt-0.5 list-disc pl-5 text-fg-muted">
                {required.map((line) => <li key={line}>{line}</li>)}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}
