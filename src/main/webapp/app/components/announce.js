// Tells screen-reader users about something that happened without moving their focus
// ("Saved"); sighted users see the same text where the action was.
let region = null;

export function announcer() {
  region = document.createElement('div');
  region.className = 'visually-hidden';
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('role', 'status');
  return region;
}

export function announce(text) {
  if (region) {
    region.textContent = '';
    setTimeout(() => { region.textContent = text; }, 50);
  }
}
