export { SignInPage } from './SignInPage';
export { SignUpPage } from './SignUpPage';
export { MIN_PASSWORD_LENGTH } from './auth-validation';
export { AuthLayout } from './components/AuthLayout';
export { describePasskeyError } from './passkey-error';
