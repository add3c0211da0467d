// Which feed URLs knockoff uses, in one place for the options page (before it asks for the
// feed's origin) and the background (before it fetches): https, or plain http only on this
// machine (a feed served locally), as the manifest's optional host permissions allow.

/** The feed's index URL for what the user typed (a folder's URL means its index.json), or null. */
export function feedUrl(text) {
  let url;
  try {
    url = new URL(String(text).trim());
  } catch {
    return null;
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (!(url.protocol === 'https:' || (url.protocol === 'http:' && local))) return null;
  url.hash = '';
  url.search = '';
  if (url.pathname.endsWith('/')) url.pathname += 'index.json';
  return url.href;
}
