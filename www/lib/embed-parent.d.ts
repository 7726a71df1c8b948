// lib/embed-parent.js is a classic script with no exports: it sizes repatria iframes on the page.
declare global {
  interface Window {
    repatriaEmbedParent?: boolean;
  }
}
export {};
