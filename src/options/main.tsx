/** Options page entry: renders the settings. */
import { render } from 'preact';
import { OptionsApp } from './OptionsApp.tsx';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
