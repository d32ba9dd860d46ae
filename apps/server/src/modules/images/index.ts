export { imageRoutes } from './images.routes.ts';
export { imageIdFromUrl, imageUrl } from './images.service.ts';
