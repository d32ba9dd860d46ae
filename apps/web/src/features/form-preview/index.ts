export { FormPreviewPage } from './FormPreviewPage';
