import { useQuery } from '@tanstack/react-query';
import { describeDrg, dmnDecisionNames, readDmn } from '@flowforge/decisions';
import type { DrgGraphInfo } from './drg-layout';

export interface DmnModelInfo {
  graph: DrgGraphInfo;
  decisions: string[];
  /** Names of the model's input data: the fields of the evaluate form. */
  inputNames: string[];
}

/** Reads a version's DMN XML in the browser (the same reader the server uses) for the diagram and the test panel. */
export function useDmnModel(cacheKey: readonly unknown[], xml: string) {
  return useQuery({
    queryKey: ['dmn-model', ...cacheKey],
    queryFn: async (): Promise<DmnModelInfo> => {
      const model = await readDmn(xml);
      const graph = describeDrg(model);
      return { graph, decisions: dmnDecisionNames(model), inputNames: graph.nodes.filter((node) => node.kind === 'inputData').map((node) => node.name) };
    },
    staleTime: Infinity,
    retry: false,
  });
}
