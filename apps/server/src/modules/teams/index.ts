export { teamRoutes } from './teams.routes.ts';
export { findTeamAccess, requireTeamMember, requireTeamPage, type TeamAccess } from './team-access.ts';
export { TEAMS_CHANGED, TEAM_INVITATIONS_CHANGED } from './team-events.ts';
