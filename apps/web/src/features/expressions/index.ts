export { ExpressionPlaygroundPage } from './ExpressionPlaygroundPage';
