export { TeamsDashboardPage } from './TeamsDashboardPage';
export { TeamWorkspacePage } from './TeamWorkspacePage';
export { TeamInvitationPage } from './TeamInvitationPage';
