// Its own module, so that the dark theme's tokens are a chunk of their own, loaded when needed.
export { webDarkTheme } from '@fluentui/react-components';
