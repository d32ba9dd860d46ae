import type {
  NotificationMatrix, NotificationPreferences, Profile, StoredImage, UpdateProfileBody,
} from '@flowforge/contracts';
import { apiClient, apiRequest } from '../../../lib/api-client';
import { uploadImage } from './image-upload';

export const PROFILE_QUERY_KEY = ['me', 'profile'] as const;
export const NOTIFICATION_PREFERENCES_QUERY_KEY = ['me', 'notification-preferences'] as const;

export function getProfile(signal?: AbortSignal): Promise<Profile> {
  return apiClient.get<Profile>('/api/v1/me/profile', signal);
}

export function updateProfile(body: UpdateProfileBody): Promise<Profile> {
  return apiClient.patch<Profile>('/api/v1/me/profile', body);
}

export function uploadAvatar(file: File): Promise<StoredImage> {
  return uploadImage('/api/v1/me/avatar', file);
}

export function removeAvatar(): Promise<unknown> {
  return apiRequest('/api/v1/me/avatar', { method: 'DELETE' });
}

export function uploadAccountLogo(file: File): Promise<StoredImage> {
  return uploadImage('/api/v1/account/logo', file);
}

export function removeAccountLogo(): Promise<unknown> {
  return apiRequest('/api/v1/account/logo', { method: 'DELETE' });
}

export function getNotificationPreferences(signal?: AbortSignal): Promise<NotificationPreferences> {
  return apiClient.get<NotificationPreferences>('/api/v1/me/notification-preferences', signal);
}

export function saveNotificationPreferences(events: NotificationMatrix): Promise<NotificationPreferences> {
  return apiRequest<NotificationPreferences>('/api/v1/me/notification-preferences', { method: 'PUT', body: { events } });
}
