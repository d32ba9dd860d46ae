export { ServiceAccountsPage } from './ServiceAccountsPage';
export { ServiceAccountPage } from './ServiceAccountPage';
