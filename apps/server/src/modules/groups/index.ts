export { groupRoutes } from './groups.routes.ts';
export { recomputeDynamicGroups } from './dynamic-groups.ts';
export { runDynamicGroupRecompute } from './recompute-task.ts';
