export { profileRoutes } from './profile.routes.ts';
export { findAvatarUrl } from './profile.service.ts';
export { wantsNotification } from './notification-preferences.service.ts';
