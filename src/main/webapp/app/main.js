// Starts the app: the shell, then the router inside its <main>.
import './components/app-shell.js';
import './components/fallback-screens.js';
import { outletOf } from './components/app-shell.js';
import { language } from './text.js';
import { start } from './router.js';

document.documentElement.lang = language;
start(outletOf(document.querySelector('rt-app')));
