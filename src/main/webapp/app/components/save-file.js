// Hands a downloaded file ({blob, fileName}) to the browser's downloads, as a link click.
import { h } from '../dom.js';

export function saveFile(file) {
  const url = URL.createObjectURL(file.blob);
  const link = h('a', { href: url, download: file.fileName, class: 'visually-hidden' }, file.fileName);
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
