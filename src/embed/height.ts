/**
 * Tells the parent page how tall this embedded page is, whenever that changes, in the three
 * formats parent pages listen for. The messages carry the height and nothing else.
 *
 * - pym.js: "pymxPYMx{childId}xPYMxheightxPYMx{px}", with childId from the iframe's URL
 * - AMP (and this project's own embed.js): { sentinel: "amp", type: "embed-size", height }
 * - WordPress oEmbed iframes: { secret, message: "height", value }, secret from "#?secret="
 */
export interface HeightChannels {
  childId: string | null;
  secret: string | null;
}

const SAFE_TOKEN = /^[\w-]{1,64}$/;

export function readHeightChannels(search: string, hash: string): HeightChannels {
  const childId = new URLSearchParams(search).get('childId');
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret');
  return {
    childId: childId && SAFE_TOKEN.test(childId) ? childId : null,
    secret: secret && SAFE_TOKEN.test(secret) ? secret : null,
  };
}

export function heightMessages(height: number, channels: HeightChannels): unknown[] {
  const px = Math.ceil(height);
  const messages: unknown[] = [{ sentinel: 'amp', type: 'embed-size', height: px }];
  if (channels.childId) messages.push(`pymxPYMx${channels.childId}xPYMxheightxPYMx${px}`);
  if (channels.secret) messages.push({ secret: channels.secret, message: 'height', value: px });
  return messages;
}

/** Starts posting; returns a function that stops. Does nothing outside an iframe. */
export function postHeightToParent(channels: HeightChannels, target: Window = window.parent): () => void {
  if (target === window) return () => {};
  let last = -1;
  const post = () => {
    const height = document.documentElement.getBoundingClientRect().height;
    if (Math.ceil(height) === last) return;
    last = Math.ceil(height);
    for (const message of heightMessages(height, channels)) target.postMessage(message, '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.documentElement);
  post();
  return () => observer.disconnect();
}
