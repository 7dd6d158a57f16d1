// How people sign in on this server, as the server wrote it into the page (<meta> tags).

function meta(name) {
  return document.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
}

export const signInOptions = Object.freeze({
  googleClientId: meta('google-client-id'),
  googleOrigin: meta('google-identity-origin'),
  devSignIn: meta('dev-sign-in') === 'on',
});
