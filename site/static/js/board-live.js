/* Live board: places the posts that changed since the last poll, and announces new ones politely.
   The server sends each changed post in a <template>; posts that readers may no longer see come
   as data-remove. htmx does the polling; this only puts the pieces where they belong. */
(function () {
  "use strict";

  function place(template) {
    var removeId = template.dataset.remove;
    if (removeId) {
      var gone = document.getElementById("post-" + removeId);
      if (gone) gone.remove();
      return false;
    }
    var fresh = template.content.firstElementChild;
    if (!fresh) return false;
    var list = document.getElementById("column-" + template.dataset.column + "-posts");
    var existing = document.getElementById(fresh.id);
    var isNew = !existing;
    if (existing && list && existing.parentElement === list) {
      existing.replaceWith(fresh);
    } else {
      if (existing) existing.remove();
      if (!list) return false;
      var firstUnpinned = list.querySelector(":scope > li:not(.post--pinned)");
      if (fresh.classList.contains("post--pinned") || !firstUnpinned) list.prepend(fresh);
      else list.insertBefore(fresh, firstUnpinned);
    }
    if (window.htmx) window.htmx.process(fresh);
    return isNew;
  }

  document.addEventListener("htmx:afterSwap", function (event) {
    var inbox = event.detail.target;
    if (!inbox || inbox.id !== "board-inbox") return;
    var added = 0;
    inbox.querySelectorAll("template").forEach(function (template) {
      if (place(template)) added += 1;
    });
    inbox.querySelectorAll("template").forEach(function (template) { template.remove(); });
    var status = document.getElementById("board-live-status");
    if (status && added) status.textContent = status.dataset.newPosts.replace("%(count)s", added);
  });
})();
