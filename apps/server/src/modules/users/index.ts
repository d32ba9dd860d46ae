export { userRoutes } from './users.routes.ts';
export { invitationRoutes } from './invitations/invitations.routes.ts';
