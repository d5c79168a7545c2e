/* Live board: places the posts that changed since the last poll, and announces new ones politely.
   A post a facilitator moved comes with the post now under it, and goes there.
   The server sends each changed post in a <template>; posts that readers may no longer see come
   as data-remove. htmx does the polling; this only puts the pieces where they belong.
   Long columns come a page at a time ("show more"): a change to an older post that is not loaded
   yet stays unloaded, and the first post a "show more" brings gets the keyboard focus. */
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
    if (!existing && list && notLoadedYet(fresh, list, template.dataset.column)) return false;
    var anchor = placeBefore(template, list, existing);
    if (anchor) {
      if (existing) existing.remove();
      list.insertBefore(fresh, anchor);
    } else if (template.dataset.last !== undefined && list && inBoardOrder() && !document.getElementById("column-" + template.dataset.column + "-more")) {
      if (existing) existing.remove();
      list.append(fresh);
    } else if (existing && list && existing.parentElement === list) {
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

  // The server names the post now under the changed one (data-before): where a facilitator moved it. Only in the
  // board's own order; a board sorted otherwise keeps posts where they are.
  function placeBefore(template, list, existing) {
    if (!list || !template.dataset.before || !inBoardOrder()) return null;
    var anchor = document.getElementById("post-" + template.dataset.before);
    if (!anchor || anchor.parentElement !== list || anchor === existing) return null;
    return anchor;
  }

  function inBoardOrder() {
    var sort = new URLSearchParams(window.location.search).get("sort");
    return !sort || sort === "newest";
  }

  // An older post of a column whose tail is not loaded belongs in that tail, where "show more" will bring it.
  function notLoadedYet(fresh, list, column) {
    if (fresh.classList.contains("post--pinned")) return false;
    if (!document.getElementById("column-" + column + "-more")) return false;
    var firstUnpinned = list.querySelector(":scope > li:not(.post--pinned)");
    return Boolean(firstUnpinned) && Number(fresh.dataset.created) < Number(firstUnpinned.dataset.created);
  }

  var pendingMore = null;
  document.addEventListener("htmx:beforeRequest", function (event) {
    var column = event.detail.elt.dataset.moreColumn;
    var list = column && document.getElementById("column-" + column + "-posts");
    if (list) pendingMore = { list: list, count: list.children.length };
  });
  document.addEventListener("htmx:afterSettle", function () {
    if (!pendingMore) return;
    var first = pendingMore.list.children[pendingMore.count];
    pendingMore = null;
    if (!first) return;
    first.setAttribute("tabindex", "-1");
    first.focus();
  });

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
