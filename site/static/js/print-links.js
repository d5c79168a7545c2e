// On paper a relative path leads nowhere: print.css shows each link's full address, which the browser knows.
document.querySelectorAll("main a[href]").forEach((link) => {
  const href = link.getAttribute("href");
  if (href && !href.startsWith("#") && !href.startsWith("mailto:") && !href.startsWith("tel:")) {
    link.dataset.printHref = link.href;
  }
});
