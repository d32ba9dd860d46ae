/** HTTP for My settings → Profile and Notifications. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { NotificationPreferencesSchema, ProfileSchema, UpdateNotificationPreferencesBodySchema, UpdateProfileBodySchema } from '@flowforge/contracts';
import type { Platform } from '../../platform/platform.ts';
import { getMyNotificationPreferences, setMyNotificationPreferences } from './notification-preferences.service.ts';
import { getMyProfile, updateMyProfile } from './profile.service.ts';

const tags = ['My settings'];

export function profileRoutes(platform: Platform): FastifyPluginAsyncZod {
  return async (app) => {
    app.get('/me/profile', {
      config: { access: 'profile:update' },
      schema: { tags, summary: 'Your profile: name, photo, contact details, time zone and regional format', response: { 200: ProfileSchema } },
    }, async (request) => getMyProfile(platform, request.ctx));

    app.patch('/me/profile', {
      config: { access: 'profile:update' },
      schema: {
        tags, summary: 'Change your profile; fields left out stay as they are, an empty contact field is cleared',
        body: UpdateProfileBodySchema, response: { 200: ProfileSchema },
      },
    }, async (request) => updateMyProfile(platform, request.ctx, request.body));

    app.get('/me/notification-preferences', {
      config: { access: 'profile:update' },
      schema: { tags, summary: 'Which events reach you on which channel (defaults filled in)', response: { 200: NotificationPreferencesSchema } },
    }, async (request) => getMyNotificationPreferences(platform, request.ctx));

    app.put('/me/notification-preferences', {
      config: { access: 'profile:update' },
      schema: {
        tags, summary: 'Set which events reach you on which channel; events left out return to their defaults',
        body: UpdateNotificationPreferencesBodySchema, response: { 200: NotificationPreferencesSchema },
      },
    }, async (request) => setMyNotificationPreferences(platform, request.ctx, request.body));
  };
}
