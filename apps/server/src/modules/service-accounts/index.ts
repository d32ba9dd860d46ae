export { serviceAccountRoutes } from './service-accounts.routes.ts';
export { oauthTokenRoutes, registerJwks } from './oauth/oauth.routes.ts';
