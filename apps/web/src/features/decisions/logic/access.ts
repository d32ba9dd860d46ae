/** What the signed-in member may do with decisions, from their permissions. */
export interface DecisionAccess {
  canCreate: boolean;
  canUpdate: boolean;
  canPublish: boolean;
  canDelete: boolean;
  canEvaluate: boolean;
}

export function readDecisionAccess(permissions: readonly string[]): DecisionAccess {
  const has = (action: string) => permissions.includes(`decisions:${action}`);
  return { canCreate: has('create'), canUpdate: has('update'), canPublish: has('publish'), canDelete: has('delete'), canEvaluate: has('evaluate') };
}
