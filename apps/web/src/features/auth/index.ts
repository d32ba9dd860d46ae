export { SignInPage } from './SignInPage';
export { SignUpPage } from './SignUpPage';
