// Digitrappen's host-side script, for sites that embed the app in an <iframe>. Include it
// once, after the frame, exactly as the snippet from the app's "Embed on your website"
// page does:
//
//   <iframe src="https://your.site/digitrappen/?mode=embed" title="…" data-digitrappen
//     width="100%" height="720" loading="lazy"></iframe>
//   <script src="https://your.site/digitrappen/static/embed.js" defer></script>
//
// It says {type: "digitrappen:hello"} to each frame when it starts (the frame answers with
// its height, so the script may load late), listens for two messages from the app, and
// answers each height with {type: "digitrappen:host"} (so the app knows its height is
// looked after):
//   {type: "digitrappen:height", h: <pixels>}  sets the frame's height to fit its content;
//   {type: "digitrappen:top"}                  brings the frame's top into view (the app
//                                              sends it when the visitor moves on a step).
// A message counts only if it comes from a frame marked data-digitrappen and from that
// frame's own origin (event.source and event.origin are both checked). The app never
// posts answers or results.
(() => {
  'use strict';
  const frames = () => Array.from(document.querySelectorAll('iframe[data-digitrappen]'));
  const originOf = (frame) => {
    try { return new URL(frame.getAttribute('src'), document.baseURI).origin; } catch { return null; }
  };
  for (const frame of frames()) {
    frame.style.border = '0';
    frame.style.width = '100%';
    frame.setAttribute('scrolling', 'no');
    // This script may run after the frame has loaded and posted its height (a tag manager,
    // a lazy script): hello asks it to post its height again. Sent only to the frame's own
    // origin; a frame still loading posts its height itself once it runs.
    const origin = originOf(frame);
    if (origin) frame.contentWindow?.postMessage({ type: 'digitrappen:hello' }, origin);
  }
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string') return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    if (!frame || event.origin !== originOf(frame)) return;
    if (data.type === 'digitrappen:height') {
      const h = Number(data.h);
      if (Number.isFinite(h) && h > 0 && h < 100000) frame.style.height = `${Math.ceil(h)}px`;
      // Tell the app a host script is sizing its frame: only then does it drop its own
      // scrollbars (without this script it keeps them, so nothing is ever out of reach).
      event.source.postMessage({ type: 'digitrappen:host' }, event.origin);
    } else if (data.type === 'digitrappen:top') {
      const top = frame.getBoundingClientRect().top;
      if (top < 0 || top > window.innerHeight * 0.5) frame.scrollIntoView({ block: 'start' });
    }
  });
})();
