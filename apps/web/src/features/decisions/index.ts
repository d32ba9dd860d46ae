export { DecisionsPage } from './DecisionsPage';
export { DecisionPage } from './DecisionPage';
